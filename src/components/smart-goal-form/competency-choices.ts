import { competenciesOfCategory, competencyById } from '../../domain/catalogue.js';
import type { GapEntry } from '../../domain/gaps.js';
import { levelOf } from '../../domain/profile.js';
import type { Catalogue, CategoryId, CompetencyId, Lang, Level } from '../../domain/types.js';
import type { GoalFormSetup } from './goal-form-setup.js';

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

function choiceOf(id: CompetencyId, label: string, setup: GoalFormSetup, entries: ReadonlyMap<CompetencyId, GapEntry>): CompetencyChoice {
  const entry = entries.get(id);
  if (entry) return { id, label, current: entry.actual, target: entry.target, gap: entry.gap };
  return { id, label, current: levelOf(setup.current, id) };
}

function entriesById(setup: GoalFormSetup): Map<CompetencyId, GapEntry> {
  return new Map((setup.gaps?.entries ?? []).map((entry) => [entry.competencyId, entry]));
}

/** The catalogue grouped by category, in wheel order, with the person's levels next to each competency. */
export function groupedChoices(setup: GoalFormSetup, lang: Lang): CategoryChoices[] {
  const catalogue: Catalogue = setup.catalogue;
  const entries = entriesById(setup);
  return catalogue.categories.map((category) => ({
    id: category.id,
    label: category.label[lang],
    choices: competenciesOfCategory(catalogue, category.id).map((competency) => choiceOf(competency.id, competency.label[lang], setup, entries)),
  }));
}

/** The competencies to build, most urgent (largest gap) first, as ranked by the domain. */
export function suggestedChoices(setup: GoalFormSetup, lang: Lang, count = SUGGESTION_COUNT): CompetencyChoice[] {
  const entries = entriesById(setup);
  return (setup.gaps?.byPriority ?? []).slice(0, count).map((entry) => {
    const label = competencyById(setup.catalogue, entry.competencyId)?.label[lang] ?? entry.competencyId;
    return choiceOf(entry.competencyId, label, setup, entries);
  });
}

/** Chosen ids that the catalogue does not know (from a loaded goal); shown so they can be taken out. */
export function unknownChosen(setup: GoalFormSetup, chosen: readonly CompetencyId[]): CompetencyId[] {
  return chosen.filter((id) => competencyById(setup.catalogue, id) === undefined);
}
