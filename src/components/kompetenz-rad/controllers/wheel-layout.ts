import type { Catalogue, Lang } from '../../../domain/types.js';
import { TextMetricsController, type TextMetricsHost } from '../../../internal/controllers/text-metrics.js';
import { ResizeController } from '../../../internal/resize-controller.js';
import { layoutWheel, type WheelLayout } from '../model/geometry.js';
import { readBatch } from './read-batch.js';
import { createTextMeasure } from './text-measure.js';

/** Layouts per catalogue and width/language/font: several wheels on a page share them. */
const layouts = new WeakMap<Catalogue, Map<string, WheelLayout>>();
const KEPT_PER_CATALOGUE = 16;

/**
 * The wheel's geometry for the host's width, language and font (WCAG 1.4.12 text spacing
 * included). Width and font are read before each update, together with every other wheel's
 * (`beforeUpdate`), never while drawing; the host updates again when its text's metrics change
 * after it drew.
 */
export class WheelLayoutController {
  private readonly size: ResizeController;
  private readonly measure = createTextMeasure();
  private fontKey: string | undefined;
  /** The layout of the last render. */
  current: WheelLayout | undefined;

  constructor(private readonly host: TextMetricsHost) {
    this.size = new ResizeController(host, { min: 280, max: 1200, fallback: 600, measureOnUpdate: false });
    new TextMetricsController(host, undefined, () => this.fontKey);
  }

  /** Reads the host's width (until known) and font in the shared read batch; resolves after it. */
  beforeUpdate(): Promise<void> {
    return readBatch.before(this.read);
  }

  private readonly read = (): void => {
    this.size.measure();
    // Font and text spacing are inherited from the host.
    this.fontKey = this.measure.use(getComputedStyle(this.host));
  };

  layoutFor(catalogue: Catalogue, lang: Lang): WheelLayout {
    if (this.fontKey === undefined) this.read();
    const key = `${this.size.width}|${lang}|${this.fontKey}`;
    let known = layouts.get(catalogue);
    if (!known) layouts.set(catalogue, (known = new Map()));
    let layout = known.get(key);
    if (!layout) {
      layout = layoutWheel({
        width: this.size.width,
        ids: catalogue.competencies.map((competency) => competency.id),
        labels: catalogue.competencies.map((competency) => competency.label[lang]),
        measure: this.measure.text,
      });
      if (known.size >= KEPT_PER_CATALOGUE) known.delete(known.keys().next().value as string);
      known.set(key, layout);
    }
    this.current = layout;
    return layout;
  }
}
