import { competenciesOfCategory, competencyById } from '../../../domain/catalogue.js';
import type { GapEntry } from '../../../domain/gaps.js';
import { coverGaps } from '../../../domain/goal-coverage.js';
import { levelOf } from '../../../domain/profile.js';
import type { Catalogue, CategoryId, CompetencyId, Lang, Level } from '../../../domain/types.js';
import type { Sources } from './sources.js';

/** One competency as the chooser shows it. */
export interface CompetencyChoice {
  id: CompetencyId;
  label: string;
  current: Level;
  /** Only when a target profile is known. */
  target?: Level;
  /** target − current, from the domain's gap analysis. */
  gap?: number;
}

export interface CategoryChoices {
  id: CategoryId;
  label: string;
  choices: CompetencyChoice[];
}

/** How many competencies the suggestion list offers. */
export const SUGGESTION_COUNT = 5;

function choiceOf(id: CompetencyId, label: string, sources: Sources, entries: ReadonlyMap<CompetencyId, GapEntry>): CompetencyChoice {
  const entry = entries.get(id);
  if (entry) return { id, label, current: entry.actual, target: entry.target, gap: entry.gap };
  return { id, label, current: levelOf(sources.current, id) };
}

function entriesById(sources: Sources): Map<CompetencyId, GapEntry> {
  return new Map((sources.gaps?.entries ?? []).map((entry) => [entry.competencyId, entry]));
}

/** The catalogue grouped by category, in wheel order, with the person's levels next to each competency. */
export function groupedChoices(sources: Sources, lang: Lang): CategoryChoices[] {
  const catalogue: Catalogue = sources.catalogue;
  const entries = entriesById(sources);
  return catalogue.categories.map((category) => ({
    id: category.id,
    label: category.label[lang],
    choices: competenciesOfCategory(catalogue, category.id).map((competency) => choiceOf(competency.id, competency.label[lang], sources, entries)),
  }));
}

/** What the suggestion area shows; `undefined` from `suggestionsOf` without a target profile (nothing to compare). */
export interface Suggestions {
  /** The competencies to build that no other open goal of the person covers, most urgent first, at most `count`. */
  choices: CompetencyChoice[];
  /** The labels of the competencies to build left out because another open goal of the person covers them, most urgent first. */
  covered: string[];
}

/**
 * The competencies to build, most urgent (largest gap) first, as ranked by the domain, without
 * those that another open goal of the person already covers (`goalId`: the goal being written),
 * which are named apart, by the domain's rule (`coverGaps`).
 */
export function suggestionsOf(sources: Sources, lang: Lang, goalId: string, count = SUGGESTION_COUNT): Suggestions | undefined {
  if (!sources.gaps) return undefined;
  const ranked = sources.gaps.byPriority;
  const { uncovered, covered } =
    sources.personId === undefined ? { uncovered: ranked, covered: [] } : coverGaps(ranked, sources.goals, { personId: sources.personId, exceptGoalId: goalId });
  const entries = entriesById(sources);
  const label = (id: CompetencyId) => competencyById(sources.catalogue, id)?.label[lang] ?? id;
  return {
    choices: uncovered.slice(0, count).map((entry) => choiceOf(entry.competencyId, label(entry.competencyId), sources, entries)),
    covered: covered.map(({ entry }) => label(entry.competencyId)),
  };
}

/** Chosen ids that the catalogue does not know (from a loaded goal); shown so they can be taken out. */
export function unknownChosen(sources: Sources, chosen: readonly CompetencyId[]): CompetencyId[] {
  return chosen.filter((id) => competencyById(sources.catalogue, id) === undefined);
}
