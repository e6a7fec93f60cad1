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
    de: 'Grundwissen, überwiegend theoretisch; lässt sich im Einzelfall praktisch anwenden.',
    en: 'Basic knowledge, largely theoretical; can be applied in practice case by case.',
  }),
  2: Object.freeze({
    de: 'Praxiserprobt: Die Erfahrung aus häufigem Einsatz reicht, um auch unbekannte Situationen zu meistern.',
    en: 'Proven in practice: experience from frequent use is enough to handle unfamiliar situations too.',
  }),
  3: Object.freeze({
    de: 'Erkennt Hürden, bevor sie entstehen, und plant sie ein; leitet neue Vorhaben eigenständig und bringt anderen das Können bei.',
    en: 'Spots obstacles before they arise and plans for them; leads new undertakings on their own and teaches others the skill.',
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
