import { KompetenzradError, type Result, type ValidationIssue } from '../../../domain/errors.js';
import { mergePortfolios } from '../../../domain/merge.js';
import { parsePortfolio, serializePortfolio } from '../../../domain/portfolio.js';
import { portfolioOfPeople } from '../../../domain/portfolio-of-people.js';
import type { PersonId, Portfolio } from '../../../domain/types.js';
import { checkArray, checkKnownKeys, checkObject, checkOneOf, Issues } from '../../../domain/validate.js';
import { refusal } from '../model/refusal.js';
import type { ProviderStatus } from '../strings/index.js';
import type { ConflictList } from './conflicts.js';
import type { Persistence } from './persistence.js';
import type { ProblemLog } from './problem-log.js';

/** `exportPortfolio()` options. */
export interface ExportOptions {
  /** Only these people and their records (data minimisation, e.g. a file for one person's line manager); default everyone. */
  people?: readonly PersonId[];
}

/** `importPortfolio()` options. */
export interface ImportOptions {
  /**
   * `replace` (default): the document replaces the portfolio. `merge`: it is merged into the
   * portfolio (`mergePortfolios` without a base: what only one side has is kept, e.g. a line
   * manager's assessment; one day's assessment on both sides merges level by level; a value that
   * differs is a `kr-conflict`, and the portfolio's value stays until `resolveConflict()`).
   */
  mode?: 'replace' | 'merge';
}

const IMPORT_MODES = ['replace', 'merge'] as const;

/**
 * The problems of the options of `exportPortfolio` (`at` `$options`) or `importPortfolio`: an
 * unknown key (`{ person: … }` for `people` would export everyone, `{ mode: 'Merge' }` replace
 * everything), `people` that is no list, a mode that is neither. `undefined` and `null` are none.
 */
function optionIssues(options: unknown, known: readonly string[]): ValidationIssue[] {
  const issues = new Issues();
  if (options == null || !checkObject(issues, options, '$options')) return issues.list;
  checkKnownKeys(issues, options, '$options', known);
  checkArray(issues, options.people, '$options.people', { optional: true });
  checkOneOf(issues, options.mode, '$options.mode', IMPORT_MODES, true);
  return issues.list;
}

/** What import and export read and change on the provider. */
export interface FileTarget {
  portfolio(): Portfolio;
  replace(next: Portfolio): void;
  /** The state with a document merged in. */
  merge(next: Portfolio): void;
  announce(status: ProviderStatus): void;
  readonly problems: ProblemLog;
}

/** The portfolio as a file: exported whole or for some people, imported to replace it or merged into it. */
export class PortfolioFile {
  constructor(
    private readonly target: FileTarget,
    private readonly persistence: Pick<Persistence, 'loaded' | 'loadComplete' | 'announceWhenStored'>,
    private readonly conflicts: Pick<ConflictList, 'add'>,
  ) {}

  /** Throws a `KompetenzradError` for an option it does not know, or (`unknown-person`, at `$options.people[i]`) an id that is not a person of the portfolio. */
  export(options?: ExportOptions): string {
    const issues = optionIssues(options, ['people']);
    if (issues.length > 0) throw new KompetenzradError(issues);
    const people = options?.people;
    const portfolio = this.target.portfolio();
    // The ids' path names the option the caller wrote, as for its other problems.
    return serializePortfolio(people === undefined ? portfolio : portfolioOfPeople(portfolio, people, '$options.people'), { indent: 2 });
  }

  /** The parse result (the document read), or the problems that kept it out (also of the options: then nothing is read). */
  import(text: string, options?: ImportOptions): Result<Portfolio> {
    const issues = optionIssues(options, ['mode']);
    if (issues.length > 0) return this.refuse(issues, 'the options are not valid: ');
    const mode = options?.mode ?? 'replace';
    const result = parsePortfolio(text);
    if (!result.ok) return this.refuse(result.errors, '');
    if (mode !== 'merge') {
      this.target.replace(result.value);
      this.persistence.announceWhenStored('imported');
      return result;
    }
    // Merged into the stored data, not into the empty state before it is loaded.
    if (!this.persistence.loaded) {
      void this.persistence.loadComplete.then(() => this.mergeIn(result.value));
      return result;
    }
    return this.mergeIn(result.value) ?? result;
  }

  /** Merges the document into the portfolio; the refusal (reported) when they cannot be merged. */
  private mergeIn(imported: Portfolio): Result<Portfolio> | undefined {
    let merged;
    try {
      merged = mergePortfolios(undefined, this.target.portfolio(), imported);
    } catch (error) {
      if (!(error instanceof KompetenzradError)) throw error;
      return this.refuse(error.issues, 'the document cannot be merged into the portfolio: ');
    }
    this.target.merge(merged.portfolio);
    this.conflicts.add(merged.conflicts, 'import');
    this.persistence.announceWhenStored('imported');
    return undefined;
  }

  private refuse(errors: ValidationIssue[], lead: string): Result<Portfolio> {
    this.target.problems.fail(refusal('invalid-import', 'importPortfolio', errors, lead));
    this.target.announce('importFailed');
    return { ok: false, errors };
  }
}
