import type { ValidationIssue } from './errors.js';
import { findUnsafeCharacter } from './unsafe-characters.js';
import { isRecord } from './validate.js';

/** Longest name a message repeats; a longer one is cut. */
const MAX_SUBJECT_LENGTH = 60;
const RECORD_PATH = /^\$\.(people|assessments|goals|plans)\[(\d+)\]/;

/** A person's name fit to stand in a message: text without refused characters, cut to length. */
function shownName(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const name = value.trim();
  if (name === '' || findUnsafeCharacter(name)) return undefined;
  return name.length > MAX_SUBJECT_LENGTH ? `${name.slice(0, MAX_SUBJECT_LENGTH - 1)}…` : name;
}

/**
 * `issues` of the document `source` with `subject` set to the name of the person each refused record
 * belongs to (a person, or an assessment, goal or plan by its `personId`), where the source
 * names one: messages then say "Person 1 (Erika Muster), Rolle: …" rather than a bare position.
 */
export function withSubjects(issues: readonly ValidationIssue[], source: unknown): ValidationIssue[] {
  if (!isRecord(source)) return [...issues];
  const people = Array.isArray(source.people) ? source.people : [];
  let names: Map<unknown, string | undefined> | undefined;
  const nameOfPerson = (id: unknown): string | undefined => {
    names ??= new Map(people.filter(isRecord).map((person) => [person.id, shownName(person.name)]));
    return names.get(id);
  };
  return issues.map((found) => {
    const match = RECORD_PATH.exec(found.path);
    if (!match) return found;
    const list = source[match[1]];
    const record = Array.isArray(list) ? list[Number(match[2])] : undefined;
    if (!isRecord(record)) return found;
    const subject = match[1] === 'people' ? shownName(record.name) : nameOfPerson(record.personId);
    return subject === undefined ? found : { ...found, subject };
  });
}
