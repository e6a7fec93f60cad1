import { defineStrings } from '../../internal/localize.js';
import { formatIsoDate } from '../../internal/format.js';

export interface GapMatrixStrings {
  personCaption: (name: string | undefined) => string;
  teamCaption: (count: number) => string;
  competency: string;
  target: string;
  self: string;
  external: string;
  actual: string;
  gap: string;
  priority: string;
  due: string;
  name: string;
  role: string;
  department: string;
  summary: string;
  /** A history column: rater and date. */
  historyColumn: (rater: 'self' | 'external', date: string) => string;
  history: string;
  sortBy: string;
  sortCategory: string;
  sortGap: string;
  sortPriority: string;
  sortNone: string;
  descending: string;
  toBuildOnly: string;
  show: string;
  showGap: string;
  showActual: string;
  filterRole: string;
  filterDepartment: string;
  filterCompetency: string;
  anyRole: string;
  anyCompetency: string;
  minGap: string;
  minGapOff: string;
  /** Accessible text of a gap value. */
  gapText: (gap: number) => string;
  dueSince: (date: string) => string;
  notDue: string;
  rank: (rank: number) => string;
  notRanked: string;
  disagreement: string;
  blindSpot: string;
  hiddenStrength: string;
  notAssessed: string;
  legendGap: string;
  legendActual: string;
  categoryTotals: (toBuild: number, share: number) => string;
  summaryCell: (toBuild: number, averageGap: number, averageActual: number, value: 'gap' | 'actual') => string;
  shown: (shown: number, total: number) => string;
  analysing: (percent: number) => string;
  noPerson: string;
  noRows: string;
  synergy: string;
  synergyHint: string;
  synergyShow: string;
  synergyHide: string;
  synergyNone: string;
  synergySet: (competencies: string, people: number, groups: number, format: string) => string;
  synergyMore: (remaining: number) => string;
  cohort: (cohort: number, cohorts: number, people: number) => string;
  synergyOnly: string;
  synergySelected: (count: number) => string;
  clearSelection: string;
  member: string;
}

const deNumber = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });
const enNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const dateIn = (lang: 'de' | 'en') => (iso: string) => formatIsoDate(iso, lang, 'medium') ?? iso;
const deDate = dateIn('de');
const enDate = dateIn('en');

const signed = (value: number, format: Intl.NumberFormat) => (value > 0 ? `+${format.format(value)}` : value < 0 ? `−${format.format(-value)}` : format.format(0));

export const GAP_MATRIX_STRINGS = defineStrings<GapMatrixStrings>({
  de: {
    personCaption: (name) => (name ? `Soll-Ist-Vergleich: ${name}` : 'Soll-Ist-Vergleich'),
    teamCaption: (count) => `Kompetenzlücken im Team (${deNumber.format(count)} Personen)`,
    competency: 'Kompetenz',
    target: 'Soll',
    self: 'Selbst',
    external: 'Fremd',
    actual: 'Ist',
    gap: 'Lücke',
    priority: 'Priorität',
    due: 'Auffrischen',
    name: 'Name',
    role: 'Rolle',
    department: 'Abteilung',
    summary: 'Verteilung',
    historyColumn: (rater, date) => `${rater === 'self' ? 'Selbst' : 'Fremd'} ${deDate(date)}`,
    history: 'Verlauf zeigen',
    sortBy: 'Sortieren',
    sortCategory: 'nach Kategorie',
    sortGap: 'nach Lücke',
    sortPriority: 'nach Priorität',
    sortNone: 'Eingabereihenfolge',
    descending: 'absteigend',
    toBuildOnly: 'Nur Aufbaubedarf',
    show: 'Zellen zeigen',
    showGap: 'Lücke',
    showActual: 'Ist-Stufe',
    filterRole: 'Rolle',
    filterDepartment: 'Abteilung enthält',
    filterCompetency: 'Kompetenz',
    anyRole: 'alle Rollen',
    anyCompetency: 'jede Kompetenz',
    minGap: 'Lücke mindestens',
    minGapOff: 'kein Filter',
    gapText: (gap) => (gap > 0 ? `${gap} ${gap === 1 ? 'Stufe' : 'Stufen'} aufzubauen` : gap === 0 ? 'erreicht' : `${-gap} über Soll`),
    dueSince: (date) => `fällig seit ${deDate(date)}`,
    notDue: 'aktuell',
    rank: (rank) => `Rang ${rank}`,
    notRanked: '–',
    disagreement: 'Selbst- und Fremdbild weichen um 2 oder mehr Stufen ab',
    blindSpot: 'möglicher blinder Fleck',
    hiddenStrength: 'mögliche verborgene Stärke',
    notAssessed: 'noch nicht eingeschätzt',
    legendGap: 'Lücke = Soll − Ist: +n Stufen aufzubauen, ✓ erreicht, −n über Soll. Die Farbe wiederholt nur die Zahl.',
    legendActual: 'Ist-Stufe: 0 keine, 1 Kenner, 2 Könner, 3 Experte.',
    categoryTotals: (toBuild, share) => `${toBuild} aufzubauen, ${Math.round(share * 100)} % erreicht`,
    summaryCell: (toBuild, averageGap, averageActual, value) =>
      value === 'gap' ? `${deNumber.format(toBuild)} aufzubauen, Ø ${signed(averageGap, deNumber)}` : `Ø Ist ${deNumber.format(averageActual)}`,
    shown: (shown, total) => `${deNumber.format(shown)} von ${deNumber.format(total)} Personen angezeigt`,
    analysing: (percent) => `Analyse läuft … ${percent} %`,
    noPerson: 'Keine Person gewählt oder keine Daten.',
    noRows: 'Keine Zeilen passen zum Filter.',
    synergy: 'Synergiegruppen',
    synergyHint: 'Personen mit demselben Aufbaubedarf, die ein gemeinsames Format besuchen könnten.',
    synergyShow: 'Synergiegruppen zeigen',
    synergyHide: 'Synergiegruppen ausblenden',
    synergyNone: 'Keine Gruppen gefunden.',
    synergySet: (competencies, people, groups, format) =>
      `${competencies} · ${deNumber.format(people)} Personen${groups > 1 ? ` in ${groups} Gruppen` : ''} · ${format}`,
    synergyMore: (remaining) => `Weitere Kompetenzen zeigen (${deNumber.format(remaining)} übrig)`,
    cohort: (cohort, cohorts, people) => (cohorts > 1 ? `Gruppe ${cohort} von ${cohorts}, ${people} Personen` : `Gruppe wählen, ${people} Personen`),
    synergyOnly: 'Nur Gruppenmitglieder zeigen',
    synergySelected: (count) => `${count} Personen der Gruppe hervorgehoben`,
    clearSelection: 'Auswahl aufheben',
    member: 'in der gewählten Gruppe',
  },
  en: {
    personCaption: (name) => (name ? `Target–actual comparison: ${name}` : 'Target–actual comparison'),
    teamCaption: (count) => `Competency gaps in the team (${enNumber.format(count)} people)`,
    competency: 'Competency',
    target: 'Target',
    self: 'Self',
    external: 'External',
    actual: 'Actual',
    gap: 'Gap',
    priority: 'Priority',
    due: 'Refresh',
    name: 'Name',
    role: 'Role',
    department: 'Department',
    summary: 'Distribution',
    historyColumn: (rater, date) => `${rater === 'self' ? 'Self' : 'External'} ${enDate(date)}`,
    history: 'Show history',
    sortBy: 'Sort',
    sortCategory: 'by category',
    sortGap: 'by gap',
    sortPriority: 'by priority',
    sortNone: 'input order',
    descending: 'descending',
    toBuildOnly: 'To build only',
    show: 'Cells show',
    showGap: 'Gap',
    showActual: 'Actual level',
    filterRole: 'Role',
    filterDepartment: 'Department contains',
    filterCompetency: 'Competency',
    anyRole: 'all roles',
    anyCompetency: 'any competency',
    minGap: 'Gap at least',
    minGapOff: 'no filter',
    gapText: (gap) => (gap > 0 ? `${gap} ${gap === 1 ? 'level' : 'levels'} to build` : gap === 0 ? 'met' : `${-gap} above target`),
    dueSince: (date) => `due since ${enDate(date)}`,
    notDue: 'current',
    rank: (rank) => `rank ${rank}`,
    notRanked: '–',
    disagreement: 'self and external ratings differ by 2 or more levels',
    blindSpot: 'possible blind spot',
    hiddenStrength: 'possible hidden strength',
    notAssessed: 'not assessed yet',
    legendGap: 'Gap = target − actual: +n levels to build, ✓ met, −n above target. The colour only repeats the number.',
    legendActual: 'Actual level: 0 none, 1 Knower, 2 Practitioner, 3 Expert.',
    categoryTotals: (toBuild, share) => `${toBuild} to build, ${Math.round(share * 100)} % reached`,
    summaryCell: (toBuild, averageGap, averageActual, value) =>
      value === 'gap' ? `${enNumber.format(toBuild)} to build, avg ${signed(averageGap, enNumber)}` : `avg actual ${enNumber.format(averageActual)}`,
    shown: (shown, total) => `${enNumber.format(shown)} of ${enNumber.format(total)} people shown`,
    analysing: (percent) => `Analysing … ${percent} %`,
    noPerson: 'No person selected or no data.',
    noRows: 'No rows match the filter.',
    synergy: 'Synergy groups',
    synergyHint: 'People with the same need who could attend one shared format.',
    synergyShow: 'Show synergy groups',
    synergyHide: 'Hide synergy groups',
    synergyNone: 'No groups found.',
    synergySet: (competencies, people, groups, format) =>
      `${competencies} · ${enNumber.format(people)} people${groups > 1 ? ` in ${groups} groups` : ''} · ${format}`,
    synergyMore: (remaining) => `Show more competencies (${enNumber.format(remaining)} left)`,
    cohort: (cohort, cohorts, people) => (cohorts > 1 ? `Group ${cohort} of ${cohorts}, ${people} people` : `Select group, ${people} people`),
    synergyOnly: 'Show group members only',
    synergySelected: (count) => `${count} people of the group highlighted`,
    clearSelection: 'Clear selection',
    member: 'in the selected group',
  },
});

/** The visible text of a gap: a sign or a check mark, never colour alone. */
export function gapSymbol(gap: number): string {
  return gap > 0 ? `+${gap}` : gap === 0 ? '✓' : `−${-gap}`;
}

/** The heat class of a gap: g0..g3 to build or met, a1..a3 above target. */
export function gapClass(gap: number): string {
  return gap >= 0 ? `g${gap}` : `a${-gap}`;
}
