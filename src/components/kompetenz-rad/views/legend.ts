import { html, nothing, type TemplateResult } from 'lit';
import { trianglePath } from '../model/geometry.js';
import { categoryClass, hasMarkers, type WheelFrame, type WheelScene } from './scene.js';

/**
 * The legend: the shown series, the markers when there are any, the categories, and the names
 * behind numbered spokes. Each entry is one template, its swatch included.
 */
export function legend(scene: WheelScene): TemplateResult {
  const { model, shown, strings: s, hatchId } = scene;
  const { categories } = model.catalogue;
  const series: TemplateResult[] = [];
  if (shown.target) {
    series.push(html`<li data-series="target"><svg class="swatch" width="24" height="12" aria-hidden="true"><line class="target" x1="1" y1="6" x2="23" y2="6"></line></svg>${s.series.target}</li>`);
  }
  if (shown.actual) {
    const firstCategory = categoryClass(model.catalogue, categories[0]?.id ?? 'digital');
    series.push(
      html`<li data-series="actual"><svg class="swatch" width="24" height="12" aria-hidden="true"><rect class="actual-sector ${firstCategory}" x="1" y="1" width="22" height="10"></rect></svg>${s.series.actual}</li>`,
    );
  }
  if (shown.gap) {
    series.push(html`<li data-series="gap"><svg class="swatch" width="24" height="12" aria-hidden="true"><rect class="gap" fill="url(#${hatchId})" x="1" y="1" width="22" height="10"></rect></svg>${s.series.gap}</li>`);
  }
  if (shown.external) {
    series.push(
      html`<li data-series="external"><svg class="swatch" width="24" height="12" aria-hidden="true"><line class="external-line" x1="1" y1="6" x2="23" y2="6"></line><circle class="external-marker" cx="12" cy="6" r="4"></circle></svg>${s.series.external}</li>`,
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

/** The legend around the entries of what is drawn: the categories, and the names behind numbered spokes. */
export function legendFrame({ catalogue, layout, strings: s, lang }: WheelFrame, series: readonly TemplateResult[]): TemplateResult {
  const { categories, competencies } = catalogue;
  return html`<div part="legend" class="legend">
    ${series.length ? html`<ul class="series" aria-label=${s.legendTitle}>${series}</ul>` : nothing}
    <ul class="categories" aria-label=${s.categoriesTitle}>
      ${categories.map(
        (category) =>
          html`<li><svg class="swatch" width="14" height="14" aria-hidden="true"><rect class="band ${categoryClass(catalogue, category.id)}" width="14" height="14"></rect></svg>${category.label[lang]}</li>`,
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
