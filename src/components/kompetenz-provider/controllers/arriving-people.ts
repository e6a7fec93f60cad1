import type { Person } from '../../../domain/types.js';

/** What a document's own catalogue or roles stand under: they change how its people are shown. */
const DEFINITIONS = new Set(['catalogue', 'roles']);
/** More people than a first screen shows: offered before the rest of their list. */
const FIRST_OFFER = 100;

/** Offers the people of a document while the rest of it is read; `undefined` withdraws them. */
export type OfferPeople = (people: readonly Person[] | undefined) => void;

/**
 * The people of a large document being read, offered while the rest arrives: the first ones as
 * soon as they fill a first screen, all of them once their list is complete, before the records
 * after them (assessments, goals, plans) are read and the whole document is checked, so that a
 * team matrix can show who is there while the rest arrives. Offered only as the
 * document will show them: it has no catalogue or roles of its own (the built-in ones apply),
 * every person passes the checks of a record alone (`PortfolioPrecheck`, run by whoever reads the
 * document) and no id is given twice. They are withdrawn when a catalogue, roles or a second list
 * of people turn up later.
 */
export class ArrivingPeople {
  private readonly people: Person[] = [];
  private readonly ids = new Set<string>();
  private usable = true;
  /** How many people were offered last. */
  private offered = 0;
  private complete = false;

  constructor(private readonly offer: OfferPeople) {}

  /**
   * Records arrived: `records` of the list `key` from its place `from`; `keys`: the document's
   * top-level keys read so far; `alone`: each record passed the checks of a record alone.
   */
  take(key: string, from: number, records: readonly unknown[], keys: readonly string[], alone: boolean): void {
    if (!this.usable) return;
    if (keys.some((one) => DEFINITIONS.has(one)) || (key === 'people' && from === 0 && this.people.length > 0)) return this.drop();
    if (key !== 'people') {
      if (!this.complete && this.people.length > this.offered) this.offerSoFar();
      this.complete = true;
      return;
    }
    if (!alone) return this.drop();
    for (const record of records) {
      const person = record as Person;
      if (this.ids.has(person.id)) return this.drop();
      this.ids.add(person.id);
      this.people.push(person);
    }
    if (this.offered === 0 && this.people.length >= FIRST_OFFER) this.offerSoFar();
  }

  private offerSoFar(): void {
    this.offered = this.people.length;
    this.offer(Object.freeze(this.people.slice()));
  }

  private drop(): void {
    this.usable = false;
    this.people.length = 0;
    if (this.offered > 0) this.offer(undefined);
  }
}
