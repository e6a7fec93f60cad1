import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { aggregateMembers, type AggregateGroupKind } from '../../../domain/aggregate.js';
import type { ActualRule } from '../../../domain/assessments.js';
import { competencyById } from '../../../domain/catalogue.js';
import type { Catalogue, CompetencyId, Lang, Portfolio } from '../../../domain/types.js';
import type { GridCell, GridShape } from '../../../internal/controllers/roving-focus.js';
import { formatterFor } from '../../../internal/format.js';
import type { InputProblem } from '../../../internal/inputs.js';
import { Memo } from '../../../internal/memo.js';
import { organisationCellAction, ORGANISATION_LEAD_COLS, type CellAction } from '../model/grid.js';
import { cellMembers } from '../model/organisation-members.js';
import { aggregateOptionsOf, groupOrder, OrganisationTable, organisationSortProblems, type OrganisationInput, type OrganisationSettings } from '../model/organisation.js';
import { DRILL_PAGE, drillDownPanel } from '../views/drill-down.js';
import type { GapMatrixStrings } from '../strings/index.js';
import type { HeaderSort } from '../views/headers.js';
import { groupLabel, organisationGrid, type OrganisationGridProps } from '../views/organisation.js';
import { organisationCsv } from './export.js';

const EMPTY_CATALOGUE: Catalogue = { categories: [], competencies: [] };

/** The cell whose people are open: its group (by kind and key, which survive a new aggregate) and competency. */
interface OpenCell {
  kind: AggregateGroupKind;
  key: string | null;
  competencyId: CompetencyId;
}

/** What the element hands over to draw organisation mode (the rest comes from `prepare`). */
export type OrganisationRender = Omit<OrganisationGridProps, 'aggregate' | 'order' | 'labels' | 'catalogue' | 'roles' | 'sort'> & {
  sort: { key: string; descending: boolean };
  /** The roving tabindex of the cells, asked for once the groups are ordered (the grid's shape depends on them). */
  tabs: () => HeaderSort['tab'];
};

/**
 * Organisation mode: the aggregate (`OrganisationTable`), the order of its groups, what a cell
 * does, and the people behind a cell when the host allows it. Those are only looked up while a
 * cell is open and `drillDown` holds; without it nothing about a single person is computed or drawn.
 */
export class OrganisationView implements ReactiveController {
  private readonly table = new OrganisationTable();
  private order: number[] = [];
  private labels: string[] = [];
  private settings: OrganisationSettings | undefined;
  private input: OrganisationInput | undefined;
  private open: OpenCell | undefined;
  private shown = DRILL_PAGE;
  private focusPanel = false;
  /** The index of the first person the last "more" added (until the update that draws them). */
  private firstAdded: number | undefined;
  /** The group of the row chosen last (by kind and key, which survive a new aggregate or order). */
  private chosen: { kind: AggregateGroupKind; key: string | null } | undefined;
  private readonly members = new Memo(
    (portfolio: Portfolio, settings: OrganisationSettings, kind: AggregateGroupKind, key: string | null, competencyId: CompetencyId, rule: ActualRule) =>
      cellMembers(portfolio, aggregateMembers(portfolio, aggregateOptionsOf(settings, rule), { kind, key }), competencyId, rule),
  );

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode },
    /** Puts focus back on the grid's active cell (after the panel closes). */
    private readonly refocus: () => void,
  ) {
    host.addController(this);
  }

  /** Aggregates (once per change of data or settings); returns the problems of the data and of the sort key. */
  prepare(input: OrganisationInput, settings: OrganisationSettings, sortKey: string, given: unknown): InputProblem[] {
    const last = this.settings;
    // One object per setting, so that the drill-down's members are looked up again only when one of them changes (each: a filter left out would list people the figures do not count).
    if (!last || (Object.keys(settings) as (keyof OrganisationSettings)[]).some((name) => last[name] !== settings[name])) this.settings = settings;
    this.input = input;
    const problems = this.table.update(input, settings, given);
    return [...problems, ...organisationSortProblems(sortKey, input.catalogue.competencies.map((competency) => competency.id))];
  }

  release(): void {
    this.table.clear();
    this.order = [];
    this.open = undefined;
    this.chosen = undefined;
  }

  shape(): GridShape {
    const rows = this.order.length;
    return rows === 0 ? { rows: 0, cols: 0 } : { rows: 1 + rows, cols: ORGANISATION_LEAD_COLS + (this.input?.catalogue.competencies.length ?? 0) };
  }

  /** What Enter, Space or a click on `cell` does; with `drillDown` a competency cell also opens its people. */
  action(cell: GridCell, sort: { key: string; descending: boolean }, drillDown: boolean): CellAction {
    const aggregate = this.table.result?.aggregate;
    if (!aggregate || !this.input) return undefined;
    const competencyIds = this.input.catalogue.competencies.map((competency) => competency.id);
    const action = organisationCellAction(cell, aggregate.groups, this.order, competencyIds, aggregate.groupBy, sort);
    if (action && 'select' in action && action.select.group) {
      this.chosen = { kind: action.select.group.kind, key: action.select.group.key };
      this.host.requestUpdate();
    }
    if (drillDown && this.table.result?.portfolio && action && 'select' in action && action.select.group && action.select.competencyId) {
      const { kind, key } = action.select.group;
      const competencyId = action.select.competencyId;
      const group = aggregate.groups.find((candidate) => candidate.kind === kind && candidate.key === key);
      // A category group holds only its own competencies.
      if (group?.competencies.some((entry) => entry.competencyId === competencyId)) {
        this.open = { kind, key, competencyId };
        this.shown = DRILL_PAGE;
        this.focusPanel = true;
        this.host.requestUpdate();
      }
    }
    return action;
  }

  /** The name of the chosen group as shown, if it is shown. */
  chosenName(): string | undefined {
    const groups = this.table.result?.aggregate?.groups ?? [];
    const g = groups.findIndex((group) => group.kind === this.chosen?.kind && group.key === this.chosen.key);
    return g >= 0 ? this.labels[g] : undefined;
  }

  close(): void {
    this.open = undefined;
    this.host.requestUpdate();
    this.refocus();
  }

  /** The grid (its groups named and ordered in the language shown; `order` then holds for `action`) and, when allowed, the open cell's people. */
  render(p: OrganisationRender): TemplateResult {
    const input = this.input;
    const result = this.table.result;
    const groups = result?.aggregate?.groups ?? [];
    const catalogue = input?.catalogue ?? EMPTY_CATALOGUE;
    const roles = input?.roles ?? [];
    this.labels = groups.map((group) => groupLabel(group, p.s, p.lang, catalogue, roles));
    this.order = groupOrder(groups, p.sort.key, p.sort.descending, this.labels, formatterFor(p.lang).compare);
    const aggregate = result?.aggregate;
    // A given aggregate decides the grouping and the filter; the toolbar offers only the order then.
    const options = aggregate && !result.portfolio ? { ...p.options, groupBy: aggregate.groupBy, fixed: true } : p.options;
    const chosen = this.chosen && `${this.chosen.kind}:${this.chosen.key ?? ''}`;
    const grid = organisationGrid({ ...p, options, sort: { ...p.sort, tab: p.tabs() }, catalogue, roles, aggregate, order: this.order, labels: this.labels, chosen });
    if (!p.drillDown) this.open = undefined;
    return html`${grid}${p.drillDown && input && result?.portfolio ? this.renderPanel(p, result.portfolio, input) : nothing}`;
  }

  /** The groups as shown, as CSV (`organisationCsv`); empty before the first render or without groups. */
  csv(s: GapMatrixStrings, lang: Lang): string {
    const aggregate = this.table.result?.aggregate;
    return aggregate && this.input && this.order.length > 0 ? organisationCsv(aggregate, this.order, this.labels, this.input.catalogue, lang, s) : '';
  }

  private renderPanel(p: OrganisationRender, portfolio: Portfolio, input: OrganisationInput): TemplateResult | typeof nothing {
    const open = this.open;
    const aggregate = this.table.result?.aggregate;
    const g = aggregate?.groups.findIndex((group) => open && group.kind === open.kind && group.key === open.key) ?? -1;
    if (!open || !aggregate || !this.settings || g < 0) return nothing;
    const members = this.members.get(portfolio, this.settings, open.kind, open.key, open.competencyId, input.rule);
    return drillDownPanel({
      s: p.s,
      lang: p.lang,
      roles: input.roles,
      group: this.labels[g],
      competency: competencyById(input.catalogue, open.competencyId)?.label[p.lang] ?? open.competencyId,
      members,
      shown: this.shown,
      onMore: () => {
        this.firstAdded = this.shown;
        this.shown += DRILL_PAGE;
        this.host.requestUpdate();
      },
      onClose: () => this.close(),
    });
  }

  hostUpdated(): void {
    const added = this.firstAdded;
    this.firstAdded = undefined;
    // The last "more" took its button away: focus goes on to the first person it added, not to the page.
    if (added !== undefined && !(this.host.renderRoot as ShadowRoot).activeElement) {
      this.host.renderRoot.querySelectorAll<HTMLElement>("[part='drill-down'] tbody th")[added]?.focus();
    }
    if (!this.focusPanel) return;
    this.focusPanel = false;
    this.host.renderRoot.querySelector<HTMLElement>('#drill-title')?.focus();
  }
}
