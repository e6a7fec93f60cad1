import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CompetencyId } from '../../../domain/types.js';
import type { WheelLayout } from '../model/geometry.js';

/** How long the details of a tapped spoke stay after the finger is lifted (ms). */
export const TOUCH_CLOSE_MS = 1500;

/**
 * How long the details of a spoke stay while the mouse, heading for them, crosses other spokes
 * (ms): each move that brings it closer to them starts the wait again; when it rests or turns away,
 * the spoke under it is shown after this delay (the "hover intent" or "safe triangle" of menus).
 */
export const HOVER_GRACE_MS = 250;

/** A box in px (left, top, width, height), relative to the element's drawing area. */
export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface TipPlacement {
  /** What must stay visible: the spoke's sectors and its label. */
  avoid: Rect;
  /** The spoke's direction from the centre (radians, 0 = up, clockwise). */
  angle: number;
  /** The size of the detail box. */
  tip: { width: number; height: number };
  /** The drawing area (the box is kept inside it where it can be). */
  area: { width: number; height: number };
  /** Space between the box and what it must not cover. */
  gap?: number;
}

function intersects(a: Rect, b: Rect): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

/**
 * Where the detail box goes: beside the spoke (below, above, right or left of its sectors and
 * label), on the side away from where the spoke points first, never over the spoke; inside the
 * drawing area where a side has room, else above or below it.
 */
export function placeTip({ avoid, angle, tip, area, gap = 8 }: TipPlacement): Rect {
  const { width, height } = tip;
  const clampX = (x: number): number => Math.max(0, Math.min(area.width - width, x));
  const clampY = (y: number): number => Math.max(0, Math.min(area.height - height, y));
  const middleX = avoid.left + avoid.width / 2 - width / 2;
  const middleY = avoid.top + avoid.height / 2 - height / 2;
  // The spoke points to (sin, −cos) on screen; the box prefers the opposite direction.
  const away = { x: -Math.sin(angle), y: Math.cos(angle) };
  const sides = [
    { x: 0, y: 1, rect: { left: clampX(middleX), top: avoid.top + avoid.height + gap, width, height } },
    { x: 0, y: -1, rect: { left: clampX(middleX), top: avoid.top - gap - height, width, height } },
    { x: 1, y: 0, rect: { left: avoid.left + avoid.width + gap, top: clampY(middleY), width, height } },
    { x: -1, y: 0, rect: { left: avoid.left - gap - width, top: clampY(middleY), width, height } },
  ].sort((a, b) => b.x * away.x + b.y * away.y - (a.x * away.x + a.y * away.y));
  const inside = (rect: Rect): boolean => rect.left >= 0 && rect.top >= 0 && rect.left + rect.width <= area.width + 0.5 && rect.top + rect.height <= area.height + 0.5;
  const wide = (rect: Rect): boolean => rect.left >= 0 && rect.left + rect.width <= area.width + 0.5;
  const free = sides.map((side) => side.rect).filter((rect) => !intersects(rect, avoid));
  return free.find(inside) ?? free.find(wide) ?? { left: clampX(middleX), top: Math.max(area.height, avoid.top + avoid.height) + gap, width, height };
}

/** The focused element of the document or shadow root that `node` is in. */
function activeIn(node: Node): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot || root instanceof Document ? root.activeElement : null;
}

export interface SpokeTooltipOptions {
  /** The competency of the spoke an event came from. */
  competencyOf(event: Event): CompetencyId | undefined;
  /** The spoke that has (or last had) keyboard focus. */
  active(): CompetencyId | undefined;
  /** What the placement needs, read after an update: the drawn box, the wheel, its layout and the spoke's index. */
  parts(): { tip: HTMLElement | null; wheel: SVGSVGElement | null; layout: WheelLayout | undefined; index(id: CompetencyId): number };
}

/**
 * The detail box of a spoke: shown for the spoke under the pointer, else for the focused one, and
 * put beside that spoke after each update so that it never covers it (`placeTip`; CSSOM, allowed
 * under a strict CSP). As WCAG 1.4.13 asks, it stays while the pointer moves onto it, also across
 * other spokes on the way (`HOVER_GRACE_MS`), closes with Escape, and goes after a tap:
 * `TOUCH_CLOSE_MS` after the finger is lifted, at once on a tap elsewhere. Nothing of this runs
 * before the first pointer event.
 */
export class SpokeTooltipController implements ReactiveController {
  private hover: CompetencyId | undefined;
  private focused = false;
  /** Between `hostUpdate` and `hostUpdated`: the element is drawing. */
  private drawing = false;
  /** The spoke whose details were closed (Escape, a tap's end): they stay closed until another spoke is shown or touched. */
  private dismissed: CompetencyId | undefined;
  private touchTimer: ReturnType<typeof setTimeout> | undefined;
  /** Whether the details were asked for by a touch: a tap on them then goes through to the spoke below (`data-touch`). */
  private byTouch = false;
  /** Where the mouse was last (viewport px), and whether its last move brought it closer to the shown details. */
  private last: { x: number; y: number } | undefined;
  private approaching = false;
  private tracking = false;
  /** Where the last real mouse move ended. */
  private rest: { x: number; y: number } | undefined;
  /** While the mouse heads for the details across other spokes: what to show once it rests (`HOVER_GRACE_MS`). */
  private graceTimer: ReturnType<typeof setTimeout> | undefined;
  private graceNext: CompetencyId | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: SpokeTooltipOptions,
  ) {
    host.addController(this);
  }

  /** The competency whose details are shown, if any. */
  get shown(): CompetencyId | undefined {
    const id = this.hover ?? (this.focused ? this.options.active() : undefined);
    return id === this.dismissed ? undefined : id;
  }

  /** Where the controller listens: on the host, and on the document for taps outside and Escape (capture for `pointerdown`). */
  private listeners(): [EventTarget, string, EventListener, boolean][] {
    return [
      [this.host, 'pointerup', this.onPointerUp as EventListener, false],
      [this.host, 'pointerleave', this.onHostLeave as EventListener, false],
      [this.host, 'pointerover', this.onHostOver as EventListener, false],
      [document, 'pointerdown', this.onDocumentPointerDown as EventListener, true],
      [document, 'keydown', this.onDocumentKeyDown as EventListener, false],
    ];
  }

  hostConnected(): void {
    for (const [target, type, listener, capture] of this.listeners()) target.addEventListener(type, listener, capture);
  }

  hostDisconnected(): void {
    for (const [target, type, listener, capture] of this.listeners()) target.removeEventListener(type, listener, capture);
    this.host.removeEventListener('pointermove', this.onPointerMove);
    this.tracking = false;
    this.last = this.rest = undefined;
    this.stopTimer();
    this.stopGrace();
  }

  readonly onPointerOver = (event: PointerEvent): void => {
    const id = this.options.competencyOf(event);
    if (id === undefined) return;
    // Details closed (Escape) under a resting mouse uncover another spoke: that asks for nothing until the mouse moves.
    if (this.dismissed !== undefined && event.pointerType !== 'touch' && this.rest?.x === event.clientX && this.rest.y === event.clientY) return;
    // A touch is a new request for the details even of the same spoke; a mouse brings back closed details only on another spoke.
    if (event.pointerType === 'touch' || id !== this.dismissed) this.dismissed = undefined;
    this.byTouch = event.pointerType === 'touch';
    this.stopTimer();
    if (id !== this.hover) this.hoverTo(id, event);
    else {
      this.stopGrace();
      this.host.requestUpdate();
    }
  };

  /** The pointer left the drawing: the details go, unless it moved onto them (they are hoverable) or heads for them. */
  readonly onPointerLeave = (event?: PointerEvent): void => {
    if (this.onTip(event?.relatedTarget)) this.stopGrace();
    else if (event) this.hoverTo(undefined, event);
    else this.set(undefined, this.focused);
  };

  readonly onFocusIn = (): void => this.set(this.hover, true);

  readonly onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget;
    const wheel = event.currentTarget;
    if (next instanceof Node && wheel instanceof Node && wheel.contains(next)) return;
    // A spoke that the element's own render replaces (another mode, `editable`) takes the focus with
    // it, and the roving focus puts it on the new one after the update: whether focus left is known then.
    if (!this.drawing) return this.focusLeft();
    const check = (): void => {
      const drawn = this.options.parts().wheel;
      if (!drawn || !drawn.contains(activeIn(drawn))) this.focusLeft();
    };
    void this.host.updateComplete.then(check, check);
  };

  /** Focus that comes back later shows the details again. */
  private focusLeft(): void {
    this.dismissed = undefined;
    this.set(this.hover, false);
  }

  hostUpdate(): void {
    this.drawing = true;
  }

  hostUpdated(): void {
    this.drawing = false;
    // Closed details come back once another spoke is asked for, or none is.
    if (this.dismissed !== undefined && (this.hover ?? (this.focused ? this.options.active() : undefined)) !== this.dismissed) this.dismissed = undefined;
    const id = this.shown;
    const { tip, wheel, layout, index } = this.options.parts();
    const position = id === undefined ? -1 : index(id);
    const spoke = layout?.spokes[position];
    if (!tip || tip.hidden || !wheel || !layout || !spoke || id === undefined) return;
    const canvas = tip.parentElement as HTMLElement;
    const origin = canvas.getBoundingClientRect();
    const boxes = [wheel.querySelector(`[part="sector"][data-index="${position}"]`), wheel.querySelector(`text[data-competency="${CSS.escape(id)}"]`)]
      .filter((node): node is Element => node !== null)
      .map((node) => node.getBoundingClientRect());
    if (boxes.length === 0) return;
    const left = Math.min(...boxes.map((box) => box.left)) - origin.left;
    const top = Math.min(...boxes.map((box) => box.top)) - origin.top;
    const avoid = { left, top, width: Math.max(...boxes.map((box) => box.right)) - origin.left - left, height: Math.max(...boxes.map((box) => box.bottom)) - origin.top - top };
    const place = placeTip({ avoid, angle: spoke.mid, tip: { width: tip.offsetWidth, height: tip.offsetHeight }, area: { width: canvas.clientWidth, height: canvas.clientHeight } });
    tip.style.setProperty('left', `${Math.round(place.left)}px`);
    tip.style.setProperty('top', `${Math.round(place.top)}px`);
    tip.toggleAttribute('data-touch', this.byTouch);
  }

  /** A tap ends: the details go a moment later (they would else stay for the focused spoke). */
  private readonly onPointerUp = (event: PointerEvent): void => {
    if (event.pointerType !== 'touch') return;
    this.stopTimer();
    this.touchTimer = setTimeout(() => {
      this.touchTimer = undefined;
      this.dismiss();
    }, TOUCH_CLOSE_MS);
  };

  /** The pointer left the element (from the details, say): they go. */
  private readonly onHostLeave = (event: PointerEvent): void => {
    if (event.pointerType === 'touch') return;
    this.stopGrace();
    this.set(undefined, this.focused);
  };

  /** The mouse moved within the element: onto the details (they stay), or to neither them nor the drawing (they go). */
  private readonly onHostOver = (event: PointerEvent): void => {
    if (this.hover === undefined || event.pointerType === 'touch') return;
    const { tip, wheel } = this.options.parts();
    const path = event.composedPath();
    if (tip && path.includes(tip)) this.stopGrace();
    else if (!wheel || !path.includes(wheel)) this.hoverTo(undefined, event);
  };

  /** Each mouse move (listened to from the first hover on): whether it heads for the details; if so, a pending switch waits again. */
  private readonly onPointerMove = (event: PointerEvent): void => {
    this.rest = { x: event.clientX, y: event.clientY };
    if (this.track(event) && this.graceTimer !== undefined) this.startGrace();
  };

  /** Shows `next` (or nothing) for the mouse; while the mouse heads for the shown details, only after `HOVER_GRACE_MS`. */
  private hoverTo(next: CompetencyId | undefined, event: PointerEvent): void {
    if (event.pointerType === 'touch') {
      this.stopGrace();
      this.set(next, this.focused);
      return;
    }
    if (!this.tracking) {
      this.tracking = true;
      this.host.addEventListener('pointermove', this.onPointerMove);
    }
    this.track(event);
    if (this.approaching && this.hover !== undefined && this.distance(event.clientX, event.clientY) !== undefined) {
      this.graceNext = next;
      this.startGrace();
      return;
    }
    this.stopGrace();
    this.set(next, this.focused);
  }

  /** Notes where the mouse is; `true` when it came closer to the shown details (a move to where it was changes nothing). */
  private track(event: PointerEvent): boolean {
    const { clientX: x, clientY: y } = event;
    const last = this.last;
    if (last && last.x === x && last.y === y) return this.approaching;
    this.last = { x, y };
    const before = last && this.distance(last.x, last.y);
    const now = before === undefined ? undefined : this.distance(x, y);
    this.approaching = before !== undefined && now !== undefined && now < before - 0.5;
    return this.approaching;
  }

  /** How far (px) a point of the viewport is from the details shown for the mouse; `undefined` when none are. */
  private distance(x: number, y: number): number | undefined {
    if (this.hover === undefined || this.shown !== this.hover) return undefined;
    const { tip } = this.options.parts();
    if (!tip || tip.hidden) return undefined;
    const box = tip.getBoundingClientRect();
    return Math.hypot(Math.max(box.left - x, 0, x - box.right), Math.max(box.top - y, 0, y - box.bottom));
  }

  private startGrace(): void {
    if (this.graceTimer !== undefined) clearTimeout(this.graceTimer);
    this.graceTimer = setTimeout(() => {
      this.graceTimer = undefined;
      this.set(this.graceNext, this.focused);
    }, HOVER_GRACE_MS);
  }

  private stopGrace(): void {
    if (this.graceTimer !== undefined) clearTimeout(this.graceTimer);
    this.graceTimer = undefined;
  }

  /** A tap or click outside the element closes the details at once. */
  private readonly onDocumentPointerDown = (event: PointerEvent): void => {
    if (this.shown !== undefined && !event.composedPath().includes(this.host)) this.dismiss();
  };

  /** Escape closes the details, wherever the focus is (they may be shown for the pointer only). */
  private readonly onDocumentKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.shown !== undefined) this.dismiss();
  };

  /** Closes the details shown now; they come back for another spoke, a new touch or a focus that comes back. */
  private dismiss(): void {
    this.stopTimer();
    this.stopGrace();
    const id = this.shown;
    if (id === undefined) return;
    // The pointer may still be over the spoke: its details stay closed until it leaves or a new touch comes.
    this.dismissed = id;
    this.host.requestUpdate();
  }

  private stopTimer(): void {
    if (this.touchTimer !== undefined) clearTimeout(this.touchTimer);
    this.touchTimer = undefined;
  }

  private onTip(target: EventTarget | null | undefined): boolean {
    const { tip } = this.options.parts();
    return !!tip && target instanceof Node && tip.contains(target);
  }

  private set(hover: CompetencyId | undefined, focused: boolean): void {
    if (hover === this.hover && focused === this.focused) return;
    this.hover = hover;
    this.focused = focused;
    this.host.requestUpdate();
  }
}
