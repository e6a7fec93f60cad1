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

/** A label's pieces with their widths: measured once, wrapped at many widths. */
interface Measured {
  pieces: readonly Piece[];
  widths: readonly number[];
  /** Widths of a space and of the hyphen a broken word gets. */
  space: number;
  hyphen: number;
}

function measured(text: string, fontSize: number, measure: MeasureText): Measured {
  const pieces = splitLabel(text);
  return { pieces, widths: pieces.map((piece) => measure(piece.text, fontSize)), space: measure(' ', fontSize), hyphen: measure('-', fontSize) };
}

/** Where a label breaks: the index after the last piece of each line, the widest line and the hyphenated lines. */
interface Wrapped {
  ends: number[];
  width: number;
  /** Lines that end in a hyphen after a letter (a word broken in two). */
  hyphenated: number;
}

/**
 * Whether the line of pieces [from, to) ends in a hyphen after a letter or digit (not "-/", not
 * "--"): a word broken after a soft piece, or a word like "E-" broken at its own hyphen.
 */
function endsHyphenated({ pieces }: Measured, from: number, to: number, broken: boolean): boolean {
  const last = pieces[to - 1];
  if (broken && last.soft) return true;
  if (!last.text.endsWith('-')) return false;
  if (last.text.length > 1) return !'-/ '.includes(last.text[last.text.length - 2]);
  const before = to - 2 >= from ? pieces[to - 2] : undefined;
  return before !== undefined && !before.space && !'-/'.includes(before.text[before.text.length - 1]);
}

/**
 * Breaks a measured label into lines no wider than `maxWidth` (see `splitLabel`). A line's width
 * is the sum of its pieces' widths: numbers only, no text is built or measured here.
 */
function wrapMeasured(label: Measured, maxWidth: number): Wrapped {
  const { pieces, widths, space, hyphen } = label;
  const result: Wrapped = { ends: [], width: 0, hyphenated: 0 };
  const push = (from: number, to: number, width: number, broken: boolean): void => {
    result.ends.push(to);
    result.width = Math.max(result.width, width);
    if (endsHyphenated(label, from, to, broken)) result.hyphenated += 1;
  };
  let from = 0;
  /** Width of the current line without a trailing space. */
  let width = 0;
  for (let index = 0; index < pieces.length; index += 1) {
    const spaced = index > from && pieces[index - 1].space ? space : 0;
    if (index > from && (width + spaced + widths[index]) * SAFETY > maxWidth) {
      push(from, index, width + (pieces[index - 1].soft ? hyphen : 0), true);
      from = index;
      width = widths[index];
    } else {
      width += spaced + widths[index];
    }
  }
  if (pieces.length > from) push(from, pieces.length, width, false);
  return result;
}

/** The text of the lines of a wrapped label: a soft break gets a hyphen, spaces join words. */
function linesOf({ pieces }: Measured, { ends }: Wrapped): string[] {
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
  const label = measured(text, fontSize, measure);
  return linesOf(label, wrapMeasured(label, maxWidth));
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
  /** The lines' text (built only for a placement that is kept). */
  lines(): string[];
  width: number;
  height: number;
}

/** The largest label radius at which every label stays inside [-width/2 + padding, width/2 − padding]. */
function maxLabelRadius(half: number, angles: readonly number[], sized: readonly Sized[], extra: readonly number[]): number {
  let radius = half;
  angles.forEach((angle, index) => {
    const sin = Math.sin(angle);
    const reach = Math.abs(sin);
    const anchor = anchorFor(sin);
    const needed = anchor === 'middle' ? sized[index].width / 2 : sized[index].width;
    if (reach > 1e-6) radius = Math.min(radius, (half - needed) / reach - extra[index]);
  });
  return radius;
}

type Placed = Omit<PlacedLabel, 'lines'>;

function place(angles: readonly number[], sized: readonly Sized[], radius: number, extra: readonly number[]): Placed[] {
  return angles.map((angle, index) => {
    const r = radius + extra[index];
    const sin = Math.sin(angle);
    const cos = Math.cos(angle);
    const x = r * sin;
    const y = -r * cos;
    const { width, height } = sized[index];
    // Boxes above the wheel sit on their point, boxes below hang from it, at the sides they centre.
    const top = y - (height * (1 + cos)) / 2;
    const anchor = anchorFor(sin);
    const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
    return { x, top, anchor, box: { x: left, y: top, width, height } };
  });
}

/**
 * Offsets that push every other label near the top and bottom (`parity` 1: odd, 0: even
 * positions) one neighbour's height further out, so that neighbours no longer share a line.
 */
function staggerOffsets(angles: readonly number[], sized: readonly Sized[], parity: 0 | 1): number[] {
  const count = angles.length;
  return angles.map((angle, index) => {
    const cos = Math.abs(Math.cos(angle));
    if (cos <= 0.6 || index % 2 !== parity) return 0;
    const neighbours = [sized[(index + count - 1) % count], sized[(index + 1) % count]];
    return (Math.max(...neighbours.map((item) => item.height)) + 4) / cos;
  });
}

/**
 * Finds the most legible setting for the labels (see the module comment): of all settings
 * that fit without overlap, the one with the best score — a larger font, a larger wheel and
 * fewer words broken with a hyphen all count.
 */
export function planLabels(request: LabelRequest): LabelPlan {
  const { width, angles, texts, measure, clearance, minRadius } = request;
  const padding = request.padding ?? 4;
  const half = width / 2 - padding;
  const maxFont = Math.max(MIN_FONT, Math.min(14, Math.round(width / 55)));
  const noExtra = angles.map(() => 0);
  // Widths per px of font size: text is measured once, each setting only scales and adds them.
  const labels = texts.map((text) => measured(text, 1, measure));
  let best: { plan: Omit<LabelPlan, 'labels'>; sized: Sized[]; placed: Placed[]; score: number } | undefined;

  // Two font sizes below the largest that fits never score better: stop there.
  for (let fontSize = maxFont; fontSize >= MIN_FONT && !(best && fontSize < best.plan.fontSize - 1); fontSize -= 1) {
    const lineHeight = Math.round(fontSize * LINE_FACTOR * 10) / 10;
    for (const share of [0.2, 0.17, 0.14, 0.11]) {
      const wrapWidth = Math.max(fontSize * 6, width * share);
      let hyphenated = 0;
      const sized: Sized[] = labels.map((label) => {
        const wrapped = wrapMeasured(label, wrapWidth / fontSize);
        hyphenated += wrapped.hyphenated;
        return { lines: () => linesOf(label, wrapped), width: wrapped.width * fontSize * SAFETY, height: wrapped.ends.length * lineHeight };
      });
      for (const extra of [noExtra, staggerOffsets(angles, sized, 1), staggerOffsets(angles, sized, 0)]) {
        const labelRadius = maxLabelRadius(half, angles, sized, extra);
        if (labelRadius - clearance < minRadius) continue;
        const score = labelRadius / width + fontSize * 0.04 - hyphenated * 0.004 - (extra === noExtra ? 0 : 0.01);
        // The overlap test is the costly part: only for a setting that would be the best so far.
        if (best && score <= best.score) continue;
        const placed = place(angles, sized, labelRadius, extra);
        if (anyOverlap(placed.map((label) => label.box), 2)) continue;
        best = { plan: { fontSize, lineHeight, numbered: false, labelRadius }, sized, placed, score };
      }
    }
  }
  return best ? { ...best.plan, labels: withLines(best.placed, best.sized) } : planNumbers(request, half, noExtra);
}

/** The kept placement with the text of its lines. */
function withLines(placed: readonly Placed[], sized: readonly Sized[]): PlacedLabel[] {
  return placed.map(({ x, top, anchor, box }, index) => ({ x, top, anchor, lines: sized[index].lines(), box }));
}

function planNumbers(request: LabelRequest, half: number, noExtra: readonly number[]): LabelPlan {
  const fontSize = 11;
  const lineHeight = Math.round(fontSize * LINE_FACTOR * 10) / 10;
  const sized: Sized[] = request.texts.map((_, index) => {
    const text = String(index + 1);
    return { lines: () => [text], width: request.measure(text, fontSize) * SAFETY, height: lineHeight };
  });
  const labelRadius = maxLabelRadius(half, request.angles, sized, noExtra);
  return { fontSize, lineHeight, numbered: true, labelRadius, labels: withLines(place(request.angles, sized, labelRadius, noExtra), sized) };
}
