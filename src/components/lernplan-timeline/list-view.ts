import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { MonthLoad, PlanFinding } from '../../domain/plan-checks.js';
import type { Goal, Lang, Plan, PlanItem, Review } from '../../domain/types.js';
import type { TimelineLabels } from './labels.js';
import { compareItems } from './layout.js';
import { formatMonthFull, type TimelineStrings } from './strings.js';

export interface ListView {
  plan: Plan;
  goals: readonly Goal[];
  load: readonly MonthLoad[];
  findings: readonly PlanFinding[];
  labels: TimelineLabels;
  s: TimelineStrings;
  lang: Lang;
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
    ${findings.map((finding) => html`<dd class=${finding.severity}><span class="severity">${s.severity[finding.severity]}:</span> ${finding.message[lang]}</dd>`)}
  </div>`;
}

function renderItem(view: ListView, item: PlanItem): TemplateResult {
  const { labels, s, lang } = view;
  const c = s.columns;
  const title = labels.item(item);
  const goal = item.goalId === undefined ? undefined : view.goals.find((candidate) => candidate.id === item.goalId);
  const findings = view.findings.filter((finding) => finding.itemId === item.id || finding.otherItemId === item.id);
  return html`<li class="list-entry item status-${item.status}" data-item-id=${item.id}>
    <p class="list-head">
      <span class="when">${s.dateRange(labels.date(item.start), labels.date(item.end))}</span>
      <strong class="what">${title}</strong>
      <span class="kind">(${item.kind === 'practice' ? s.kinds.practice : s.kinds.item})</span>
    </p>
    <dl>
      ${field(c.format, labels.format(item.formatId))}
      ${field(c.setting, s.settings[labels.setting(item)])}
      ${field(c.competencies, item.competencyIds.length > 0 ? labels.competencies(item.competencyIds) : s.noCompetency)}
      ${field(c.hours, labels.number(item.hours))}
      ${field(c.cost, s.euros(labels.number(item.cost)))}
      ${field(c.provider, item.provider)}
      ${field(c.status, s.itemStatuses[item.status])}
      ${field(c.goal, goal ? labels.goal(goal) : item.goalId)}
      ${findingTexts(findings, lang, s)}
    </dl>
    ${view.editable
      ? html`<button type="button" class="list-open" part="button" aria-label=${`${s.details}: ${title}, ${labels.date(item.start)}`} @click=${() => view.onOpen(`item:${item.id}`)}>${s.details}</button>`
      : nothing}
  </li>`;
}

function renderReview(view: ListView, review: Review): TemplateResult {
  const { labels, s, lang } = view;
  const c = s.columns;
  const what = review.final ? s.kinds.finalReview : s.kinds.review;
  const findings = view.findings.filter((finding) => finding.reviewId === review.id);
  return html`<li class="list-entry review ${review.final ? 'final' : ''}" data-review-id=${review.id}>
    <p class="list-head"><span class="when">${labels.date(review.date)}</span> <strong class="what">${what}</strong></p>
    <dl>
      ${field(c.participants, review.participants.join(', '))}
      ${field(c.notes, review.notes)}
      ${findingTexts(findings, lang, s)}
    </dl>
    ${view.editable
      ? html`<button type="button" class="list-open" part="button" aria-label=${`${s.details}: ${what}, ${labels.date(review.date)}`} @click=${() => view.onOpen(`review:${review.id}`)}>${s.details}</button>`
      : nothing}
  </li>`;
}

function renderGoal(view: ListView, goal: Goal): TemplateResult {
  const { labels, s, lang } = view;
  const findings = view.findings.filter((finding) => finding.goalId === goal.id && finding.itemId === undefined);
  return html`<li class="list-entry goal" data-goal-id=${goal.id}>
    <p class="list-head"><span class="when">${labels.date(goal.due)}</span> <strong class="what">${s.kinds.goalDue}</strong></p>
    <dl>
      ${field(s.columns.goal, labels.goal(goal))}
      ${findingTexts(findings, lang, s)}
    </dl>
  </li>`;
}

/** The accessible list view: the same plan as the chart, in date order, with all of its data. */
export function renderList(view: ListView): TemplateResult {
  const { s, labels, lang } = view;
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
                  <th scope="row">${formatMonthFull(month.month, lang)}</th>
                  <td>${labels.number(month.hours)}</td>
                  <td>${labels.number(month.capacity)}</td>
                  <td>${month.over > 0 ? html`<strong>⚠ ${labels.number(month.over)}</strong>` : '0'}</td>
                </tr>`,
              )}
            </tbody>
          </table>
        </div>`}`;
}
