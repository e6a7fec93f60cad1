import { currentProfile, type ActualRule } from '../../../domain/assessments.js';
import { leanRolesOf } from '../../../domain/portfolio.js';
import type { Assessment, CompetencyId, Level, Person, PersonId, Portfolio } from '../../../domain/types.js';

/** One person behind a cell of organisation mode: their rating in use (undefined: none, counted as 0) and target there. */
export interface CellMember {
  person: Person;
  level: Level | undefined;
  target: Level;
  /** target − (level or 0). */
  gap: number;
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
  const targets = new Map(leanRolesOf(portfolio).map((role) => [role.id, role.target[competencyId] ?? 0]));
  const members = people.map((person): CellMember => {
    const level = currentProfile(own.get(person.id) ?? [], person.id, rule).profile[competencyId];
    const target = (targets.get(person.roleId) ?? 0) as Level;
    return { person, level, target, gap: target - (level ?? 0) };
  });
  return members.map((member, position) => ({ member, position })).sort((a, b) => b.member.gap - a.member.gap || a.position - b.position).map(({ member }) => member);
}
