// The one-page summary for the development meeting (step 8 of index.html): person, role,
// date, next review, the gaps, goals and the plan as plain text and tables (reliable on paper).
// The wheel on it is a <kompetenz-rad> that reads the provider itself.
import { analyzeGaps, catalogueOf, currentProfile, DEFAULT_FORMATS, formatById, LEVEL_NAMES } from '../dist/domain/index.js';
import { element, formatDate } from './site.js';

const $ = (id) => document.getElementById(id);

/**
 * At most this many rows per list, so that the sheet fits one A4 page. The gap table may grow
 * (up to `gapsMax`) when goals and plan leave room: a goal takes about two rows, a plan item one.
 */
const SHEET_LIMITS = { gapsMin: 10, gapsMax: 16, rowBudget: 24, goals: 5, planItems: 10 };

/** The first `limit` of `list`, and a note on the rest in the element `moreId`. */
function capped(list, limit, moreId, more) {
  const rest = list.length - limit;
  $(moreId).textContent = rest > 0 ? more(rest) : '';
  return rest > 0 ? list.slice(0, limit) : list;
}

/** The first review on or after `today`, or `undefined` (also for a plan completed or cancelled: its reviews are over). */
export function nextReview(plan, today) {
  if (!plan || plan.status === 'completed' || plan.status === 'cancelled') return undefined;
  return plan.reviews.filter((review) => review.date >= today).sort((a, b) => a.date.localeCompare(b.date))[0];
}

function competencyNames(catalogue, ids, lang) {
  return ids.map((id) => catalogue.competencies.find((competency) => competency.id === id)?.label[lang] ?? id).join(', ');
}

const isEmpty = (profile) => Object.keys(profile).length === 0;

/**
 * Shows or hides a table together with its scroll wrapper: the wrapper is a focusable region
 * (`tabindex="0"`, so that keyboard users can scroll a wide table), and left alone it would stay a
 * Tab stop with nothing in it.
 */
function showTable(id, shown) {
  const table = $(id);
  table.hidden = !shown;
  const wrapper = table.closest('.sheet-scroll');
  if (wrapper) wrapper.hidden = !shown;
}

/** The competencies to build, most urgent first, from the domain's gap analysis. */
function fillGaps(portfolio, person, role, today, lang, text, limit) {
  const body = $('sum-gaps').tBodies[0];
  const meta = $('sum-gaps-meta');
  if (!person || !role) {
    body.replaceChildren();
    meta.textContent = '';
    $('sum-gaps-more').textContent = '';
    showTable('sum-gaps', false);
    return;
  }
  const catalogue = catalogueOf(portfolio);
  const current = currentProfile(portfolio.assessments, person.id);
  const analysis = analyzeGaps({
    catalogue,
    target: role.target,
    actual: current.profile,
    ...(isEmpty(current.self) ? {} : { self: current.self }),
    ...(isEmpty(current.external) ? {} : { external: current.external }),
    assessedAt: current.assessedAt,
    today,
  });
  const { summary } = analysis;
  meta.textContent = analysis.byPriority.length === 0 ? text.noGaps : text.gapsMeta(summary.toBuild, summary.competencies, Math.round(summary.shareReached * 100));
  showTable('sum-gaps', analysis.byPriority.length > 0);
  const number = new Map(catalogue.competencies.map((competency, index) => [competency.id, index + 1]));
  const cell = (value) => element('td', value === undefined ? '–' : String(value), { class: 'number' });
  body.replaceChildren(
    ...capped(analysis.byPriority, limit, 'sum-gaps-more', text.moreGaps).map((entry) => {
      const row = element('tr');
      const name = catalogue.competencies.find((competency) => competency.id === entry.competencyId)?.label[lang] ?? entry.competencyId;
      row.append(
        cell(number.get(entry.competencyId)),
        element('th', `${name}${entry.disagreement ? ' ≠' : ''}`, { scope: 'row' }),
        cell(entry.target),
        cell(entry.self),
        cell(entry.external),
        cell(entry.actual),
        cell(`+${entry.gap}`),
      );
      return row;
    }),
  );
}

/** Returns how many goals are shown. */
function fillGoals(goals, catalogue, lang, text) {
  const list = $('sum-goals');
  const shown = capped(goals, SHEET_LIMITS.goals, 'sum-goals-more', text.moreGoals);
  list.replaceChildren(
    ...shown.map((goal) => {
      const level = `${goal.targetLevel} (${LEVEL_NAMES[goal.targetLevel]?.[lang] ?? ''})`;
      const item = element('li');
      item.append(element('strong', text.goalLine(competencyNames(catalogue, goal.competencyIds, lang), level, formatDate(goal.due, lang, 'medium'))));
      // Whole on screen; on paper the line is cut after three lines (ablauf.css).
      if (goal.status && goal.status !== 'open') item.append(` · ${text.goalStatus[goal.status] ?? goal.status}`);
      if (goal.measure) item.append(element('span', ` – ${goal.measure}`));
      return item;
    }),
  );
  $('sum-goals-empty').hidden = goals.length > 0;
  return shown.length;
}

/** Returns how many plan items are shown. */
function fillPlan(plan, catalogue, lang, text) {
  const body = $('sum-plan').tBodies[0];
  const meta = $('sum-plan-meta');
  const reviews = $('sum-reviews');
  showTable('sum-plan', Boolean(plan));
  if (!plan) {
    body.replaceChildren();
    meta.textContent = text.noPlan;
    reviews.textContent = '';
    $('sum-plan-more').textContent = '';
    return 0;
  }
  const items = [...plan.items].filter((item) => item.status !== 'dropped').sort((a, b) => a.start.localeCompare(b.start));
  const hours = items.reduce((sum, item) => sum + item.hours, 0);
  const cost = items.reduce((sum, item) => sum + item.cost, 0);
  meta.textContent = text.planMeta(text.planStatus[plan.status] ?? plan.status, hours, cost);
  const shown = capped(items, SHEET_LIMITS.planItems, 'sum-plan-more', text.morePlan);
  body.replaceChildren(
    ...shown.map((item) => {
      const format = formatById(DEFAULT_FORMATS, item.formatId)?.label[lang] ?? item.formatId;
      const what = `${item.kind === 'practice' ? `${text.practice}: ` : ''}${item.title ?? format}`;
      const row = element('tr');
      row.append(
        element('td', `${formatDate(item.start, lang, 'short')} – ${formatDate(item.end, lang, 'short')}`, { class: 'nowrap' }),
        element('td', what),
        element('td', competencyNames(catalogue, item.competencyIds, lang)),
        element('td', String(item.hours), { class: 'number' }),
      );
      return row;
    }),
  );
  const dates = [...plan.reviews]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((review) => `${formatDate(review.date, lang, 'short')}${review.final ? ` (${text.finalReview})` : ''}`);
  reviews.textContent = dates.length > 0 ? text.reviews(dates.join(', ')) : '';
  return shown.length;
}

/** The names to the numbers of the wheel (its own legend is left out on the sheet to save room). */
function fillWheelKey(catalogue, lang, text) {
  $('sum-wheel-key').textContent = text.wheelKey(catalogue.competencies.map((competency, index) => `${index + 1} ${competency.label[lang]}`).join(' · '));
}

/** Fills the summary for `person` (may be undefined: an empty portfolio). */
export function renderSummary({ portfolio, person, role, plan, today, lang, text }) {
  const catalogue = catalogueOf(portfolio);
  $('sum-person').textContent = person?.name ?? '–';
  $('sum-role').textContent = role?.label[lang] ?? '–';
  $('sum-department').textContent = person?.department || '–';
  $('sum-date').textContent = formatDate(today, lang);
  const review = nextReview(plan, today);
  // A plan completed by its final review: the next cycle's stock-taking is what comes next.
  const stockTaking = plan?.status === 'completed' ? plan.outcome?.nextStockTaking : undefined;
  $('sum-next-review').textContent = stockTaking ? text.stockTakingBy(formatDate(stockTaking, lang)) : review ? formatDate(review.date, lang) : text.noNextReview;
  fillWheelKey(catalogue, lang, text);
  const goals = person
    ? portfolio.goals.filter((goal) => goal.personId === person.id && goal.status !== 'dropped').sort((a, b) => a.due.localeCompare(b.due))
    : [];
  const goalRows = fillGoals(goals, catalogue, lang, text);
  const planRows = fillPlan(person ? plan : undefined, catalogue, lang, text);
  const { gapsMin, gapsMax, rowBudget } = SHEET_LIMITS;
  const gapRows = Math.max(gapsMin, Math.min(gapsMax, rowBudget - planRows - 2 * goalRows));
  fillGaps(portfolio, person, role, today, lang, text, gapRows);
}
