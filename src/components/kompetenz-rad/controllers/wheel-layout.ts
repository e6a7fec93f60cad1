import type { ReactiveControllerHost } from 'lit';
import type { Catalogue, Lang } from '../../../domain/types.js';
import { ResizeController } from '../../../internal/resize-controller.js';
import { layoutWheel, type WheelLayout } from '../model/geometry.js';
import { createTextMeasure } from './text-measure.js';

/** Layouts per catalogue and width/language/font: several wheels on a page share them. */
const layouts = new WeakMap<Catalogue, Map<string, WheelLayout>>();
const KEPT_PER_CATALOGUE = 16;

/** The wheel's geometry for the host's width, language and font (WCAG 1.4.12 text spacing included). */
export class WheelLayoutController {
  private readonly size: ResizeController;
  private readonly measure = createTextMeasure();
  /** The layout of the last render. */
  current: WheelLayout | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    this.size = new ResizeController(host, { min: 280, max: 1200, fallback: 600 });
  }

  layoutFor(catalogue: Catalogue, lang: Lang): WheelLayout {
    // Font and text spacing are inherited from the host; reading them there is cheap.
    const key = `${this.size.width}|${lang}|${this.measure.fontKey(this.host)}`;
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
