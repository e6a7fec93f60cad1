/**
 * Places the competency labels around the wheel so that none overlaps another or leaves the
 * drawing's width: it tries font sizes from large to small and narrower wrapping, staggers
 * labels near the top and bottom, and as a last resort numbers the spokes (with a legend).
 * Pure: text is measured through the `measure` function it is given.
 */

/** Width in px of `text` at `fontSize` px. */
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

export function splitLabel(text: string): Piece[] {
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
  return pieces;
}

/** Splits a label into lines no wider than `maxWidth` where it can (see `splitLabel`). */
export function wrapText(text: string, maxWidth: number, fontSize: number, measure: MeasureText): string[] {
  const lines: string[] = [];
  let line = '';
  let previous: Piece | undefined;
  for (const piece of splitLabel(text)) {
    const candidate = line + piece.text;
    if (line !== '' && measure(candidate, fontSize) * SAFETY > maxWidth) {
      lines.push(previous?.soft ? `${line}-` : line.trimEnd());
      line = piece.text;
    } else {
      line = candidate;
    }
    if (piece.space) line += ' ';
    previous = piece;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
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
  lines: string[];
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

function place(angles: readonly number[], sized: readonly Sized[], radius: number, extra: readonly number[]): PlacedLabel[] {
  return angles.map((angle, index) => {
    const r = radius + extra[index];
    const sin = Math.sin(angle);
    const cos = Math.cos(angle);
    const x = r * sin;
    const y = -r * cos;
    const { width, height, lines } = sized[index];
    // Boxes above the wheel sit on their point, boxes below hang from it, at the sides they centre.
    const top = y - (height * (1 + cos)) / 2;
    const anchor = anchorFor(sin);
    const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
    return { x, top, anchor, lines, box: { x: left, y: top, width, height } };
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
  let best: { plan: LabelPlan; score: number } | undefined;

  // Two font sizes below the largest that fits never score better: stop there.
  for (let fontSize = maxFont; fontSize >= MIN_FONT && !(best && fontSize < best.plan.fontSize - 1); fontSize -= 1) {
    const lineHeight = Math.round(fontSize * LINE_FACTOR * 10) / 10;
    for (const share of [0.2, 0.17, 0.14, 0.11]) {
      const wrapWidth = Math.max(fontSize * 6, width * share);
      const sized: Sized[] = texts.map((text) => {
        const lines = wrapText(text, wrapWidth, fontSize, measure);
        return { lines, width: Math.max(...lines.map((line) => measure(line, fontSize))) * SAFETY, height: lines.length * lineHeight };
      });
      const hyphenated = sized.reduce((sum, item) => sum + item.lines.filter((line) => /[^-/\s]-$/.test(line)).length, 0);
      for (const extra of [noExtra, staggerOffsets(angles, sized, 1), staggerOffsets(angles, sized, 0)]) {
        const labelRadius = maxLabelRadius(half, angles, sized, extra);
        if (labelRadius - clearance < minRadius) continue;
        const labels = place(angles, sized, labelRadius, extra);
        if (anyOverlap(labels.map((label) => label.box), 2)) continue;
        const score = labelRadius / width + fontSize * 0.04 - hyphenated * 0.004 - (extra === noExtra ? 0 : 0.01);
        if (!best || score > best.score) best = { plan: { fontSize, lineHeight, numbered: false, labelRadius, labels }, score };
      }
    }
  }
  return best?.plan ?? planNumbers(request, half, noExtra);
}

function planNumbers(request: LabelRequest, half: number, noExtra: readonly number[]): LabelPlan {
  const fontSize = 11;
  const lineHeight = Math.round(fontSize * LINE_FACTOR * 10) / 10;
  const sized: Sized[] = request.texts.map((_, index) => {
    const text = String(index + 1);
    return { lines: [text], width: request.measure(text, fontSize) * SAFETY, height: lineHeight };
  });
  const labelRadius = maxLabelRadius(half, request.angles, sized, noExtra);
  return { fontSize, lineHeight, numbered: true, labelRadius, labels: place(request.angles, sized, labelRadius, noExtra) };
}
