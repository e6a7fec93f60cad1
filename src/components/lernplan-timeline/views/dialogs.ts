import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { addDays, daysBetween } from '../../../domain/dates.js';
import type { PlanFinding } from '../../../domain/plan-checks.js';
import type { PlanEdit } from '../../../domain/plan-edits.js';
import { goalsNeedingOutcome, type FinalReviewInput } from '../../../domain/plan-status.js';
import { ITEM_STATUSES } from '../../../domain/plan-validation.js';
import type { Competency, Format, Goal, IsoDate, ItemStatus, Lang, Person, Plan, PlanItem, PlanStatus, Review } from '../../../domain/types.js';
import { itemFindings, reviewFindings } from '../model/finding-refs.js';
import { finalReviewField } from '../model/final-review-fields.js';
import type { PlanNames } from '../model/plan-names.js';
import type { TimelineStrings } from '../strings/index.js';
import { errorLine } from './dialog-parts.js';
import { renderFinalReviewForm } from './final-review-form.js';
import { reviewOutcome } from './review-outcome.js';
import { renderCancelPlanQuestion } from './cancel-plan-question.js';
import { renderDraftQuestion } from './draft-question.js';
import { findingNotes } from './findings.js';

/** Which dialog is open (`draft`: the question before a draft takes the place of the plan shown, or is added beside it; `final-status`: the question before the plan is cancelled, or the final review that completes it). */
export type DialogState = { kind: 'item'; id: string } | { kind: 'review'; id: string } | { kind: 'add-item' } | { kind: 'add-review' } | { kind: 'draft' } | { kind: 'final-status'; status: PlanStatus };

export interface NewItemValues {
  formatId: string;
  goalId: string;
  competencyId: string;
  start: string;
  title: string;
}

export interface NewReviewValues {
  date: string;
  final: boolean;
  participants: string[];
}

/** What the dialogs show and what they do. */
export interface DialogView {
  dialog: DialogState;
  plan: Plan;
  data: { goals: readonly Goal[]; person: Person | undefined };
  findings: readonly PlanFinding[];
  settings: { formats: readonly Format[]; catalogue: { competencies: readonly Competency[] }; today: IsoDate };
  names: PlanNames;
  editable: boolean;
  /** A refused change, shown in the dialog. */
  error: string | undefined;
  /** Where in the domain's input the refused change went wrong (the final review's form marks that field). */
  errorPath?: string;
  onEdit: (edit: PlanEdit) => void;
  /** Removes the entry; the dialog closes when that went through. */
  onRemove: (edit: PlanEdit) => void;
  onAddItem: (values: NewItemValues) => void;
  onAddReview: (values: NewReviewValues) => void;
  /** Drafts a plan (the question before it was answered). */
  onDraft: () => void;
  /** Cancels the plan (the question before it was answered). */
  onConfirmStatus: (status: PlanStatus) => void;
  /** Completes the plan with its final review. */
  onFinalReview: (outcome: FinalReviewInput) => void;
  onClose: () => void;
}

interface Common extends Pick<DialogView, 'names' | 'error' | 'onClose' | 'editable'> {
  s: TimelineStrings;
  lang: Lang;
}

interface ItemDetails extends Common {
  item: PlanItem;
  goal: Goal | undefined;
  findings: readonly PlanFinding[];
  onStart: (date: string) => void;
  onEnd: (date: string) => void;
  onStatus: (status: ItemStatus) => void;
  onRemove: () => void;
}

interface ReviewDetails extends Common {
  review: Review;
  /** What the final review of a completed plan recorded (`reviewOutcome`). */
  outcome: TemplateResult | typeof nothing;
  findings: readonly PlanFinding[];
  onDate: (date: string) => void;
  onRemove: () => void;
}

interface AddItemForm extends Common {
  formats: readonly Format[];
  goals: readonly Goal[];
  competencies: readonly Competency[];
  defaultStart: string;
  onSubmit: (values: NewItemValues) => void;
}

interface AddReviewForm extends Common {
  defaultDate: string;
  defaultParticipants: string;
  canBeFinal: boolean;
  onSubmit: (values: NewReviewValues) => void;
}

const value = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;

/** Below an entry's data: its findings, the fields that change it (when editable), a refused change and the buttons. */
function detailsEnd(d: Common & { findings: readonly PlanFinding[]; onRemove: () => void }, fields: TemplateResult): TemplateResult {
  const { s } = d;
  return html`${findingNotes(d.findings, s, d.lang)}
    ${d.editable ? html`<div class="dialog-fields">${fields}</div>` : nothing}
    ${errorLine(d.error)}
    <div class="dialog-actions">
      ${d.editable ? html`<button type="button" part="button" class="danger" @click=${d.onRemove}>${s.remove}</button>` : nothing}
      <button type="button" part="button" class="close" @click=${d.onClose}>${s.close}</button>
    </div>`;
}

/** The end of a form that adds an entry: a refused change and the buttons. */
function formEnd(d: Common): TemplateResult {
  return html`${errorLine(d.error)}
    <div class="dialog-actions">
      <button type="submit" part="button" class="primary">${d.s.save}</button>
      <button type="button" part="button" @click=${d.onClose}>${d.s.cancel}</button>
    </div>`;
}

function renderItemDetails(d: ItemDetails): TemplateResult {
  const { item, names, s } = d;
  const c = s.columns;
  const title = names.item(item);
  return html`<h2 id="dialog-title" class="dialog-title">${title}</h2>
    <dl class="dialog-data">
      <div><dt>${c.kind}</dt><dd>${item.kind === 'practice' ? s.kinds.practice : s.kinds.item}</dd></div>
      <div><dt>${c.format}</dt><dd>${names.format(item.formatId)}</dd></div>
      <div><dt>${c.setting}</dt><dd>${s.settings[names.setting(item)]}</dd></div>
      <div><dt>${c.competencies}</dt><dd>${item.competencyIds.length > 0 ? names.competencies(item.competencyIds) : s.noCompetency}</dd></div>
      <div><dt>${c.when}</dt><dd>${s.dateRange(names.date(item.start), names.date(item.end))}</dd></div>
      <div><dt>${c.hours}</dt><dd>${names.number(item.hours)}</dd></div>
      <div><dt>${c.cost}</dt><dd>${s.euros(names.number(item.cost))}</dd></div>
      ${item.provider ? html`<div><dt>${c.provider}</dt><dd>${item.provider}</dd></div>` : nothing}
      <div><dt>${c.goal}</dt><dd>${d.goal ? names.goal(d.goal) : (item.goalId ?? s.noGoal)}</dd></div>
      ${d.editable ? nothing : html`<div><dt>${c.status}</dt><dd>${s.itemStatuses[item.status]}</dd></div>`}
    </dl>
    ${detailsEnd(
      d,
      html`<label>${s.start} <input type="date" name="start" required .value=${live(item.start)} @change=${(e: Event) => value(e) && d.onStart(value(e))} /></label>
        <label>${s.end} <input type="date" name="end" required .value=${live(item.end)} min=${item.start} @change=${(e: Event) => value(e) && d.onEnd(value(e))} /></label>
        <label
          >${c.status}
          <select name="status" .value=${live(item.status)} @change=${(e: Event) => d.onStatus(value(e) as ItemStatus)}>
            ${ITEM_STATUSES.map((status) => html`<option value=${status} ?selected=${status === item.status}>${s.itemStatuses[status]}</option>`)}
          </select>
        </label>`,
    )}`;
}

function renderReviewDetails(d: ReviewDetails): TemplateResult {
  const { review, names, s } = d;
  return html`<h2 id="dialog-title" class="dialog-title">${review.final ? s.finalReview : s.review}</h2>
    <dl class="dialog-data">
      <div><dt>${s.date}</dt><dd>${names.date(review.date)}</dd></div>
      ${review.participants.length > 0 ? html`<div><dt>${s.columns.participants}</dt><dd>${review.participants.join(', ')}</dd></div>` : nothing}
      ${review.notes ? html`<div><dt>${s.columns.notes}</dt><dd>${review.notes}</dd></div>` : nothing}
      ${d.outcome}
    </dl>
    ${detailsEnd(d, html`<label>${s.date} <input type="date" name="date" required .value=${live(review.date)} @change=${(e: Event) => value(e) && d.onDate(value(e))} /></label>`)}`;
}

function submitted(event: SubmitEvent): FormData {
  event.preventDefault();
  return new FormData(event.target as HTMLFormElement);
}

const text = (data: FormData, name: string) => {
  const entry = data.get(name);
  return typeof entry === 'string' ? entry : '';
};

function renderAddItem(d: AddItemForm): TemplateResult {
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
          ${d.goals.map((goal) => html`<option value=${goal.id}>${d.names.goal(goal)}</option>`)}
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
    ${formEnd(d)}
  </form>`;
}

function renderAddReview(d: AddReviewForm): TemplateResult {
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
    ${formEnd(d)}
  </form>`;
}

/** The open dialog's content: an entry's details, a form to add an item or a review, or the question before drafting; nothing when its entry is gone. */
export function renderDialog(v: DialogView): TemplateResult | typeof nothing {
  const { dialog, plan, data, settings } = v;
  const common: Common = { names: v.names, s: v.names.s, lang: v.names.lang, editable: v.editable, error: v.error, onClose: v.onClose };
  if (dialog.kind === 'draft') return renderDraftQuestion({ s: common.s, plan, error: v.error, onDraft: v.onDraft, onClose: v.onClose });
  if (dialog.kind === 'final-status' && dialog.status === 'completed') {
    const own = data.goals.filter((goal) => goal.personId === plan.personId);
    const served = goalsNeedingOutcome(plan).map((id) => ({ id, goal: own.find((goal) => goal.id === id) }));
    const goals = served.flatMap((entry) => entry.goal ?? []);
    const missing = served.filter((entry) => !entry.goal).map((entry) => entry.id);
    const invalid = v.errorPath === undefined ? undefined : finalReviewField(v.errorPath);
    return renderFinalReviewForm({ names: v.names, plan, goals, missing, today: settings.today, error: v.error, invalid, onSubmit: v.onFinalReview, onClose: v.onClose });
  }
  if (dialog.kind === 'final-status') return renderCancelPlanQuestion({ s: common.s, plan, error: v.error, onConfirm: () => v.onConfirmStatus(dialog.status), onClose: v.onClose });
  if (dialog.kind === 'item') {
    const item = plan.items.find((candidate) => candidate.id === dialog.id);
    if (!item) return nothing;
    return renderItemDetails({
      ...common,
      item,
      goal: data.goals.find((goal) => goal.id === item.goalId),
      findings: itemFindings(v.findings, item.id),
      onStart: (date) => v.onEdit({ type: 'move-item', itemId: item.id, days: daysBetween(item.start, date) }),
      onEnd: (date) => v.onEdit({ type: 'resize-item', itemId: item.id, days: daysBetween(item.end, date) }),
      onStatus: (status) => v.onEdit({ type: 'set-item-status', itemId: item.id, status }),
      onRemove: () => v.onRemove({ type: 'remove-item', itemId: item.id }),
    });
  }
  if (dialog.kind === 'review') {
    const review = plan.reviews.find((candidate) => candidate.id === dialog.id);
    if (!review) return nothing;
    const onRemove = () => v.onRemove({ type: 'remove-review', reviewId: review.id });
    const onDate = (date: string) => v.onEdit({ type: 'move-review', reviewId: review.id, days: daysBetween(review.date, date) });
    const outcome = reviewOutcome(plan, review, data.goals, v.names);
    return renderReviewDetails({ ...common, review, outcome, findings: reviewFindings(v.findings, review.id), onDate, onRemove });
  }
  if (dialog.kind === 'add-item') {
    const lastEnd = plan.items.reduce<IsoDate | undefined>((last, item) => (last === undefined || item.end > last ? item.end : last), undefined);
    return renderAddItem({
      ...common,
      formats: settings.formats,
      goals: data.goals.filter((goal) => goal.personId === plan.personId),
      competencies: settings.catalogue.competencies,
      defaultStart: lastEnd !== undefined && lastEnd >= settings.today ? addDays(lastEnd, 1) : settings.today,
      onSubmit: v.onAddItem,
    });
  }
  return renderAddReview({
    ...common,
    defaultDate: settings.today,
    defaultParticipants: data.person?.name ?? plan.reviews[0]?.participants.join(', ') ?? '',
    canBeFinal: !plan.reviews.some((review) => review.final),
    onSubmit: v.onAddReview,
  });
}
