import { COMPETENCY_IDS } from '../../../src/domain/catalogue.js';
import { ROLE_IDS } from '../../../src/domain/roles.js';
import type { Assessment, Level, Person } from '../../../src/domain/types.js';

/** A small deterministic generator (Park–Miller), so every run sees the same team. */
function random(seed: number): () => number {
  let state = seed % 2147483647 || 1;
  return () => {
    state = (state * 16807) % 2147483647;
    return state / 2147483647;
  };
}

const DEPARTMENTS = ['Bauamt', 'Bürgerbüro', 'Finanzen', 'IT', 'Jugendamt', 'Ordnungsamt', 'Personal', 'Schulamt'];

/** `count` people with one self and one external assessment each (levels 0..3). */
export function makeTeam(count: number, seed = 7): { people: Person[]; assessments: Assessment[] } {
  const next = random(seed);
  const people: Person[] = [];
  const assessments: Assessment[] = [];
  for (let p = 0; p < count; p++) {
    const id = `p${p}`;
    people.push({ id, name: `Person ${String(p).padStart(5, '0')}`, roleId: ROLE_IDS[p % ROLE_IDS.length], department: DEPARTMENTS[p % DEPARTMENTS.length] });
    const self: Record<string, Level> = {};
    const external: Record<string, Level> = {};
    for (const competency of COMPETENCY_IDS) {
      self[competency] = Math.floor(next() * 4) as Level;
      external[competency] = Math.floor(next() * 4) as Level;
    }
    assessments.push({ id: `a${p}s`, personId: id, rater: 'self', date: '2024-03-01', levels: self });
    assessments.push({ id: `a${p}e`, personId: id, rater: 'external', date: '2024-03-15', levels: external });
  }
  return { people, assessments };
}

/** One person (a CDO) with two rounds of assessments, one disagreement and a stale data-protection rating. */
export function onePerson(): { people: Person[]; assessments: Assessment[] } {
  const people: Person[] = [{ id: 'anna', name: 'Anna Beispiel', roleId: 'cdo', department: 'Digitalisierung' }];
  const assessments: Assessment[] = [
    { id: 's1', personId: 'anna', rater: 'self', date: '2022-01-10', levels: { 'it-anwendung': 1, informationssicherheit: 1, daten: 1, projektmanagement: 1 } },
    { id: 'e1', personId: 'anna', rater: 'external', date: '2022-02-01', levels: { 'it-anwendung': 1, informationssicherheit: 1, daten: 1 } },
    { id: 's2', personId: 'anna', rater: 'self', date: '2024-01-10', levels: { 'it-anwendung': 2, daten: 3, projektmanagement: 2, kommunikation: 3 } },
    { id: 'e2', personId: 'anna', rater: 'external', date: '2024-02-01', levels: { 'it-anwendung': 2, daten: 1, kommunikation: 2 } },
  ];
  return { people, assessments };
}
