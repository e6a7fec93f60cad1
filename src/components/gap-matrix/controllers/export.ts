import type { TeamAggregate } from '../../../domain/aggregate.js';
import { gapsToCSVIn, teamToCSVIn, toCSV, type CsvCell, type TeamCsvRow } from '../../../domain/csv.js';
import { analyzeGaps } from '../../../domain/gaps.js';
import type { Catalogue, Lang } from '../../../domain/types.js';
import { fileLabels } from '../../../internal/file-labels.js';
import type { PersonResult, PersonRow } from '../model/person.js';
import type { TeamModel, TeamValue } from '../model/team.js';
import type { GapMatrixStrings } from '../strings/index.js';

/** Person mode as CSV: `gapsToCSV` of the competencies shown, in the order shown. */
export function personCsv(result: PersonResult, rows: readonly PersonRow[], catalogue: Catalogue, lang: Lang): string {
  if (!result.data) return '';
  const entries = rows.flatMap((row) => (row.kind === 'competency' ? [row.entry] : []));
  return gapsToCSVIn(fileLabels(lang).csv, { ...result.data.analysis, entries }, catalogue, lang, result.person);
}

/** Team mode as CSV: `teamToCSV` of the people in `view` (all analysed) with the values shown. */
export function teamCsv(model: TeamModel, view: Uint32Array, value: TeamValue, lang: Lang): string {
  const rows: TeamCsvRow[] = [];
  for (const i of view) {
    const member = model.members[i];
    if (!member) continue;
    rows.push(
      value === 'actual'
        ? { personId: member.personId, actual: member.actual }
        : { personId: member.personId, analysis: analyzeGaps({ catalogue: model.catalogue, target: member.target, actual: member.actual }) },
    );
  }
  return teamToCSVIn(fileLabels(lang).csv, model.people, rows, model.catalogue, lang, value, { roles: model.roles });
}

/**
 * Organisation mode as CSV: the groups in the order shown with their people counted and, for all
 * competencies and for each one, the share below target in whole percent (no individual data);
 * then, when some were withheld, a row with how many people are in no group shown, as the view
 * says under the table (a report from the file would otherwise count fewer people).
 */
export function organisationCsv(aggregate: TeamAggregate, order: readonly number[], labels: readonly string[], catalogue: Catalogue, lang: Lang, s: GapMatrixStrings): string {
  const percent = (share: number | undefined): CsvCell => (share === undefined ? undefined : Math.round(share * 100));
  const header: CsvCell[] = [s.groupByNames[aggregate.groupBy], s.peopleCounted, s.csvShare(s.allCompetencies), ...catalogue.competencies.map((competency) => s.csvShare(competency.label[lang]))];
  const rows = order.map((g): CsvCell[] => {
    const group = aggregate.groups[g];
    const cells = new Map(group.competencies.map((cell) => [cell.competencyId, cell.shareBelowTarget]));
    return [labels[g], group.people, percent(group.summary.shareBelowTarget), ...catalogue.competencies.map((competency) => percent(cells.get(competency.id)))];
  });
  const withheld: CsvCell[][] = aggregate.withheld > 0 ? [[s.csvWithheld(aggregate.minGroupSize), aggregate.withheld]] : [];
  return toCSV([header, ...rows, ...withheld]);
}
