import type { Result } from '../../../domain/errors.js';
import type { Person, Portfolio } from '../../../domain/types.js';
import type { OfferPeople } from './arriving-people.js';
import { readSource, requestSource } from './portfolio-reading.js';

/**
 * The document at `src`, requested and read while the storage is asked, so that a first visit
 * waits for neither one after the other. Its people (see `readSource`) are held back until the
 * provider knows that the document is used (`use`); a document found in the storage ends the
 * request and the reading (`cancel`). A failure is reported only by `use`.
 */
export class EarlySource {
  private readonly abort = new AbortController();
  private readonly reading: Promise<Result<Portfolio>>;
  private offer: OfferPeople | undefined;
  /** The people offered before `use`, passed on by it. */
  private held: readonly Person[] | undefined;

  constructor(readonly src: string) {
    this.reading = requestSource(src, this.abort.signal).then((response) => readSource(response, (people) => this.pass(people)));
    this.reading.catch(() => undefined);
  }

  /** The document as read; its people are offered to `offer` from now on (those read so far at once). */
  use(offer: OfferPeople | undefined): Promise<Result<Portfolio>> {
    this.offer = offer;
    const held = this.held;
    this.held = undefined;
    if (held) offer?.(held);
    return this.reading;
  }

  cancel(): void {
    this.abort.abort();
  }

  private pass(people: readonly Person[] | undefined): void {
    if (this.offer) this.offer(people);
    else this.held = people;
  }
}
