import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ITEM_STATUSES } from '../../domain/plans.js';
import type { PlanFinding } from '../../domain/plan-checks.js';
import type { Competency, Format, Goal, ItemStatus, Lang, PlanItem, Review } from '../../domain/types.js';
import type { TimelineLabels } from './labels.js';
import type { TimelineStrings } from './strings.js';

/** Which dialog is open. */
export type DialogState = { kind: 'item'; id: string } | { kind: 'review'; id: string } | { kind: 'add-item' } | { kind: 'add-review' };

interface Common {
  labels: TimelineLabels;
  s: TimelineStrings;
  lang: Lang;
  /** A refused change, shown in the dialog. */
  error: string | undefined;
  onClose: () => void;
}

export interface ItemDetails extends Common {
  item: PlanItem;
  goal: Goal | undefined;
  findings: readonly PlanFinding[];
  editable: boolean;
  onStart: (date: string) => void;
  onEnd: (date: string) => void;
  onStatus: (status: ItemStatus) => void;
  onRemove: () => void;
}

export interface ReviewDetails extends Common {
  review: Review;
  findings: readonly PlanFinding[];
  editable: boolean;
  onDate: (date: string) => void;
  onRemove: () => void;
}

export interface AddItemForm extends Common {
  formats: readonly Format[];
  goals: readonly Goal[];
  competencies: readonly Competency[];
  defaultStart: string;
  onSubmit: (values: { formatId: string; goalId: string; competencyId: string; start: string; title: string }) => void;
}

export interface AddReviewForm extends Common {
  defaultDate: string;
  defaultParticipants: string;
  canBeFinal: boolean;
  onSubmit: (values: { date: string; final: boolean; participants: string[] }) => void;
}

const value = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;

function errorLine(error: string | undefined): TemplateResult {
  return html`<p class="dialog-error" role="alert">${error ?? nothing}</p>`;
}

function findingList(findings: readonly PlanFinding[], lang: Lang, s: TimelineStrings): TemplateResult | typeof nothing {
  if (findings.length === 0) return nothing;
  return html`<ul class="dialog-findings">
    ${findings.map((finding) => html`<li class=${finding.severity}><span class="severity">${s.severity[finding.severity]}:</span> ${finding.message[lang]}</li>`)}
  </ul>`;
}

export function renderItemDetails(d: ItemDetails): TemplateResult {
  const { item, labels, s } = d;
  const c = s.columns;
  const title = labels.item(item);
  return html`<h2 id="dialog-title" class="dialog-title">${title}</h2>
    <dl class="dialog-data">
      <div><dt>${c.kind}</dt><dd>${item.kind === 'practice' ? s.kinds.practice : s.kinds.item}</dd></div>
      <div><dt>${c.format}</dt><dd>${labels.format(item.formatId)}</dd></div>
      <div><dt>${c.setting}</dt><dd>${s.settings[labels.setting(item)]}</dd></div>
      <div><dt>${c.competencies}</dt><dd>${item.competencyIds.length > 0 ? labels.competencies(item.competencyIds) : s.noCompetency}</dd></div>
      <div><dt>${c.when}</dt><dd>${s.dateRange(labels.date(item.start), labels.date(item.end))}</dd></div>
      <div><dt>${c.hours}</dt><dd>${labels.number(item.hours)}</dd></div>
      <div><dt>${c.cost}</dt><dd>${s.euros(labels.number(item.cost))}</dd></div>
      ${item.provider ? html`<div><dt>${c.provider}</dt><dd>${item.provider}</dd></div>` : nothing}
      <div><dt>${c.goal}</dt><dd>${d.goal ? labels.goal(d.goal) : (item.goalId ?? s.noGoal)}</dd></div>
      ${d.editable ? nothing : html`<div><dt>${c.status}</dt><dd>${s.itemStatuses[item.status]}</dd></div>`}
    </dl>
    ${findingList(d.findings, d.lang, s)}
    ${d.editable
      ? html`<div class="dialog-fields">
          <label>${s.start} <input type="date" name="start" required .value=${live(item.start)} @change=${(e: Event) => value(e) && d.onStart(value(e))} /></label>
          <label>${s.end} <input type="date" name="end" required .value=${live(item.end)} min=${item.start} @change=${(e: Event) => value(e) && d.onEnd(value(e))} /></label>
          <label
            >${c.status}
            <select name="status" .value=${live(item.status)} @change=${(e: Event) => d.onStatus(value(e) as ItemStatus)}>
              ${ITEM_STATUSES.map((status) => html`<option value=${status} ?selected=${status === item.status}>${s.itemStatuses[status]}</option>`)}
            </select>
          </label>
        </div>`
      : nothing}
    ${errorLine(d.error)}
    <div class="dialog-actions">
      ${d.editable ? html`<button type="button" part="button" class="danger" @click=${d.onRemove}>${s.remove}</button>` : nothing}
      <button type="button" part="button" class="close" @click=${d.onClose}>${s.close}</button>
    </div>`;
}

export function renderReviewDetails(d: ReviewDetails): TemplateResult {
  const { review, labels, s } = d;
  return html`<h2 id="dialog-title" class="dialog-title">${review.final ? s.finalReview : s.review}</h2>
    <dl class="dialog-data">
      <div><dt>${s.date}</dt><dd>${labels.date(review.date)}</dd></div>
      ${review.participants.length > 0 ? html`<div><dt>${s.columns.participants}</dt><dd>${review.participants.join(', ')}</dd></div>` : nothing}
      ${review.notes ? html`<div><dt>${s.columns.notes}</dt><dd>${review.notes}</dd></div>` : nothing}
    </dl>
    ${findingList(d.findings, d.lang, s)}
    ${d.editable
      ? html`<div class="dialog-fields">
          <label>${s.date} <input type="date" name="date" required .value=${live(review.date)} @change=${(e: Event) => value(e) && d.onDate(value(e))} /></label>
        </div>`
      : nothing}
    ${errorLine(d.error)}
    <div class="dialog-actions">
      ${d.editable ? html`<button type="button" part="button" class="danger" @click=${d.onRemove}>${s.remove}</button>` : nothing}
      <button type="button" part="button" class="close" @click=${d.onClose}>${s.close}</button>
    </div>`;
}

function submitted(event: SubmitEvent): FormData {
  event.preventDefault();
  return new FormData(event.target as HTMLFormElement);
}

const text = (data: FormData, name: string) => {
  const entry = data.get(name);
  return typeof entry === 'string' ? entry : '';
};

export function renderAddItem(d: AddItemForm): TemplateResult {
  const { s, lang } = d;
  return html`<form class="dialog-form" @submit=${(event: SubmitEvent) => {
      const data = submitted(event);
      d.onSubmit({ formatId: text(data, 'format'), goalId: text(data, 'goal'), competencyId: text(data, 'competency'), start: text(data, 'start'), title: text(data, 'title').trim() });
    }}>
    <h2 id="dialog-title" class="dialog-title">${s.addItem}</h2>
    <div class="dialog-fields">
      <label
        >${s.format}
        <select name="format" required>
          ${d.formats.map((format) => html`<option value=${format.id}>${format.label[lang]} (${s.settings[format.setting]})</option>`)}
        </select>
      </label>
      <label
        >${s.goal}
        <select name="goal">
          <option value="">${s.noGoal}</option>
          ${d.goals.map((goal) => html`<option value=${goal.id}>${d.labels.goal(goal)}</option>`)}
        </select>
      </label>
      <label
        >${s.competency}
        <select name="competency">
          <option value="">–</option>
          ${d.competencies.map((competency) => html`<option value=${competency.id}>${competency.label[lang]}</option>`)}
        </select>
      </label>
      <label>${s.start} <input type="date" name="start" required .value=${d.defaultStart} /></label>
      <label>${s.titleOptional} <input type="text" name="title" maxlength="200" /></label>
    </div>
    ${errorLine(d.error)}
    <div class="dialog-actions">
      <button type="submit" part="button" class="primary">${s.save}</button>
      <button type="button" part="button" @click=${d.onClose}>${s.cancel}</button>
    </div>
  </form>`;
}

export function renderAddReview(d: AddReviewForm): TemplateResult {
  const { s } = d;
  return html`<form class="dialog-form" @submit=${(event: SubmitEvent) => {
      const data = submitted(event);
      const participants = text(data, 'participants')
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean);
      d.onSubmit({ date: text(data, 'date'), final: data.get('final') === 'on', participants });
    }}>
    <h2 id="dialog-title" class="dialog-title">${s.addReview}</h2>
    <div class="dialog-fields">
      <label>${s.date} <input type="date" name="date" required .value=${d.defaultDate} /></label>
      <label>${s.columns.participants} <input type="text" name="participants" .value=${d.defaultParticipants} /></label>
      <label class="check"><input type="checkbox" name="final" ?disabled=${!d.canBeFinal} /> ${s.final}</label>
    </div>
    ${errorLine(d.error)}
    <div class="dialog-actions">
      <button type="submit" part="button" class="primary">${s.save}</button>
      <button type="button" part="button" @click=${d.onClose}>${s.cancel}</button>
    </div>
  </form>`;
}
