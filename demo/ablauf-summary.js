// The one-page summary for the development meeting (step 8 of index.html): person, role,
// date, next review, goals and the plan as text. The wheel and the gap table in it are
// elements of the library that read the provider themselves.
import { catalogueOf, DEFAULT_FORMATS, formatById, LEVEL_NAMES } from '../dist/domain/index.js';
import { element, formatDate } from './site.js';

const $ = (id) => document.getElementById(id);

/** The first review on or after `today`, or `undefined`. */
export function nextReview(plan, today) {
  return plan?.reviews.filter((review) => review.date >= today).sort((a, b) => a.date.localeCompare(b.date))[0];
}

function competencyNames(catalogue, ids, lang) {
  return ids.map((id) => catalogue.competencies.find((competency) => competency.id === id)?.label[lang] ?? id).join(', ');
}

function fillGoals(goals, catalogue, lang, text) {
  const list = $('sum-goals');
  list.replaceChildren(
    ...goals.map((goal) => {
      const level = `${goal.targetLevel} (${LEVEL_NAMES[goal.targetLevel]?.[lang] ?? ''})`;
      const item = element('li');
      item.append(element('strong', text.goalLine(competencyNames(catalogue, goal.competencyIds, lang), level, formatDate(goal.due, lang, 'medium'))));
      if (goal.measure) item.append(element('span', ` – ${goal.measure}`));
      return item;
    }),
  );
  $('sum-goals-empty').hidden = goals.length > 0;
}

function fillPlan(plan, catalogue, lang, text) {
  const body = $('sum-plan').tBodies[0];
  const meta = $('sum-plan-meta');
  const reviews = $('sum-reviews');
  $('sum-plan').hidden = !plan;
  if (!plan) {
    body.replaceChildren();
    meta.textContent = text.noPlan;
    reviews.textContent = '';
    return;
  }
  const items = [...plan.items].filter((item) => item.status !== 'dropped').sort((a, b) => a.start.localeCompare(b.start));
  const hours = items.reduce((sum, item) => sum + item.hours, 0);
  const cost = items.reduce((sum, item) => sum + item.cost, 0);
  meta.textContent = text.planMeta(text.planStatus[plan.status] ?? plan.status, hours, cost);
  body.replaceChildren(
    ...items.map((item) => {
      const format = formatById(DEFAULT_FORMATS, item.formatId)?.label[lang] ?? item.formatId;
      const what = `${item.kind === 'practice' ? `${text.practice}: ` : ''}${item.title ?? format} – ${competencyNames(catalogue, item.competencyIds, lang)}`;
      const row = element('tr');
      row.append(
        element('td', `${formatDate(item.start, lang, 'short')} – ${formatDate(item.end, lang, 'short')}`),
        element('td', what),
        element('td', String(item.hours), { class: 'number' }),
      );
      return row;
    }),
  );
  const dates = [...plan.reviews]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((review) => `${formatDate(review.date, lang, 'short')}${review.final ? ` (${text.finalReview})` : ''}`);
  reviews.textContent = dates.length > 0 ? text.reviews(dates.join(', ')) : '';
}

/** Fills the summary for `person` (may be undefined: an empty portfolio). */
export function renderSummary({ portfolio, person, role, plan, today, lang, text }) {
  const catalogue = catalogueOf(portfolio);
  $('sum-person').textContent = person?.name ?? '–';
  $('sum-role').textContent = role?.label[lang] ?? '–';
  $('sum-department').textContent = person?.department || '–';
  $('sum-date').textContent = formatDate(today, lang);
  const review = nextReview(plan, today);
  $('sum-next-review').textContent = review ? formatDate(review.date, lang) : text.noNextReview;
  const goals = person
    ? portfolio.goals.filter((goal) => goal.personId === person.id && goal.status !== 'dropped').sort((a, b) => a.due.localeCompare(b.due))
    : [];
  fillGoals(goals, catalogue, lang, text);
  fillPlan(person ? plan : undefined, catalogue, lang, text);
}
