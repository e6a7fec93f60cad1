import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { trianglePath } from '../model/geometry.js';
import { categoryClass, hasMarkers, type WheelFrame, type WheelScene } from './scene.js';

/** A small drawing before a legend entry. */
export const swatch = (width: number, height: number, content: SVGTemplateResult): TemplateResult =>
  html`<svg class="swatch" width=${width} height=${height} aria-hidden="true">${content}</svg>`;

/** The legend: the shown series, the markers when there are any, the categories, and the names behind numbered spokes. */
export function legend(scene: WheelScene): TemplateResult {
  const { model, shown, strings: s, hatchId } = scene;
  const { categories } = model.catalogue;
  const triangle = trianglePath(8);
  const series: TemplateResult[] = [];
  if (shown.target) series.push(html`<li data-series="target">${swatch(24, 12, svg`<line class="target" x1="1" y1="6" x2="23" y2="6"></line>`)}${s.series.target}</li>`);
  if (shown.actual) {
    const firstCategory = categoryClass(model.catalogue, categories[0]?.id ?? 'digital');
    series.push(html`<li data-series="actual">${swatch(24, 12, svg`<rect class="actual-sector ${firstCategory}" x="1" y="1" width="22" height="10"></rect>`)}${s.series.actual}</li>`);
  }
  if (shown.gap) series.push(html`<li data-series="gap">${swatch(24, 12, svg`<rect class="gap" fill="url(#${hatchId})" x="1" y="1" width="22" height="10"></rect>`)}${s.series.gap}</li>`);
  if (shown.external) {
    const line = svg`<line class="external-line" x1="1" y1="6" x2="23" y2="6"></line><circle class="external-marker" cx="12" cy="6" r="4"></circle>`;
    series.push(html`<li data-series="external">${swatch(24, 12, line)}${s.series.external}</li>`);
  }
  if (hasMarkers(scene)) {
    const blind = svg`<path class="disagreement blind-spot" transform="translate(7 8)" d=${triangle}></path>`;
    const hidden = svg`<path class="disagreement hidden-strength" transform="translate(7 6) rotate(180)" d=${triangle}></path>`;
    series.push(html`<li data-marker="blind-spot">${swatch(14, 14, blind)}${s.blindSpot} <span class="note">(${s.blindSpotExplained})</span></li>`);
    series.push(html`<li data-marker="hidden-strength">${swatch(14, 14, hidden)}${s.hiddenStrength} <span class="note">(${s.hiddenStrengthExplained})</span></li>`);
  }
  return legendFrame(scene, series);
}

/** The legend around the entries of what is drawn: the categories, and the names behind numbered spokes. */
export function legendFrame({ catalogue, layout, strings: s, lang }: WheelFrame, series: readonly TemplateResult[]): TemplateResult {
  const { categories, competencies } = catalogue;
  return html`<div part="legend" class="legend">
    ${series.length ? html`<ul class="series" aria-label=${s.legendTitle}>${series}</ul>` : nothing}
    <ul class="categories" aria-label=${s.categoriesTitle}>
      ${categories.map(
        (category) => html`<li>${swatch(14, 14, svg`<rect class="band ${categoryClass(catalogue, category.id)}" width="14" height="14"></rect>`)}${category.label[lang]}</li>`,
      )}
    </ul>
    ${layout.labels.numbered
      ? html`<ol class="numbers" aria-label=${s.numbersTitle}>
          ${competencies.map((competency, index) => html`<li><span class="number" aria-hidden="true">${index + 1}</span><span class="name">${breakableAfterSlash(competency.label[lang])}</span></li>`)}
        </ol>`
      : nothing}
  </div>`;
}

/** A label with a line-break opportunity after each "/" ("Konfliktlöse-/<wbr>Deeskalationsfähigkeit"). */
function breakableAfterSlash(text: string): (string | TemplateResult)[] {
  return text.split('/').flatMap((part, index) => (index === 0 ? [part] : [html`/<wbr>`, part]));
}
