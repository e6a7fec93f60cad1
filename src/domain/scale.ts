import { got, issue, KompetenzradError } from './errors.js';
import type { Lang, Level, LocalizedText } from './types.js';
import type { Issues } from './validate.js';
import { frozenDefault } from './frozen.js';
import { text } from './localized.js';
import { LEVEL_DESCRIPTIONS_DE } from './messages/level-descriptions.de.js';
import { LEVEL_DESCRIPTIONS_EN } from './messages/level-descriptions.en.js';

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

/** The shape of a per-language module with the levels' descriptions (`messages/level-descriptions.<lang>.ts`). */
export type LevelDescriptions = Readonly<Record<Level, string>>;

/**
 * What a level means, in one sentence each, in both languages (from `messages/level-descriptions.<lang>`;
 * a page that needs one language only imports that module).
 */
export const LEVEL_DESCRIPTIONS: Readonly<Record<Level, LocalizedText>> = /*#__PURE__*/ frozenDefault(() => ({
  0: text(LEVEL_DESCRIPTIONS_DE[0], LEVEL_DESCRIPTIONS_EN[0]),
  1: text(LEVEL_DESCRIPTIONS_DE[1], LEVEL_DESCRIPTIONS_EN[1]),
  2: text(LEVEL_DESCRIPTIONS_DE[2], LEVEL_DESCRIPTIONS_EN[2]),
  3: text(LEVEL_DESCRIPTIONS_DE[3], LEVEL_DESCRIPTIONS_EN[3]),
}));

/**
 * True for the integers 0, 1, 2 and 3 only (not 1.5, not "2", not null). Without a branch per
 * level: readers call it for every rating, in random order, where four comparisons cost more in
 * mispredicted branches than the rest of taking a rating.
 */
export function isLevel(value: unknown): value is Level {
  return typeof value === 'number' && (value & 3) === value;
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
  return issues.add(path, 'level', got(value));
}

function assertLevel(level: unknown): Level {
  if (isLevel(level)) return level;
  throw new KompetenzradError([issue('$.level', 'level', got(level))]);
}
