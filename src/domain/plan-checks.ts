import { dueForRefresh, validatePerson } from './assessments.js';
import { competencyById, DEFAULT_CATALOGUE } from './catalogue.js';
import { addDays, daysBetween, maxDate, minDate, monthsOfRange } from './dates.js';
import { KompetenzradError, type ValidationIssue } from './errors.js';
import { DEFAULT_FORMATS, formatById } from './formats.js';
import { DEFAULT_CAPACITY_HOURS_PER_MONTH, formatMessageNumber, validateGoal } from './goals.js';
import { itemMonthlyHours, validatePlan } from './plans.js';
import { LEVEL_NAMES } from './scale.js';
import type { Assessment, Catalogue, CompetencyId, Format, Goal, IsoDate, Lang, LocalizedText, Person, Plan, PlanItem } from './types.js';
import { checkArray, checkDate, checkNumber, checkObject, isRecord, Issues } from './validate.js';

export interface MonthLoad {
  /** `YYYY-MM`. */
  month: string;
  /** Hours of all items that are not dropped, each spread evenly over its days; rounded to 0.01. */
  hours: number;
  capacity: number;
  /** Hours beyond the capacity, 0 when within. */
  over: number;
}

export type PlanFindingCode =
  | 'over-capacity'
  | 'overlap-over-capacity'
  | 'item-after-due'
  | 'goal-without-item'
  | 'item-without-goal'
  | 'plan-without-goals'
  | 'unknown-goal'
  | 'goal-of-other-person'
  | 'practice-missing'
  | 'practice-before-format'
  | 'no-reviews'
  | 'no-final-review'
  | 'final-review-before-end'
  | 'review-gap'
  | 'over-budget'
  | 'refresh-not-covered';

export interface PlanFinding {
  code: PlanFindingCode;
  severity: 'error' | 'warning';
  message: LocalizedText;
  itemId?: string;
  /** The second item of a pair (overlaps). */
  otherItemId?: string;
  goalId?: string;
  /** `YYYY-MM`. */
  month?: string;
  reviewId?: string;
  competencyId?: CompetencyId;
  /** Hours over capacity, euros over budget, days late, weeks without a review. */
  amount?: number;
}

export interface PlanCheckContext {
  /** The goals the plan's items refer to (goals of other people are ignored for "goal without item"). */
  goals: readonly Goal[];
  person?: Person;
  /** Default: the plan's capacity, else the person's, else 8. */
  capacityHoursPerMonth?: number;
  /** Default: the plan's budget, else the person's; no budget check without either. */
  budget?: number;
  /** Needed for the refresher check. */
  today?: IsoDate;
  catalogue?: Catalogue;
  formats?: readonly Format[];
  /** With `today`: competencies whose rating is due for refreshing and that no item covers are reported. */
  assessments?: readonly Assessment[];
  /** Longest stretch without a review while items run (default 12 weeks). */
  maxWeeksBetweenReviews?: number;
}

export const PLAN_CHECK_DEFAULTS = Object.freeze({ maxWeeksBetweenReviews: 12 });

const ROUND = 100;
const round = (value: number) => Math.round(value * ROUND) / ROUND;

/**
 * Hours per month against the capacity, for every month from the first item's start to the
 * last item's end (months without load included). Dropped items do not count. Capacity
 * defaults to the plan's, else 8 hours.
 */
export function monthlyLoad(plan: Plan, capacity?: number, person?: Person): MonthLoad[] {
  checkLoadInput(plan, capacity);
  return loadOf(activeItems(plan), planCapacity(plan, { capacity, person }));
}

/**
 * The hours per month a plan may use: a given capacity, else the plan's own, else its person's,
 * else the default (8). The one place this order is decided.
 */
export function planCapacity(plan: Plan, { capacity, person }: { capacity?: number; person?: Person } = {}): number {
  const personal = person !== undefined && person.id === plan.personId ? person.capacityHoursPerMonth : undefined;
  return capacity ?? plan.capacityHoursPerMonth ?? personal ?? DEFAULT_CAPACITY_HOURS_PER_MONTH;
}

function loadOf(items: readonly PlanItem[], capacity: number): MonthLoad[] {
  if (items.length === 0) return [];
  const first = items.reduce((min, item) => minDate(min, item.start), items[0].start);
  const last = items.reduce((max, item) => maxDate(max, item.end), items[0].end);
  const totals = new Map(monthsOfRange(first, last).map((month) => [month, 0]));
  for (const item of items) {
    for (const [month, hours] of itemMonthlyHours(item)) totals.set(month, (totals.get(month) ?? 0) + hours);
  }
  return [...totals].map(([month, hours]) => ({ month, hours: round(hours), capacity, over: round(Math.max(0, hours - capacity)) }));
}

/** Monthly load needs only dates and hours, so it checks only those (a plan of a custom catalogue loads too). */
function checkLoadInput(plan: Plan, capacity: number | undefined): void {
  const issues = new Issues();
  checkNumber(issues, capacity, '$capacity', { optional: true, min: 0 });
  if (checkObject(issues, plan, '$plan')) {
    checkNumber(issues, plan.capacityHoursPerMonth, '$plan.capacityHoursPerMonth', { optional: true, min: 0 });
    if (checkArray(issues, plan.items, '$plan.items')) {
      plan.items.forEach((item: unknown, i) => {
        const at = `$plan.items[${i}]`;
        if (!checkObject(issues, item, at)) return;
        const dates = checkDate(issues, item.start, `${at}.start`) && checkDate(issues, item.end, `${at}.end`);
        if (dates && (item.end as string) < (item.start as string)) issues.add(`${at}.end`, 'date-order', `${at}.end: ${String(item.end)} is before the start ${String(item.start)}`);
        checkNumber(issues, item.hours, `${at}.hours`, { min: 0 });
      });
    }
  }
  if (!issues.ok) throw new KompetenzradError(issues.list);
}

function activeItems(plan: Plan): PlanItem[] {
  return plan.items.filter((item) => item.status !== 'dropped');
}

/**
 * Everything that does not add up in a plan: months over capacity (and the pairs of items
 * that collide there), items ending after their goal's due date, open goals without items,
 * items with a goal that is unknown or someone else's, off-the-job formats without a practice
 * phase after them, missing or too rare reviews, costs over budget and, with `assessments`
 * and `today`, competencies due for refreshing that no item covers.
 *
 * Items without a goal: when some item of the plan serves a goal, each format item (or
 * practice phase of no format) without one is reported (`item-without-goal`). A plan none of
 * whose items serves a goal, such as one drafted from the gaps alone, gets a single
 * `plan-without-goals` warning instead of one per item.
 * Throws a `KompetenzradError` when the plan, goals or person are not valid data.
 */
export function checkPlan(plan: Plan, context: PlanCheckContext): PlanFinding[] {
  const ctx = resolveContext(plan, context);
  const items = activeItems(plan);
  const goals = new Map(ctx.goals.map((goal) => [goal.id, goal]));
  const byId = new Map(plan.items.map((item) => [item.id, item]));
  const goalOf = (item: PlanItem) => item.goalId ?? (item.practiceOf !== undefined ? byId.get(item.practiceOf)?.goalId : undefined);
  const findings: PlanFinding[] = [];
  const names = new Names(ctx.catalogue, ctx.formats);

  // Capacity
  const load = loadOf(items, ctx.capacity);
  for (const month of load.filter((entry) => entry.over > 0)) {
    findings.push({
      code: 'over-capacity',
      severity: 'error',
      month: month.month,
      amount: month.over,
      message: {
        de: `Im Monat ${month.month} sind ${num(month.hours, 'de')} Stunden geplant, ${num(month.over, 'de')} mehr als die ${num(ctx.capacity, 'de')} verfügbaren. Verschieben oder strecken Sie ein Angebot.`,
        en: `${month.month} has ${num(month.hours, 'en')} hours planned, ${num(month.over, 'en')} more than the ${num(ctx.capacity, 'en')} available. Move or stretch an activity.`,
      },
    });
  }
  findings.push(...overlaps(items, ctx.capacity, names));

  // Goals
  const planHasGoals = items.some((item) => goalOf(item) !== undefined);
  if (items.length > 0 && !planHasGoals) {
    findings.push({
      code: 'plan-without-goals',
      severity: 'warning',
      message: {
        de: 'Kein Angebot dieses Plans ist mit einem Lernziel verknüpft; der Plan folgt allein den Kompetenzlücken. Vereinbaren Sie SMART-Ziele und ordnen Sie die Angebote ihnen zu, damit sich im Abschlussgespräch prüfen lässt, was erreicht wurde.',
        en: 'No activity of this plan is linked to a learning goal; the plan follows the competency gaps alone. Agree on SMART goals and link the activities to them, so that the final review can check what was achieved.',
      },
    });
  }
  for (const item of items) {
    const goalId = goalOf(item);
    if (goalId === undefined) {
      if (planHasGoals && (item.kind === 'format' || item.practiceOf === undefined)) {
        findings.push({
          code: 'item-without-goal',
          severity: 'warning',
          itemId: item.id,
          message: {
            de: `${names.item(item, 'de')} dient keinem Lernziel. Ordnen Sie es einem Ziel zu oder streichen Sie es.`,
            en: `${names.item(item, 'en')} serves no learning goal. Link it to a goal or remove it.`,
          },
        });
      }
      continue;
    }
    const goal = goals.get(goalId);
    if (!goal) {
      findings.push({
        code: 'unknown-goal',
        severity: 'error',
        itemId: item.id,
        goalId,
        message: {
          de: `${names.item(item, 'de')} verweist auf das Ziel „${goalId}“, das es nicht gibt. Wählen Sie ein vorhandenes Ziel.`,
          en: `${names.item(item, 'en')} refers to the goal "${goalId}", which does not exist. Choose an existing goal.`,
        },
      });
      continue;
    }
    if (goal.personId !== plan.personId) {
      findings.push({
        code: 'goal-of-other-person',
        severity: 'error',
        itemId: item.id,
        goalId,
        message: {
          de: `${names.item(item, 'de')} ist mit einem Ziel einer anderen Person verknüpft. Wählen Sie ein Ziel dieser Person.`,
          en: `${names.item(item, 'en')} is linked to another person's goal. Choose a goal of this person.`,
        },
      });
      continue;
    }
    if (item.end > goal.due) {
      const late = daysBetween(goal.due, item.end);
      findings.push({
        code: 'item-after-due',
        severity: 'warning',
        itemId: item.id,
        goalId,
        amount: late,
        message: {
          de: `${names.item(item, 'de')} endet ${late} Tage nach dem Termin des Ziels ${names.goal(goal, 'de')} (${goal.due}). Ziehen Sie es vor oder verschieben Sie den Termin.`,
          en: `${names.item(item, 'en')} ends ${late} days after the due date of the goal ${names.goal(goal, 'en')} (${goal.due}). Bring it forward or move the due date.`,
        },
      });
    }
  }
  const served = new Set(items.map(goalOf).filter((id): id is string => id !== undefined));
  for (const goal of ctx.goals) {
    if (goal.personId !== plan.personId || (goal.status ?? 'open') !== 'open' || served.has(goal.id)) continue;
    findings.push({
      code: 'goal-without-item',
      severity: 'warning',
      goalId: goal.id,
      message: {
        de: `Für das Ziel ${names.goal(goal, 'de')} ist noch nichts geplant. Fügen Sie ein passendes Lernformat hinzu.`,
        en: `Nothing is planned yet for the goal ${names.goal(goal, 'en')}. Add a suitable learning format.`,
      },
    });
  }

  // Practice after off-the-job formats
  for (const item of items.filter((entry) => entry.kind === 'format')) {
    if (formatById(ctx.formats, item.formatId)?.setting !== 'off-the-job') continue;
    const practice = items.filter((entry) => entry.kind === 'practice' && entry.practiceOf === item.id);
    if (practice.length === 0) {
      findings.push({
        code: 'practice-missing',
        severity: 'warning',
        itemId: item.id,
        message: {
          de: `Nach ${names.item(item, 'de')} fehlt eine Praxisphase. Planen Sie Zeit ein, um das Gelernte bei der Arbeit anzuwenden.`,
          en: `${names.item(item, 'en')} has no practice phase after it. Plan time to apply what was learned at work.`,
        },
      });
    }
    for (const phase of practice.filter((entry) => entry.start <= item.end)) {
      findings.push({
        code: 'practice-before-format',
        severity: 'warning',
        itemId: phase.id,
        otherItemId: item.id,
        message: {
          de: `Die Praxisphase ${names.item(phase, 'de')} beginnt, bevor ${names.item(item, 'de')} endet. Lassen Sie sie erst danach beginnen.`,
          en: `The practice phase ${names.item(phase, 'en')} starts before ${names.item(item, 'en')} ends. Let it start afterwards.`,
        },
      });
    }
  }

  findings.push(...reviewFindings(plan, items, ctx.maxWeeksBetweenReviews));

  // Budget
  if (ctx.budget !== undefined) {
    const cost = items.reduce((sum, item) => sum + item.cost, 0);
    if (cost > ctx.budget) {
      const over = round(cost - ctx.budget);
      findings.push({
        code: 'over-budget',
        severity: 'error',
        amount: over,
        message: {
          de: `Die Angebote kosten ${euro(cost, 'de')}, ${euro(over, 'de')} mehr als das Budget von ${euro(ctx.budget, 'de')}. Wählen Sie günstigere Formate, etwa kollegialen Austausch oder Selbstlernen.`,
          en: `The activities cost ${euro(cost, 'en')}, ${euro(over, 'en')} more than the budget of ${euro(ctx.budget, 'en')}. Choose less costly formats such as peer exchange or self-study.`,
        },
      });
    }
  }

  if (context.assessments !== undefined && context.today !== undefined) {
    findings.push(...planRefreshers(ctx.catalogue, context.assessments, plan.personId, plan, context.today, ctx.formats));
  }
  return findings;
}

/**
 * Competencies of the person whose rating is due for refreshing (see `dueForRefresh`) and that
 * no item of the plan (not dropped, ending on or after the date the refresh became due) covers.
 */
export function planRefreshers(
  catalogue: Catalogue,
  assessments: readonly Assessment[],
  personId: string,
  plan: Plan,
  today: IsoDate,
  formats: readonly Format[] = DEFAULT_FORMATS,
): PlanFinding[] {
  const issues = validatePlan(plan, catalogue, '$plan', formats);
  if (issues.length > 0) throw new KompetenzradError(issues);
  const items = activeItems(plan);
  return dueForRefresh(catalogue, assessments, personId, today)
    .filter((due) => !items.some((item) => item.competencyIds.includes(due.competencyId) && item.end >= due.dueSince))
    .map((due) => {
      const label = competencyById(catalogue, due.competencyId)?.label ?? { de: due.competencyId, en: due.competencyId };
      return {
        code: 'refresh-not-covered' as const,
        severity: 'warning' as const,
        competencyId: due.competencyId,
        message: {
          de: `${label.de} wurde zuletzt am ${due.lastAssessed} eingeschätzt; das Wissen sollte seit ${due.dueSince} aufgefrischt werden. Nehmen Sie ein Angebot dazu in den Plan auf.`,
          en: `${label.en} was last assessed on ${due.lastAssessed}; the knowledge has been due for refreshing since ${due.dueSince}. Add an activity for it to the plan.`,
        },
      };
    });
}

// ---------------------------------------------------------------------------------------------

interface ResolvedContext {
  goals: readonly Goal[];
  capacity: number;
  budget?: number;
  catalogue: Catalogue;
  formats: readonly Format[];
  maxWeeksBetweenReviews: number;
}

function resolveContext(plan: Plan, context: PlanCheckContext): ResolvedContext {
  const issues = new Issues();
  if (!checkObject(issues, context, '$context')) throw new KompetenzradError(issues.list);
  const catalogue = context.catalogue ?? DEFAULT_CATALOGUE;
  const formats = context.formats ?? DEFAULT_FORMATS;
  const list: ValidationIssue[] = [...validatePlan(plan, catalogue, '$plan', formats)];
  if (checkArray(issues, context.goals, '$context.goals')) {
    context.goals.forEach((goal, i) => list.push(...validateGoal(goal, catalogue, `$context.goals[${i}]`)));
  }
  if (context.person !== undefined) {
    list.push(...validatePerson(context.person, '$context.person'));
    if (isRecord(context.person) && context.person.id !== plan.personId) {
      list.push({
        path: '$context.person.id',
        code: 'person-mismatch',
        message: `$context.person.id: the plan belongs to ${JSON.stringify(plan.personId)}, not to ${JSON.stringify(context.person.id)}; their capacity and budget would not apply`,
      });
    }
  }
  checkNumber(issues, context.capacityHoursPerMonth, '$context.capacityHoursPerMonth', { optional: true, min: 0 });
  checkNumber(issues, context.budget, '$context.budget', { optional: true, min: 0 });
  checkDate(issues, context.today, '$context.today', true);
  checkArray(issues, context.assessments, '$context.assessments', { optional: true });
  checkNumber(issues, context.maxWeeksBetweenReviews, '$context.maxWeeksBetweenReviews', { optional: true, min: 1, max: 104 });
  list.push(...issues.list);
  if (list.length > 0) throw new KompetenzradError(list);
  return {
    goals: context.goals,
    capacity: planCapacity(plan, { capacity: context.capacityHoursPerMonth, person: context.person }),
    budget: context.budget ?? plan.budget ?? context.person?.budget,
    catalogue,
    formats,
    maxWeeksBetweenReviews: context.maxWeeksBetweenReviews ?? PLAN_CHECK_DEFAULTS.maxWeeksBetweenReviews,
  };
}

/** Pairs of items that overlap and together put more than the capacity on one month (the worst month per pair). */
function overlaps(items: readonly PlanItem[], capacity: number, names: Names): PlanFinding[] {
  const loads = items.map((item) => itemMonthlyHours(item));
  const findings: PlanFinding[] = [];
  for (let a = 0; a < items.length; a += 1) {
    for (let b = a + 1; b < items.length; b += 1) {
      if (items[a].end < items[b].start || items[b].end < items[a].start) continue;
      let worst: { month: string; hours: number } | undefined;
      for (const [month, hours] of loads[a]) {
        const combined = hours + (loads[b].get(month) ?? 0);
        if (loads[b].has(month) && combined > capacity + 1e-9 && (!worst || combined > worst.hours)) worst = { month, hours: combined };
      }
      if (!worst) continue;
      const [first, second] = [items[a], items[b]];
      findings.push({
        code: 'overlap-over-capacity',
        severity: 'warning',
        itemId: first.id,
        otherItemId: second.id,
        month: worst.month,
        amount: round(worst.hours),
        message: {
          de: `${names.item(first, 'de')} und ${names.item(second, 'de')} laufen gleichzeitig und bringen im Monat ${worst.month} zusammen ${num(worst.hours, 'de')} Stunden, mehr als die ${num(capacity, 'de')} verfügbaren. Legen Sie sie nacheinander.`,
          en: `${names.item(first, 'en')} and ${names.item(second, 'en')} run at the same time and together need ${num(worst.hours, 'en')} hours in ${worst.month}, more than the ${num(capacity, 'en')} available. Schedule them one after the other.`,
        },
      });
    }
  }
  return findings;
}

function reviewFindings(plan: Plan, items: readonly PlanItem[], maxWeeks: number): PlanFinding[] {
  if (items.length === 0) return [];
  const findings: PlanFinding[] = [];
  const start = items.reduce((min, item) => minDate(min, item.start), items[0].start);
  const end = items.reduce((max, item) => maxDate(max, item.end), items[0].end);
  if (plan.reviews.length === 0) {
    return [
      {
        code: 'no-reviews',
        severity: 'error',
        message: {
          de: 'Der Plan enthält keine Review-Gespräche. Vereinbaren Sie regelmäßige Termine und ein Abschlussgespräch nach dem letzten Angebot.',
          en: 'The plan has no review meetings. Schedule regular ones and a final review after the last activity.',
        },
      },
    ];
  }
  const final = plan.reviews.find((review) => review.final);
  if (!final) {
    findings.push({
      code: 'no-final-review',
      severity: 'error',
      message: {
        de: `Es fehlt das Abschlussgespräch. Legen Sie es nach dem ${end} fest, dem Ende des letzten Angebots.`,
        en: `The final review is missing. Schedule it after ${end}, when the last activity ends.`,
      },
    });
  } else if (final.date < end) {
    findings.push({
      code: 'final-review-before-end',
      severity: 'warning',
      reviewId: final.id,
      message: {
        de: `Das Abschlussgespräch am ${final.date} liegt vor dem Ende des letzten Angebots (${end}). Verschieben Sie es auf einen Tag danach.`,
        en: `The final review on ${final.date} comes before the last activity ends (${end}). Move it to a day after that.`,
      },
    });
  }
  const sorted = [...plan.reviews].filter((review) => review.date > start).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  let previous = start;
  for (const review of sorted) {
    if (previous >= end) break;
    // Only the time while activities run counts: a final review weeks after the last one is no gap.
    const until = review.date < end ? review.date : end;
    const weeks = daysBetween(previous, until) / 7;
    if (weeks > maxWeeks) {
      findings.push(reviewGap(previous, until, weeks, maxWeeks, review.id));
    }
    previous = review.date;
  }
  if (previous < end && daysBetween(previous, end) / 7 > maxWeeks) {
    findings.push(reviewGap(previous, end, daysBetween(previous, end) / 7, maxWeeks, undefined));
  }
  return findings;
}

function reviewGap(from: IsoDate, to: IsoDate, weeks: number, maxWeeks: number, reviewId: string | undefined): PlanFinding {
  const finding: PlanFinding = {
    code: 'review-gap',
    severity: 'warning',
    amount: Math.round(weeks * 10) / 10,
    message: {
      de: `Zwischen ${from} und ${to} liegen ${num(weeks, 'de')} Wochen ohne Review-Gespräch. Planen Sie spätestens alle ${maxWeeks} Wochen eines, zum Beispiel am ${addDays(from, maxWeeks * 7)}.`,
      en: `${num(weeks, 'en')} weeks pass between ${from} and ${to} without a review meeting. Schedule one at least every ${maxWeeks} weeks, for example on ${addDays(from, maxWeeks * 7)}.`,
    },
  };
  if (reviewId !== undefined) finding.reviewId = reviewId;
  return finding;
}

/** Names of items and goals inside messages. */
class Names {
  constructor(
    private readonly catalogue: Catalogue,
    private readonly formats: readonly Format[],
  ) {}

  item(item: PlanItem, lang: Lang): string {
    const format = formatById(this.formats, item.formatId)?.label[lang] ?? item.formatId;
    const what = item.title ?? (item.kind === 'practice' ? (lang === 'de' ? `Praxisphase ${format}` : `practice phase ${format}`) : format);
    return lang === 'de' ? `„${what}“ (${item.start} – ${item.end})` : `"${what}" (${item.start} – ${item.end})`;
  }

  goal(goal: Goal, lang: Lang): string {
    const competencies = goal.competencyIds.map((id) => competencyById(this.catalogue, id)?.label[lang] ?? id).join(', ');
    return lang === 'de'
      ? `„${competencies || goal.id} auf Stufe ${goal.targetLevel} (${LEVEL_NAMES[goal.targetLevel].de})“`
      : `"${competencies || goal.id} to level ${goal.targetLevel} (${LEVEL_NAMES[goal.targetLevel].en})"`;
  }
}

function num(value: number, lang: Lang): string {
  return formatMessageNumber(value, lang);
}

function euro(value: number, lang: Lang): string {
  return lang === 'de' ? `${formatMessageNumber(value, 'de')} €` : `€${formatMessageNumber(value, 'en')}`;
}

