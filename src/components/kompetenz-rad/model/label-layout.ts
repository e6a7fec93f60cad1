/**
 * Places the competency labels around the wheel so that none overlaps another or leaves the
 * drawing's width: it tries font sizes from large to small and narrower wrapping, staggers
 * labels near the top and bottom, and as a last resort numbers the spokes (with a legend).
 * Pure: text is measured through the `measure` function it is given.
 */

/** Width in px of `text` at `fontSize` px; it grows in proportion to the font size. */
export type MeasureText = (text: string, fontSize: number) => number;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedLabel {
  /** Anchor point of the first line's box (SVG user units = px). */
  x: number;
  /** Top of the text box. */
  top: number;
  anchor: 'start' | 'middle' | 'end';
  lines: string[];
  box: Box;
}

export interface LabelPlan {
  fontSize: number;
  lineHeight: number;
  /** True when the spokes carry numbers and the names are in a legend. */
  numbered: boolean;
  /** Radius at which label boxes start (before staggering). */
  labelRadius: number;
  labels: PlacedLabel[];
}

export interface LabelRequest {
  /** Drawing width in px. */
  width: number;
  /** Spoke centre angles (radians, 0 = top, clockwise). */
  angles: readonly number[];
  texts: readonly string[];
  measure: MeasureText;
  /** Distance from the wheel's outer edge (incl. band and markers) to the labels. */
  clearance: number;
  /** The wheel radius may not drop below this (else the next, smaller setting is tried). */
  minRadius: number;
  /** Space kept free at the left and right edge. */
  padding?: number;
}

const MIN_FONT = 10;
const LINE_FACTOR = 1.25;
const SAFETY = 1.08;

/**
 * Word parts a label may break after: spaces, hyphens and slashes ("Konfliktlöse-/…"), soft
 * hyphens (U+00AD) in custom labels, and inside long German compounds before a common final
 * word ("Personal|entwicklungs|kompetenz"); a break inside a word gets a hyphen.
 */
interface Piece {
  text: string;
  /** What follows the piece on the same line: a space, or nothing. */
  space: boolean;
  /** Breaking after this piece needs a hyphen. */
  soft: boolean;
}

const COMPOUND_HEAD =
  /(?<=[a-zäöüß]{3})(?=(?:kompetenz|fähigkeit|management|orientierung|gestaltung|führung|entwicklung|sicherheit|beziehung|lösung|anwendung|denken|handeln|medien)(?![a-zäöüß]{0,1}$)|(?:kompetenz|fähigkeit|management|orientierung|gestaltung|führung|sicherheit|denken|handeln)$)/;

/** Pieces per label text: a page draws the same labels again and again (several wheels, widths, settings). */
const pieceCache = new Map<string, readonly Piece[]>();
const PIECES_KEPT = 1000;

export function splitLabel(text: string): readonly Piece[] {
  const known = pieceCache.get(text);
  if (known) return known;
  const pieces: Piece[] = [];
  const words = text.trim().split(/\s+/);
  words.forEach((word, wordIndex) => {
    const hard = word.match(/[^/\-\u2010\u2013]+[/\-\u2010\u2013]*|[/\-\u2010\u2013]+/g) ?? [word];
    const parts: Piece[] = [];
    for (const chunk of hard) {
      const soft = chunk.split('\u00AD').flatMap((bit) => bit.split(COMPOUND_HEAD)).filter((bit) => bit !== '');
      soft.forEach((bit, index) => parts.push({ text: bit, space: false, soft: index < soft.length - 1 }));
    }
    if (parts.length > 0 && wordIndex < words.length - 1) parts[parts.length - 1].space = true;
    pieces.push(...parts);
  });
  if (pieceCache.size >= PIECES_KEPT) pieceCache.clear();
  pieceCache.set(text, pieces);
  return pieces;
}

/**
 * A label's pieces with their widths: measured once, wrapped at many widths. Per piece also
 * what wrapping needs of its text, so that a wrap only adds numbers.
 */
interface Measured {
  pieces: readonly Piece[];
  widths: readonly number[];
  /** Per piece: the width of the space before it on the same line (0 without one). */
  spaces: readonly number[];
  /** Per piece: the width of the hyphen a line broken after it gets (0 without one). */
  hyphens: readonly number[];
  /** Per piece: whether a line ending with it ends hyphenated (see `endsHyphenated`), alone on its line or after others. */
  hyphenatedAlone: readonly boolean[];
  hyphenatedAfter: readonly boolean[];
}

function measured(text: string, fontSize: number, measure: MeasureText): Measured {
  const pieces = splitLabel(text);
  const space = measure(' ', fontSize);
  const hyphen = measure('-', fontSize);
  return {
    pieces,
    widths: pieces.map((piece) => measure(piece.text, fontSize)),
    spaces: pieces.map((_, index) => (index > 0 && pieces[index - 1].space ? space : 0)),
    hyphens: pieces.map((piece) => (piece.soft ? hyphen : 0)),
    hyphenatedAlone: pieces.map((_, index) => endsHyphenated(pieces, index, index + 1)),
    hyphenatedAfter: pieces.map((_, index) => index > 0 && endsHyphenated(pieces, index - 1, index + 1)),
  };
}

/** How a label wraps: its lines, the widest line and the hyphenated lines. */
interface Wrapped {
  lines: number;
  width: number;
  /** Lines that end in a hyphen after a letter (a word broken in two). */
  hyphenated: number;
}

/**
 * Whether the line of pieces [from, to) ends in a hyphen after a letter or digit (not "-/", not
 * "--"), other than a word broken after a soft piece: a word like "E-" broken at its own hyphen.
 */
function endsHyphenated(pieces: readonly Piece[], from: number, to: number): boolean {
  const last = pieces[to - 1];
  if (!last.text.endsWith('-')) return false;
  if (last.text.length > 1) return !'-/ '.includes(last.text[last.text.length - 2]);
  const before = to - 2 >= from ? pieces[to - 2] : undefined;
  return before !== undefined && !before.space && !'-/'.includes(before.text[before.text.length - 1]);
}

/** Ends the line of pieces [from, to) of `width` (a broken line: before its hyphen) in `result`. */
function endLine(result: Wrapped, label: Measured, from: number, to: number, broken: boolean, width: number, ends: number[] | undefined): void {
  const last = to - 1;
  const soft = broken && label.pieces[last].soft;
  result.lines += 1;
  result.width = Math.max(result.width, broken ? width + label.hyphens[last] : width);
  if (soft || (last > from ? label.hyphenatedAfter[last] : label.hyphenatedAlone[last])) result.hyphenated += 1;
  ends?.push(to);
}

/**
 * Breaks a measured label into lines no wider than `maxWidth` (see `splitLabel`), and gives the
 * index after the last piece of each line to `ends` when asked. A line's width is the sum of its
 * pieces' widths: numbers only, no text is built or measured here.
 */
function wrapMeasured(label: Measured, maxWidth: number, ends?: number[]): Wrapped {
  const { widths, spaces } = label;
  const result: Wrapped = { lines: 0, width: 0, hyphenated: 0 };
  let from = 0;
  /** Width of the current line without a trailing space. */
  let width = 0;
  for (let index = 0; index < widths.length; index += 1) {
    const spaced = index > from ? spaces[index] : 0;
    if (index > from && (width + spaced + widths[index]) * SAFETY > maxWidth) {
      endLine(result, label, from, index, true, width, ends);
      from = index;
      width = widths[index];
    } else {
      width += spaced + widths[index];
    }
  }
  if (widths.length > from) endLine(result, label, from, widths.length, false, width, ends);
  return result;
}

/** The text of the lines of a wrapped label: a soft break gets a hyphen, spaces join words. */
function linesOf(label: Measured, maxWidth: number): string[] {
  const { pieces } = label;
  const ends: number[] = [];
  wrapMeasured(label, maxWidth, ends);
  let from = 0;
  return ends.map((to, row) => {
    let line = '';
    for (let index = from; index < to; index += 1) line += pieces[index].text + (index < to - 1 && pieces[index].space ? ' ' : '');
    from = to;
    return row < ends.length - 1 && pieces[to - 1].soft ? `${line}-` : line;
  });
}

/** Splits a label into lines no wider than `maxWidth` where it can (see `splitLabel`). */
export function wrapText(text: string, maxWidth: number, fontSize: number, measure: MeasureText): string[] {
  return linesOf(measured(text, fontSize, measure), maxWidth);
}

function anchorFor(sin: number): PlacedLabel['anchor'] {
  if (sin > 0.12) return 'start';
  if (sin < -0.12) return 'end';
  return 'middle';
}

function overlaps(a: Box, b: Box, gap: number): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

function anyOverlap(boxes: readonly Box[], gap: number): boolean {
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) if (overlaps(boxes[i], boxes[j], gap)) return true;
  }
  return false;
}

interface Sized {
  width: number;
  height: number;
}

/** Where a spoke points: sine and cosine of its angle, and the anchor of its label. */
interface Direction {
  sin: number;
  cos: number;
  anchor: PlacedLabel['anchor'];
}

/** The largest label radius at which every label stays inside [-width/2 + padding, width/2 − padding]. */
function maxLabelRadius(half: number, directions: readonly Direction[], sized: readonly Sized[], extra: readonly number[]): number {
  let radius = half;
  directions.forEach(({ sin, anchor }, index) => {
    const reach = Math.abs(sin);
    const needed = anchor === 'middle' ? sized[index].width / 2 : sized[index].width;
    if (reach > 1e-6) radius = Math.min(radius, (half - needed) / reach - extra[index]);
  });
  return radius;
}

type Placed = Omit<PlacedLabel, 'lines'>;

function place(directions: readonly Direction[], sized: readonly Sized[], radius: number, extra: readonly number[]): Placed[] {
  return directions.map(({ sin, cos, anchor }, index) => {
    const r = radius + extra[index];
    const x = r * sin;
    const y = -r * cos;
    const { width, height } = sized[index];
    // Boxes above the wheel sit on their point, boxes below hang from it, at the sides they centre.
    const top = y - (height * (1 + cos)) / 2;
    const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
    return { x, top, anchor, box: { x: left, y: top, width, height } };
  });
}

/**
 * Offsets that push every other label near the top and bottom (`parity` 1: odd, 0: even
 * positions) one neighbour's height further out, so that neighbours no longer share a line.
 */
function staggerOffsets(directions: readonly Direction[], sized: readonly Sized[], parity: 0 | 1): number[] {
  const count = directions.length;
  return directions.map((direction, index) => {
    const cos = Math.abs(direction.cos);
    if (cos <= 0.6 || index % 2 !== parity) return 0;
    return (Math.max(sized[(index + count - 1) % count].height, sized[(index + 1) % count].height) + 4) / cos;
  });
}

/**
 * Finds the most legible setting for the labels (see the module comment): of all settings
 * that fit without overlap, the one with the best score — a larger font, a larger wheel and
 * fewer words broken with a hyphen all count.
 */
export function planLabels(request: LabelRequest): LabelPlan {
  const { width, texts, measure, clearance, minRadius } = request;
  const padding = request.padding ?? 4;
  const half = width / 2 - padding;
  const maxFont = Math.max(MIN_FONT, Math.min(14, Math.round(width / 55)));
  const directions = request.angles.map((angle) => ({ sin: Math.sin(angle), cos: Math.cos(angle), anchor: anchorFor(Math.sin(angle)) }));
  const noExtra = directions.map(() => 0);
  // Widths per px of font size: text is measured once, each setting only scales and adds them.
  const labels = texts.map((text) => measured(text, 1, measure));
  let best: { plan: Omit<LabelPlan, 'labels'>; wrapAt: number; placed: Placed[]; score: number } | undefined;

  // Two font sizes below the largest that fits never score better: stop there.
  for (let fontSize = maxFont; fontSize >= MIN_FONT && !(best && fontSize < best.plan.fontSize - 1); fontSize -= 1) {
    const lineHeight = Math.round(fontSize * LINE_FACTOR * 10) / 10;
    for (const share of [0.2, 0.17, 0.14, 0.11]) {
      const wrapAt = Math.max(fontSize * 6, width * share) / fontSize;
      let hyphenated = 0;
      const sized: Sized[] = labels.map((label) => {
        const wrapped = wrapMeasured(label, wrapAt);
        hyphenated += wrapped.hyphenated;
        return { width: wrapped.width * fontSize * SAFETY, height: wrapped.lines * lineHeight };
      });
      // Staggering only moves labels out (a smaller radius) and costs 0.01: tried while it could still score best.
      for (const parity of [undefined, 1, 0] as const) {
        const extra = parity === undefined ? noExtra : staggerOffsets(directions, sized, parity);
        const labelRadius = maxLabelRadius(half, directions, sized, extra);
        if (labelRadius - clearance < minRadius) {
          if (parity === undefined) break;
          continue;
        }
        const score = labelRadius / width + fontSize * 0.04 - hyphenated * 0.004 - (parity === undefined ? 0 : 0.01);
        // The overlap test is the costly part: only for a setting that would be the best so far.
        if (!(best && score <= best.score)) {
          const placed = place(directions, sized, labelRadius, extra);
          if (!anyOverlap(placed.map((label) => label.box), 2)) best = { plan: { fontSize, lineHeight, numbered: false, labelRadius }, wrapAt, placed, score };
        }
        if (parity === undefined && best && score - 0.01 <= best.score) break;
      }
    }
  }
  if (!best) return planNumbers(request, directions, half, noExtra);
  const { wrapAt, placed } = best;
  return { ...best.plan, labels: withLines(placed, (index) => linesOf(labels[index], wrapAt)) };
}

/** The kept placement with the text of its lines. */
function withLines(placed: readonly Placed[], lines: (index: number) => string[]): PlacedLabel[] {
  return placed.map(({ x, top, anchor, box }, index) => ({ x, top, anchor, lines: lines(index), box }));
}

function planNumbers(request: LabelRequest, directions: readonly Direction[], half: number, noExtra: readonly number[]): LabelPlan {
  const fontSize = 11;
  const lineHeight = Math.round(fontSize * LINE_FACTOR * 10) / 10;
  const sized: Sized[] = request.texts.map((_, index) => ({ width: request.measure(String(index + 1), fontSize) * SAFETY, height: lineHeight }));
  const labelRadius = maxLabelRadius(half, directions, sized, noExtra);
  return { fontSize, lineHeight, numbered: true, labelRadius, labels: withLines(place(directions, sized, labelRadius, noExtra), (index) => [String(index + 1)]) };
}
