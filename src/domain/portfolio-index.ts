import { got } from './errors.js';
import { PORTFOLIO_LIMITS } from './portfolio.js';
import { PORTFOLIO_FORMAT, PORTFOLIO_VERSION, type Assessment, type Goal, type Person, type Plan, type Portfolio } from './types.js';
import { isRecord, type Issues } from './validate.js';

/** A portfolio with its records looked up by id. */
export interface PortfolioIndex {
  portfolio: Portfolio;
  people: Map<string, Person>;
  assessments: Map<string, Assessment>;
  goals: Map<string, Goal>;
  plans: Map<string, Plan>;
}

const RECORD_LISTS = ['people', 'assessments', 'goals', 'plans'] as const;

/**
 * Checks the shape that whole-document operations rely on (the current format and version,
 * the four lists, records with a string `id`, unique ids, a string `personId` on assessments,
 * goals and plans) and indexes the records by id; one pass over the lists, no full validation
 * (`validatePortfolio` does that). Pushes issues (path, code) under `path` and returns
 * `undefined` when the shape does not fit.
 */
export function indexPortfolio(value: unknown, path: string, issues: Issues): PortfolioIndex | undefined {
  const found = issues.list.length;
  if (!isRecord(value)) {
    issues.add(path, 'type', { expected: 'portfolio', ...got(value) });
    return undefined;
  }
  if (value.format !== PORTFOLIO_FORMAT) issues.add(`${path}.format`, 'format', { expected: PORTFOLIO_FORMAT, ...got(value.format) });
  const version = value.version;
  if (version === undefined) issues.add(`${path}.version`, 'version', { variant: 'missing' });
  else if (typeof version === 'number' && version > PORTFOLIO_VERSION) issues.add(`${path}.version`, 'version-newer', { got: version, max: PORTFOLIO_VERSION });
  else if (version !== PORTFOLIO_VERSION) issues.add(`${path}.version`, 'version', { variant: 'not-current', expected: PORTFOLIO_VERSION, ...got(version) });
  const maps = RECORD_LISTS.map((key) => indexList(value[key], `${path}.${key}`, key !== 'people', issues));
  if (issues.list.length > found) return undefined;
  const [people, assessments, goals, plans] = maps;
  return {
    portfolio: value as unknown as Portfolio,
    people: people as Map<string, Person>,
    assessments: assessments as Map<string, Assessment>,
    goals: goals as Map<string, Goal>,
    plans: plans as Map<string, Plan>,
  };
}

function indexList(list: unknown, path: string, owned: boolean, issues: Issues): Map<string, unknown> {
  const byId = new Map<string, unknown>();
  const limit = issues.list.length + PORTFOLIO_LIMITS.maxIssues;
  if (!Array.isArray(list)) {
    if (list === undefined) issues.add(path, 'missing', { variant: 'list' });
    else issues.add(path, 'type', { expected: 'list', ...got(list) });
    return byId;
  }
  for (let i = 0; i < list.length && issues.list.length < limit; i += 1) {
    const record: unknown = list[i];
    if (!isRecord(record)) {
      issues.add(`${path}[${i}]`, 'type', { expected: 'object', ...got(record) });
    } else if (typeof record.id !== 'string') {
      issues.add(`${path}[${i}].id`, 'type', { expected: 'string', ...got(record.id) });
    } else if (byId.has(record.id)) {
      issues.add(`${path}[${i}].id`, 'duplicate-id', { id: record.id });
    } else if (owned && typeof record.personId !== 'string') {
      issues.add(`${path}[${i}].personId`, 'type', { expected: 'string', ...got(record.personId) });
    } else {
      byId.set(record.id, record);
    }
  }
  return byId;
}
