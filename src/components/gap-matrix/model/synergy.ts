import type { SynergyGroup } from '../../../domain/synergy.js';
import type { Person, PersonId } from '../../../domain/types.js';

/** How many members of a synergy group come from one department (null: people without one). */
export interface OfficeCount {
  department: string | null;
  people: number;
}

/** A synergy group's members by department: the largest first (ties in the order of first appearance), the rest summed up. */
export interface GroupOffices {
  offices: OfficeCount[];
  rest: { offices: number; people: number } | undefined;
}

/** Offices named one by one on a card; more are summed up. */
export const OFFICES_NAMED = 4;

/** Per synergy group, where its members come from (see `GroupOffices`). */
export function officesOf(people: readonly Person[], groups: readonly SynergyGroup[]): GroupOffices[] {
  const departmentOf = new Map<PersonId, string | null>(people.map((person) => [person.id, person.department || null]));
  return groups.map((group) => {
    const counts = new Map<string | null, number>();
    for (const id of group.personIds) {
      const department = departmentOf.get(id) ?? null;
      counts.set(department, (counts.get(department) ?? 0) + 1);
    }
    const ranked = [...counts].map(([department, count]) => ({ department, people: count })).sort((a, b) => b.people - a.people);
    // One more office is named rather than summed up alone.
    if (ranked.length <= OFFICES_NAMED + 1) return { offices: ranked, rest: undefined };
    const rest = ranked.slice(OFFICES_NAMED);
    return { offices: ranked.slice(0, OFFICES_NAMED), rest: { offices: rest.length, people: rest.reduce((sum, office) => sum + office.people, 0) } };
  });
}
