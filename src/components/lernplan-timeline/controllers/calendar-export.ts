import { toICalendarIn } from '../../../domain/icalendar.js';
import type { Catalogue, Format, Goal, Lang, Person, Plan } from '../../../domain/types.js';
import { fileLabels } from '../../../internal/file-labels.js';
import type { InputProblem } from '../../../internal/inputs.js';
import { errorProblems } from '../model/sources.js';

/**
 * Offers `text` as a file to save: a Blob behind an object URL, clicked through a temporary
 * `<a download>` that is removed again at once. Nothing leaves the page.
 */
function downloadText(text: string, filename: string, type: string, where: Node & ParentNode): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  where.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoke after the click has been handled; revoking at once can cancel the download in some browsers.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

/** A file name from a plan id and a date: letters, digits, `-` and `_` only. */
export function calendarFileName(planId: string): string {
  const safe = planId.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'lernplan';
  return `${safe}.ics`;
}

export interface CalendarOptions {
  lang: Lang;
  catalogue: Catalogue;
  formats: readonly Format[];
  /** The provider's installation id, which scopes the UIDs. Without one (standalone) the domain scopes them to the person. */
  installationId: string | undefined;
  /** The plan's goals, named in the items' descriptions. */
  goals: readonly Goal[];
}

/**
 * Offers the plan as an iCalendar file (`<plan id>.ics`) made by the domain, in `lang`; the
 * person is the plan's own or, when that is not known, one named after the plan. Returns what
 * the domain refused (then nothing is offered).
 */
export function downloadCalendar(plan: Plan, person: Person | undefined, options: CalendarOptions, where: Node & ParentNode): InputProblem[] {
  const owner: Person = person && person.id === plan.personId ? person : { id: plan.personId, name: plan.title ?? plan.personId, roleId: 'person' };
  const { lang, catalogue, formats, installationId, goals } = options;
  let text: string;
  try {
    text = toICalendarIn(fileLabels(lang).calendar, plan, owner, { lang, catalogue, formats, installationId, goals });
  } catch (error) {
    return errorProblems('download', error, 'download-failed');
  }
  downloadText(text, calendarFileName(plan.id), 'text/calendar;charset=utf-8', where);
  return [];
}
