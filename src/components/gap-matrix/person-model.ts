import type { RefreshDue } from '../../domain/assessments.js';
import { categoryById, competencyById } from '../../domain/catalogue.js';
import type { GapAnalysis, GapCategory, GapEntry } from '../../domain/gaps.js';
import type { Assessment, Catalogue, CompetencyId } from '../../domain/types.js';

/** How person mode orders its rows. `category`: wheel order grouped by category, with subtotals. */
export type PersonSort = 'category' | 'gap' | 'priority';

export const PERSON_SORTS: readonly PersonSort[] = Object.freeze(['category', 'gap', 'priority'] as const);

export type PersonRow =
  | { kind: 'category'; key: string; label: string; totals: GapCategory }
  | { kind: 'competency'; key: string; label: string; entry: GapEntry; due: RefreshDue | undefined };

/** Everything person mode shows, derived from the domain's analysis; built once per data change. */
export interface PersonData {
  analysis: GapAnalysis;
  /** Competencies due for refreshing (`dueForRefresh`), by id. */
  due: ReadonlyMap<CompetencyId, RefreshDue>;
  /** Earlier assessments, oldest first (`assessmentHistory`). */
  history: readonly Assessment[];
  hasSelf: boolean;
  hasExternal: boolean;
}

/**
 * The rows of person mode in display order. Sorting by gap or priority gives a flat list
 * (ties keep wheel order); `toBuildOnly` keeps the competencies with status `to-build`.
 */
export function personRows(data: PersonData, catalogue: Catalogue, lang: 'de' | 'en', sort: PersonSort, toBuildOnly: boolean): PersonRow[] {
  const { analysis } = data;
  const label = (id: CompetencyId) => competencyById(catalogue, id)?.label[lang] ?? id;
  const row = (entry: GapEntry): PersonRow => ({
    kind: 'competency',
    key: entry.competencyId,
    label: label(entry.competencyId),
    entry,
    due: data.due.get(entry.competencyId),
  });
  const kept = analysis.entries.filter((entry) => !toBuildOnly || entry.status === 'to-build');
  if (sort === 'gap') {
    return kept
      .map((entry, position) => ({ entry, position }))
      .sort((a, b) => b.entry.gap - a.entry.gap || a.position - b.position)
      .map(({ entry }) => row(entry));
  }
  if (sort === 'priority') {
    const ranked = kept.filter((entry) => entry.rank !== null).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
    const rest = kept.filter((entry) => entry.rank === null);
    return [...ranked, ...rest].map(row);
  }
  const rows: PersonRow[] = [];
  for (const totals of analysis.categories) {
    rows.push({ kind: 'category', key: `category:${totals.categoryId}`, label: categoryById(catalogue, totals.categoryId)?.label[lang] ?? totals.categoryId, totals });
    for (const entry of kept) if (entry.categoryId === totals.categoryId) rows.push(row(entry));
  }
  return rows;
}

/** The level of a competency in an assessment, or undefined when it was not rated there. */
export function historyLevel(assessment: Assessment, competencyId: CompetencyId): number | undefined {
  return Object.hasOwn(assessment.levels, competencyId) ? assessment.levels[competencyId] : undefined;
}
