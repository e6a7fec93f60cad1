import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PlanEdit } from '../../../domain/plan-edits.js';
import { listNavigation, RovingFocusController } from '../../../internal/controllers/roving-focus.js';
import { Memo } from '../../../internal/memo.js';
import { entryKeyAction } from '../model/entry-keys.js';
import { focusOrder, type TimelineLayout } from '../model/layout.js';
import type { ChartListeners } from '../views/plan.js';
import { EntryHover } from './entry-hover.js';
import { pictureKeyAt } from './picture-hit.js';
import { dropEdit, edgeAt, PointerDrag, type DragPreview } from './pointer-drag.js';

export interface ChartEntriesOptions {
  /** The layout of the chart drawn now; `undefined` without a chart. */
  layout(): TimelineLayout | undefined;
  /** Whether the plan can be edited now. */
  canEdit(): boolean;
  /** Applies an edit; `true` when it went through. */
  edit(edit: PlanEdit): boolean;
  /** Opens the details of an entry. */
  open(key: string): void;
  undo(): void;
}

/**
 * The items and reviews of the chart (keys `item:<id>`, `review:<id>`) under keyboard and
 * pointer: one tab stop that goes from entry to entry in date order, the keys of an entry
 * (move, resize, open, remove, undo; see `entryKeyAction`), and pressing and dragging
 * (`PointerDrag`) with the drag shown while it lasts.
 */
export class ChartEntries implements ReactiveController {
  /** An entry brought back by undo that is to get focus once it is drawn (a provider brings its plan an update later). */
  private awaited: string | undefined;
  private readonly order = new Memo((layout: TimelineLayout) => focusOrder(layout.bars, layout.reviews));
  private readonly roving: RovingFocusController<string>;
  private readonly pointer: PointerDrag;
  private readonly hover: EntryHover;
  private dragged: DragPreview | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ChartEntriesOptions,
  ) {
    const root = () => host.shadowRoot ?? host;
    this.roving = new RovingFocusController<string>(host, {
      navigation: listNavigation({ keys: () => this.keys() }),
      element: (key) => root().querySelector<SVGGElement>(`.scroller [data-key="${key}"]`),
      positionOf: (target) => target.closest('.scroller [data-key]')?.getAttribute('data-key') ?? undefined,
      // Time runs left to right in every language.
      rtl: () => false,
    });
    this.hover = new EntryHover(host, (event) => this.roving.positionOfEvent(event));
    this.pointer = new PointerDrag({
      canEdit: () => options.canEdit(),
      keyOf: (event) => this.roving.positionOfEvent(event) ?? pictureKeyAt(event, options.layout()),
      edgeOf: (event, key) => edgeAt(event, root().querySelector(`.scroller [data-key="${key}"] .bar-fill`)),
      pxPerDay: () => options.layout()?.pxPerDay ?? 1,
      pressed: (key, editable) => {
        this.roving.setActive(key);
        if (editable) void this.roving.focus(key);
      },
      preview: (drag) => {
        this.dragged = drag;
        host.requestUpdate();
      },
      clicked: (key) => options.open(key),
      dropped: (drag) => options.edit(dropEdit(drag)),
    });
    // After the roving focus: an update that draws the awaited entry focuses it.
    host.addController(this);
  }

  hostUpdated(): void {
    const key = this.awaited;
    if (key === undefined || !this.keys().includes(key)) return;
    this.awaited = undefined;
    this.focus(key);
  }

  hostDisconnected(): void {
    this.hover.disconnect();
  }

  /** The drag in progress. */
  get drag(): DragPreview | undefined {
    return this.dragged;
  }

  /** The entry under the pointer, else the focused one. */
  get hovered(): string | undefined {
    return this.hover.key;
  }

  /** The entry that holds the chart's tab stop. */
  get active(): string | undefined {
    return this.roving.active;
  }

  /** Makes `key` the entry that holds the tab stop. */
  setActive(key: string): void {
    this.roving.setActive(key);
  }

  /** Focuses the entry `key` once it is drawn. */
  focus(key: string): void {
    this.awaited = undefined;
    void this.roving.focus(key);
  }

  /** Makes `key` the tab stop and focuses it as soon as an update draws it, also when that is not the next one. */
  restore(key: string): void {
    this.roving.setActive(key);
    this.awaited = key;
    this.host.requestUpdate();
  }

  /** The entry that gets focus when `key` is removed: the one before it, else the next; `undefined` when none is left. */
  neighbour(key: string | undefined): string | undefined {
    if (key === undefined) return undefined;
    const order = this.keys();
    const index = order.indexOf(key);
    return order.filter((candidate) => candidate !== key)[Math.max(0, index - 1)];
  }

  /** The chart's keyboard and pointer listeners. */
  readonly listeners: Omit<ChartListeners, 'scroll'> = {
    keydown: (event) => {
      // A key pressed meanwhile wins over an entry still awaited.
      this.awaited = undefined;
      if (!this.hover.escape(event)) this.onKey(event);
    },
    pointerdown: (event) => this.pointer.down(event),
    pointermove: (event) => this.pointer.move(event),
    pointerup: (event) => this.pointer.up(event),
    pointercancel: () => this.pointer.cancel(),
    pointerover: (event) => this.hover.over(event),
    pointerleave: (event) => this.hover.leave(event),
    focusin: (event) => this.hover.focusIn(event),
    focusout: () => this.hover.focusOut(),
  };

  private keys(): readonly string[] {
    const layout = this.options.layout();
    return layout ? this.order.get(layout) : [];
  }

  // Handled before the roving focus sees the key: a key used here does not also move the focus.
  private onKey(event: KeyboardEvent): void {
    const key = this.roving.positionOfEvent(event);
    const action = key === undefined ? undefined : entryKeyAction(event, key, this.options.canEdit());
    if (key === undefined || !action) return;
    event.preventDefault();
    if (action.type === 'edit') this.options.edit(action.edit);
    else if (action.type === 'open') this.options.open(key);
    else if (action.type === 'undo') this.options.undo();
    else if (action.type === 'remove') this.remove(key, action.edit);
  }

  /** Removes an entry; focus goes to the entry before it. */
  private remove(key: string, edit: PlanEdit): void {
    const neighbour = this.neighbour(key);
    if (this.options.edit(edit) && neighbour) this.focus(neighbour);
  }
}
