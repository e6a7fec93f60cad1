import { html, nothing, svg, type TemplateResult } from 'lit';
import { DEFAULT_FORMATS_LEAN, formatById } from '../../../domain/formats.js';
import { render } from '../../../domain/messages/templates.js';
import type { SynergyGroup } from '../../../domain/synergy.js';
import type { Lang } from '../../../domain/types.js';
import { formatterFor } from '../../../internal/format.js';
import type { GroupOffices } from '../model/synergy.js';
import type { TeamSelection, TeamSettings } from '../model/team-selection.js';
import type { TeamModel } from '../model/team.js';
import type { GapMatrixStrings } from '../strings/index.js';

/** Groups shown at first, and added per click on "more". */
export const SYNERGY_PAGE = 10;

/** A bar as long as `people` is of `largest`; decorative (the number stands beside it). */
function bar(people: number, largest: number): TemplateResult {
  return html`<svg viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false"
    >${svg`<rect x="0" y="0" height="8" width=${((people / Math.max(1, largest)) * 100).toFixed(2)}></rect>`}</svg
  >`;
}

interface CardProps {
  s: GapMatrixStrings;
  lang: Lang;
  group: SynergyGroup;
  offices: GroupOffices;
  competencies: string;
  format: string;
  pressed: boolean;
  tab: 0 | -1;
  onSelect: (group: SynergyGroup) => void;
}

/** One synergy group as a card: competencies, format, people and their prior level, and a small bar chart of the offices they come from. */
function card({ s, lang, group, offices, competencies, format, pressed, tab, onSelect }: CardProps): TemplateResult {
  const f = formatterFor(lang);
  const people = group.personIds.length;
  const largest = Math.max(...offices.offices.map((office) => office.people));
  const cohort = group.cohorts > 1 ? s.cohort(group.cohort, group.cohorts) : '';
  // The rest is a sum over several offices: no bar, which would compare it with a single one.
  const office = (name: string, count: number, drawn: boolean) =>
    html`<li><span class="office">${name}</span>${drawn ? bar(count, largest) : html`<span></span>`}<span class="n">${f.number(count)}</span></li>`;
  return html`<li class=${pressed ? 'synergy-card selected' : 'synergy-card'} data-group=${group.id}>
    <p class="synergy-name">${competencies}${cohort ? html` <span class="muted">· ${cohort}</span>` : nothing}</p>
    <p class="synergy-facts">${s.synergyFormat}: ${format} · ${s.synergyPeople(people)} · ${s.synergyPrior(group.actualRange.min, group.actualRange.max)}</p>
    <ul class="offices" aria-label=${s.synergyOffices}>
      ${offices.offices.map((entry) => office(entry.department ?? s.noDepartment, entry.people, true))}
      ${offices.rest ? office(s.synergyOtherOffices(offices.rest.offices), offices.rest.people, false) : nothing}
    </ul>
    <button
      type="button"
      part="synergy-group"
      data-group=${group.id}
      tabindex=${tab}
      aria-pressed=${pressed ? 'true' : 'false'}
      aria-label=${[s.synergyMark, competencies, cohort, s.synergyPeople(people)].filter(Boolean).join(', ')}
      @click=${() => onSelect(group)}
    >
      ${s.synergyMark}
    </button>
  </li>`;
}

export interface SynergySectionProps {
  s: GapMatrixStrings;
  lang: Lang;
  model: TeamModel;
  /** Whether everyone is analysed, the groups and where their members come from. */
  selection: Pick<TeamSelection, 'complete' | 'groups' | 'synergyOffices'>;
  settings: TeamSettings;
  /** How many groups are listed. */
  shown: number;
  /** The roving tabindex of a group's button (one tab stop for the list; the arrow keys move). */
  tab: (groupId: string) => 0 | -1;
  /** Selects a group, or the same one again (or none) to clear the selection. */
  onSelect: (group: SynergyGroup | undefined) => void;
  /** Lists `SYNERGY_PAGE` more groups. */
  onMore: () => void;
  change: (change: { groupOnly?: boolean }) => void;
}

/** Team mode's synergy groups: one card per group, "more", the selected group's reason and its filter. */
export function synergySection(p: SynergySectionProps): TemplateResult {
  const { s, lang, model, settings, shown } = p;
  const groups = p.selection.groups;
  const selected = groups.find((group) => group.id === settings.selectedGroup);
  const formats = settings.synergyOptions?.formats ?? DEFAULT_FORMATS_LEAN;
  const labels = new Map(model.catalogue.competencies.map((competency) => [competency.id, competency.label[lang]]));
  // While the analysis runs, the groups may still be those of the data before (kept until it ends): no cards, no offices.
  const offices = p.selection.complete ? p.selection.synergyOffices(model) : [];
  const cards = groups.slice(0, p.selection.complete ? shown : 0).map((group, g) =>
    card({
      s,
      lang,
      group,
      offices: offices[g],
      competencies: group.competencyIds.map((id) => labels.get(id) ?? id).join(' + '),
      format: formatById(formats, group.suggestedFormatId)?.label[lang] ?? group.suggestedFormatId,
      pressed: group.id === selected?.id,
      tab: p.tab(group.id),
      onSelect: p.onSelect,
    }),
  );
  return html`<section part="synergy" aria-labelledby="synergy-title" lang=${lang}>
    <h3 id="synergy-title" tabindex="-1">${s.synergy}</h3>
    <p>${s.synergyHint}${groups.length > 0 ? ` ${s.synergySummary(groups.length, groups.reduce((sum, group) => sum + group.personIds.length, 0))}` : ''}</p>
    ${!p.selection.complete
      ? html`<p>${s.analysing(Math.floor(model.progress * 100))}</p>`
      : groups.length === 0
        ? html`<p>${s.synergyNone}</p>`
        : html`<ul class="synergy-cards">
            ${cards}
          </ul>`}
    <div class="synergy-actions">
      ${groups.length > shown ? html`<button type="button" @click=${p.onMore}>${s.synergyMore(groups.length - shown)}</button>` : nothing}
      ${selected
        ? html`<label class="check"
              ><input type="checkbox" .checked=${settings.groupOnly} @change=${(e: Event) => p.change({ groupOnly: (e.target as HTMLInputElement).checked })} />${s.synergyOnly}</label
            >
            <button type="button" @click=${() => p.onSelect(undefined)}>${s.clearSelection}</button>`
        : nothing}
      <span role="status">${selected ? s.synergySelected(selected.personIds.length) : ''}</span>
    </div>
    ${selected ? html`<p>${render(selected.reason, s.synergyReasons, formatterFor(lang))}</p>` : nothing}
  </section>`;
}
