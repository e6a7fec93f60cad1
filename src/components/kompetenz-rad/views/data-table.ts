import { html, nothing, type TemplateResult } from 'lit';
import { spokeFacts } from '../model/shown-series.js';
import { hasMarkers, levelText, type WheelScene } from './scene.js';

/** The data table with the values the wheel shows, one row per competency. */
export function dataTable(scene: WheelScene): TemplateResult {
  const { model, shown, strings: s, lang } = scene;
  const showNote = hasMarkers(scene);
  return html`<table part="table">
    <caption>${s.tableCaption}</caption>
    <thead>
      <tr>
        <th scope="col">${s.columns.competency}</th>
        <th scope="col">${s.columns.category}</th>
        ${shown.target ? html`<th scope="col" data-column="target">${s.columns.target}</th>` : nothing}
        ${shown.actual ? html`<th scope="col" data-column="actual">${s.columns.actual}</th>` : nothing}
        ${shown.external ? html`<th scope="col" data-column="external">${s.columns.external}</th>` : nothing}
        ${shown.gap ? html`<th scope="col" data-column="gap">${s.columns.gap}</th>` : nothing}
        ${showNote ? html`<th scope="col" data-column="note">${s.columns.note}</th>` : nothing}
      </tr>
    </thead>
    <tbody>
      ${model.analysis.entries.map((entry) => {
        const facts = spokeFacts(entry, model, shown, lang);
        return html`<tr data-competency=${entry.competencyId}>
          <th scope="row">${facts.label}</th>
          <td>${facts.category}</td>
          ${shown.target ? html`<td data-column="target" data-value=${entry.target}>${levelText(scene, entry.target)}</td>` : nothing}
          ${shown.actual ? html`<td data-column="actual" data-value=${entry.actual}>${levelText(scene, entry.actual)}</td>` : nothing}
          ${shown.external ? html`<td data-column="external" data-value=${entry.external ?? ''}>${levelText(scene, entry.external)}</td>` : nothing}
          ${shown.gap ? html`<td data-column="gap" data-value=${entry.gap}>${s.gapText(entry.gap)}</td>` : nothing}
          ${showNote ? html`<td data-column="note">${entry.blindSpot ? s.blindSpot : entry.hiddenStrength ? s.hiddenStrength : ''}</td>` : nothing}
        </tr>`;
      })}
    </tbody>
  </table>`;
}
