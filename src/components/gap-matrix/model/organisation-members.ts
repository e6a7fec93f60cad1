import type { AggregateGroup, AggregateGroupBy } from '../../../domain/aggregate.js';
import { releasePartition, type Placement, type ReleaseBlock } from '../../../domain/aggregate-privacy.js';
import { currentProfile, type ActualRule } from '../../../domain/assessments.js';
import { rolesOf } from '../../../domain/portfolio.js';
import type { Assessment, CompetencyId, Level, Person, PersonId, Portfolio } from '../../../domain/types.js';

/** One person behind a cell of organisation mode: their rating in use (undefined: none, counted as 0) and target there. */
export interface CellMember {
  person: Person;
  level: Level | undefined;
  target: Level;
  /** target − (level or 0). */
  gap: number;
}

/** Which group of `groupBy` a released block belongs to: its department (or `other` when it spans several), its role, or the one population. */
function blockInGroup(block: ReleaseBlock, groupBy: AggregateGroupBy, group: Pick<AggregateGroup, 'kind' | 'key'>): boolean {
  if (groupBy === 'category') return true;
  if (groupBy === 'role') return block.roleId === group.key;
  if (group.kind === 'other') return block.department === null;
  return block.department !== null && (block.department === '' ? null : block.department) === group.key;
}

/**
 * The people a group of `aggregateTeam` stands for, in input order: the members of the release
 * blocks (`releasePartition`, the domain's split, over the same people and minimum size) that
 * fall into the group and match the role filter. Only for a drill-down the host page allows.
 */
export function groupMembers(portfolio: Portfolio, settings: { groupBy: AggregateGroupBy; minGroupSize: number; roleId: string }, group: Pick<AggregateGroup, 'kind' | 'key'>): Person[] {
  const rowOf = new Map<PersonId, number>();
  portfolio.people.forEach((person, row) => rowOf.set(person.id, row));
  const assessed = new Uint8Array(portfolio.people.length);
  for (const assessment of portfolio.assessments) {
    const row = rowOf.get(assessment.personId);
    if (row !== undefined) assessed[row] = 1;
  }
  const placements = portfolio.people.map((person): Placement => ({ department: person.department ?? '', roleId: person.roleId }));
  const { blocks, blockOf } = releasePartition(placements, (row) => assessed[row] === 1, settings.minGroupSize);
  const wanted = blocks.map((block) => (!settings.roleId || block.roleId === settings.roleId) && blockInGroup(block, settings.groupBy, group));
  return portfolio.people.filter((_, row) => blockOf[row] >= 0 && wanted[blockOf[row]]);
}

/** The people behind one cell with their rating in use and target in `competencyId`; below target first (largest gap first), then input order. */
export function cellMembers(portfolio: Portfolio, people: readonly Person[], competencyId: CompetencyId, rule: ActualRule): CellMember[] {
  const ids = new Set(people.map((person) => person.id));
  const own = new Map<PersonId, Assessment[]>();
  for (const assessment of portfolio.assessments) {
    if (!ids.has(assessment.personId)) continue;
    const list = own.get(assessment.personId);
    if (list) list.push(assessment);
    else own.set(assessment.personId, [assessment]);
  }
  const targets = new Map(rolesOf(portfolio).map((role) => [role.id, role.target[competencyId] ?? 0]));
  const members = people.map((person): CellMember => {
    const level = currentProfile(own.get(person.id) ?? [], person.id, rule).profile[competencyId];
    const target = (targets.get(person.roleId) ?? 0) as Level;
    return { person, level, target, gap: target - (level ?? 0) };
  });
  return members.map((member, position) => ({ member, position })).sort((a, b) => b.member.gap - a.member.gap || a.position - b.position).map(({ member }) => member);
}
