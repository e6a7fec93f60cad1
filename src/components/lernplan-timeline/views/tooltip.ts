import { html, nothing, type TemplateResult } from 'lit';
import { cssVar } from '../../../internal/css-var.js';
import { parseEntryKey } from '../model/entry-keys.js';
import type { ChartView } from './chart.js';
import { barLabel } from './bar-layer.js';
import { rowNameCut, rows } from './lane-labels.js';

/** Gap (px) between an entry and its tooltip. */
const GAP = 4;

/**
 * The full texts that an entry shows cut: its bar label, and the name of its row when that is
 * cut; with the entry's box. `undefined` when nothing of it is cut.
 */
export function cutTexts(view: ChartView, key: string): { lines: string[]; box: { x: number; y: number; width: number; height: number } } | undefined {
  const { layout } = view;
  const { kind, id } = parseEntryKey(key);
  const lines: string[] = [];
  let box: { x: number; y: number; width: number; height: number };
  let rowKey: string;
  if (kind === 'item') {
    const bar = layout.bars.find((candidate) => candidate.item.id === id);
    if (!bar) return undefined;
    const { full, shown } = barLabel(view, bar.item, bar.width);
    if (shown !== full) lines.push(full);
    box = bar;
    rowKey = `lane:${bar.lane}`;
  } else {
    const mark = layout.reviews.find((candidate) => candidate.review.id === id);
    if (!mark) return undefined;
    box = { x: mark.x - 9, y: mark.y - 9, width: 18, height: 18 };
    rowKey = 'reviews';
  }
  const row = rows(view, layout).find((candidate) => candidate.key === rowKey);
  if (row && rowNameCut(view, row.name, row.height)) lines.push(row.name);
  return lines.length > 0 ? { lines, box } : undefined;
}

/** Padding and border of the tooltip (px), left and right together. */
const INSET = 16;

/**
 * The tooltip of the entry under the pointer or with keyboard focus (`view.hovered`) whose label
 * or row name is cut: the full texts, wrapped (and hyphenated in the element's language) in a box
 * over the chart, as wide as the texts up to the chart's width, from the entry's start where it
 * fits, below the entry or, in the lower half, above it. It stays while the pointer is on it and
 * Escape hides it (WCAG 1.4.13). The entry's accessible name already says all of it, so it is
 * hidden from assistive technology. Placed from code (`cssVar`): a strict CSP forbids bound styles.
 */
export function renderTooltip(view: ChartView, onLeave: (event: PointerEvent) => void): TemplateResult | typeof nothing {
  const key = view.hovered;
  const cut = key === undefined ? undefined : cutTexts(view, key);
  if (!cut) return nothing;
  const { layout, visible, labelWidth } = view;
  const { box, lines } = cut;
  const chartWidth = labelWidth + (visible.to - visible.from);
  const width = Math.min(chartWidth - 2 * GAP, Math.max(...lines.map((line) => view.laneText(line))) + INSET);
  const x = Math.max(GAP, Math.min(labelWidth + box.x - visible.from, chartWidth - width - GAP));
  const below = box.y + box.height / 2 < layout.height / 2;
  const y = below ? box.y + box.height + GAP : box.y - GAP;
  return html`<div class="tooltip ${below ? 'below' : 'above'}" part="tooltip" lang=${view.names.lang} aria-hidden="true" data-tip=${key}
    ${cssVar('--_tip-x', `${Math.round(x)}px`)} ${cssVar('--_tip-y', `${Math.round(y)}px`)} @pointerleave=${onLeave}
    >${lines.map((line) => html`<span class="tip-line">${line}</span>`)}</div>`;
}
