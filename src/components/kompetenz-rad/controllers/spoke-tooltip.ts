import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CompetencyId } from '../../../domain/types.js';
import { pointAt, type WheelLayout } from '../model/geometry.js';

export interface SpokeTooltipOptions {
  /** The competency of the spoke an event came from. */
  competencyOf(event: Event): CompetencyId | undefined;
  /** The spoke that has (or last had) keyboard focus. */
  active(): CompetencyId | undefined;
  /** What the placement needs, read after an update: the drawn box, the wheel, its layout and the spoke's index. */
  parts(): { tip: HTMLElement | null; wheel: SVGSVGElement | null; layout: WheelLayout | undefined; index(id: CompetencyId): number };
}

/**
 * The detail box of a spoke: shown for the spoke under the pointer, else for the focused one,
 * and put next to the outer end of that spoke after each update (CSSOM, allowed under a strict CSP).
 */
export class SpokeTooltipController implements ReactiveController {
  private hover: CompetencyId | undefined;
  private focused = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: SpokeTooltipOptions,
  ) {
    host.addController(this);
  }

  /** The competency whose details are shown, if any. */
  get shown(): CompetencyId | undefined {
    return this.hover ?? (this.focused ? this.options.active() : undefined);
  }

  readonly onPointerOver = (event: PointerEvent): void => {
    const id = this.options.competencyOf(event);
    if (id !== undefined && id !== this.hover) this.set(id, this.focused);
  };

  readonly onPointerLeave = (): void => this.set(undefined, this.focused);

  readonly onFocusIn = (): void => this.set(this.hover, true);

  readonly onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget;
    const wheel = event.currentTarget;
    if (!(next instanceof Node) || !(wheel instanceof Node) || !wheel.contains(next)) this.set(this.hover, false);
  };

  hostUpdated(): void {
    const id = this.shown;
    const { tip, wheel, layout, index } = this.options.parts();
    const spoke = id === undefined ? undefined : layout?.spokes[index(id)];
    if (!tip || tip.hidden || !wheel || !layout || !spoke) return;
    const point = pointAt(spoke.mid, layout.bandOuter);
    const canvas = tip.parentElement as HTMLElement;
    const wheelBox = wheel.getBoundingClientRect();
    const canvasBox = canvas.getBoundingClientRect();
    const x = wheelBox.left - canvasBox.left + point.x + layout.width / 2;
    const y = wheelBox.top - canvasBox.top + point.y - layout.minY;
    const left = Math.max(0, Math.min(canvas.clientWidth - tip.offsetWidth, x - tip.offsetWidth / 2));
    const top = point.y < 0 ? y + 12 : y - tip.offsetHeight - 12;
    tip.style.setProperty('left', `${Math.round(left)}px`);
    tip.style.setProperty('top', `${Math.round(Math.max(0, top))}px`);
  }

  private set(hover: CompetencyId | undefined, focused: boolean): void {
    if (hover === this.hover && focused === this.focused) return;
    this.hover = hover;
    this.focused = focused;
    this.host.requestUpdate();
  }
}
