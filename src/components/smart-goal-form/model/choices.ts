import { competenciesOfCategory, competencyById } from '../../../domain/catalogue.js';
import type { GapEntry } from '../../../domain/gaps.js';
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

/**
 * The competencies to build, most urgent (largest gap) first, as ranked by the domain; without
 * those another open goal of the person already covers (`goalId`: the goal being written).
 */
export function suggestedChoices(sources: Sources, lang: Lang, goalId: string, count = SUGGESTION_COUNT): CompetencyChoice[] {
  const entries = entriesById(sources);
  const covered = new Set(sources.openGoals.filter((goal) => goal.id !== goalId).flatMap((goal) => goal.competencyIds));
  const ranked = (sources.gaps?.byPriority ?? []).filter((entry) => !covered.has(entry.competencyId));
  return ranked.slice(0, count).map((entry) => {
    const label = competencyById(sources.catalogue, entry.competencyId)?.label[lang] ?? entry.competencyId;
    return choiceOf(entry.competencyId, label, sources, entries);
  });
}

/** Chosen ids that the catalogue does not know (from a loaded goal); shown so they can be taken out. */
export function unknownChosen(sources: Sources, chosen: readonly CompetencyId[]): CompetencyId[] {
  return chosen.filter((id) => competencyById(sources.catalogue, id) === undefined);
}
