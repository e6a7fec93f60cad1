import { LEVEL_NAMES, LEVELS } from '../domain/scale.js';
import { isRecord } from '../domain/validate.js';

// A case fold for matching text against level names of both languages; umlauts written out ("Koenner") match too.
const fold = (text: string): string => text.toLocaleLowerCase('de').replace(/ae|ä/g, 'a').replace(/oe|ö/g, 'o').replace(/ue|ü/g, 'u');

const LEVEL_BY_NAME = new Map<string, number>();
for (const level of LEVELS) {
  LEVEL_BY_NAME.set(fold(LEVEL_NAMES[level].de), level);
  LEVEL_BY_NAME.set(fold(LEVEL_NAMES[level].en), level);
}
for (const none of ['-', '–', 'keine', 'kein', 'nicht erforderlich', 'none']) LEVEL_BY_NAME.set(none, 0);

/** A number and a name of the same level in one text: "1 (Kenner)", "2 – Könner", "Experte (3)". */
const NUMBER_AND_NAME = /^(?:([0-3])\s*(?:[(:–-]\s*)?([^()\d]+?)\)?|([^()\d]+?)\s*\(([0-3])\))$/;

/** A level as an editor writes it: a number, a level name (or both, when they agree), or the text itself (not a level); `undefined` for empty text. */
export function readLevel(text: string): unknown {
  if (text === '') return undefined;
  if (/^[+-]?\d+([.,]\d+)?$/.test(text)) return Number(text.replace(',', '.'));
  const named = LEVEL_BY_NAME.get(fold(text));
  if (named !== undefined) return named;
  const both = NUMBER_AND_NAME.exec(text);
  if (!both) return text;
  const number = Number(both[1] ?? both[4]);
  return LEVEL_BY_NAME.get(fold((both[2] ?? both[3]).trim())) === number ? number : text;
}

/**
 * A profile an editor wrote (`actual='{"daten":"Könner"}'`) with each level given by its name as
 * its number, as the cells of a CMS table may hold it; everything else is left as it is for the
 * domain to check. Not a record: the value itself.
 */
export function withLevelNumbers(value: unknown): unknown {
  if (!isRecord(value)) return value;
  let copy: Record<string, unknown> | undefined;
  for (const [key, level] of Object.entries(value)) {
    if (typeof level !== 'string') continue;
    const read = readLevel(level.trim());
    if (typeof read !== 'number' || !Number.isInteger(read)) continue;
    copy ??= { ...value };
    copy[key] = read;
  }
  return copy ?? value;
}
