import { ContextProvider } from '@lit/context';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isIsoDate } from '../../domain/dates.js';
import { KompetenzradError, type Result, type ValidationIssue } from '../../domain/errors.js';
import { migratePortfolio } from '../../domain/migrations.js';
import { catalogueOf, emptyPortfolio, parsePortfolio, rolesOf, serializePortfolio, validatePortfolio } from '../../domain/portfolio.js';
import { setAssessmentLevel, upsertGoal, upsertPlan } from '../../domain/portfolio-edits.js';
import type { Goal, IsoDate, Plan, Portfolio } from '../../domain/types.js';
import { isRecord } from '../../domain/validate.js';
import { krElementStyles } from '../../internal/base.styles.js';
import { kompetenzContext, type KompetenzContextValue } from '../../internal/context.js';
import type { KrEvent } from '../../internal/events.js';
import { describeError, KrElement } from '../../internal/kr-element.js';
import { resolveLang } from '../../internal/localize.js';
import { localToday } from '../../internal/today.js';
import { DEFAULT_STORE_NAME, IndexedDbAdapter } from './indexeddb-adapter.js';
import { providerStyles } from './kompetenz-provider.styles.js';
import { MemoryAdapter } from './memory-adapter.js';
import { isStorageConflict, type StorageAdapter } from './storage-adapter.js';
import { PROVIDER_STRINGS, type ProviderStatus } from './strings.js';

/** Why the portfolio changed. */
export type PortfolioChangeReason =
  /** The first state after start: from storage, else from `src`, else empty; also a new `src` later. */
  | 'load'
  /** A widget inside changed it (a level, a goal, a plan). */
  | 'edit'
  /** `importPortfolio()`. */
  | 'import'
  /** Another tab (or client of a portal's adapter) stored a newer version, which was loaded. */
  | 'external'
  /** `clear()`. */
  | 'clear';

export interface KrPortfolioChangeDetail {
  portfolio: Portfolio;
  reason: PortfolioChangeReason;
}

/** `local`: IndexedDB in this browser (default); `none`: in memory only. */
export type StorageMode = 'local' | 'none';

const STORAGE_MODES: readonly StorageMode[] = ['local', 'none'];
const TAG = 'kompetenz-provider';
/** Backoff of automatic save retries: 1 s, 2 s, 4 s … at most 30 s (a new change retries at once). */
const RETRY_BASE_MS = 1000;
const RETRY_MAX_MS = 30_000;

/**
 * What a reported problem is about. The problems of a scope are forgotten when that changes
 * (see `KompetenzProvider.forget`), so that they may be reported again.
 */
type ProblemScope =
  /** Edits and selections from the widgets: until the portfolio is replaced, its people change (an edit too) or `person` changes. */
  | 'input'
  /** A refused `portfolio` value: until the portfolio is replaced. */
  | 'portfolio'
  | 'person'
  | 'today'
  | 'storage-attribute'
  | 'src'
  /** Reading the store: until it is read, written or cleared, or the adapter changes. */
  | 'storage'
  /** Failed saves: until a save succeeds, the store is cleared or read after a conflict, or the adapter changes. */
  | 'save';

declare module '../../internal/events.js' {
  interface KrEventDetailMap {
    'kr-portfolio-change': KrPortfolioChangeDetail;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kompetenz-provider': KompetenzProvider;
  }
  interface GlobalEventHandlersEventMap {
    'kr-portfolio-change': KrEvent<'kr-portfolio-change'>;
  }
}

/** One line for a `kr-error` message: the first issue, and how many more there are. */
function summarize(issues: readonly ValidationIssue[]): string {
  const first = issues[0];
  if (!first) return 'invalid data';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return `${first.path}: ${first.message.startsWith(first.path) ? first.message.slice(first.path.length).replace(/^:\s*/, '') : first.message}${more}`;
}

/** Reads a stored document as outside data: upgrades older versions, then validates it. */
function readStored(value: unknown): Result<Portfolio> {
  const migrated = migratePortfolio(value);
  return migrated.ok ? validatePortfolio(migrated.value) : migrated;
}

function sameDocument(a: Portfolio, b: Portfolio): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Holds the data of every kompetenzrad widget inside it and keeps it. Widgets inside read the
 * portfolio, catalogue, roles, language, selected person and today's date from the context
 * `kompetenzContext`; their edits (`kr-level-change`, `kr-goal-submit`, `kr-plan-change`) reach
 * the provider as bubbling events, it applies them with the domain (`setAssessmentLevel`,
 * `upsertGoal`, `upsertPlan`) and provides a new value, so every widget shows the change at once.
 * `kr-select` with a `personId` selects that person. Widgets outside a provider work alone.
 *
 * **Loading.** Storage first (if it holds a document), else the JSON document at `src` (the only
 * network request the library makes), else an empty portfolio. Data loaded from `src` is stored
 * only after the first change; from then on the stored version is loaded instead of `src`.
 * The selected person is `person`, else the first person.
 *
 * **Storage.** `storage="local"` (default) keeps the portfolio in IndexedDB (database `store-name`),
 * `storage="none"` in memory; the `storageAdapter` property takes a portal's own adapter
 * (`load`, `save`, `clear`). Every change is saved as a whole document. A failed save fires
 * `kr-error` (`save-failed`), keeps the change and is retried with the next change and after a
 * short backoff; nothing is dropped. Stored data that cannot be read (`storage-invalid`, e.g.
 * written by a newer version) is never overwritten by automatic saves: changes stay in memory
 * until `importPortfolio()`, `clear()` or a `portfolio` set by code replaces it.
 *
 * **Several tabs: reload-newer.** Each save checks, in the same transaction, that the store still
 * holds the revision this tab last read; after a save the new revision is announced on the
 * BroadcastChannel `kompetenzrad`. A tab that hears of a newer revision loads it
 * (`kr-portfolio-change` with reason `external`, and a polite status message). If this tab has a
 * change that is not saved yet when another tab saved a newer revision, that change is not saved:
 * `kr-error` with code `conflict` fires and the newer state is loaded. Nothing is overwritten
 * silently.
 *
 * **Errors.** `kr-error` fires once per distinct problem (same code, source and message) while it
 * holds: refusing the same edit on every key press, the same unknown person on every `kr-select`
 * or the same failing save on every retry is reported once. When what a problem is about changes
 * (the portfolio is replaced, imported, cleared or loaded, or an edit changes its people; the `person`, `today`, `storage` or `src`
 * attribute changes; the store is read or written again) it may be reported again. A conflict is
 * reported every time. `importPortfolio()` and `clear()` report every failure, as they answer
 * their caller directly as well.
 *
 * @customElement kompetenz-provider
 * @summary Shares one portfolio with every kompetenzrad widget inside it, applies their edits and keeps the data.
 *
 * @slot - The widgets (and any other content); the provider draws no box of its own (`display: contents`).
 *
 * @fires {CustomEvent<KrPortfolioChangeDetail>} kr-portfolio-change - The portfolio changed: `{portfolio, reason}` with reason `load`, `edit`, `import`, `external` or `clear`. Not fired when `portfolio` is set by code.
 * @fires {CustomEvent<KrErrorDetail>} kr-error - Something could not be done: `{code, message, source}`; codes include `invalid-portfolio`, `invalid-import`, `save-failed`, `conflict`, `storage-load`, `storage-invalid`, `src-load`, `src-invalid`, `clear-failed`, `unknown-person`, `no-person`, `invalid-storage`, `invalid-today` and the domain's validation codes for refused edits.
 *
 * @csspart status - The visually hidden live region with status messages.
 */
export class KompetenzProvider extends KrElement {
  static override styles = [krElementStyles, providerStyles];

  /** URL of a portfolio JSON document, loaded when storage holds nothing. */
  @property() src?: string;

  /** Id of the selected person; without it (or when unknown) the first person is selected. */
  @property() person?: string;

  /** `local` (IndexedDB, default) or `none` (memory only). Ignored while `storageAdapter` is set. */
  @property() storage: StorageMode = 'local';

  /** Name of the IndexedDB database for `storage="local"`; providers with the same name share their data. */
  @property({ attribute: 'store-name' }) storeName: string = DEFAULT_STORE_NAME;

  /** Today's date as `YYYY-MM-DD` for every widget (default: the local date); for tests and demos. */
  @property() today?: IsoDate;

  /** A portal's own storage (see `StorageAdapter`); replaces the `storage` attribute. */
  @property({ attribute: false }) storageAdapter?: StorageAdapter;

  @state() private statusKey: ProviderStatus | undefined;

  private current: Portfolio = emptyPortfolio();
  private readonly context = new ContextProvider(this, { context: kompetenzContext, initialValue: this.contextValue() });

  private adapter: StorageAdapter | undefined;
  private ownIndexedDb: IndexedDbAdapter | undefined;
  private ownMemory: MemoryAdapter | undefined;
  private stopWatching: (() => void) | undefined;
  /** Increments whenever the adapter changes, so late results of the old one are dropped. */
  private session = 0;
  private loaded = false;
  /** The portfolio was set or imported before the first load finished: it wins over stored data. */
  private replacedByCode = false;
  /** Stored data could not be read: automatic saves would destroy it, so they wait. */
  private storageBlocked = false;
  /** The current portfolio has changes that are not stored yet. */
  private dirty = false;
  private saveQueued = false;
  private failedSaves = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  /** The problems reported so far (by code, source and message) and what they are about. */
  private readonly reported = new Map<string, ProblemScope>();
  /** Storage operations run one after another, never overlapping. */
  private queue: Promise<void> = Promise.resolve();
  private loadWaiters: (() => void)[] = [];

  constructor() {
    super();
    // A value set on the element before it was upgraded shadows the accessor: take it over.
    const early = Object.getOwnPropertyDescriptor(this, 'portfolio');
    if (early && 'value' in early) {
      delete (this as { portfolio?: unknown }).portfolio;
      this.portfolio = early.value as Portfolio;
    }
    this.addEventListener('kr-level-change', this.onLevelChange);
    this.addEventListener('kr-goal-submit', this.onGoalSubmit);
    this.addEventListener('kr-plan-change', this.onPlanChange);
    this.addEventListener('kr-select', this.onSelect);
  }

  /**
   * The current portfolio (a new object after every change; treat it as immutable). Setting it
   * validates the value (`validatePortfolio`): bad data fires `kr-error` (`invalid-portfolio`, once
   * per distinct problem until the portfolio is replaced) and the old state stays; good data
   * replaces the portfolio and is stored.
   */
  get portfolio(): Portfolio {
    return this.current;
  }

  set portfolio(value: Portfolio) {
    const result = validatePortfolio(value);
    if (!result.ok) {
      this.report('portfolio', 'invalid-portfolio', summarize(result.errors), 'portfolio');
      return;
    }
    if (result.value !== this.current) this.replace(result.value, undefined);
  }

  /** Resolves when the first load (storage, `src` or empty) has finished. */
  get loadComplete(): Promise<void> {
    if (this.loaded) return Promise.resolve();
    return new Promise((resolve) => this.loadWaiters.push(resolve));
  }

  /** Resolves when every storage operation asked for so far has finished (saved, or failed and reported). */
  get saveComplete(): Promise<void> {
    return this.queue;
  }

  /** The portfolio as JSON text (indented, stable key order), e.g. for a download. */
  exportPortfolio(): string {
    return serializePortfolio(this.current, { indent: 2 });
  }

  /**
   * Replaces the portfolio with one read from JSON text (`parsePortfolio`: older versions are
   * upgraded, everything is validated). On error `kr-error` (`invalid-import`) fires, every time,
   * and nothing is replaced. Returns the parse result either way.
   */
  importPortfolio(text: string): Result<Portfolio> {
    const result = parsePortfolio(text);
    if (!result.ok) {
      this.fail('invalid-import', summarize(result.errors), 'importPortfolio');
      this.announce('importFailed');
      return result;
    }
    this.replace(result.value, 'import');
    this.announce('imported');
    return result;
  }

  /**
   * Deletes everything stored (right to erasure) and empties the portfolio. Resolves when the
   * store is empty (IndexedDB keeps only a revision counter, so that other tabs notice); rejects
   * (and fires `kr-error`, `clear-failed`) when it could not be cleared.
   */
  async clear(): Promise<void> {
    const adapter = this.adapter ?? this.pickAdapter();
    await this.enqueue(async () => {
      this.cancelRetry();
      try {
        await adapter.clear();
      } catch (error) {
        this.fail('clear-failed', `the stored data could not be deleted: ${describeError(error)}`, 'clear');
        throw error;
      }
      this.dirty = false;
      this.failedSaves = 0;
      this.storageBlocked = false;
      this.forget('storage', 'save');
      this.commit(emptyPortfolio(), 'clear', false);
      this.announce('cleared');
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after a move: listen again and catch up with what other tabs stored meanwhile.
    if (this.adapter && !this.stopWatching) {
      this.watch(this.adapter);
      // With a change not stored yet, saving comes first: its revision check tells whether another tab wrote meanwhile.
      if (this.dirty) this.queueSave();
      else if (this.loaded) void this.enqueue(() => this.reload(this.adapter!));
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatching?.();
    this.stopWatching = undefined;
    this.cancelRetry();
    const adapter = this.adapter;
    if (this.dirty) this.queueSave();
    void this.enqueue(async () => {
      if (!this.isConnected) adapter?.close?.();
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('person')) this.forget('person', 'input');
    if (changed.has('today')) this.forget('today');
    if (changed.has('src')) this.forget('src');
    if (changed.has('storage')) this.forget('storage-attribute');
    // A removed attribute (null) means the default, `local`.
    if (changed.has('storage') && this.storage != null && !STORAGE_MODES.includes(this.storage)) {
      this.report('storage-attribute', 'invalid-storage', `storage: expected "local" or "none", got "${String(this.storage)}"; "local" is used`, 'storage');
    }
    if (this.isConnected && (!this.adapter || changed.has('storage') || changed.has('storeName') || changed.has('storageAdapter'))) {
      this.useAdapter(this.pickAdapter());
    } else if (changed.has('src') && this.loaded && this.src) {
      const session = this.session;
      void this.enqueue(() => this.loadSource(session, true));
    }
    this.checkToday();
    this.checkPerson();
    this.provideContext();
  }

  protected override render(): TemplateResult {
    const text = this.statusKey === undefined ? '' : this.localize.of(PROVIDER_STRINGS)[this.statusKey];
    return html`<slot></slot>
      <div part="status" class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${text}</div>`;
  }

  // -------------------------------------------------------------------------------------------
  // Context

  private contextValue(): KompetenzContextValue {
    const portfolio = this.current;
    return {
      portfolio,
      catalogue: catalogueOf(portfolio),
      roles: rolesOf(portfolio),
      lang: resolveLang(this),
      personId: this.selectedPersonId(),
      today: this.todayDate(),
    };
  }

  /** Provides a new value only when something in it changed, so consumers can compare by identity. */
  private provideContext(): void {
    const next = this.contextValue();
    const old = this.context.value;
    const same = (Object.keys(next) as (keyof KompetenzContextValue)[]).every((key) => next[key] === old[key]);
    if (!same) this.context.setValue(next);
  }

  private selectedPersonId(): string | undefined {
    const people = this.current.people;
    if (this.person && people.some((person) => person.id === this.person)) return this.person;
    return people[0]?.id;
  }

  private todayDate(): IsoDate {
    return this.today !== undefined && isIsoDate(this.today) ? this.today : localToday();
  }

  private checkToday(): void {
    const today = this.today;
    if (today == null || isIsoDate(today)) return;
    this.report('today', 'invalid-today', `today: expected a date as YYYY-MM-DD, got "${String(today)}"; the local date is used`, 'today');
  }

  private checkPerson(): void {
    const person = this.person;
    // An empty portfolio cannot know anyone yet (a page may set `person` before its data).
    if (!this.loaded || !person || this.current.people.length === 0 || this.current.people.some((one) => one.id === person)) {
      this.forget('person');
      return;
    }
    this.report('person', 'unknown-person', `person: "${person}" is not a person of the portfolio; the first person is selected`, 'person');
  }

  // -------------------------------------------------------------------------------------------
  // Edits from the widgets

  /** Only the nearest provider handles an edit (providers may be nested). */
  private handles(event: Event): boolean {
    const nearest = event.composedPath().find((node) => node === this || (node instanceof Element && node.localName === TAG));
    return nearest === this;
  }

  private readonly onLevelChange = (event: Event): void => {
    if (!this.handles(event)) return;
    const detail = this.detailOf(event);
    if (!detail) return;
    const personId = this.selectedPersonId();
    if (personId === undefined) {
      this.report('input', 'no-person', 'kr-level-change: there is no person to rate; add a person to the portfolio first', event.type);
      return;
    }
    const { competencyId, level, series } = detail;
    this.edit(event.type, () =>
      setAssessmentLevel(this.current, {
        personId,
        rater: series as 'self',
        competencyId: competencyId as string,
        level: level as 0,
        today: this.todayDate(),
      }),
    );
  };

  private readonly onGoalSubmit = (event: Event): void => {
    if (!this.handles(event)) return;
    const detail = this.detailOf(event);
    if (!detail) return;
    const goal = detail.goal;
    const personId = this.selectedPersonId();
    const withPerson = isRecord(goal) && goal.personId === undefined && personId !== undefined ? { ...goal, personId } : goal;
    this.edit(event.type, () => upsertGoal(this.current, withPerson as Goal));
  };

  private readonly onPlanChange = (event: Event): void => {
    if (!this.handles(event)) return;
    const detail = this.detailOf(event);
    if (!detail) return;
    const plan = detail.plan;
    this.edit(event.type, () => upsertPlan(this.current, plan as Plan));
  };

  private readonly onSelect = (event: Event): void => {
    if (!this.handles(event)) return;
    const personId = this.detailOf(event)?.personId;
    if (personId === undefined) return;
    if (typeof personId !== 'string' || !this.current.people.some((person) => person.id === personId)) {
      this.report('input', 'unknown-person', `kr-select: ${JSON.stringify(personId)} is not a person of the portfolio`, event.type);
      return;
    }
    this.person = personId;
  };

  private detailOf(event: Event): Record<string, unknown> | undefined {
    const detail = (event as CustomEvent<unknown>).detail;
    if (isRecord(detail)) return detail;
    this.report('input', 'invalid-event', `${event.type}: expected an object as detail, got ${detail === null ? 'null' : typeof detail}`, event.type);
    return undefined;
  }

  private edit(source: string, change: () => Portfolio): void {
    let next: Portfolio;
    try {
      next = change();
    } catch (error) {
      if (error instanceof KompetenzradError) this.report('input', error.code, summarize(error.issues), source);
      else this.report('input', 'edit-failed', describeError(error), source);
      return;
    }
    if (next !== this.current) this.commit(next, 'edit');
  }

  // -------------------------------------------------------------------------------------------
  // State changes

  /** A new state; fires `kr-portfolio-change` unless set by code (`reason` undefined) and stores it when `save`. */
  private commit(next: Portfolio, reason: PortfolioChangeReason | undefined, save = true): void {
    const peopleChanged = next.people !== this.current.people;
    this.current = next;
    // Refused widget input depends on who is in the portfolio: report it again once that changed.
    if (reason !== 'edit' || peopleChanged) this.forget('input');
    if (reason !== 'edit') this.forget('portfolio');
    this.requestUpdate();
    if (reason) this.emit('kr-portfolio-change', { portfolio: next, reason });
    if (save) {
      this.dirty = true;
      this.queueSave();
    }
  }

  /** A replacement by the page (property or import): wins over a load still running, and may overwrite unreadable stored data. */
  private replace(next: Portfolio, reason: PortfolioChangeReason | undefined): void {
    if (!this.loaded) this.replacedByCode = true;
    this.storageBlocked = false;
    this.commit(next, reason);
  }

  /** Fires `kr-error` every time: for calls that answer their caller too. */
  private fail(code: string, message: string, source: string): void {
    this.emit('kr-error', { code, message, source });
  }

  /** Fires `kr-error` unless the same problem was reported and its scope not forgotten since; tells whether it fired. */
  private report(scope: ProblemScope, code: string, message: string, source: string): boolean {
    const key = `${code}\u0000${source}\u0000${message}`;
    if (this.reported.has(key)) return false;
    this.reported.set(key, scope);
    this.fail(code, message, source);
    return true;
  }

  /** What these problems were about has changed: they may be reported again. */
  private forget(...scopes: ProblemScope[]): void {
    for (const [key, scope] of this.reported) if (scopes.includes(scope)) this.reported.delete(key);
  }

  private announce(key: ProviderStatus): void {
    // Emptied first, so that the same message twice in a row is announced again.
    this.statusKey = undefined;
    void this.updateComplete.then(() => {
      this.statusKey = key;
    });
  }

  // -------------------------------------------------------------------------------------------
  // Storage

  private pickAdapter(): StorageAdapter {
    if (this.storageAdapter) return this.storageAdapter;
    if (this.storage === 'none') return (this.ownMemory ??= new MemoryAdapter());
    const database = this.storeName || DEFAULT_STORE_NAME;
    if (this.ownIndexedDb?.database !== database) {
      this.ownIndexedDb?.close();
      this.ownIndexedDb = new IndexedDbAdapter({ database });
    }
    return this.ownIndexedDb;
  }

  private enqueue(operation: () => Promise<void>): Promise<void> {
    const run = this.queue.then(operation);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private watch(adapter: StorageAdapter): void {
    this.stopWatching = adapter.watch?.(() => {
      void this.enqueue(() => this.reload(adapter));
    });
  }

  /** Starts using `adapter`: the load order runs again from there (a portfolio set by code is kept and stored). */
  private useAdapter(adapter: StorageAdapter): void {
    if (adapter === this.adapter) return;
    const previous = this.adapter;
    this.stopWatching?.();
    this.stopWatching = undefined;
    if (previous) {
      // Whatever the old place has not stored yet goes there first.
      if (this.dirty && this.loaded) {
        const snapshot = this.current;
        this.dirty = false;
        void this.enqueue(() => previous.save(snapshot).catch((error: unknown) => void this.report('save', 'save-failed', describeError(error), 'storage')));
      }
      void this.enqueue(async () => previous.close?.());
    }
    this.adapter = adapter;
    this.session += 1;
    if (this.loaded) this.replacedByCode = false;
    this.loaded = false;
    this.storageBlocked = false;
    this.forget('storage', 'save', 'src');
    if (this.isConnected) this.watch(adapter);
    const session = this.session;
    void this.enqueue(() => this.initialLoad(adapter, session));
  }

  private async initialLoad(adapter: StorageAdapter, session: number): Promise<void> {
    let stored: unknown;
    try {
      stored = await adapter.load();
    } catch (error) {
      if (session === this.session) {
        this.report('storage', 'storage-load', `the stored data could not be read: ${describeError(error)}`, 'storage');
        this.announce('loadFailed');
      }
    }
    if (session !== this.session) return;
    if (this.replacedByCode) {
      this.finishLoad();
      this.queueSave();
      return;
    }
    if (stored !== undefined && stored !== null) {
      const result = readStored(stored);
      if (result.ok) {
        this.finishLoad();
        this.commit(result.value, 'load', false);
        return;
      }
      this.storageBlocked = true;
      this.report('storage', 'storage-invalid', `the stored data is not a valid portfolio and is kept untouched: ${summarize(result.errors)}`, 'storage');
      this.announce('loadFailed');
    }
    if (this.src) await this.loadSource(session, false);
    if (session !== this.session) return;
    const fromSource = this.loaded;
    this.finishLoad();
    if (!fromSource && !this.replacedByCode) this.commit(this.current, 'load', false);
    else if (this.dirty) this.queueSave();
  }

  private finishLoad(): void {
    this.loaded = true;
    const waiters = this.loadWaiters;
    this.loadWaiters = [];
    waiters.forEach((resolve) => resolve());
    this.requestUpdate();
  }

  /**
   * Loads the document at `src`. At start (`store` false) it becomes the state without being
   * stored; a later change of `src` replaces the state and is stored like an import.
   */
  private async loadSource(session: number, store: boolean): Promise<void> {
    const src = this.src;
    if (!src) return;
    let text: string;
    try {
      const response = await fetch(new URL(src, document.baseURI), { credentials: 'same-origin' });
      if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
      text = await response.text();
    } catch (error) {
      if (session === this.session) this.report('src', 'src-load', `src: "${src}" could not be loaded: ${describeError(error)}`, 'src');
      return;
    }
    if (session !== this.session || src !== this.src || (this.replacedByCode && !store)) return;
    const result = parsePortfolio(text);
    if (!result.ok) {
      this.report('src', 'src-invalid', `src: "${src}" is not a valid portfolio: ${summarize(result.errors)}`, 'src');
      return;
    }
    if (!store) this.finishLoad();
    this.commit(result.value, 'load', store);
  }

  private queueSave(): void {
    if (this.saveQueued || !this.adapter) return;
    this.saveQueued = true;
    void this.enqueue(() => this.saveNow());
  }

  private async saveNow(): Promise<void> {
    this.saveQueued = false;
    const adapter = this.adapter;
    if (!adapter || !this.dirty || !this.loaded || this.storageBlocked) return;
    const snapshot = this.current;
    this.dirty = false;
    try {
      await adapter.save(snapshot);
    } catch (error) {
      if (adapter !== this.adapter) return;
      if (isStorageConflict(error)) {
        // Stays marked as unsaved until the newer state has actually been loaded.
        this.dirty = true;
        await this.reload(adapter);
        return;
      }
      this.dirty = true;
      this.failedSaves += 1;
      const message = `the portfolio could not be saved and is kept to be saved again: ${describeError(error)}`;
      if (this.report('save', 'save-failed', message, 'storage')) this.announce('saveFailed');
      this.scheduleRetry();
      return;
    }
    this.cancelRetry();
    this.forget('storage', 'save');
    if (this.failedSaves > 0) this.announce('saved');
    this.failedSaves = 0;
  }

  private scheduleRetry(): void {
    this.cancelRetry();
    if (!this.isConnected) return;
    const delay = Math.min(RETRY_BASE_MS * 2 ** (this.failedSaves - 1), RETRY_MAX_MS);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      if (this.dirty) this.queueSave();
    }, delay);
  }

  private cancelRetry(): void {
    if (this.retryTimer !== undefined) clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }

  /**
   * Loads what `adapter` holds now, after another tab stored it. A change of this tab that is not
   * stored yet is given up for the newer state (reload-newer) and reported as `conflict`.
   */
  private async reload(adapter: StorageAdapter): Promise<void> {
    let stored: unknown;
    try {
      stored = await adapter.load();
    } catch (error) {
      this.report('storage', 'storage-load', `the newer stored data could not be read: ${describeError(error)}`, 'storage');
      return;
    }
    if (adapter !== this.adapter) return;
    let next: Portfolio;
    if (stored === undefined || stored === null) next = emptyPortfolio();
    else {
      const result = readStored(stored);
      if (!result.ok) {
        this.storageBlocked = true;
        this.report('storage', 'storage-invalid', `the stored data is not a valid portfolio and is kept untouched: ${summarize(result.errors)}`, 'storage');
        return;
      }
      next = result.value;
    }
    this.forget('storage');
    const lostLocalChanges = this.dirty;
    if (lostLocalChanges) {
      this.dirty = false;
      this.cancelRetry();
      this.failedSaves = 0;
      this.forget('save');
      this.fail(
        'conflict',
        'another tab saved a newer version while this one had a change that was not saved yet; that change was not saved and the newer version was loaded',
        'storage',
      );
    }
    this.storageBlocked = false;
    if (sameDocument(next, this.current)) return;
    this.commit(next, 'external', false);
    this.announce(lostLocalChanges ? 'conflict' : 'external');
  }
}
