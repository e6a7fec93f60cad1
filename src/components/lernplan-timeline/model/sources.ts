import { isIsoDate } from '../../../domain/dates.js';
import { KompetenzradError, shortValue, type ValidationIssue } from '../../../domain/errors.js';
import { DEFAULT_FORMATS_LEAN, validateFormats } from '../../../domain/formats.js';
import { hasGapsShape } from '../../../domain/plan-draft.js';
import type { Catalogue, Format, IsoDate, Lang } from '../../../domain/types.js';
import { resolveCapacity } from '../../../internal/capacity-input.js';
import type { KompetenzContextValue } from '../../../internal/context.js';
import { describeIssues, issuesNote } from '../../../internal/issue-texts.js';
import { Memo } from '../../../internal/memo.js';
import { dataIssueProblem, resolveCatalogue, resolveInput, resolveToday, type InputProblem } from '../../../internal/inputs.js';
import { quoted } from '../../../internal/strings.js';
import { figuresOf, fromPortfolio, sanitize, type PlanFigures, type TimelineData } from './timeline-data.js';

/** The time line's own settings (attributes and properties). */
export interface OwnSettings {
  catalogue?: Catalogue | undefined;
  formats?: readonly Format[] | undefined;
  today?: string | undefined;
  capacity?: number | undefined;
  start?: string | undefined;
  end?: string | undefined;
}

/** The settings in use, each by the input rule of `src/internal/inputs.ts`, with the problems of the own values. */
export interface Settings {
  catalogue: Catalogue;
  formats: readonly Format[];
  today: IsoDate;
  /** Hours per month of the `capacity` attribute; `undefined` leaves it to the plan and the person. */
  capacity: number | undefined;
  /** The range shown (`start`, `end`); an end before the start is not used. */
  start: IsoDate | undefined;
  end: IsoDate | undefined;
  problems: InputProblem[];
}

/**
 * An input refused for `issues` as one problem, the first issue's: `kr-error`'s message is the
 * English note about them (`issuesNote`), the notice gives the domain's sentence in `lang` after the
 * input's name.
 */
function refusedFor(source: string, issues: readonly ValidationIssue[], lang: Lang): InputProblem | undefined {
  const [first] = issues;
  if (!first) return undefined;
  return { ...dataIssueProblem(source, first), message: issuesNote(issues, `${source}: `), text: `${quoted(lang, source)}: ${describeIssues(issues, lang)}` };
}

/** What the domain threw while it worked for `source` (`check`, `draft`, `download`), as problems; anything else under `code`. */
export function errorProblems(source: string, error: unknown, code: string): InputProblem[] {
  if (error instanceof KompetenzradError) return error.issues.map((issue) => dataIssueProblem(source, issue));
  return [{ code, source, path: '$', message: `${source}: ${String(error)}` }];
}

function dateSetting(source: 'start' | 'end', own: string | undefined, problems: InputProblem[]): IsoDate | undefined {
  const resolved = resolveInput<string | undefined>({
    source,
    own,
    provided: undefined,
    fallback: undefined,
    check: (value) =>
      isIsoDate(value) ? undefined : { code: 'date', source, subject: String(shortValue(value)), params: { got: shortValue(value) }, message: `${source}: expected a date as YYYY-MM-DD, got "${String(shortValue(value))}"` },
  });
  if (resolved.problem) problems.push(resolved.problem);
  return resolved.value;
}

/** The catalogue, formats, today, capacity and range: own when given and valid, else the provider's, else the defaults. */
export function readSettings(own: OwnSettings, context: KompetenzContextValue | undefined, lang: Lang): Settings {
  const problems: InputProblem[] = [];
  const catalogue = resolveCatalogue(own.catalogue, context);
  if (catalogue.problem) problems.push(catalogue.problem);
  const formats = resolveInput<readonly Format[]>({
    source: 'formats',
    own: own.formats,
    provided: undefined,
    fallback: DEFAULT_FORMATS_LEAN,
    check: (value, source) => refusedFor(source, validateFormats(value, catalogue.value, '$'), lang),
  });
  if (formats.problem) problems.push(formats.problem);
  const today = resolveToday(own.today, context);
  if (today.problem) problems.push(today.problem);
  // No provided value: without its own, the plan's or the person's applies (`planCapacity`).
  const capacity = resolveCapacity(own.capacity);
  if (capacity.problem) problems.push(capacity.problem);
  const start = dateSetting('start', own.start, problems);
  let end = dateSetting('end', own.end, problems);
  if (start !== undefined && end !== undefined && end < start) {
    problems.push({ code: 'date-order', source: 'end', subject: end, params: { start, end }, message: `end: ${end} is before start ${start}` });
    end = undefined;
  }
  return { catalogue: catalogue.value, formats: formats.value, today: today.value, capacity: capacity.value, start, end, problems };
}

/** What the time line shows: the provider's selected person and plan, else its own `plan`, `goals` and `person`, checked. */
export interface DataSources {
  data: TimelineData;
  /** Problems of the provider's selection (an unknown person or role). */
  problems: InputProblem[];
}

export function readData(own: { plan: unknown; goals: unknown; person: unknown }, context: KompetenzContextValue | undefined, catalogue: Catalogue, formats: readonly Format[]): DataSources {
  const selection = context ? fromPortfolio(context) : undefined;
  return { data: sanitize(selection ?? own, catalogue, formats), problems: selection?.problems ?? [] };
}

/** The data's issues as problems (the notice words them in the element's language); inside a provider they are the provider's (`context`). */
export function dataProblems(data: TimelineData, inProvider: boolean): InputProblem[] {
  return (['person', 'goals', 'plan'] as const).flatMap((source) => data.issues[source].map((issue) => dataIssueProblem(inProvider ? 'context' : source, issue)));
}

/** The problem of `gaps` given without the outline of prioritised gaps (its entries are checked when a plan is drafted). */
export function gapsProblems(gaps: unknown): InputProblem[] {
  if (gaps === undefined || gaps === null || hasGapsShape(gaps)) return [];
  const given = shortValue(gaps);
  return [{ code: 'type', source: 'gaps', subject: String(given), params: { expected: 'gaps', got: given }, message: `gaps: expected a GapAnalysis or a list of gap entries, got ${String(given)}` }];
}

/** The time line's own inputs. */
export interface OwnInputs extends OwnSettings {
  plan?: unknown;
  goals?: unknown;
  person?: unknown;
}

/** Everything the time line derives from its inputs. */
export interface Resolved {
  settings: Settings;
  data: TimelineData;
  figures: PlanFigures;
  /** Every problem of the inputs (the notice of `formats` in the element's language). */
  problems: readonly InputProblem[];
}

/**
 * The figures with the findings of `previous` where they say the same: the whole list when
 * nothing changed (an edit often changes none), so what shows them need not be drawn again, else
 * each finding that is still there, so that only the new ones are worded (`findingText`).
 */
function keepFindings(next: PlanFigures, previous: PlanFigures | undefined): PlanFigures {
  if (!previous || previous.findings === next.findings) return next;
  const findings = sameOnesKept(next.findings, previous.findings);
  return findings === next.findings ? next : { ...next, findings };
}

/** How far `sameOnesKept` looks ahead in the old list: that many elements in a row may have gone. */
const LOOK_AHEAD = 8;

/**
 * `next` with each element that equals (`sameData`) one of `previous` in the same order replaced
 * by that one, `previous` itself when all are equal: a list in which a few elements were added,
 * removed or changed keeps the others.
 */
function sameOnesKept<T>(next: T[], previous: T[]): T[] {
  let kept = 0;
  let from = 0;
  const result = next.map((element) => {
    for (let at = from; at < previous.length && at <= from + LOOK_AHEAD; at++) {
      if (!sameData(previous[at], element)) continue;
      from = at + 1;
      kept++;
      return previous[at];
    }
    return element;
  });
  if (kept === next.length && next.length === previous.length) return previous;
  return kept === 0 ? next : result;
}

/** Two plain data values (objects, arrays, strings, numbers …) with equal content. */
function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  return keys.every((key) => sameData(x[key], y[key]));
}

/**
 * Reads the inputs and derives what is shown; each step is done again only when what it reads
 * has changed (so a drag, which updates the element on every move, checks nothing again).
 */
export class TimelineSources {
  private readonly settings = new Memo(
    (catalogue: OwnSettings['catalogue'], formats: OwnSettings['formats'], today: OwnSettings['today'], capacity: OwnSettings['capacity'], start: OwnSettings['start'], end: OwnSettings['end'], context: KompetenzContextValue | undefined, lang: Lang) =>
      readSettings({ catalogue, formats, today, capacity, start, end }, context, lang),
  );
  private readonly data = new Memo((plan: unknown, goals: unknown, person: unknown, context: KompetenzContextValue | undefined, catalogue: Catalogue, formats: readonly Format[]) =>
    readData({ plan, goals, person }, context, catalogue, formats),
  );
  private lastFigures: PlanFigures | undefined;
  private readonly figures = new Memo(
    (data: TimelineData, capacity: number | undefined, catalogue: Catalogue, formats: readonly Format[]) =>
      (this.lastFigures = keepFindings(figuresOf(data, capacity, { catalogue, formats }), this.lastFigures)),
  );
  private readonly problems = new Memo((settings: Settings, sources: DataSources, figures: PlanFigures, inProvider: boolean): readonly InputProblem[] => [
    ...settings.problems,
    ...sources.problems,
    ...dataProblems(sources.data, inProvider),
    ...(figures.checkError === undefined ? [] : errorProblems('check', figures.checkError, 'check-failed')),
  ]);

  read(own: OwnInputs, context: KompetenzContextValue | undefined, lang: Lang): Resolved {
    const settings = this.settings.get(own.catalogue, own.formats, own.today, own.capacity, own.start, own.end, context, lang);
    const sources = this.data.get(own.plan, own.goals, own.person, context, settings.catalogue, settings.formats);
    const figures = this.figures.get(sources.data, settings.capacity, settings.catalogue, settings.formats);
    return { settings, data: sources.data, figures, problems: this.problems.get(settings, sources, figures, context !== undefined) };
  }
}
