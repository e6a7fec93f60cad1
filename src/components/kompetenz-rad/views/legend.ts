import { html, nothing, type TemplateResult } from 'lit';
import type { LegendShare } from '../controllers/shared-legend.js';
import { trianglePath } from '../model/geometry.js';
import { categoryList, numberedNames } from './legend-lists.js';
import { categoryClass, gapNames, hasMarkers, type WheelFrame, type WheelScene } from './scene.js';

/** The hatching of the gap swatch drawn as lines (no pattern id: the entry may be drawn by another wheel of a shared legend). */
const SWATCH_HATCH = 'M1,4L4,1M1,10L10,1M6,11L16,1M12,11L22,1M18,11L23,6';

/**
 * The legend: the shown series, the markers when there are any, the categories, and the names
 * behind numbered spokes. Each entry is one template, its swatch included. The filled series and
 * the line are named by what they stand for (`ShownSeries.names`).
 */
export function legend(scene: WheelScene): TemplateResult {
  const { model, shown, strings: s } = scene;
  const { actual: filled, external: line } = shown.names;
  const { categories } = model.catalogue;
  const series: TemplateResult[] = [];
  if (shown.target) {
    series.push(html`<li data-series="target"><svg class="swatch" width="24" height="12" aria-hidden="true"><line class="target" x1="1" y1="6" x2="23" y2="6"></line></svg>${s.series.target}</li>`);
  }
  if (shown.actual) {
    const firstCategory = categoryClass(model.catalogue, categories[0]?.id ?? 'digital');
    series.push(
      html`<li data-series=${filled}><svg class="swatch" width="24" height="12" aria-hidden="true"><rect class="actual-sector ${firstCategory}" x="1" y="1" width="22" height="10"></rect></svg>${s.series[filled]}</li>`,
    );
  }
  if (shown.gap) {
    series.push(
      html`<li data-series="gap"><svg class="swatch" width="24" height="12" aria-hidden="true"><rect class="gap" fill="none" x="1" y="1" width="22" height="10"></rect><path class="hatch-line" d=${SWATCH_HATCH}></path></svg>${gapNames(scene).gap}</li>`,
    );
  }
  if (shown.external) {
    series.push(
      html`<li data-series=${line}><svg class="swatch" width="24" height="12" aria-hidden="true"><line class="external-line" x1="1" y1="6" x2="23" y2="6"></line><circle class="external-marker" cx="12" cy="6" r="4"></circle></svg>${s.series[line]}</li>`,
    );
  }
  if (hasMarkers(scene)) {
    const triangle = trianglePath(8);
    series.push(
      html`<li data-marker="blind-spot"><svg class="swatch" width="14" height="14" aria-hidden="true"><path class="disagreement blind-spot" transform="translate(7 8)" d=${triangle}></path></svg>${s.blindSpot} <span class="note">(${s.blindSpotExplained})</span></li>`,
      html`<li data-marker="hidden-strength"><svg class="swatch" width="14" height="14" aria-hidden="true"><path class="disagreement hidden-strength" transform="translate(7 6) rotate(180)" d=${triangle}></path></svg>${s.hiddenStrength} <span class="note">(${s.hiddenStrengthExplained})</span></li>`,
    );
  }
  return legendFrame(scene, series);
}

/**
 * The legend around the entries of what is drawn: the categories, and the names behind numbered
 * spokes. With a shared legend (`legendShare`, see `SharedLegendController`) the first wheel draws
 * it with the entries of all, a later one only a hint that names the first, and `legend="none"` nothing.
 */
export function legendFrame(frame: WheelFrame & { legendShare?: LegendShare }, own: readonly TemplateResult[]): TemplateResult {
  const { catalogue, layout, strings: s, lang, legendShare: share } = frame;
  share?.publish(own);
  if (share?.draw === 'none') return html``;
  if (share?.draw === 'elsewhere') {
    const text = s.legendElsewhere(share.drawnBy ?? s.wheelName, layout.labels.numbered);
    return html`<p part="legend-hint" class="legend-hint">${text}</p>`;
  }
  const series = share ? share.series(own) : own;
  const numbered = share ? share.numbered : layout.labels.numbered;
  return html`<div part="legend" class="legend">
    ${series.length ? html`<ul class="series" aria-label=${s.legendTitle}>${series}</ul>` : nothing}
    ${frame.copies.of('categories', categoryList(catalogue, lang, s.categoriesTitle))}
    ${numbered ? frame.copies.of('numbers', numberedNames(catalogue, lang, s.numbersTitle)) : nothing}
  </div>`;
}
