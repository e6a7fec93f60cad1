import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { MonthLoad, PlanFinding } from '../../../domain/plan-checks.js';
import type { Goal, Lang, Plan, PlanItem, Review } from '../../../domain/types.js';
import { goalFindings, itemFindings, reviewFindings } from '../model/finding-refs.js';
import { compareItems } from '../model/layout.js';
import type { PlanNames } from '../model/plan-names.js';
import type { TimelineStrings } from '../strings/index.js';
import { findingLine } from './findings.js';
import { reviewOutcome } from './review-outcome.js';

export interface ListView {
  plan: Plan;
  goals: readonly Goal[];
  load: readonly MonthLoad[];
  findings: readonly PlanFinding[];
  names: PlanNames;
  s: TimelineStrings;
  editable: boolean;
  onOpen: (key: string) => void;
}

type Entry = { date: string; rank: number; key: string } & ({ kind: 'item'; item: PlanItem } | { kind: 'review'; review: Review } | { kind: 'goal'; goal: Goal });

/** Every item, review and goal date of the plan in date order (the same order the keyboard visits the chart). */
export function chronological(plan: Plan, goals: readonly Goal[]): Entry[] {
  const items = [...plan.items].sort(compareItems);
  const entries: Entry[] = [
    ...items.map((item, i): Entry => ({ date: item.start, rank: i, key: `item:${item.id}`, kind: 'item', item })),
    ...plan.reviews.map((review): Entry => ({ date: review.date, rank: 1e6, key: `review:${review.id}`, kind: 'review', review })),
    ...goals.map((goal): Entry => ({ date: goal.due, rank: 2e6, key: `goal:${goal.id}`, kind: 'goal', goal })),
  ];
  return entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.rank - b.rank));
}

function field(term: string, value: unknown): TemplateResult | typeof nothing {
  if (value === undefined || value === '') return nothing;
  return html`<div><dt>${term}</dt><dd>${value}</dd></div>`;
}

function findingTexts(findings: readonly PlanFinding[], lang: Lang, s: TimelineStrings): TemplateResult | typeof nothing {
  if (findings.length === 0) return nothing;
  return html`<div class="list-findings">
    <dt>${s.columns.findings}</dt>
    ${findings.map((finding) => html`<dd class=${finding.severity}>${findingLine(finding, s, lang)}</dd>`)}
  </div>`;
}

/** "Details" of an entry (`key`) that `what` names, when the plan can be edited. */
function openButton(view: ListView, key: string, what: string): TemplateResult | typeof nothing {
  const { s } = view;
  if (!view.editable) return nothing;
  return html`<button type="button" class="list-open" part="button" aria-label=${`${s.details}: ${what}`} @click=${() => view.onOpen(key)}>${s.details}</button>`;
}

function renderItem(view: ListView, item: PlanItem): TemplateResult {
  const { names, s } = view;
  const c = s.columns;
  const title = names.item(item);
  const goal = item.goalId === undefined ? undefined : view.goals.find((candidate) => candidate.id === item.goalId);
  const findings = itemFindings(view.findings, item.id);
  return html`<li class="list-entry item status-${item.status}" data-item-id=${item.id}>
    <p class="list-head">
      <span class="when">${s.dateRange(names.date(item.start), names.date(item.end))}</span>
      <strong class="what">${title}</strong>
      <span class="kind">(${item.kind === 'practice' ? s.kinds.practice : s.kinds.item})</span>
    </p>
    <dl>
      ${field(c.format, names.format(item.formatId))}
      ${field(c.setting, s.settings[names.setting(item)])}
      ${field(c.competencies, item.competencyIds.length > 0 ? names.competencies(item.competencyIds) : s.noCompetency)}
      ${field(c.hours, names.number(item.hours))}
      ${field(c.cost, s.euros(names.number(item.cost)))}
      ${field(c.provider, item.provider)}
      ${field(c.status, s.itemStatuses[item.status])}
      ${field(c.goal, goal ? names.goal(goal) : item.goalId)}
      ${findingTexts(findings, names.lang, s)}
    </dl>
    ${openButton(view, `item:${item.id}`, `${title}, ${names.date(item.start)}`)}
  </li>`;
}

/** The head and data of an entry on one date (a review, a goal's due date). */
function dated(view: ListView, date: string, what: string, fields: readonly (TemplateResult | typeof nothing)[], findings: readonly PlanFinding[]): TemplateResult {
  return html`<p class="list-head"><span class="when">${view.names.date(date)}</span> <strong class="what">${what}</strong></p>
    <dl>
      ${fields}
      ${findingTexts(findings, view.names.lang, view.s)}
    </dl>`;
}

function renderReview(view: ListView, review: Review): TemplateResult {
  const { names, s } = view;
  const c = s.columns;
  const what = review.final ? s.kinds.finalReview : s.kinds.review;
  const findings = reviewFindings(view.findings, review.id);
  return html`<li class="list-entry review ${review.final ? 'final' : ''}" data-review-id=${review.id}>
    ${dated(view, review.date, what, [field(c.participants, review.participants.join(', ')), field(c.notes, review.notes), reviewOutcome(view.plan, review, view.goals, names)], findings)}
    ${openButton(view, `review:${review.id}`, `${what}, ${names.date(review.date)}`)}
  </li>`;
}

function renderGoal(view: ListView, goal: Goal): TemplateResult {
  const { names, s } = view;
  const findings = goalFindings(view.findings, goal.id);
  return html`<li class="list-entry goal" data-goal-id=${goal.id}>
    ${dated(view, goal.due, s.kinds.goalDue, [field(s.columns.goal, names.goal(goal))], findings)}
  </li>`;
}

/** The accessible list view: the same plan as the chart, in date order, with all of its data. */
export function renderList(view: ListView): TemplateResult {
  const { s, names } = view;
  const entries = chronological(view.plan, view.goals);
  return html`<ol class="list" part="list" aria-label=${s.listLabel}>
      ${repeat(
        entries,
        (entry) => entry.key,
        (entry) => (entry.kind === 'item' ? renderItem(view, entry.item) : entry.kind === 'review' ? renderReview(view, entry.review) : renderGoal(view, entry.goal)),
      )}
    </ol>
    ${view.load.length === 0
      ? nothing
      : html`<div class="table-scroll" role="region" tabindex="0" aria-labelledby="load-caption">
          <table part="load-table" class="load-table">
            <caption id="load-caption">${s.loadTable}</caption>
            <thead>
              <tr>
                <th scope="col">${s.columns.month}</th>
                <th scope="col">${s.columns.hours}</th>
                <th scope="col">${s.columns.capacity}</th>
                <th scope="col">${s.columns.over}</th>
              </tr>
            </thead>
            <tbody>
              ${view.load.map(
                (month) => html`<tr class=${month.over > 0 ? 'over' : ''}>
                  <th scope="row">${names.month(month.month, 'long')}</th>
                  <td>${names.number(month.hours)}</td>
                  <td>${names.number(month.capacity)}</td>
                  <td>${month.over > 0 ? html`<strong>⚠ ${names.number(month.over)}</strong>` : '0'}</td>
                </tr>`,
              )}
            </tbody>
          </table>
        </div>`}`;
}
