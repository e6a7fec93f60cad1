import type { PlanEdit } from '../../../domain/plan-edits.js';
import { moveEdit, parseEntryKey } from '../model/entry-keys.js';

/** A drag in progress: the entry, what is dragged and by how many days so far. */
export interface DragPreview {
  key: string;
  mode: 'move' | 'start' | 'end';
  days: number;
}

/** Pointer travel (px) below which a press counts as a click, not a drag. */
export const DRAG_THRESHOLD = 4;

export interface PointerDragHost {
  /** Whether entries can be dragged now. */
  canEdit(): boolean;
  /** The chart entry (`item:<id>`, `review:<id>`) under an event, if any. */
  keyOf(event: PointerEvent): string | undefined;
  /** The edge of item `key` a press is on, if it is on one. */
  edgeOf(event: PointerEvent, key: string): DragPreview['mode'] | undefined;
  pxPerDay(): number;
  /** A press landed on an entry: it becomes the active one (and is focused when editable). */
  pressed(key: string, editable: boolean): void;
  /** The drag so far, or `undefined` when it ended. */
  preview(drag: DragPreview | undefined): void;
  /** A press without a drag. */
  clicked(key: string): void;
  /** A finished drag by at least one day. */
  dropped(drag: DragPreview): void;
}

/** How far (px) into a bar from either end a press grabs that end: 8, or a third of a short bar. */
export const edgeWidth = (width: number): number => Math.min(8, width / 3);

/** The end of a bar (`shape`, its filled rectangle) a press at `event` is on, by position. */
export function edgeAt(event: PointerEvent, shape: Element | null): 'start' | 'end' | undefined {
  if (!shape) return undefined;
  const box = shape.getBoundingClientRect();
  const zone = edgeWidth(box.width);
  if (event.clientX < box.left + zone) return 'start';
  if (event.clientX > box.right - zone) return 'end';
  return undefined;
}

/**
 * Press and drag a bar to move it, its ends to resize it (the handles drawn on the bar in use,
 * `data-edge="start|end"`, or the same zone of any bar, see `edgeWidth`), a review diamond to
 * move it; a press without a drag is a click. Days are whole: the pointer's travel divided by
 * the pixels per day, rounded.
 */
export class PointerDrag {
  private pointer: { id: number; key: string; mode: DragPreview['mode']; x0: number; moved: boolean } | undefined;
  private last: DragPreview | undefined;

  constructor(private readonly host: PointerDragHost) {}

  readonly down = (event: PointerEvent): void => {
    if (event.button !== 0) return;
    const key = this.host.keyOf(event);
    if (!key) return;
    const handle = event.target instanceof Element ? event.target.closest('[data-edge]')?.getAttribute('data-edge') : null;
    const edge = handle === 'start' || handle === 'end' ? handle : key.startsWith('review:') ? undefined : this.host.edgeOf(event, key);
    const mode: DragPreview['mode'] = key.startsWith('review:') ? 'move' : (edge ?? 'move');
    this.pointer = { id: event.pointerId, key, mode, x0: event.clientX, moved: false };
    const editable = this.host.canEdit();
    if (editable) {
      try {
        (event.currentTarget as Element).setPointerCapture(event.pointerId);
      } catch {
        // A pointer the browser no longer tracks (or a synthetic one): the drag still works without capture.
      }
      event.preventDefault();
    }
    this.host.pressed(key, editable);
  };

  readonly move = (event: PointerEvent): void => {
    const pointer = this.pointer;
    if (!pointer || pointer.id !== event.pointerId || !this.host.canEdit()) return;
    const dx = event.clientX - pointer.x0;
    if (!pointer.moved && Math.abs(dx) < DRAG_THRESHOLD) return;
    pointer.moved = true;
    const days = Math.round(dx / this.host.pxPerDay());
    if (this.last?.days === days) return;
    this.last = { key: pointer.key, mode: pointer.mode, days };
    this.host.preview(this.last);
  };

  readonly up = (event: PointerEvent): void => {
    const pointer = this.pointer;
    if (!pointer || pointer.id !== event.pointerId) return;
    const drag = this.last;
    this.reset();
    if (!pointer.moved) this.host.clicked(pointer.key);
    else if (drag && drag.days !== 0) this.host.dropped(drag);
  };

  readonly cancel = (): void => {
    this.reset();
  };

  private reset(): void {
    this.pointer = undefined;
    this.last = undefined;
    this.host.preview(undefined);
  }
}

/** The edit a finished drag asks for: a move, or a change of an item's start or end. */
export function dropEdit(drag: DragPreview): PlanEdit {
  const { kind, id } = parseEntryKey(drag.key);
  if (kind === 'review' || drag.mode === 'move') return moveEdit(drag.key, drag.days);
  return { type: 'resize-item', itemId: id, days: drag.days, edge: drag.mode };
}
