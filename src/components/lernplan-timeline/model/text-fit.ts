/**
 * The width (px) a text takes in the font of a label. Widths add up: `a + b` is as wide as `a`
 * and `b` together (each character is measured on its own, see `TextWidth`), so a longer text is
 * never narrower.
 */
export type WidthOf = (text: string) => number;

const ELLIPSIS = '…';

/** Whether a line may end before `text[i]`: at a space, or after a hyphen inside a word (`Review-|Gespräche`). */
const breaksAt = (text: string, i: number) => text[i] === ' ' || (text[i - 1] === '-' && text[i] !== ' ');

/**
 * Whether all of `text` fits `limit`, and the starts of it that end at a break point (the blanks
 * before the break left out) with their widths, as far as they fit. As widths add up, each stretch
 * is measured once, and measuring ends at the first start wider than `limit`: for most bars of a
 * long plan, the first word.
 */
function fittingStarts(text: string, limit: number, widthOf: WidthOf): { whole: boolean; starts: { end: number; width: number }[] } {
  const starts: { end: number; width: number }[] = [];
  let width = 0;
  let from = 0;
  for (let point = 1; point < text.length; point += 1) {
    if (!breaksAt(text, point)) continue;
    const end = text.slice(0, point).trimEnd().length;
    width += widthOf(text.slice(from, end));
    from = end;
    if (width > limit) return { whole: false, starts };
    starts.push({ end: point, width });
  }
  return { whole: widthOf(text) <= limit, starts };
}

/**
 * `text` as it fits `width`: whole, else cut after the last word that fits with "…", else (when
 * not even the first word fits) its first letters with "…", or with `wholeWords` nothing (a
 * control's visible label must be words of its accessible name); fewer than three letters give `''`.
 */
export function fitText(text: string, width: number, widthOf: WidthOf, wholeWords = false): string {
  const { whole, starts } = fittingStarts(text, width, widthOf);
  if (whole) return text;
  // Not even the first word fits the whole width, let alone beside "…".
  if (wholeWords && starts.length === 0) return '';
  const room = width - widthOf(ELLIPSIS);
  // Not even "…" fits (most bars of a long plan): nothing of the text can show.
  if (room < 0) return '';
  let fits = 0;
  for (const start of starts) {
    if (start.width > room) break;
    fits = start.end;
  }
  if (fits > 0) return `${text.slice(0, fits).trimEnd()}${ELLIPSIS}`;
  if (wholeWords) return '';
  let letters = 0;
  while (letters < text.length && widthOf(text.slice(0, letters + 1)) <= room) letters += 1;
  return letters < 3 ? '' : `${text.slice(0, letters).trimEnd()}${ELLIPSIS}`;
}

/**
 * `text` on at most `lines` lines of `width`, broken only between words and after a hyphen
 * (never inside a word); what does not fit ends the last line with "…" (see `fitText`).
 */
export function wrapText(text: string, width: number, lines: number, widthOf: WidthOf): string[] {
  const result: string[] = [];
  let rest = text.trim();
  while (rest && result.length < lines - 1) {
    const { whole, starts } = fittingStarts(rest, width, widthOf);
    const end = starts.at(-1)?.end ?? 0;
    if (whole || end === 0) break;
    result.push(rest.slice(0, end).trimEnd());
    rest = rest.slice(end).trimStart();
  }
  if (rest) result.push(fitText(rest, width, widthOf));
  return result;
}
