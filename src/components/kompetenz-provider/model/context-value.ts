import { leanCatalogueOf, leanRolesOf } from '../../../domain/portfolio.js';
import type { IsoDate, Lang, Person, Portfolio } from '../../../domain/types.js';
import type { GoalDraftStore, KompetenzContextValue } from '../../../internal/context.js';
import { CATALOGUE_DESCRIPTIONS } from '../../../internal/description-texts.js';
import { isGiven } from '../../../internal/inputs.js';

/**
 * The selected person: without `person` (`undefined`, `null`, `''`: not given) the first person, a
 * convenience for pages that show one person; with it that person, or nobody while the portfolio does
 * not have them (never someone else, whose data the page would show and change).
 */
export function selectedPersonId(portfolio: Portfolio, person: string | null | undefined): string | undefined {
  const people = portfolio.people;
  if (!isGiven(person)) return people[0]?.id;
  return people.some((one) => one.id === person) ? person : undefined;
}

/** What the provider offers its widgets. */
export function contextValueOf(portfolio: Portfolio, lang: Lang, person: string | undefined, today: IsoDate, loading: boolean, arriving?: readonly Person[], drafts?: GoalDraftStore): KompetenzContextValue {
  return {
    portfolio,
    catalogue: leanCatalogueOf(portfolio),
    roles: leanRolesOf(portfolio),
    descriptions: CATALOGUE_DESCRIPTIONS,
    lang,
    personId: selectedPersonId(portfolio, person),
    today,
    loading,
    arriving,
    drafts,
  };
}

/** Whether every part of the two values is the same object, so consumers need no new value. */
export function sameContextValue(a: KompetenzContextValue, b: KompetenzContextValue): boolean {
  return (Object.keys(a) as (keyof KompetenzContextValue)[]).every((key) => a[key] === b[key]);
}
