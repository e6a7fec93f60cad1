import { noChange } from 'lit';
import { Directive, directive, PartType, type DirectiveResult, type ElementPart, type PartInfo } from 'lit/directive.js';
import { TEAM_LEAD_COLS } from '../model/grid.js';
import type { TeamModel, TeamValue } from '../model/team.js';
import { GAP_CLASSES, GAP_SYMBOLS, LEVEL_CLASSES, type CellNames } from './cells.js';

/** What the competency cells of one team row show. */
export interface TeamCellsInput {
  model: TeamModel;
  /** The person's row in the model. */
  person: number;
  /** The row in the grid (head rows included), as the roving focus counts. */
  gridRow: number;
  value: TeamValue;
  names: CellNames;
  tab: (row: number, col: number) => number;
}

/** What one cell shows: its class, its name for a screen reader, its text and its tabindex. */
interface Shown {
  className: string;
  label: string;
  text: string;
  tabIndex: number;
}

function shownIn({ model, person, value, names }: TeamCellsInput, c: number, tabIndex: number): Shown {
  if (model.state[person] !== 1) return { className: 'pending', label: names.pending, text: '…', tabIndex };
  if (value === 'gap') {
    const g = model.gap[person * model.width + c] + 3;
    return { className: GAP_CLASSES[g], label: names.gap[g], text: GAP_SYMBOLS[g], tabIndex };
  }
  const a = model.actual[person * model.width + c];
  return { className: LEVEL_CLASSES[a], label: names.level[a], text: String(a), tabIndex };
}

/**
 * The competency cells of a team row (`div[role=gridcell]`, one per competency, after the row's
 * name, role and department), written into the row without templates and changed in place: a
 * row drawn by position shows another person after a scroll, and only what differs is set. A
 * template instance per cell cost about a third of a cold render of the first screen. The cells
 * are the directive's alone: it compares with what it set last, not with the DOM. The row's
 * template must have no part of its own among the row's children: a child part at the row's end
 * would count the appended cells as its own, and insert before them or clear them.
 */
class TeamCells extends Directive {
  private cells: HTMLElement[] = [];
  private shown: Shown[] = [];

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('teamCells() must stand on the row element');
  }

  render(_input: TeamCellsInput): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [input]: [TeamCellsInput]): typeof noChange {
    const row = part.element;
    const width = input.model.width;
    while (this.cells.length > width) {
      this.cells.pop()?.remove();
      this.shown.pop();
    }
    for (let c = 0; c < width; c++) {
      const col = c + TEAM_LEAD_COLS;
      const next = shownIn(input, c, input.tab(input.gridRow, col));
      const cell = this.cells[c] ?? this.add(row, col);
      const before = this.shown[c];
      if (before?.className !== next.className) cell.className = next.className;
      if (before?.label !== next.label) cell.setAttribute('aria-label', next.label);
      if (before?.tabIndex !== next.tabIndex) cell.setAttribute('tabindex', String(next.tabIndex));
      if (before?.text !== next.text) {
        if (cell.firstChild instanceof Text) cell.firstChild.data = next.text;
        else cell.textContent = next.text;
      }
      this.shown[c] = next;
    }
    return noChange;
  }

  private add(row: Element, col: number): HTMLElement {
    const cell = row.ownerDocument.createElement('div');
    cell.setAttribute('role', 'gridcell');
    cell.setAttribute('data-col', String(col));
    row.append(cell);
    this.cells.push(cell);
    return cell;
  }
}

/** The competency cells of a team row (see `TeamCells`); on the row element. */
export const teamCells: (input: TeamCellsInput) => DirectiveResult<typeof TeamCells> = directive(TeamCells);
