/**
 * Characters no text of kompetenzrad may hold, as the source of a regular expression class
 * (`schema/portfolio.schema.json` uses the same class in its `plainText` pattern):
 * - control characters other than tab, line feed and carriage return (U+0000–U+0008, U+000B,
 *   U+000C, U+000E–U+001F, U+007F–U+009F), among them NUL and the terminal escape;
 * - the bidirectional formatting characters, which show a text in another order than it is
 *   stored ("Trojan Source", CVE-2021-42574): the marks U+061C, U+200E, U+200F, the embeddings
 *   and overrides U+202A–U+202E and the isolates U+2066–U+2069;
 * - invisible characters that make two different texts look the same: zero width space U+200B,
 *   word joiner and invisible operators U+2060–U+2064, the deprecated format characters
 *   U+206A–U+206F, zero width no-break space U+FEFF, interlinear annotations U+FFF9–U+FFFB;
 * - half of a surrogate pair without its other half (U+D800–U+DFFF alone): not Unicode text.
 *   With the `u` flag the range matches only such halves, never a whole emoji.
 * The zero width joiner and non-joiner (U+200C, U+200D), which emoji and several scripts need,
 * and the soft hyphen stay allowed.
 */
export const UNSAFE_CHARACTER_CLASS =
  '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u061C\\u200B\\u200E\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uFEFF\\uFFF9-\\uFFFB\\uD800-\\uDFFF';

const UNSAFE = new RegExp(`[${UNSAFE_CHARACTER_CLASS}]`, 'u');
const UNSAFE_ALL = new RegExp(`[${UNSAFE_CHARACTER_CLASS}]`, 'gu');
const SURROGATE = /[\uD800-\uDFFF]/;
const REPLACEMENT_CHARACTER = '\uFFFD';

/** The first character of `text` that `UNSAFE_CHARACTER_CLASS` refuses, as `U+202E`; `surrogate` when it is half a pair. */
export function findUnsafeCharacter(text: string): { codePoint: string; surrogate: boolean } | undefined {
  const match = UNSAFE.exec(text);
  if (!match) return undefined;
  const char = match[0];
  return { codePoint: codePointName(char), surrogate: SURROGATE.test(char) };
}

/**
 * `text` without the characters of `UNSAFE_CHARACTER_CLASS`: a lone half of a surrogate pair
 * becomes U+FFFD (what a UTF-8 encoder writes for it anyway), the others are dropped. For
 * exports (CSV, iCalendar) that may be given text which never passed validation.
 */
export function neutralizeText(text: string): string {
  if (!UNSAFE.test(text)) return text;
  return text.replace(UNSAFE_ALL, (char) => (SURROGATE.test(char) ? REPLACEMENT_CHARACTER : ''));
}

function codePointName(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
