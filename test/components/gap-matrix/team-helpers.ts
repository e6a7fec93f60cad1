import { html } from '@open-wc/testing';
import { currentProfile } from '../../../src/domain/assessments.js';
import { DEFAULT_ROLES, roleById } from '../../../src/domain/roles.js';
import type { TeamMember } from '../../../src/domain/team.js';
import type { Assessment, Person } from '../../../src/domain/types.js';
import { makeTeam } from './fixtures.js';
import { mount, type GapMatrix } from './util.js';

/** A team matrix of `count` generated people with `attributes` set, analysed and drawn. */
export async function teamOf(count: number, attributes: Partial<GapMatrix> = {}) {
  const { people, assessments } = makeTeam(count);
  const mounted = await mount(html`<gap-matrix mode="team" .people=${people} .assessments=${assessments}></gap-matrix>`);
  Object.assign(mounted.el, attributes);
  await mounted.el.analysisComplete;
  await mounted.el.updateComplete;
  return { ...mounted, people, assessments };
}

/** The domain's view of a team (role target, current profile), to compare the element with. */
export function membersOf(people: readonly Person[], assessments: readonly Assessment[]): TeamMember[] {
  return people.map((person) => ({
    personId: person.id,
    target: roleById(DEFAULT_ROLES, person.roleId)!.target,
    actual: currentProfile(assessments.filter((a) => a.personId === person.id), person.id).profile,
  }));
}
