import type { Result } from '../../../domain/errors.js';
import type { Person, Portfolio } from '../../../domain/types.js';
import type { OfferPeople } from './arriving-people.js';
import { announcesLarge, readSource, requestSource } from './portfolio-reading.js';

/**
 * The document at `src`, requested while the storage is asked, so that a first visit waits for
 * neither one after the other. A large document (announced so by its `Content-Length`) is also
 * read meanwhile; a small one is read only once it is used, as it takes a moment and the storage
 * may hold the data instead. The people the reading offers (see `readSource`) are held back until
 * the provider knows that the document is used (`use`). A document found in the storage, or a new
 * start of the provider's load, ends the request and the reading (`cancel`). A failure is reported
 * only by `use`.
 */
export class EarlySource {
  private readonly abort = new AbortController();
  private readonly response: Promise<Response>;
  /** The reading begun before `use` (a large document); undefined for a small one. */
  private readonly early: Promise<Result<Portfolio> | undefined>;
  private offer: OfferPeople | undefined;
  /** The people offered before `use`, passed on by it. */
  private held: readonly Person[] | undefined;
  /** The early reading has ended: people held then are not shown before the document replaces them. */
  private finished = false;

  constructor(readonly src: string) {
    const signal = this.abort.signal;
    this.response = requestSource(src, signal);
    this.early = this.response.then((response) => (announcesLarge(response) ? readSource(response, (people) => this.pass(people), signal) : undefined));
    this.early.then(
      () => (this.finished = true),
      () => undefined,
    );
  }

  /** The document as read; its people are offered to `offer` from now on (those read so far at once). */
  use(offer: OfferPeople | undefined): Promise<Result<Portfolio>> {
    this.offer = offer;
    const held = this.held;
    this.held = undefined;
    if (held && !this.finished) offer?.(held);
    return this.early.then(async (read) => read ?? readSource(await this.response, offer, this.abort.signal));
  }

  cancel(): void {
    this.abort.abort();
  }

  private pass(people: readonly Person[] | undefined): void {
    if (this.offer) this.offer(people);
    else this.held = people;
  }
}
