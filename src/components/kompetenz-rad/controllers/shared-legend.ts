import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { WheelFrame } from '../views/scene.js';

/** The values of the wheel's `legend` attribute. */
export const LEGEND_MODES = ['auto', 'none', 'shared'] as const;
export type LegendMode = (typeof LEGEND_MODES)[number];

/**
 * How one wheel draws its legend (see `legendFrame`):
 * - `own`: the whole legend here (`legend="auto"`, or the first wheel of a shared legend);
 * - `none`: no legend (`legend="none"`: the page shows one elsewhere);
 * - `elsewhere`: a later wheel of a shared legend: only a hint that names the wheel that draws it.
 */
export interface LegendShare {
  draw: 'own' | 'none' | 'elsewhere';
  /** Whether the names behind the numbers are listed: this wheel's spokes carry numbers, or (shared) any wheel's do. */
  numbered: boolean;
  /** The series entries to draw: this wheel's (`own`), and for the first wheel of a shared legend those of the others not drawn yet. */
  series(own: readonly TemplateResult[]): readonly TemplateResult[];
  /** The accessible name of the wheel that draws the legend (`elsewhere`), once it is drawn. */
  drawnBy: string | undefined;
  /** Tells the other wheels which series entries this wheel draws (called by the legend view on each render). */
  publish(series: readonly TemplateResult[]): void;
}

/** A frame (see `WheelFrame`) with the way its legend is drawn. */
export type SharedLegendFrame = WheelFrame & { legendShare: LegendShare };

export interface SharedLegendOptions {
  /** The value of the `legend` attribute (anything unknown counts as `auto`). */
  mode(): unknown;
  /** The wheel's accessible name, read from its drawing (after an update). */
  name(): string | undefined;
  /**
   * What the wheel's series stand for (the filled sectors, the line, a blind self-assessment, a
   * group): wheels share a legend only when theirs agree, so that one symbol has one meaning.
   */
  meaning(): string;
}

type SharingModule = typeof import('./legend-sharing.js');

/** One load for the page: every wheel with `legend="shared"` uses it. */
let loading: Promise<SharingModule> | undefined;
let loaded: SharingModule | undefined;
let failed = false;

/** A legend of this wheel alone: drawn here, or (`none`) not at all. */
export function ownLegend(mode: LegendMode, frame: WheelFrame): LegendShare {
  return { draw: mode === 'none' ? 'none' : 'own', numbered: frame.layout.labels.numbered, series: (own) => own, drawnBy: undefined, publish: () => undefined };
}

/**
 * How the wheel draws its legend (`legend`: see `LegendMode`). The code that lets several wheels
 * share one legend (`legend-sharing.ts`) is loaded the first time a wheel asks for it, so a page
 * without shared legends never downloads it; the update waits for it (`beforeUpdate`). Should
 * it fail to load, the wheel draws its own legend.
 */
export class SharedLegendController {
  private sharing: InstanceType<SharingModule['LegendSharing']> | undefined;

  constructor(
    readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: SharedLegendOptions,
  ) {}

  /** The legend mode in force: the attribute's value, `auto` for anything else. */
  get mode(): LegendMode {
    const mode = this.options.mode();
    return (LEGEND_MODES as readonly unknown[]).includes(mode) ? (mode as LegendMode) : 'auto';
  }

  /** Before an update with `legend="shared"`: the sharing code's load, once. */
  beforeUpdate(): Promise<void> | undefined {
    if (loaded || failed || this.mode !== 'shared') return undefined;
    loading ??= import('./legend-sharing.js').then((module) => (loaded = module));
    return loading.then(
      () => undefined,
      () => {
        failed = true;
      },
    );
  }

  /** The frame with the way its legend is drawn; joins or leaves the shared legend of its catalogue and language. */
  frame(frame: WheelFrame): SharedLegendFrame {
    const mode = this.mode;
    if (!this.sharing && loaded && mode === 'shared') this.sharing = new loaded.LegendSharing(this.host, this.options);
    return { ...frame, legendShare: this.sharing ? this.sharing.share(frame, mode) : ownLegend(mode, frame) };
  }
}
