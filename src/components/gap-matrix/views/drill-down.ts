import { html, nothing, type TemplateResult } from 'lit';
import type { Lang, Level, Role } from '../../../domain/types.js';
import { spokenLevel } from '../../../internal/strings.js';
import type { CellMember } from '../model/organisation-members.js';
import type { GapMatrixStrings } from '../strings/index.js';
import { gapClass, gapSymbol } from './cells.js';

/** People listed at first, and added per click on "more". */
export const DRILL_PAGE = 50;

export interface DrillDownProps {
  s: GapMatrixStrings;
  lang: Lang;
  roles: readonly Role[];
  /** The group's and the competency's names. */
  group: string;
  competency: string;
  members: readonly CellMember[];
  shown: number;
  onMore: () => void;
  onClose: () => void;
}

const level = (value: Level | undefined, lang: Lang, s: GapMatrixStrings) =>
  value === undefined
    ? html`<span aria-hidden="true">–</span><span class="visually-hidden">${s.notRated}</span>`
    : html`<span aria-hidden="true">${value}</span><span class="visually-hidden">${spokenLevel(value, lang)}</span>`;

/**
 * The people behind one cell of organisation mode (only drawn when the host allows it): their
 * role, rating in use, target and gap in the competency, below target first.
 */
export function drillDownPanel(p: DrillDownProps): TemplateResult {
  const { s, lang, members, shown } = p;
  const below = members.filter((member) => member.gap > 0).length;
  const roleNames = new Map(p.roles.map((role) => [role.id, role.label[lang]]));
  return html`<section part="drill-down" aria-labelledby="drill-title">
    <div class="drill-head">
      <h3 id="drill-title" tabindex="-1">${s.drillTitle(p.group, p.competency)}</h3>
      <button type="button" @click=${p.onClose}>${s.drillClose}</button>
    </div>
    <p>${s.drillSummary(below, members.length)}</p>
    <div class="table-scroll" tabindex="0" role="region" aria-labelledby="drill-title">
      <table>
        <thead>
          <tr>
            <th scope="col">${s.name}</th>
            <th scope="col">${s.role}</th>
            <th scope="col">${s.actual}</th>
            <th scope="col">${s.target}</th>
            <th scope="col">${s.gap}</th>
          </tr>
        </thead>
        <tbody>
          ${members.slice(0, shown).map(
            (member) =>
              html`<tr data-person=${member.person.id}>
                <th scope="row" tabindex="-1">${member.person.name}</th>
                <td>${roleNames.get(member.person.roleId) ?? member.person.roleId}</td>
                <td>${level(member.level, lang, s)}</td>
                <td>${level(member.target, lang, s)}</td>
                <td class=${gapClass(member.gap)}><span aria-hidden="true">${gapSymbol(member.gap)}</span><span class="visually-hidden">${s.gapText(member.gap)}</span></td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${members.length > shown ? html`<button type="button" @click=${p.onMore}>${s.drillMore(members.length - shown)}</button>` : nothing}
  </section>`;
}
