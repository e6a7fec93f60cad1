/** The width (px) a text takes in the font of a label. */
export type WidthOf = (text: string) => number;

const ELLIPSIS = '…';

/** Where a line may end: after a space or after a hyphen inside a word (`Review-|Gespräche`). */
function breakPoints(text: string): number[] {
  const points: number[] = [];
  for (let i = 1; i < text.length; i += 1) {
    if (text[i] === ' ' || (text[i - 1] === '-' && text[i] !== ' ')) points.push(i);
  }
  return points;
}

/**
 * `text` as it fits `width`: whole, else cut after the last word that fits with "…", else (when
 * not even the first word fits) its first letters with "…", or with `wholeWords` nothing (a
 * control's visible label must be words of its accessible name); fewer than three letters give `''`.
 */
export function fitText(text: string, width: number, widthOf: WidthOf, wholeWords = false): string {
  if (widthOf(text) <= width) return text;
  const room = width - widthOf(ELLIPSIS);
  // Not even "…" fits (most bars of a long plan): nothing of the text can show.
  if (room < 0) return '';
  let fits = 0;
  for (const point of breakPoints(text)) {
    if (widthOf(text.slice(0, point).trimEnd()) > room) break;
    fits = point;
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
    if (widthOf(rest) <= width) break;
    let end = 0;
    for (const point of breakPoints(rest)) {
      if (widthOf(rest.slice(0, point).trimEnd()) > width) break;
      end = point;
    }
    if (end === 0) break;
    result.push(rest.slice(0, end).trimEnd());
    rest = rest.slice(end).trimStart();
  }
  if (rest) result.push(fitText(rest, width, widthOf));
  return result;
}
