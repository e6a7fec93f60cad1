import { html, nothing, type TemplateResult } from 'lit';
import { LEVELS } from '../../../domain/scale.js';
import type { CompetencyId } from '../../../domain/types.js';
import { competencyDescription } from '../../../internal/descriptions.js';
import { levelLabel } from '../../../internal/strings.js';
import type { GroupFacts } from '../strings/group-wheel.js';
import { groupFacts, type GroupScene } from './group-wheel.js';

/** One figure of a competency: its column, header, value and text. */
interface Figure {
  column: string;
  name: string;
  value: number;
  text: string;
}

/** The figures the table, the detail box and the spoke's name give for a competency, in this order. */
function figures(scene: GroupScene, facts: GroupFacts, withUnrated: boolean): Figure[] {
  const { group: g, strings: s, lang } = scene;
  const share = (count: number) => (facts.count === 0 ? '' : ` (${g.percent(count / facts.count)})`);
  return [
    { column: 'people', name: g.columns.people, value: facts.count, text: g.decimal(facts.count) },
    ...LEVELS.map((level) => ({ column: `level-${level}`, name: s.levelWithNumber(levelLabel(level, lang), level), value: facts.levels[level], text: `${facts.levels[level]}${share(facts.levels[level])}` })),
    ...(withUnrated ? [{ column: 'unrated', name: g.columns.unrated, value: facts.unrated, text: `${facts.unrated}${share(facts.unrated)}` }] : []),
    { column: 'target', name: scene.choice.role ? g.columns.roleTarget : g.columns.meanTarget, value: facts.meanTarget, text: g.decimal(facts.meanTarget) },
    { column: 'below', name: g.columns.below, value: facts.shareBelowTarget, text: g.percent(facts.shareBelowTarget) },
    { column: 'gap', name: g.columns.meanGap, value: facts.meanGap, text: g.decimal(facts.meanGap) },
  ];
}

/** The data table of a group: per competency the people per level, the target, the share below it and the mean of target − level (signed: levels above the target offset those below). */
export function groupTable(scene: GroupScene): TemplateResult {
  const { catalogue, strings: s, group: g } = scene;
  const rows = catalogue.competencies.flatMap((competency, index) => {
    const facts = groupFacts(scene, index);
    return facts ? [{ id: competency.id, facts }] : [];
  });
  const withUnrated = rows.some(({ facts }) => facts.unrated > 0);
  const header = rows[0] ? figures(scene, rows[0].facts, withUnrated) : [];
  return html`<table part="table">
    <caption>${g.caption(scene.name)}</caption>
    <thead>
      <tr>
        <th scope="col">${s.columns.competency}</th>
        <th scope="col">${s.columns.category}</th>
        ${header.map((figure) => html`<th scope="col" data-column=${figure.column}>${figure.name}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        ({ id, facts }) => html`<tr data-competency=${id}>
          <th scope="row">${facts.label}</th>
          <td>${facts.category}</td>
          ${figures(scene, facts, withUnrated).map((figure) => html`<td data-column=${figure.column} data-value=${figure.value}>${figure.text}</td>`)}
        </tr>`,
      )}
    </tbody>
  </table>`;
}

/** The detail box of a competency of the group (hidden without figures): name, category, description, every figure. */
export function groupTooltip(scene: GroupScene, id: CompetencyId | undefined): TemplateResult {
  const index = scene.catalogue.competencies.findIndex((competency) => competency.id === id);
  const facts = index < 0 ? undefined : groupFacts(scene, index);
  if (!facts) return html`<div part="tooltip" id="tooltip" role="tooltip" hidden></div>`;
  const description = competencyDescription(scene.catalogue, index, scene.lang, scene.descriptions);
  return html`<div part="tooltip" id="tooltip" role="tooltip">
    <strong>${facts.label}</strong> <span class="tip-category">${facts.category}</span>
    ${description ? html`<p>${description}</p>` : nothing}
    <dl>${figures(scene, facts, facts.unrated > 0).map((figure) => html`<dt>${figure.name}</dt><dd>${figure.text}</dd>`)}</dl>
  </div>`;
}
