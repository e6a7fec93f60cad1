import type { Formatter } from '../../internal/format.js';
import type { GoalNameParams, ItemNameParams } from '../plan-checks.js';
import { LEVEL_NAMES } from '../scale.js';
import type { Level, LocalizedText } from '../types.js';
import { otherItem, type FindingTexts } from './findings.js';

const level = (value: Level) => `${value} (${LEVEL_NAMES[value].en})`;
const names = (labels: readonly LocalizedText[], fmt: Formatter) => fmt.list(labels.map((label) => label.en));
const steps = (count: number) => `${count} level step${count === 1 ? '' : 's'}`;

const item = (p: ItemNameParams, fmt: Formatter) =>
  `"${p.itemPractice ? `practice phase ${p.item.en}` : p.item.en}" (${fmt.date(p.itemStart)} – ${fmt.date(p.itemEnd)})`;

const goal = (p: GoalNameParams, fmt: Formatter) => `"${names(p.goal, fmt)} to level ${level(p.goalLevel)}"`;

/** The findings of the SMART check and the plan check in English. */
export const FINDINGS_EN: FindingTexts = {
  // SMART check
  'no-competency': () => 'Choose at least one competency that is to be built.',
  'unknown-competency': (p) => `${p.ids.map((id) => `"${id}"`).join(', ')} is not part of the competency catalogue. Choose a competency from the list.`,
  'too-many-competencies': (p) => `The goal names ${p.count} competencies. Keep it to ${p.max} at most and write a separate goal for the others.`,
  'no-target-level': (p) => `${p.got === undefined ? '' : `There is no target level "${p.got}". `}Set the target level: ${level(1)}, ${level(2)} or ${level(3)}.`,
  'target-level-zero': () => 'Level 0 means "not present" and cannot show progress. Choose level 1, 2 or 3.',
  'no-measure': () => 'Describe how reaching the goal will show, e.g. a result that others can see.',
  'vague-measure': () =>
    'The description is too short to check progress against. Name an observable result, e.g. "runs the citizen participation workshop on their own".',
  'nothing-new': (p, fmt) =>
    `The target level ${level(p.level)} is already reached for ${names(p.competencies, fmt)}, so nothing new is learned. Choose a higher level or another competency.`,
  'partly-reached': (p, fmt) =>
    `${names(p.competencies, fmt)} is already at or above the target level. Take it out of the goal so that the goal focuses on what is new.`,
  'no-challenge': () => 'Note what is new or demanding about this goal, e.g. a task that others have handled so far.',
  'jump-too-large': (p, fmt) =>
    `${p.competency.en} is to rise by ${p.steps} levels in less than six months. That is hardly feasible: aim for level ${p.level} first, or move the due date to ${fmt.date(p.suggested)} or later.`,
  'no-hours': () => 'Enter how many hours in total are set aside for the goal.',
  'invalid-hours': () => 'Enter the hours as a number of 0 or more.',
  'invalid-budget': () => 'Enter the budget as an amount in euros of 0 or more, or leave the field empty.',
  'hours-exceed-capacity': (p, fmt) =>
    `${fmt.number(p.hours)} hours do not fit into the learning time available until ${fmt.date(p.due)}, about ${fmt.number(p.available)} hours (${fmt.number(p.capacity)} a month). Plan fewer hours or a later due date.`,
  'estimate-exceeds-capacity': (p, fmt) => {
    const need = `${steps(p.steps)} usually take about ${fmt.number(p.estimate)} hours, but only about ${fmt.number(p.available)} are available until ${fmt.date(p.due)}.`;
    return p.suggested === null
      ? `${need} The goal is too big for the learning time available: split it into stages, include fewer competencies, or agree on more learning time.`
      : `${need} Move the due date to ${fmt.date(p.suggested)} or later, or include fewer competencies.`;
  },
  'hours-below-estimate': (p, fmt) =>
    `${fmt.number(p.hours)} hours are tight: as a rule of thumb each level step takes about ${fmt.number(p.hoursPerStep)} hours, about ${fmt.number(p.estimate)} here.`,
  'no-support-person': () => 'Tip: name someone who supports the learning, such as a manager, a mentor or a colleague.',
  'no-due': (p, fmt) => `Set the date by which the goal is to be reached, e.g. ${fmt.date(p.suggested)}.`,
  // The example shows the form in which a date is typed.
  'invalid-due': (p) => `"${p.got}" is not a valid date. Enter it as YYYY-MM-DD, e.g. ${p.suggested}.`,
  'due-not-future': (p, fmt) =>
    `The due date ${fmt.date(p.due)} is not in the future. Choose a date after ${fmt.date(p.today)}, e.g. ${fmt.date(p.suggested)}.`,
  'due-too-far': (p, fmt) =>
    `The due date is more than ${p.months} months away, too far to steer a goal. Choose a date up to ${fmt.date(p.limit)}, or split the goal into stages.`,

  // Plan check
  'over-capacity': (p, fmt) =>
    `${fmt.month(p.month)} has ${fmt.number(p.hours)} hours planned, ${fmt.number(p.over)} more than the ${fmt.number(p.capacity)} available. Move or stretch an activity.`,
  'overlap-over-capacity': (p, fmt) =>
    `${item(p, fmt)} and ${item(otherItem(p), fmt)} run at the same time and together need ${fmt.number(p.hours)} hours in ${fmt.month(p.month)}, more than the ${fmt.number(p.capacity)} available. Schedule them one after the other.`,
  'item-after-due': (p, fmt) =>
    `${item(p, fmt)} ends ${p.days} days after the due date of the goal ${goal(p, fmt)} (${fmt.date(p.due)}). Bring it forward or move the due date.`,
  'goal-without-item': (p, fmt) => `Nothing is planned yet for the goal ${goal(p, fmt)}. Add a suitable learning format.`,
  'goal-hours-short': (p, fmt) =>
    `The activities for the goal ${goal(p, fmt)} add up to ${fmt.number(p.planned)} hours, but the goal asks for ${fmt.number(p.hours)}. Add activities or adjust the goal's hours.`,
  'goal-over-budget': (p, fmt) =>
    `The activities for the goal ${goal(p, fmt)} cost ${fmt.euros(p.cost)}, ${fmt.euros(p.over)} more than the ${fmt.euros(p.budget)} the goal sets aside. Choose less costly formats or adjust the goal's budget.`,
  'item-without-goal': (p, fmt) => `${item(p, fmt)} serves no learning goal. Link it to a goal or remove it.`,
  'plan-without-goals': () =>
    'No activity of this plan is linked to a learning goal; the plan follows the competency gaps alone. Agree on SMART goals and link the activities to them, so that the final review can check what was achieved.',
  'unknown-goal': (p, fmt) => `${item(p, fmt)} refers to the goal "${p.goalId}", which does not exist. Choose an existing goal.`,
  'goal-of-other-person': (p, fmt) => `${item(p, fmt)} is linked to another person's goal. Choose a goal of this person.`,
  'practice-missing': (p, fmt) => `${item(p, fmt)} has no practice phase after it. Plan time to apply what was learned at work.`,
  'practice-before-format': (p, fmt) => `The practice phase ${item(p, fmt)} starts before ${item(otherItem(p), fmt)} ends. Let it start afterwards.`,
  'no-reviews': () => 'The plan has no review meetings. Schedule regular ones and a final review after the last activity.',
  'no-final-review': (p, fmt) => `The final review is missing. Schedule it after ${fmt.date(p.end)}, when the last activity ends.`,
  'final-review-before-end': (p, fmt) =>
    `The final review on ${fmt.date(p.date)} comes before the last activity ends (${fmt.date(p.end)}). Move it to a day after that.`,
  'final-review-before-due': (p, fmt) =>
    `The final review on ${fmt.date(p.date)} comes before the goal ${goal(p, fmt)} is due (${fmt.date(p.due)}), too early to tell whether it was reached. Move the review to ${fmt.date(p.due)} or later.`,
  'review-gap': (p, fmt) =>
    `${fmt.number(p.weeks)} weeks pass between ${fmt.date(p.from)} and ${fmt.date(p.to)} without a review meeting. Schedule one at least every ${p.maxWeeks} weeks, for example on ${fmt.date(p.suggested)}.`,
  'over-budget': (p, fmt) =>
    `The activities cost ${fmt.euros(p.cost)}, ${fmt.euros(p.over)} more than the budget of ${fmt.euros(p.budget)}. Choose less costly formats such as peer exchange or self-study.`,
  'refresh-not-covered': (p, fmt) =>
    `${p.competency.en} was last assessed on ${fmt.date(p.lastAssessed)}; the knowledge has been due for refreshing since ${fmt.date(p.dueSince)}. Add an activity for it to the plan.`,
};
