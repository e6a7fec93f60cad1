import { serializePortfolio } from '../../../domain/portfolio.js';
import type { Portfolio } from '../../../domain/types.js';
import { describeError } from '../../../internal/kr-element.js';
import { StorageConflictError, type StorageAdapter } from './storage-adapter.js';
import { StorageFailure, type StorageFailureCode } from './storage-failures.js';
import { TabSync } from './tab-sync.js';
import { DEFAULT_UNSAVED_DATABASE, type KeepsUnsavedCopies, type UnsavedCopy } from './unsaved-copies.js';
import { UnsavedCopyStore, type SettledRecord, type UnsavedRecord } from './unsaved-copy-store.js';

/** How long a save waits for a server to name the version it holds with a strong ETag (Apache: 1 s after each write). */
const WEAK_ETAG_PATIENCE_MS = 2500;
const FIRST_WAIT_MS = 100;
const LONGEST_WAIT_MS = 400;

export interface HttpAdapterOptions {
  /** The address of the JSON document (`src`): absolute, or relative to `baseUrl`. */
  url: string | undefined;
  /** What a relative `url` is relative to (default: the page's `document.baseURI`). */
  baseUrl?: string;
  /** The only origin requests may go to (default: the page's own, `location.origin`). */
  origin?: string;
  /** The IndexedDB database that keeps changes until the server has them (default `kompetenzrad-unsaved`). */
  database?: string;
  /** Which unsaved copies in that database belong to this document (default: its absolute address). */
  scope?: string;
}

/** A version of the document on the server as this adapter last saw it: its text (`null`: there was none) and its strong ETag, if the server named it. */
interface ServerVersion {
  text: string | null;
  etag?: string;
}

let writers = 0;
const newWriter = (): string => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${(writers += 1)}`;

const isStrongTag = (tag: string): boolean => /^"[^"]*"$/.test(tag);

/** The start of a text that is not JSON, as the stored value: the provider reports it as not a portfolio and never overwrites it. */
function readJson(text: string): unknown {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(source);
  } catch {
    return source.slice(0, 200);
  }
}

function classify(method: string, status: number): [StorageFailureCode, string] {
  if (status === 401) return ['storage-unauthorized', 'the server asks for a sign-in'];
  if (status === 403) return ['storage-forbidden', 'the server does not allow this'];
  if (status === 404 || status === 410 || (status === 409 && method === 'PUT')) return ['storage-not-found', 'the server has no place for the document at this address (does its folder exist?)'];
  if (status >= 500) return ['storage-server-error', 'the server failed'];
  if (status === 405) return ['storage-refused', `the server does not accept ${method} here (is WebDAV on for this folder?)`];
  return ['storage-refused', 'the server refused the request'];
}

/**
 * Keeps the portfolio as one JSON document on the page's own web server (`storage="http"`,
 * `src`), e.g. in a WebDAV folder (tested with Apache `mod_dav`), shared by everyone whose pages
 * use that address.
 *
 * - `load()`: `GET`; a document that does not exist (404, 410) is "nothing stored yet".
 * - `save()`: `PUT` of the whole document with `If-Match: <ETag>` of the version the provider's
 *   state was made from, or `If-None-Match: *` when there was none (RFC 9110 conditional
 *   requests), so a save never overwrites a version it has not seen: the server answers `412`,
 *   and the adapter rejects with a `StorageConflictError` (the provider loads the newer version,
 *   merges its changes onto it and saves again). Only strong ETags are used: when the adapter
 *   does not hold one for the version it has (a `PUT` answered without one, or a `GET` with a
 *   weak one, as Apache sends within a second of a write), it reads the document again and uses
 *   its ETag only if the text is the version it has, and waits while the ETag is weak.
 *   `Last-Modified` / `If-Unmodified-Since` is never used: with whole seconds, a write in the same
 *   second as the version read would be overwritten unseen. After each `PUT` the document is read
 *   back: a server that checks `If-Match` and writes without a lock in between (Apache
 *   `mod_dav_fs`) lets two `PUT`s of the same moment both pass, and when the other one landed last,
 *   the save counts as a conflict (the provider merges again from the version before).
 * - Every change is kept in this browser until a save has stored it (IndexedDB database
 *   `kompetenzrad-unsaved`, one record per page and document, with the version it was made from):
 *   a page closed meanwhile loses nothing, because the next page with this document merges these
 *   copies into its state and saves them (`unsavedCopies`).
 * - Failures reject with a `StorageFailure`: `storage-unauthorized` (401, or a redirect),
 *   `storage-forbidden` (403), `storage-not-found` (404, 410, or 409 for a missing WebDAV
 *   folder), `storage-server-error` (5xx), `storage-offline` (no answer), `storage-refused`
 *   (another status), `storage-no-etag` (no strong ETag), `storage-cross-origin` and
 *   `storage-no-src` (refused before any request).
 * - Requests go to the page's own origin only (`credentials: 'same-origin'`, redirects not
 *   followed, nothing cached); a portal that needs more passes its own `storageAdapter`.
 * - `watch()`: another tab of this browser saved (BroadcastChannel `kompetenzrad`), or the
 *   browser is back online. `clear()` deletes the document on the server (`DELETE`) and this
 *   browser's copies.
 */
export class HttpAdapter implements StorageAdapter, KeepsUnsavedCopies {
  /** The document's absolute address (without `#…`); `undefined` when refused. */
  readonly url: string | undefined;
  readonly scope: string;
  private readonly refusal: StorageFailure | undefined;
  private readonly copies: UnsavedCopyStore;
  private readonly sync: TabSync;
  private readonly writer = newWriter();
  /** What the server held when this adapter last read or wrote it; `undefined`: not known. */
  private known: ServerVersion | undefined;
  private stamp = 0;
  /** Copies of earlier pages whose changes the provider took in: deleted after the next successful save. */
  private adopted: SettledRecord[] = [];
  /** The last copy written (or being written), and the writes in order. */
  private kept: { portfolio: Portfolio; base: string | null | undefined; stamp: number; written: Promise<void> } | undefined;
  private writes: Promise<void> = Promise.resolve();
  private localFailure: unknown;
  private announcements = 0;

  constructor({ url, baseUrl, origin, database = DEFAULT_UNSAVED_DATABASE, scope }: HttpAdapterOptions) {
    const base = baseUrl ?? document.baseURI;
    const own = origin ?? globalThis.location?.origin;
    let address: URL | undefined;
    try {
      address = url ? new URL(url, base) : undefined;
    } catch {
      address = undefined;
    }
    if (!url || !address) {
      this.refusal = new StorageFailure('storage-no-src', `storage="http" needs src: the address of the JSON document on this server${url ? `, got "${url}"` : ''}`);
    } else if (address.origin !== own || address.origin === 'null') {
      this.refusal = new StorageFailure(
        'storage-cross-origin',
        `src "${address.href}" is not on this page's origin (${own}); storage="http" only talks to the page's own server (give the provider a storageAdapter of your own for more)`,
      );
    } else {
      address.hash = '';
      this.url = address.href;
    }
    this.scope = scope ?? this.url ?? String(url);
    this.copies = new UnsavedCopyStore(database);
    this.sync = new TabSync(`http ${this.scope}`);
  }

  async load(): Promise<unknown> {
    const version = await this.read();
    this.known = { text: version.text, ...(version.etag ? { etag: version.etag } : {}) };
    return version.text === null ? undefined : readJson(version.text);
  }

  async save(portfolio: Portfolio): Promise<void> {
    // Kept in this browser while it goes to the server: not before, which would give another
    // writer more time to come in between the version read and the PUT.
    const kept = this.remember(portfolio);
    const text = serializePortfolio(portfolio, { indent: 2, validate: false });
    let response: Response;
    try {
      response = await this.send('PUT', { 'Content-Type': 'application/json', ...(await this.precondition(this.known)) }, text);
    } catch (error) {
      await kept;
      throw this.withLocalNote(error);
    }
    if (response.status === 412) {
      // The server holds another version than the one this state was made from.
      if (this.known) this.known = { text: this.known.text };
      throw new StorageConflictError(`${this.url} was changed on the server after this page read it (HTTP 412); nothing was written`);
    }
    if (!response.ok) {
      await kept;
      throw this.withLocalNote(this.failure('PUT', response));
    }
    const stamp = await kept;
    // Does the server hold what was sent? A server may check If-Match and write without a lock in
    // between (Apache mod_dav_fs): another PUT at the same moment then lands after this one without
    // having seen it. This save does not count then; the provider merges again from the version
    // before. (A check that cannot be made leaves it to the next save, which reads first.)
    const current = await this.read().catch(() => undefined);
    if (current && current.text !== text) {
      this.known = undefined;
      throw new StorageConflictError(`${this.url} was replaced by another save at the same moment as this one; nothing of this save is counted`);
    }
    const sent = response.headers.get('ETag');
    const tag = sent && isStrongTag(sent) ? sent : current?.etag;
    this.known = { text, ...(tag ? { etag: tag } : {}) };
    const done = [{ writer: this.writer, stamp }, ...this.adopted.filter((record) => record.writer !== this.writer)];
    this.adopted = [];
    this.localFailure = undefined;
    this.writes = this.writes.then(() => this.copies.settle(this.scope, done, { writer: this.writer, base: text })).catch(() => undefined);
    await this.writes;
    this.sync.announce((this.announcements += 1));
  }

  /** Deletes what waits in this browser first, also when the server then cannot delete the document (erasure here does not wait for the server). */
  async clear(): Promise<void> {
    const cleared = this.writes.then(() => this.copies.clear(this.scope));
    this.writes = cleared.catch(() => undefined);
    await cleared;
    this.kept = undefined;
    const response = await this.send('DELETE', {});
    if (!response.ok && response.status !== 404 && response.status !== 410) throw this.failure('DELETE', response);
    this.known = { text: null };
    this.adopted = [];
    this.sync.announce((this.announcements += 1));
  }

  watch(onExternalChange: () => void): () => void {
    const stop = this.sync.listen(() => onExternalChange());
    const online = (): void => onExternalChange();
    globalThis.addEventListener?.('online', online);
    return () => {
      stop();
      globalThis.removeEventListener?.('online', online);
    };
  }

  close(): void {
    this.sync.close();
    this.copies.close();
  }

  keep(portfolio: Portfolio | undefined): void {
    if (portfolio) {
      void this.remember(portfolio);
      return;
    }
    // Everything this page had is stored: its own copy (unless written again since) and those it took in are done with.
    const done = [{ writer: this.writer, stamp: this.stamp }, ...this.adopted.filter((record) => record.writer !== this.writer)];
    this.adopted = [];
    this.kept = undefined;
    this.writes = this.writes.then(() => this.copies.settle(this.scope, done)).catch(() => undefined);
  }

  async unsavedCopies(): Promise<readonly UnsavedCopy[]> {
    await this.writes;
    const records = await this.copies.list(this.scope);
    return records.map((record) => ({
      portfolio: record.portfolio,
      base: record.base,
      adopt: (asBase: boolean) => {
        this.adopted.push({ writer: record.writer, stamp: record.stamp });
        if (asBase) this.known = record.base === undefined ? undefined : { text: record.base };
      },
    }));
  }

  /**
   * Keeps `portfolio` in this browser as this page's unsaved copy, made from the version the
   * adapter knows; resolves with the copy's stamp once it is written (a failure is remembered
   * and named if the server fails too). Writes run one after another, and only the latest waiting
   * one is written.
   */
  private remember(portfolio: Portfolio): Promise<number> {
    const base = this.known === undefined ? undefined : this.known.text;
    const kept = this.kept;
    if (kept && kept.portfolio === portfolio && kept.base === base) return kept.written.then(() => kept.stamp);
    const record: UnsavedRecord = { scope: this.scope, writer: this.writer, stamp: (this.stamp += 1), savedAt: new Date().toISOString(), portfolio, base };
    const written = this.writes.then(async () => {
      // A newer copy is waiting: this one is already outdated.
      if (this.kept?.stamp !== record.stamp) return;
      try {
        await this.copies.put(record);
        this.localFailure = undefined;
      } catch (error) {
        this.localFailure = error;
      }
    });
    this.kept = { portfolio, base, stamp: record.stamp, written };
    this.writes = written;
    return written.then(() => record.stamp);
  }

  /**
   * The condition of a `PUT` made from `version`: `If-Match` with its strong ETag, `If-None-Match: *`
   * when there was no document. Without a strong ETag the document is read again: its ETag is
   * used only when the text is still `version`'s (waiting while it is weak); otherwise the server
   * has a newer version (`StorageConflictError`).
   */
  private async precondition(version: ServerVersion | undefined): Promise<Record<string, string>> {
    if (version?.etag) return { 'If-Match': version.etag };
    if (version?.text === null) return { 'If-None-Match': '*' };
    const started = Date.now();
    for (let wait = FIRST_WAIT_MS; ; wait = Math.min(wait * 2, LONGEST_WAIT_MS)) {
      const current = await this.read();
      if (current.text === null && version === undefined) {
        this.known = { text: null };
        return { 'If-None-Match': '*' };
      }
      if (version === undefined || current.text !== version.text) {
        throw new StorageConflictError(`${this.url} was changed on the server after this page read it; nothing was written`);
      }
      if (current.etag) {
        this.known = { text: current.text, etag: current.etag };
        return { 'If-Match': current.etag };
      }
      const waited = Date.now() - started;
      if (!current.weak || waited > WEAK_ETAG_PATIENCE_MS) {
        const what = current.weak ? `only a weak ETag (still after ${waited} ms), which If-Match cannot use` : 'no ETag';
        throw new StorageFailure('storage-no-etag', `GET ${this.url}: the server sends ${what}, so a save could overwrite a change made by someone else; nothing was written`);
      }
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }

  /** The document now: its text (`null` when there is none), its strong ETag, and whether it had a weak one instead. */
  private async read(): Promise<ServerVersion & { weak: boolean }> {
    const response = await this.send('GET', { Accept: 'application/json' });
    if (response.status === 404 || response.status === 410) return { text: null, weak: false };
    if (!response.ok) throw this.failure('GET', response);
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw new StorageFailure('storage-offline', `GET ${this.url}: the answer broke off (${describeError(error)})`);
    }
    const tag = response.headers.get('ETag');
    if (tag && isStrongTag(tag)) return { text, etag: tag, weak: false };
    return { text, weak: tag !== null };
  }

  private address(): string {
    if (this.refusal || this.url === undefined) throw this.refusal;
    return this.url;
  }

  private async send(method: string, headers: Record<string, string>, body?: string): Promise<Response> {
    const url = this.address();
    try {
      return await fetch(url, { method, headers, body, credentials: 'same-origin', cache: 'no-store', redirect: 'manual' });
    } catch (error) {
      throw new StorageFailure('storage-offline', `${method} ${url}: the server could not be reached (${describeError(error)})`);
    }
  }

  private failure(method: string, response: Response): StorageFailure {
    const where = `${method} ${this.url}`;
    if (response.type === 'opaqueredirect') return new StorageFailure('storage-unauthorized', `${where}: the server redirects the request, usually to a sign-in page`);
    const [code, what] = classify(method, response.status);
    return new StorageFailure(code, `${where}: ${what} (HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''})`, response.status);
  }

  /** `error`, saying so (in its message and `localFailure`) when the copy in this browser could not be written either. */
  private withLocalNote(error: unknown): unknown {
    if (this.localFailure === undefined || !(error instanceof StorageFailure)) return error;
    return new StorageFailure(error.code, `${error.message}; the change could not be kept in this browser either (${describeError(this.localFailure)})`, error.status, this.localFailure);
  }
}
