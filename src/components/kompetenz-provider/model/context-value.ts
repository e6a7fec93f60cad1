import { leanCatalogueOf, leanRolesOf } from '../../../domain/portfolio.js';
import type { IsoDate, Lang, Person, Portfolio } from '../../../domain/types.js';
import type { GoalDraftStore, KompetenzContextValue } from '../../../internal/context.js';
import { CATALOGUE_DESCRIPTIONS } from '../../../internal/description-texts.js';

/** The selected person: `person` when the portfolio has it, else the first person. */
export function selectedPersonId(portfolio: Portfolio, person: string | undefined): string | undefined {
  const people = portfolio.people;
  if (person && people.some((one) => one.id === person)) return person;
  return people[0]?.id;
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
