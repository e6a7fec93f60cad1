import { LEVEL_NAMES, LEVELS } from '../domain/scale.js';
import { isRecord } from '../domain/validate.js';

// A case fold for matching text against level names of both languages; umlauts written out ("Koenner") or decomposed (pasted from macOS) match too.
const fold = (text: string): string => text.normalize('NFC').toLocaleLowerCase('de').replace(/ae|ä/g, 'a').replace(/oe|ö/g, 'o').replace(/ue|ü/g, 'u');

let byName: Map<string, number> | undefined;

/** The level a name (German or English, or a word for none) stands for; built on first use, so that loading the module runs nothing and the bundler may put it with other shared code. */
function levelNamed(text: string): number | undefined {
  byName ??= new Map([
    ...LEVELS.flatMap((level) => [fold(LEVEL_NAMES[level].de), fold(LEVEL_NAMES[level].en)].map((name): [string, number] => [name, level])),
    ...['-', '–', 'keine', 'kein', 'nicht erforderlich', 'none'].map((none): [string, number] => [none, 0]),
  ]);
  return byName.get(fold(text));
}

/** A number and a name of the same level in one text: "1 (Kenner)", "2 – Könner", "Experte (3)". */
const NUMBER_AND_NAME = /^(?:([0-3])\s*(?:[(:–-]\s*)?([^()\d]+?)\)?|([^()\d]+?)\s*\(([0-3])\))$/;

/** A level as an editor writes it: a number, a level name (or both, when they agree), or the text itself (not a level); `undefined` for empty text. */
export function readLevel(text: string): unknown {
  if (text === '') return undefined;
  if (/^[+-]?\d+([.,]\d+)?$/.test(text)) return Number(text.replace(',', '.'));
  const named = levelNamed(text);
  if (named !== undefined) return named;
  const both = NUMBER_AND_NAME.exec(text);
  if (!both) return text;
  const number = Number(both[1] ?? both[4]);
  return levelNamed((both[2] ?? both[3]).trim()) === number ? number : text;
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
