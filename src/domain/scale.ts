import { describeValue, KompetenzradError } from './errors.js';
import type { Lang, Level, LocalizedText } from './types.js';
import type { Issues } from './validate.js';

/** The stored values of the scale, lowest first. */
export const LEVELS: readonly [0, 1, 2, 3] = Object.freeze([0, 1, 2, 3] as const);

/** The highest level (Experte). */
export const MAX_LEVEL: Level = 3;

/** The names of the levels; 1..3 are the method's three stages of expertise. */
export const LEVEL_NAMES: Readonly<Record<Level, LocalizedText>> = Object.freeze({
  0: Object.freeze({ de: '—', en: 'none' }),
  1: Object.freeze({ de: 'Kenner', en: 'Knowledgeable' }),
  2: Object.freeze({ de: 'Könner', en: 'Practitioner' }),
  3: Object.freeze({ de: 'Experte', en: 'Expert' }),
});

/** What a level means, in one sentence each. */
export const LEVEL_DESCRIPTIONS: Readonly<Record<Level, LocalizedText>> = Object.freeze({
  0: Object.freeze({ de: 'Nicht vorhanden oder für die Rolle nicht erforderlich.', en: 'Not present, or not needed for the role.' }),
  1: Object.freeze({
    de: 'Kennt die Grundlagen vor allem aus der Theorie und kann sie bei Bedarf in die Praxis übertragen.',
    en: 'Knows the basics, mostly in theory, and can put them into practice when needed.',
  }),
  2: Object.freeze({
    de: 'Hat durch wiederholte Anwendung eigene Erfahrung gesammelt und kommt auch mit neuen Situationen zurecht.',
    en: 'Has built up own experience through repeated use and copes with new situations too.',
  }),
  3: Object.freeze({
    de: 'Sieht Herausforderungen früh, plant voraus, führt neue Vorhaben selbstständig und gibt das Wissen an andere weiter.',
    en: 'Sees challenges early, plans ahead, runs new undertakings independently and passes the knowledge on to others.',
  }),
});

/** True for the integers 0, 1, 2 and 3 only (not 1.5, not "2", not null). */
export function isLevel(value: unknown): value is Level {
  return value === 0 || value === 1 || value === 2 || value === 3;
}

export function levelName(level: Level, lang: Lang = 'de'): string {
  return LEVEL_NAMES[assertLevel(level)][lang];
}

export function levelDescription(level: Level, lang: Lang = 'de'): string {
  return LEVEL_DESCRIPTIONS[assertLevel(level)][lang];
}

/** Reports a value that is not a level with the code `level`. */
export function checkLevel(issues: Issues, value: unknown, path: string): value is Level {
  if (isLevel(value)) return true;
  return issues.add(path, 'level', `${path}: expected a level 0, 1, 2 or 3, got ${describeValue(value)}`);
}

function assertLevel(level: unknown): Level {
  if (isLevel(level)) return level;
  throw new KompetenzradError([{ path: '$.level', code: 'level', message: `$.level: expected a level 0, 1, 2 or 3, got ${describeValue(level)}` }]);
}
