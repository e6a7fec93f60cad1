import { ContextProvider } from '@lit/context';
import type { PropertyValues, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Result } from '../../domain/errors.js';
import { emptyPortfolio } from '../../domain/portfolio.js';
import type { IsoDate, Lang, Person, Portfolio } from '../../domain/types.js';
import { krElementStyles } from '../../internal/base.styles.js';
import { kompetenzContext, type KompetenzContextValue } from '../../internal/context.js';
import { Announcer } from '../../internal/controllers/announcer.js';
import type { Problem } from '../../internal/error-reporter.js';
import type { KrEvent } from '../../internal/events.js';
import { resolveToday } from '../../internal/inputs.js';
import { KrElement } from '../../internal/kr-element.js';
import { resolveLang } from '../../internal/localize.js';
import { AttributeChecks } from './controllers/attribute-checks.js';
import { ConflictList } from './controllers/conflicts.js';
import { answerInstallationIdRequests } from './controllers/installation-id.js';
import type { StorageMode } from './controllers/own-adapters.js';
import { Persistence, type Replacement } from './controllers/persistence.js';
import { PortfolioFile, type ExportOptions, type ImportOptions } from './controllers/portfolio-file.js';
import { ProblemLog } from './controllers/problem-log.js';
import type { StorageAdapter } from './controllers/storage-adapter.js';
import { DEFAULT_STORAGE_TIMEOUT_MS } from './controllers/time-limit.js';
import { WidgetEdits } from './controllers/widget-edits.js';
import { providerStyles } from './kompetenz-provider.styles.js';
import type { ConflictChoice, KrConflictDetail, ProviderConflict } from './model/conflict.js';
import { contextValueOf, sameContextValue, selectedPersonId } from './model/context-value.js';
import { freezeDeep } from './model/frozen.js';
import type { KrPortfolioChangeDetail, PortfolioChangeReason } from './model/portfolio-change.js';
import { earlyValue } from './model/early-value.js';
import { storageChoiceOf, storageSwitch } from './model/storage-switch.js';
import { PROVIDER_STRINGS, type ProviderStatus } from './strings/index.js';
import { NOTICE_SCOPES, problemNotice, providerView } from './views/provider.js';

export type { KrPortfolioChangeDetail, PortfolioChangeReason } from './model/portfolio-change.js';
export type { ConflictChoice, ConflictSource, KrConflictDetail, ProviderConflict } from './model/conflict.js';
export type { ExportOptions, ImportOptions } from './controllers/portfolio-file.js';
export type { StorageMode } from './controllers/own-adapters.js';

declare module '../../internal/events.js' {
  interface KrEventDetailMap {
    'kr-portfolio-change': KrPortfolioChangeDetail;
    'kr-conflict': KrConflictDetail;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kompetenz-provider': KompetenzProvider;
  }
  interface GlobalEventHandlersEventMap {
    'kr-portfolio-change': KrEvent<'kr-portfolio-change'>;
    'kr-conflict': KrEvent<'kr-conflict'>;
  }
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
 * only after the first change; from then on the stored version is loaded instead of `src`. With
 * `storage="http"`, `src` is the storage itself. `src` is requested and read while the storage is
 * asked, and the request is cancelled when the storage holds a document. A large document (from 2 MB) is
 * decoded, parsed and checked by a worker (`portfolio-check.worker.js` beside the code), which hands the
 * records over in small batches, so the page stays responsive while it loads (on a device with at
 * most two cores the page reads it itself, in slices). Meanwhile the context offers the people read
 * so far as `arriving` (built-in catalogue and roles only), so that a team matrix shows them early;
 * `portfolio` gets them only with the whole, checked document.
 * The selected person is `person` (nobody while the portfolio lacks them); without `person`, the first person.
 *
 * **Storage.** `storage="local"` (default) keeps the portfolio in IndexedDB (database `store-name`;
 * without it one database per `src` document, so pages with different `src` never share data),
 * `storage="none"` in memory; `storage="http"` keeps it as the JSON document at `src` on the
 * page's own server, e.g. in a WebDAV folder that employee, line manager and HR share (`GET` with
 * `ETag`; `PUT` with `If-Match`, or `If-None-Match: *` for a new document; same origin only, no
 * credentials beyond the browser's own for its origin). There each change also
 * waits in this browser's IndexedDB (`kompetenzrad-unsaved`, or `<store-name>-unsaved`) until the
 * server has it, so a page closed meanwhile loses nothing: the next page with this `src` takes it
 * in and saves it. The `storageAdapter` property takes a portal's own adapter (`load`, `save`,
 * `clear`). Every change is saved as a whole document. A failed save fires
 * `kr-error` (`save-failed`), keeps the change and is retried with the next change and after a
 * short backoff; nothing is dropped (a blocked storage or impossible settings only with the next
 * change, a full one after the longest wait); until it works, the notice says so. Stored data that
 * cannot be read (`storage-invalid`, e.g. a newer version's) is never overwritten by automatic saves: changes stay in memory
 * until `importPortfolio()`, `clear()` or a `portfolio` set by code replaces it. Every call of an
 * adapter has a time limit (`storageTimeout`); one that fails or does not answer in time fires
 * `kr-error` and never stops loading. Adapters get the document frozen, and what `load()` returns
 * is copied before it is used. The status says "saved" or "imported" only once it is stored. While
 * a change is not stored yet, leaving the page asks first (`beforeunload`); hiding it saves at once.
 *
 * **Several tabs and clients: nothing dropped.** Each save checks, in the same transaction, that
 * the store still holds the revision this tab last read; after a save the new revision is
 * announced on the BroadcastChannel `kompetenzrad`. A tab that hears of a newer revision loads it
 * (`kr-portfolio-change` with reason `external`, and a polite status message). If this tab has
 * changes that are not saved yet (or the server answers `412`, or a portal's adapter reports a
 * conflict), they are merged onto the newer version, three-way from the version this tab last loaded or saved
 * (`mergePortfolios`; levels of one assessment competency by competency), and saved again
 * (reason `merge`). A value both sides changed differently keeps this tab's value and is
 * reported as `kr-conflict`; the provider lists open conflicts below its content with both values
 * to choose from (unless the page cancels `kr-conflict` to show them itself), and
 * `resolveConflict()` applies a choice. Only the deletion of all data in another tab (`clear()`)
 * wins over unsaved changes (`kr-error` `conflict`).
 *
 * **Errors.** `kr-error` fires once per distinct problem (same code, source and message; for
 * refused data, path and parameters) while it holds, and the notice and `problems` show it: refusing the same edit on every key press, the same unknown person on every `kr-select`
 * or the same failing save on every retry is reported once. When what a problem is about changes
 * (the portfolio is replaced, imported, cleared or loaded, or an edit changes its people; the `person`, `today`, `storage`, `store-name` or `src`
 * attribute, `storageAdapter` or `storageTimeout` changes to another problem; the store is read or written again) it may be reported again. A conflict is
 * reported every time. `importPortfolio()` and `clear()` report every failure, as they answer
 * their caller directly as well. Refused data is described in the notice in the provider's language, in `message` in English for
 * developers (the first problem, its path, how many more), with the path and parameters of the first problem in the
 * detail's `path` and `params`.
 *
 * @customElement kompetenz-provider
 * @summary Shares one portfolio with every kompetenzrad widget inside it, applies their edits and keeps the data.
 *
 * @slot - The widgets (and any other content); the provider draws no box of its own (`display: contents`).
 *
 * @fires {CustomEvent<KrPortfolioChangeDetail>} kr-portfolio-change - The portfolio changed: `{portfolio, reason}` with reason `load`, `edit`, `import`, `external`, `merge` or `clear`. Not fired when `portfolio` is set by code.
 * @fires {CustomEvent<KrConflictDetail>} kr-conflict - A merge (newer stored data, or `importPortfolio(…, { mode: 'merge' })`) found values changed differently on both sides: `{conflicts, added}`, every open conflict with `mine` and `theirs`. Cancelable: `preventDefault()` hides the provider's own list, and the page offers the choice and calls `resolveConflict()`.
 * @fires {CustomEvent<KrErrorDetail>} kr-error - Something could not be done: `{code, message, source}` (and `path`, `params` for refused data); codes include `invalid-portfolio`, `invalid-import`, `save-failed`, `conflict`, `merge-failed`, `storage-load`, `storage-invalid`, `storage-timeout`, `storage-watch`, `storage-close`, `stored-data-replaced`, `src-load`, `src-invalid`, `clear-failed`, `unknown-person`, `no-person`, `unknown-conflict`, `conflict-choice`, `invalid-storage`, `invalid-storage-adapter`, `invalid-storage-timeout`, `invalid-store-name`, `invalid-today` and the domain's validation codes for refused edits; with `storage="http"` a failed load or save names its cause: `storage-unauthorized`, `storage-forbidden`, `storage-not-found`, `storage-server-error`, `storage-offline`, `storage-refused`, `storage-no-etag`, `storage-cross-origin`, `storage-no-src`.
 *
 * @cssproperty [--kr-conflict-color=#3d1a00] - Text colour of the list of open conflicts.
 * @cssproperty [--kr-conflict-background=#fff4e5] - Background of the list of open conflicts.
 * @cssproperty [--kr-conflict-border=#b35900] - Border colour of the list of open conflicts.
 *
 * @csspart notice - What the provider could not use of what the page gave it (`src`, `storage`, `store-name`, `storageAdapter`, `storageTimeout`, `today`, `person`, a refused `portfolio`), and a storage that cannot be read or written now, in its language; empty and hidden while there is nothing.
 * @csspart status - The visually hidden live region with passing status messages ("saved", "imported" …); lasting problems are in `notice`.
 * @csspart conflicts - The list of open conflicts (shown only while there are some).
 * @csspart conflict-choice - A button that makes one value of a conflict hold.
 * @csspart conflicts-settled - Where the list was once its last conflict is settled there: a note that says so; it takes focus and goes away when focus moves on.
 */
export class KompetenzProvider extends KrElement {
  static override styles = [krElementStyles, providerStyles];
  protected static override propertyOnly = ['portfolio'];

  /** URL of a portfolio JSON document, loaded when storage holds nothing. */
  @property() src?: string;

  /** Id of the selected person; without it the first person is selected, while it names nobody in the portfolio nobody is (reported: `unknown-person`). */
  @property() person?: string;

  /**
   * `local` (IndexedDB, default), `none` (memory only) or `http` (the JSON document at `src` on the
   * page's own server, e.g. WebDAV; changes wait in IndexedDB until the server has them); any other
   * value is reported and counts as `none`. Ignored while `storageAdapter` is set.
   */
  @property() storage: StorageMode = 'local';

  /**
   * IndexedDB database for `storage="local"`, shared by providers with the same name; default: one per `src` document,
   * else `kompetenzrad`. With `storage="http"` changes wait for the server in `<store-name>-unsaved` (default `kompetenzrad-unsaved`).
   * 1 to 200 characters, not only spaces; another value is reported (`invalid-store-name`) and the default holds.
   */
  @property({ attribute: 'store-name' }) storeName?: string;

  /** Today's date as `YYYY-MM-DD` for every widget (default: the local date); for tests and demos. */
  @property() today?: IsoDate;

  /** A portal's own storage (see `StorageAdapter`); replaces the `storage` attribute. One without `load`, `save` or `clear` is reported (`invalid-storage-adapter`) and counts as `storage="none"`. */
  @property({ attribute: false }) storageAdapter?: StorageAdapter;

  /**
   * The longest one storage call (`load`, `save`, `clear`) may take, in milliseconds (default
   * 10 000). A call that does not answer in time fails with `kr-error` `storage-timeout`: a load
   * goes on without stored data, a save is kept and retried, `clear()` rejects. Another value than a number above 0 and
   * at most 2 147 483 647 (about 24 days) is reported (`invalid-storage-timeout`) and the default holds.
   */
  @property({ attribute: false }) storageTimeout: number = DEFAULT_STORAGE_TIMEOUT_MS;

  private current: Portfolio = emptyPortfolio();
  /** The people of the first `src` document while the rest of it is read, for a team matrix to show early. */
  private arrivingPeople: readonly Person[] | undefined;
  private readonly context = new ContextProvider(this, { context: kompetenzContext, initialValue: this.contextValue() });
  private readonly errorLog = new ProblemLog((detail) => this.emit('kr-error', detail), () => this.requestUpdate());
  private readonly status = new Announcer(this, { part: 'status' });
  private readonly checks = new AttributeChecks(this.errorLog);
  private readonly conflictList = new ConflictList(this, {
    portfolio: () => this.current,
    lang: () => this.messageLang(),
    words: () => this.localize.of(PROVIDER_STRINGS).conflicts,
    commit: (next) => this.commit(next, 'edit'),
    emit: (detail) => this.emit('kr-conflict', detail, { cancelable: true }),
    announce: (status) => this.announce(status),
    problems: this.errorLog,
  });
  private readonly persistence = new Persistence(this, {
    // With `storage="http"` the document at `src` is the storage, never loaded a second time as a starting document.
    src: () => (this.storage === 'http' && !this.storageAdapter ? undefined : this.src),
    storageChoice: () => storageChoiceOf(this, document.baseURI),
    arriving: (people) => {
      this.arrivingPeople = people;
      this.requestUpdate();
    },
    portfolio: () => this.current,
    timeLimit: () => this.storageTimeout,
    commit: (next, reason, store) => this.commit(next, reason, store),
    announce: (status) => this.announce(status),
    conflicts: (found, source) => this.conflictList.add(found, source),
    erased: () => this.conflictList.reset(),
    problems: this.errorLog,
  });
  private readonly file = new PortfolioFile(
    {
      portfolio: () => this.current,
      replace: (next) => this.replace(next, 'import'),
      merge: (next) => this.commit(next, 'import'),
      announce: (status) => this.announce(status),
      problems: this.errorLog,
    },
    this.persistence,
    this.conflictList,
  );

  constructor() {
    super();
    const portfolio = earlyValue(this, 'portfolio');
    if (portfolio) this.portfolio = portfolio.value as Portfolio;
    answerInstallationIdRequests(this, {
      portfolio: () => this.current,
      keepsData: () => this.persistence.keepsData,
      commit: (next) => this.commit(next, undefined),
    });
    new WidgetEdits(this, {
      portfolio: () => this.current,
      personId: () => selectedPersonId(this.current, this.person),
      today: () => this.todayDate(),
      commit: (next) => this.commit(next, 'edit'),
      select: (personId) => {
        this.person = personId;
      },
      arriving: () => this.arrivingPeople,
      refuse: (detail) => void this.errorLog.report('input', detail),
    });
  }

  /**
   * The current portfolio (a new object after every change, deeply frozen). Setting it validates
   * the value (`validatePortfolio`): bad data fires `kr-error` (`invalid-portfolio`, once per
   * distinct problem until the portfolio is replaced) and the old state stays; a copy of good
   * data replaces the portfolio and is stored (the object given stays the page's own). `undefined`, `null` and `''` count as not given: the data stay.
   *
   * Set before the first load has finished, it replaces whatever is stored, and `kr-error`
   * `stored-data-replaced` says so when something was stored. To keep stored data, set it after
   * the load: `await provider.loadComplete; if (provider.portfolio.people.length === 0) provider.portfolio = data;`
   */
  get portfolio(): Portfolio {
    return this.current;
  }

  set portfolio(value: Portfolio) {
    this.clearErrors('attribute:portfolio');
    const next = this.checks.checkPortfolio(value);
    // A copy: the page keeps its object to change as it likes.
    if (next !== undefined && next !== this.current) this.replace(structuredClone(next), 'portfolio');
  }

  /** Resolves when the first load (storage, `src` or empty) has finished. */
  get loadComplete(): Promise<void> {
    return this.persistence.loadComplete;
  }

  /**
   * Resolves when every storage operation asked for so far has finished (saved, or failed and
   * reported), including those they started: a save that another save of the same moment
   * replaced is merged and saved again before it resolves.
   */
  get saveComplete(): Promise<void> {
    return this.persistence.saveComplete;
  }

  /** The conflicts merges left open (see `kr-conflict`), oldest first; each keeps this tab's value until resolved. */
  get conflicts(): readonly ProviderConflict[] {
    return this.conflictList.open;
  }

  /**
   * Settles the open conflict at `index` (its position in `conflicts`): the value of `choice` (`mine` or `theirs`; an
   * absent value removes it) holds from now on and is saved like an edit. Returns `false` and fires `kr-error` when there
   * is no such conflict (`unknown-conflict`) or the value no longer fits the portfolio (`conflict-choice`).
   */
  resolveConflict(index: number, choice: ConflictChoice): boolean {
    return this.conflictList.resolve(index, choice);
  }

  /**
   * The portfolio as JSON text (indented, stable key order), e.g. for a download; `{ people: [id] }`: only their data
   * (`portfolioOfPeople`, e.g. for a line manager). Throws a `KompetenzradError` for an unknown id or option (`{ person }`).
   */
  exportPortfolio(options?: ExportOptions): string {
    return this.file.export(options);
  }

  /**
   * Reads a portfolio from JSON text (`parsePortfolio`: older versions are upgraded, everything is validated). It replaces
   * the portfolio, or with `{ mode: 'merge' }` is merged into it (into the stored data once loaded): what only one side has
   * is kept, e.g. a line manager's assessment; a value that differs is a `kr-conflict`. On error (also an unknown option or
   * mode) `kr-error` (`invalid-import`) fires, every time, and nothing changes. Returns the parse result (the document read) or the
   * problems; the status announces the import once it is stored.
   */
  importPortfolio(text: string, options?: ImportOptions): Result<Portfolio> {
    return this.file.import(text, options);
  }

  /**
   * Deletes everything stored (right to erasure), drafts of new goals too, and empties the portfolio. Resolves when the
   * store is empty (IndexedDB keeps only a revision counter, so that other tabs notice); rejects
   * (and fires `kr-error`, `clear-failed`) when it could not be cleared.
   */
  clear(): Promise<void> {
    return this.persistence.clear(storageChoiceOf(this, document.baseURI));
  }

  /**
   * The first update starts the first load without waiting for the texts; it is where Lit hands
   * over what a page set before the element was defined (`storage="none"`, a `storageAdapter`).
   */
  protected override waitsForTexts(): boolean {
    return this.hasUpdated;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const storage = storageSwitch(changed as { has(key: string): boolean }, this.storeName, this.storage);
    const switched = this.isConnected && (!this.persistence.hasAdapter || storage.choose) && this.persistence.choose(storageChoiceOf(this, document.baseURI), storage.samePortfolio);
    if (!switched && changed.has('src')) this.persistence.sourceChanged();
    this.checks.check(this, changed as { has(key: string): boolean }, this.current.people, this.persistence.loaded);
    this.provideContext();
  }

  protected override render(): TemplateResult {
    const own = this.localize.textsLoading() === undefined ? this.localize.of(PROVIDER_STRINGS) : undefined;
    const trouble = own && this.persistence.trouble;
    const words = own && { title: this.localize.strings.noticeTitle, lines: own.notice, storage: trouble && own[trouble] };
    return providerView(problemNotice(this.errorLog.held(NOTICE_SCOPES), words, this.messageLang(), this), this.status.render(), this.conflictList.render());
  }

  /** The problems that hold now: what the provider could not use of what the page gave it, and failures of the storage. */
  override get problems(): readonly Problem[] {
    return this.errorLog.problems();
  }

  /** A new state; fires `kr-portfolio-change` unless set by code (`reason` undefined) and stores it when `store`. */
  private commit(next: Portfolio, reason: PortfolioChangeReason | undefined, store = true): void {
    const peopleChanged = next.people !== this.current.people;
    // Frozen, so that no widget, adapter or page can change the state behind the provider's back.
    this.current = freezeDeep(next);
    // Refused widget input depends on who is in the portfolio: report it again once that changed.
    if (reason !== 'edit' || peopleChanged) this.errorLog.forget('input');
    if (reason !== 'edit') this.errorLog.forget('portfolio');
    this.requestUpdate();
    if (reason) this.emit('kr-portfolio-change', { portfolio: next, reason });
    if (store) this.persistence.changed();
    if (peopleChanged) this.persistence.drafts.keepOnly(next);
  }

  /** A replacement by the page (property or import). */
  private replace(next: Portfolio, by: Replacement): void {
    this.persistence.replaced(by);
    this.conflictList.reset();
    this.commit(next, by === 'import' ? 'import' : undefined);
  }

  /** Loading starts at insertion, so a status may be due before its words are there. */
  private announce(status: ProviderStatus): void {
    this.localize.whenTexts(() => this.status.announce(this.localize.of(PROVIDER_STRINGS)[status]));
  }

  /** The language of messages and of the context. */
  private messageLang(): Lang {
    return resolveLang(this);
  }

  private contextValue(): KompetenzContextValue {
    // The first value is made before the persistence controller exists: nothing is loaded then.
    const persistence = this.persistence as Persistence | undefined;
    const loaded = persistence?.loaded ?? false;
    return contextValueOf(this.current, this.messageLang(), this.person, this.todayDate(), !loaded, loaded ? undefined : this.arrivingPeople, persistence?.drafts.store);
  }

  /** Provides a new value only when something in it changed, so consumers can compare by identity. */
  private provideContext(): void {
    const next = this.contextValue();
    if (!sameContextValue(next, this.context.value)) this.context.setValue(next);
  }

  private todayDate(): IsoDate {
    return resolveToday(this.today, undefined).value;
  }
}
