import type { Person } from '../../../domain/types.js';
import { resolveToday } from '../../../internal/inputs.js';
import { STORAGE_MODES, type StorageMode } from './own-adapters.js';
import type { ProblemLog } from './problem-log.js';

/** The attributes of the provider that are checked, as they are now. */
export interface CheckedAttributes {
  person?: string;
  today?: string;
  storage: StorageMode;
}

/**
 * The checks of the provider's attributes, in each update: a bad `storage`, `today` or `person`
 * is reported once while it stays (`kr-error`), and again after it was changed.
 */
export class AttributeChecks {
  constructor(private readonly problems: ProblemLog) {}

  /** `people`: who is in the portfolio once it is `loaded` (an empty or unloaded one cannot know anyone yet). */
  check(attributes: CheckedAttributes, changed: { has(key: string): boolean }, people: readonly Person[], loaded: boolean): void {
    const problems = this.problems;
    if (changed.has('person')) problems.forget('person', 'input');
    if (changed.has('today')) problems.forget('today');
    if (changed.has('src')) problems.forget('src');
    if (changed.has('storage')) problems.forget('storage-attribute');
    const { storage, today, person } = attributes;
    // A removed attribute (null) means the default, `local`.
    if (changed.has('storage') && storage != null && !STORAGE_MODES.includes(storage)) {
      const message = `storage: expected "local", "none" or "http", got "${String(storage)}"; "none" is used (kept in this window only)`;
      problems.report('storage-attribute', { code: 'invalid-storage', message, source: 'storage' });
    }
    if (resolveToday(today, undefined).problem) {
      const message = `today: expected a date as YYYY-MM-DD, got "${String(today)}"; the local date is used`;
      problems.report('today', { code: 'invalid-today', message, source: 'today' });
    }
    if (!loaded || !person || people.length === 0 || people.some((one) => one.id === person)) {
      problems.forget('person');
      return;
    }
    const message = `person: "${person}" is not a person of the portfolio; the first person is selected`;
    problems.report('person', { code: 'unknown-person', message, source: 'person' });
  }
}
