import { consume, createContext } from '@lit/context';
import type { ReactiveElement } from 'lit';
import type { Catalogue, IsoDate, Lang, Person, Portfolio, Role } from '../domain/types.js';
import type { CatalogueDescriptions } from './descriptions.js';

/**
 * The drafts of new goals a provider keeps for its widgets, per person: in its IndexedDB database
 * with `storage="local"`, else in its memory for the page's lifetime. The value is the widget's
 * own (the provider neither reads nor checks it); `undefined` deletes it.
 */
export interface GoalDraftStore {
  /** The draft kept for `personId`; stored drafts only once the provider has loaded (`loading` false). */
  read(personId: string): unknown;
  write(personId: string, draft: unknown): void;
}

/**
 * What a `<kompetenz-provider>` offers to every widget inside it. A new object is provided on
 * every change (never mutated), so consumers can compare by identity.
 */
export interface KompetenzContextValue {
  portfolio: Portfolio;
  /** The portfolio's catalogue, or the built-in one without descriptions (`DEFAULT_CATALOGUE_LEAN`). */
  catalogue: Catalogue;
  /** The portfolio's roles, or the built-in ones without tasks and source note (`DEFAULT_ROLES_LEAN`). */
  roles: readonly Role[];
  /** The built-in catalogue's descriptions, per language as the page loads them (see `competencyDescription`). */
  descriptions?: CatalogueDescriptions;
  lang: Lang;
  /** The selected person, if any. */
  personId: string | undefined;
  /** Today's date, so every widget judges "due" and "stale" by the same day. */
  today: IsoDate;
  /** The provider is still reading its stored data or its `src`: an empty portfolio means "not there yet", not "nobody". */
  loading?: boolean;
  /**
   * While `loading`: the people of a large `src` document, read and checked one by one, whose
   * records (assessments, goals, plans) are still being read; the built-in catalogue and roles
   * apply to them. `portfolio` has none of them until the whole document is read and checked, so
   * a widget that does not show people early waits as before.
   */
  arriving?: readonly Person[];
  /** The drafts of new goals (`<smart-goal-form>`): the same object in every value, so that writing one changes no value. */
  drafts?: GoalDraftStore;
}

/** A string key, so the CDN bundle and an npm build loaded on one page share the context. */
export const kompetenzContext = createContext<KompetenzContextValue>('kr-kompetenz');

/** The provider is still loading and has no one yet: a widget says so rather than draw an empty state that reads "nobody". */
export function waitsForProvider(context: KompetenzContextValue | undefined): boolean {
  return context?.loading === true && context.portfolio.people.length === 0;
}

/**
 * `@consume` of the provider's context for a widget, subscribed. The value is dropped each time the
 * widget is connected, before it asks again: a widget moved out of its provider shows its own
 * inputs, not the person it was last given (a provider around its new place answers at once).
 */
export function consumeProvider(): (proto: ReactiveElement, name: string) => void {
  return (proto, name) => {
    // Added before the consumer's own controller, so it runs first on each connect.
    (proto.constructor as typeof ReactiveElement).addInitializer((element) => {
      element.addController({
        hostConnected: () => {
          (element as unknown as Record<string, unknown>)[name] = undefined;
        },
      });
    });
    consume({ context: kompetenzContext, subscribe: true })(proto, name as never);
  };
}
