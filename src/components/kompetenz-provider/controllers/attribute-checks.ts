import { describeValue, shortValue } from '../../../domain/errors.js';
import { validatePortfolio } from '../../../domain/portfolio.js';
import type { Person, Portfolio } from '../../../domain/types.js';
import type { KrErrorDetail } from '../../../internal/events.js';
import { isGiven, resolveToday } from '../../../internal/inputs.js';
import { refusal } from '../model/refusal.js';
import { MAX_STORE_NAME_LENGTH, storeNameInUse, usableStoreName } from '../model/store-name.js';
import { STORAGE_MODES, type StorageMode } from './own-adapters.js';
import type { ProblemLog, ProblemScope } from './problem-log.js';
import { missingAdapterMethods } from './storage-adapter.js';
import { DEFAULT_STORAGE_TIMEOUT_MS, isTimeLimit, MAX_STORAGE_TIMEOUT_MS } from './time-limit.js';

/** The attributes (and storage properties) of the provider that are checked, as they are now. */
export interface CheckedAttributes {
  person?: string;
  today?: string;
  storage: StorageMode;
  storeName?: string;
  storageAdapter?: unknown;
  storageTimeout?: unknown;
}

/**
 * The checks of the provider's attributes, in each update: a bad `storage`, `store-name`, `today`
 * or `person`, `storageAdapter` or `storageTimeout` is reported once while it stays (`kr-error`),
 * and again after it was changed; and of a value set to `portfolio` (`checkPortfolio`).
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
    this.checkStorage(attributes, changed);
    const { today, person } = attributes;
    if (resolveToday(today, undefined).problem) {
      const message = `today: expected a date as YYYY-MM-DD, got "${String(today)}"; the local date is used`;
      problems.report('today', { code: 'invalid-today', message, source: 'today' });
    }
    if (!loaded || !person || people.length === 0 || people.some((one) => one.id === person)) {
      problems.forget('person');
      return;
    }
    const message = `person: "${person}" is not a person of the portfolio; nobody is selected`;
    problems.report('person', { code: 'unknown-person', message, source: 'person' });
  }

  /**
   * A value set to `portfolio`: the valid portfolio to take, else `undefined`. Bad data is reported
   * (`invalid-portfolio`, in place of the refusal of a value set before). None given (`undefined`,
   * `null`, `''`: a framework's binding while the page's data still load) is no problem: the data
   * stay, nothing is reported, and the refusal of a value set before goes, as that value is no longer set.
   */
  checkPortfolio(value: unknown): Portfolio | undefined {
    if (!isGiven(value)) {
      this.problems.forget('portfolio');
      return undefined;
    }
    const result = validatePortfolio(value);
    if (result.ok) return result.value;
    this.problems.replace('portfolio', refusal('invalid-portfolio', 'portfolio', result.errors), result.errors);
    return undefined;
  }

  /** Where and how the portfolio is kept: each value when it changed (see `storageChoiceOf` and `timeLimitOf` for what a bad one counts as). */
  private checkStorage({ storage, storeName, storageAdapter, storageTimeout }: CheckedAttributes, changed: { has(key: string): boolean }): void {
    // A removed attribute (null) means the default, `local`.
    if (changed.has('storage') && storage != null && !STORAGE_MODES.includes(storage)) {
      const message = `storage: expected "local", "none" or "http", got "${String(storage)}"; "none" is used (kept in this window only)`;
      this.problems.report('storage-attribute', { code: 'invalid-storage', message, source: 'storage' });
    }
    // None given (`null`, `undefined`) means the default, for each of them.
    const used = storeNameInUse(storage, storageAdapter);
    this.recheck(changed.has('storeName') || changed.has('storage') || changed.has('storageAdapter'), 'store-name', storeName != null && !usableStoreName(storeName) && {
      code: 'invalid-store-name',
      message: `store-name: expected 1 to ${MAX_STORE_NAME_LENGTH} characters, not only spaces, got ${describeValue(storeName)}; ${
        used ? 'the default name is used' : 'no database in this browser is used now (storage "none" or a storageAdapter); once one is, the default name is used'
      }`,
      source: 'store-name',
      params: { got: shortValue(storeName), used },
    });
    const missing = storageAdapter == null ? [] : missingAdapterMethods(storageAdapter);
    this.recheck(changed.has('storageAdapter'), 'storage-adapter-property', missing.length > 0 && {
      code: 'invalid-storage-adapter',
      message: `storageAdapter: missing or not a function: ${missing.join(', ')} (load, save and clear are needed); "none" is used (kept in this window only)`,
      source: 'storageAdapter',
      params: { missing },
    });
    this.recheck(changed.has('storageTimeout'), 'storage-timeout-property', storageTimeout != null && !isTimeLimit(storageTimeout) && {
      code: 'invalid-storage-timeout',
      message: `storageTimeout: expected milliseconds above 0 and at most ${MAX_STORAGE_TIMEOUT_MS}, got ${describeValue(storageTimeout)}; ${DEFAULT_STORAGE_TIMEOUT_MS} ms is used`,
      source: 'storageTimeout',
      params: { got: shortValue(storageTimeout) },
    });
  }

  /** When what it depends on `changed`: its `problem` now replaces what was reported about it (`scope`); the same problem again (a new but equally unusable value, an unchanged situation) is not reported again. */
  private recheck(changed: boolean, scope: ProblemScope, problem: KrErrorDetail | false): void {
    if (!changed) return;
    if (problem) this.problems.replace(scope, problem);
    else this.problems.forget(scope);
  }
}
