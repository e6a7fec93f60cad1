import { html, nothing, type TemplateResult } from 'lit';
import type { GapEntry } from '../../../domain/gaps.js';
import { competencyDescription } from '../../../internal/descriptions.js';
import { spokeFacts } from '../model/shown-series.js';
import { gapText, levelText, shownRatings, type WheelScene } from './scene.js';

/** The detail box of one competency (hidden without one): name, category, the shown levels, the description, the markers. */
export function tooltip(scene: WheelScene, entry: GapEntry | undefined): TemplateResult {
  if (!entry) return html`<div part="tooltip" id="tooltip" role="tooltip" hidden></div>`;
  const { model, shown, strings: s, lang } = scene;
  const index = model.catalogue.competencies.findIndex((item) => item.id === entry.competencyId);
  const description = competencyDescription(model.catalogue, index, lang, scene.descriptions);
  const facts = spokeFacts(entry, model, shown, lang);
  const rows: [string, string][] = [];
  if (shown.target) rows.push([s.short.target, levelText(scene, entry.target)]);
  for (const { name, level } of shownRatings(scene)) rows.push([s.short[name], levelText(scene, level(entry))]);
  if (shown.gap) rows.push([s.short.gap, gapText(scene, entry)]);
  return html`<div part="tooltip" id="tooltip" role="tooltip">
    <strong>${facts.label}</strong> <span class="tip-category">${facts.category}</span>
    ${description ? html`<p>${description}</p>` : nothing}
    <dl>${rows.map(([term, value]) => html`<dt>${term}</dt><dd>${value}</dd>`)}</dl>
    ${shown.markers && entry.blindSpot ? html`<p>${s.blindSpot}: ${s.blindSpotExplained}</p>` : nothing}
    ${shown.markers && entry.hiddenStrength ? html`<p>${s.hiddenStrength}: ${s.hiddenStrengthExplained}</p>` : nothing}
  </div>`;
}
