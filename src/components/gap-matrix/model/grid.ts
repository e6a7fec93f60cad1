import type { AggregateGroup, AggregateGroupBy } from '../../../domain/aggregate.js';
import type { CompetencyId } from '../../../domain/types.js';
import type { GridCell, GridShape } from '../../../internal/controllers/roving-focus.js';
import type { KrSelectDetail } from '../../../internal/events.js';
import type { PersonRow, PersonSort } from './person.js';
import type { TeamModel } from './team.js';

/** Person mode: competency, target, self, external, actual, gap, priority, due; then the history. */
export const PERSON_COLS = 8;
/** Team mode: header rows before the people (column headers, distribution). */
export const TEAM_HEAD_ROWS = 2;
/** Team mode: columns before the competencies (name, role, department). */
export const TEAM_LEAD_COLS = 3;

/** Team mode's grid: the head rows and `people` rows, the lead columns and `competencies` columns. */
export const teamShape = (people: number, competencies: number, page: number): GridShape => ({ rows: TEAM_HEAD_ROWS + people, cols: TEAM_LEAD_COLS + competencies, page });

/** Person mode's grid: the header row and `rows` competencies, the fixed columns and `history` assessments. */
export const personShape = (rows: number, history: number): GridShape => ({ rows: 1 + rows, cols: PERSON_COLS + history });

/** What Enter, Space or a click on a cell does: change the sort, or select a person and/or a competency. */
export type CellAction = { sort: string; sortDescending?: boolean } | { select: KrSelectDetail } | undefined;

/** Person mode: a sortable column header sorts by it; a competency's cell selects it. */
export function personCellAction({ row, col }: GridCell, rows: readonly PersonRow[], personId: string | undefined): CellAction {
  if (row === 0) {
    const sort: PersonSort | undefined = col === 0 ? 'category' : col === 5 ? 'gap' : col === 6 ? 'priority' : undefined;
    return sort && { sort };
  }
  const item = rows[row - 1];
  if (item?.kind !== 'competency') return undefined;
  const { competencyId } = item.entry;
  return { select: personId ? { personId, competencyId } : { competencyId } };
}

/**
 * Team mode: a column header sorts by it (again: reverses; competencies start with the largest
 * value first); a distribution cell selects its competency, a person's cell the person (and the
 * competency of its column).
 */
export function teamCellAction({ row, col }: GridCell, model: TeamModel, view: Uint32Array, sort: { key: string; descending: boolean }): CellAction {
  const competencyId = col >= TEAM_LEAD_COLS ? model.competencyIds[col - TEAM_LEAD_COLS] : undefined;
  if (row === 0) {
    const key = col === 0 ? 'name' : col === 1 ? 'role' : col === 2 ? 'department' : (competencyId ?? 'none');
    return sort.key === key ? { sort: key, sortDescending: !sort.descending } : { sort: key, sortDescending: competencyId !== undefined };
  }
  if (row === 1) return competencyId ? { select: { competencyId } } : undefined;
  const person = model.people[view[row - TEAM_HEAD_ROWS]];
  if (!person) return undefined;
  return { select: competencyId ? { personId: person.id, competencyId } : { personId: person.id } };
}

/** Team mode: the rows to draw, `first..last-1` of the window plus the active row when it is outside (indices into the view). */
export function rowsToDraw(first: number, last: number, active: number, count: number): number[] {
  const shown: number[] = [];
  for (let k = first; k < last; k++) shown.push(k);
  if (active >= 0 && active < count && (active < first || active >= last)) {
    shown.push(active);
    shown.sort((a, b) => a - b);
  }
  return shown;
}

/** Organisation mode: columns before the competencies (group, people counted, all competencies). */
export const ORGANISATION_LEAD_COLS = 3;

/**
 * Organisation mode: a column header sorts by it (again: reverses; figures start with the
 * largest first); a cell selects its group (and the competency of its column), never a person.
 */
export function organisationCellAction(
  { row, col }: GridCell,
  groups: readonly Pick<AggregateGroup, 'kind' | 'key'>[],
  order: readonly number[],
  competencyIds: readonly CompetencyId[],
  by: AggregateGroupBy,
  sort: { key: string; descending: boolean },
): CellAction {
  const competencyId = col >= ORGANISATION_LEAD_COLS ? competencyIds[col - ORGANISATION_LEAD_COLS] : undefined;
  if (row === 0) {
    const key = col === 0 ? 'name' : col === 1 ? 'people' : col === 2 ? 'all' : (competencyId ?? 'none');
    return sort.key === key ? { sort: key, sortDescending: !sort.descending } : { sort: key, sortDescending: key !== 'name' };
  }
  const group = groups[order[row - 1]];
  if (!group) return undefined;
  const selected = { group: { by, kind: group.kind, key: group.key } };
  return { select: competencyId ? { ...selected, competencyId } : selected };
}
