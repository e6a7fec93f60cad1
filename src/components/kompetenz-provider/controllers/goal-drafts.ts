import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Portfolio } from '../../../domain/types.js';
import type { GoalDraftStore } from '../../../internal/context.js';

/** Quiet time after the last draft written before the drafts are stored. */
export const DRAFT_WRITE_DELAY_MS = 400;

/** The provider's own IndexedDB database, where drafts are kept beside the portfolio (`IndexedDbAdapter`). */
export interface DraftDatabase {
  /** The drafts its last load found. */
  readonly storedDrafts: ReadonlyMap<string, unknown> | undefined;
  /** Applies the changes (person id → draft; `undefined` deletes) in one transaction. */
  writeDrafts(changes: ReadonlyMap<string, unknown>): Promise<void>;
}

export interface GoalDraftsTarget {
  /** The provider's own database while it keeps its data there (`storage="local"`); else drafts stay in memory. */
  database(): DraftDatabase | undefined;
  /** The first load has finished: the stored drafts were read with the data. */
  loaded(): boolean;
}

/**
 * The drafts of new goals that widgets (`<smart-goal-form>`) keep in the provider, per person.
 * They live in memory for the page's lifetime; with `storage="local"` they are also stored in the
 * provider's database (writes gathered for `DRAFT_WRITE_DELAY_MS`, and written at once when the
 * page is hidden or the provider leaves it). They are no part of the portfolio: no revision, no
 * conflict, the last write wins. `store` is the one object the context offers.
 */
export class GoalDrafts implements ReactiveController {
  readonly store: GoalDraftStore = Object.freeze({
    read: (personId: string) => this.read(personId),
    write: (personId: string, draft: unknown) => this.write(personId, draft),
  });

  private readonly memory = new Map<string, unknown>();
  /** The database whose stored drafts are in memory. */
  private taken: DraftDatabase | undefined;
  private readonly pending = new Map<string, unknown>();
  /** The database the pending drafts were written for (a later `store-name` names another). */
  private pendingFor: DraftDatabase | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly pageHidden = (): void => this.flush();

  constructor(
    host: ReactiveControllerHost,
    private readonly target: GoalDraftsTarget,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('pagehide', this.pageHidden);
  }

  hostDisconnected(): void {
    removeEventListener('pagehide', this.pageHidden);
    this.flush();
  }

  /**
   * `provider.clear()`, or another tab's: every draft is gone (the database's are deleted with the
   * portfolio), also those a load before the clear found.
   */
  clear(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending.clear();
    this.memory.clear();
    this.taken = this.target.database() ?? this.taken;
  }

  /**
   * A new state of the portfolio's people: the drafts of people it no longer has, or whose data
   * were erased (`erasedPeople`), are deleted, in memory and in the database.
   */
  keepOnly(portfolio: Portfolio): void {
    if (!this.target.loaded()) return;
    this.takeStored();
    if (this.memory.size === 0) return;
    const erased = new Set(portfolio.erasedPeople ?? []);
    const present = new Set(portfolio.people.map((person) => person.id));
    for (const personId of [...this.memory.keys()]) {
      if (erased.has(personId) || !present.has(personId)) this.write(personId, undefined);
    }
  }

  private read(personId: string): unknown {
    this.takeStored();
    return this.memory.get(personId);
  }

  private write(personId: string, draft: unknown): void {
    this.takeStored();
    if (draft === undefined) this.memory.delete(personId);
    else this.memory.set(personId, draft);
    const database = this.target.database();
    if (!database) return;
    if (database !== this.pendingFor) this.flush();
    this.pendingFor = database;
    this.pending.set(personId, draft);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), DRAFT_WRITE_DELAY_MS);
  }

  /** Stores the drafts written since the last time, at once. */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const database = this.pendingFor;
    if (this.pending.size === 0 || !database) return this.pending.clear();
    const changes = new Map(this.pending);
    this.pending.clear();
    // A draft is a convenience: a storage that fails is reported by the portfolio's own saves.
    database.writeDrafts(changes).catch(() => undefined);
  }

  /** Once the database's load has finished, its drafts join those written in this page (which win). */
  private takeStored(): void {
    const database = this.target.database();
    if (!database || database === this.taken || !this.target.loaded()) return;
    // Another database is another portfolio: the drafts of the one before are not its people's.
    if (this.taken) this.memory.clear();
    this.taken = database;
    database.storedDrafts?.forEach((draft, personId) => {
      if (typeof personId === 'string' && !this.memory.has(personId)) this.memory.set(personId, draft);
    });
  }
}
