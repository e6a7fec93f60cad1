import type { ReactiveControllerHost } from 'lit';
import { MAX_LEVEL } from '../../../domain/scale.js';
import type { CompetencyId, Level } from '../../../domain/types.js';
import type { KeyPress } from '../../../internal/controllers/roving-focus.js';
import { createKrEvent, type EditSeries } from '../../../internal/events.js';

/** What a key does on a focused spoke besides moving between spokes (that is the roving focus's). */
export type SpokeKey = { kind: 'select' } | { kind: 'step'; by: 1 | -1 } | { kind: 'set'; level: Level };

/** Enter and Space select; with `editable`, ↑/↓ step the level, 0–3 set it, Home/PageDown the lowest and End/PageUp the highest (a slider's keys). Keys with Ctrl, Alt or ⌘ do nothing here. */
export function spokeKey(event: KeyPress, editable: boolean): SpokeKey | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  switch (event.key) {
    case 'Enter':
    case ' ':
      return { kind: 'select' };
    case 'ArrowUp':
      return editable ? { kind: 'step', by: 1 } : undefined;
    case 'ArrowDown':
      return editable ? { kind: 'step', by: -1 } : undefined;
    // A slider's larger steps (with four levels, the highest and the lowest) and its ends.
    case 'PageUp':
    case 'End':
      return editable ? { kind: 'set', level: MAX_LEVEL } : undefined;
    case 'PageDown':
    case 'Home':
      return editable ? { kind: 'set', level: 0 } : undefined;
    case '0':
    case '1':
    case '2':
    case '3':
      return editable ? { kind: 'set', level: Number(event.key) as Level } : undefined;
    default:
      return undefined;
  }
}

export interface LevelEditingOptions {
  editable(): boolean;
  series(): EditSeries;
  /** The competency of the spoke an event came from. */
  competencyOf(event: Event): CompetencyId | undefined;
  /** The level being edited (the drawn actual level); `undefined` for an unknown competency. */
  levelOf(id: CompetencyId): Level | undefined;
  focus(id: CompetencyId): void;
  /** Keeps an edit that nobody else saves (a wheel outside a provider). */
  keep(id: CompetencyId, level: Level): void;
}

/**
 * Editing and selecting by pointer and keyboard: a click on a ring sets that level (on the
 * innermost ring of a spoke at 1 it sets 0), ↑/↓ and 0–3 set the focused spoke's level, Enter,
 * Space or (not editable) a click select. Fires `kr-level-change` and `kr-select` from the host.
 * Its key handler runs before the roving focus's (bind it inside the shadow root).
 */
export class LevelEditingController {
  /** The competency selected last (`aria-selected`). */
  selected: CompetencyId | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: LevelEditingOptions,
  ) {}

  readonly onKeyDown = (event: KeyboardEvent): void => {
    const id = this.options.competencyOf(event);
    const action = id === undefined ? undefined : spokeKey(event, this.options.editable());
    if (id === undefined || !action) return;
    event.preventDefault();
    if (action.kind === 'select') return this.select(id);
    const level = this.options.levelOf(id);
    if (level === undefined) return;
    this.setLevel(id, action.kind === 'set' ? action.level : (Math.max(0, Math.min(MAX_LEVEL, level + action.by)) as Level));
  };

  readonly onClick = (event: MouseEvent): void => {
    const id = this.options.competencyOf(event);
    if (id === undefined) return;
    this.options.focus(id);
    if (!this.options.editable()) return this.select(id);
    const cell = event.target instanceof Element ? event.target.closest('[data-level]') : null;
    const ring = Number(cell?.getAttribute('data-level'));
    const level = this.options.levelOf(id);
    if (level === undefined || !(ring >= 1 && ring <= MAX_LEVEL)) return;
    this.setLevel(id, (ring === 1 && level === 1 ? 0 : ring) as Level);
  };

  private select(id: CompetencyId): void {
    this.selected = id;
    this.host.requestUpdate();
    this.host.dispatchEvent(createKrEvent('kr-select', { competencyId: id }));
  }

  private setLevel(id: CompetencyId, level: Level): void {
    const previous = this.options.levelOf(id);
    if (previous === undefined || !this.options.editable() || level === previous) return;
    this.host.dispatchEvent(createKrEvent('kr-level-change', { competencyId: id, level, previous, series: this.options.series() }));
    this.options.keep(id, level);
  }
}
