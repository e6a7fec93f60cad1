import { defineStrings } from '../../internal/localize.js';

/** What the wheel says about one competency (names already in the element's language). */
export interface SpokeFacts {
  label: string;
  category: string;
  /** Level names, or undefined when the series is not shown. */
  target?: string;
  actual?: string;
  external?: string;
}

export interface WheelSummary {
  competencies: number;
  categories: number;
  showsTarget: boolean;
  showsActual: boolean;
  showsExternal: boolean;
  /** Only meaningful when target and actual are shown. */
  toBuild: number;
  met: number;
  above: number;
  blindSpots: number;
  hiddenStrengths: number;
  /** The role whose target is shown, if any. */
  role?: string;
}

export interface WheelStrings {
  wheelName: string;
  describe: (summary: WheelSummary) => string;
  navigationHint: string;
  editHint: string;
  series: { target: string; actual: string; external: string; gap: string };
  short: { target: string; actual: string; external: string; gap: string };
  /** Explains the gap of one competency: target − actual. */
  gapText: (gap: number) => string;
  notRated: string;
  blindSpot: string;
  hiddenStrength: string;
  blindSpotExplained: string;
  hiddenStrengthExplained: string;
  spokeName: (facts: SpokeFacts) => string;
  legendTitle: string;
  categoriesTitle: string;
  numbersTitle: string;
  showTable: string;
  hideTable: string;
  tableCaption: string;
  columns: { competency: string; category: string; target: string; actual: string; external: string; gap: string; note: string };
  /** Level with its number, as in the data table. */
  levelWithNumber: (name: string, level: number) => string;
}

const LEVEL_WORD = { de: ['Stufe', 'Stufen'], en: ['level', 'levels'] } as const;
const levels = (lang: 'de' | 'en', count: number): string => `${count} ${LEVEL_WORD[lang][count === 1 ? 0 : 1]}`;

export const WHEEL_STRINGS = defineStrings<WheelStrings>({
  de: {
    wheelName: 'Kompetenzrad',
    describe: (s) => {
      const parts = [`${s.competencies} Kompetenzen in ${s.categories} Kategorien, je drei Ringe für Kenner, Könner und Experte.`];
      const shown = [s.showsTarget && (s.role ? `Soll-Profil ${s.role}` : 'Soll-Profil'), s.showsActual && 'Ist-Profil', s.showsExternal && 'Fremdeinschätzung'].filter(Boolean);
      parts.push(shown.length ? `Gezeigt: ${shown.join(', ')}.` : 'Noch keine Profile eingetragen.');
      if (s.showsTarget && s.showsActual) parts.push(`${s.toBuild} zu entwickeln, ${s.met} erreicht, ${s.above} über Soll.`);
      if (s.blindSpots || s.hiddenStrengths) parts.push(`${s.blindSpots} blinde Flecken, ${s.hiddenStrengths} verborgene Stärken.`);
      return parts.join(' ');
    },
    navigationHint: 'Pfeiltasten wählen eine Kompetenz, Pos1 und Ende springen, Eingabe oder Leertaste wählt sie aus.',
    editHint: 'Pfeiltasten links und rechts wählen eine Kompetenz; Pfeil hoch und runter oder die Ziffern 0 bis 3 setzen die Stufe.',
    series: { target: 'Soll-Profil', actual: 'Ist-Profil', external: 'Fremdeinschätzung', gap: 'Lücke (Soll über Ist)' },
    short: { target: 'Soll', actual: 'Ist', external: 'Fremd', gap: 'Lücke' },
    gapText: (gap) => (gap > 0 ? `${levels('de', gap)} zu entwickeln` : gap === 0 ? 'Soll erreicht' : `${levels('de', -gap)} über Soll`),
    notRated: 'nicht eingeschätzt',
    blindSpot: 'Blinder Fleck',
    hiddenStrength: 'Verborgene Stärke',
    blindSpotExplained: 'Selbsteinschätzung mindestens zwei Stufen über der Fremdeinschätzung',
    hiddenStrengthExplained: 'Selbsteinschätzung mindestens zwei Stufen unter der Fremdeinschätzung',
    spokeName: (f) =>
      [`${f.label} (${f.category})`, f.target !== undefined && `Soll ${f.target}`, f.actual !== undefined && `Ist ${f.actual}`, f.external !== undefined && `Fremd ${f.external}`]
        .filter(Boolean)
        .join(', '),
    legendTitle: 'Legende',
    categoriesTitle: 'Kategorien',
    numbersTitle: 'Kompetenzen',
    showTable: 'Datentabelle anzeigen',
    hideTable: 'Datentabelle ausblenden',
    tableCaption: 'Werte des Kompetenzrads',
    columns: {
      competency: 'Kompetenz',
      category: 'Kategorie',
      target: 'Soll',
      actual: 'Ist',
      external: 'Fremdeinschätzung',
      gap: 'Lücke (Soll − Ist)',
      note: 'Hinweis',
    },
    levelWithNumber: (name, level) => (level === 0 ? `— (0)` : `${name} (${level})`),
  },
  en: {
    wheelName: 'Competency wheel',
    describe: (s) => {
      const parts = [`${s.competencies} competencies in ${s.categories} categories, three rings each for knowledgeable, practitioner and expert.`];
      const shown = [s.showsTarget && (s.role ? `target profile ${s.role}` : 'target profile'), s.showsActual && 'actual profile', s.showsExternal && 'external assessment'].filter(Boolean);
      parts.push(shown.length ? `Shown: ${shown.join(', ')}.` : 'No profiles entered yet.');
      if (s.showsTarget && s.showsActual) parts.push(`${s.toBuild} to build, ${s.met} met, ${s.above} above target.`);
      if (s.blindSpots || s.hiddenStrengths) parts.push(`${s.blindSpots} blind spots, ${s.hiddenStrengths} hidden strengths.`);
      return parts.join(' ');
    },
    navigationHint: 'Arrow keys choose a competency, Home and End jump, Enter or Space selects it.',
    editHint: 'Left and right arrows choose a competency; up and down arrows or the digits 0 to 3 set the level.',
    series: { target: 'Target profile', actual: 'Actual profile', external: 'External assessment', gap: 'Gap (target above actual)' },
    short: { target: 'Target', actual: 'Actual', external: 'External', gap: 'Gap' },
    gapText: (gap) => (gap > 0 ? `${levels('en', gap)} to build` : gap === 0 ? 'target met' : `${levels('en', -gap)} above target`),
    notRated: 'not rated',
    blindSpot: 'Blind spot',
    hiddenStrength: 'Hidden strength',
    blindSpotExplained: 'self-assessment at least two levels above the external assessment',
    hiddenStrengthExplained: 'self-assessment at least two levels below the external assessment',
    spokeName: (f) =>
      [`${f.label} (${f.category})`, f.target !== undefined && `target ${f.target}`, f.actual !== undefined && `actual ${f.actual}`, f.external !== undefined && `external ${f.external}`]
        .filter(Boolean)
        .join(', '),
    legendTitle: 'Legend',
    categoriesTitle: 'Categories',
    numbersTitle: 'Competencies',
    showTable: 'Show data table',
    hideTable: 'Hide data table',
    tableCaption: 'Values of the competency wheel',
    columns: {
      competency: 'Competency',
      category: 'Category',
      target: 'Target',
      actual: 'Actual',
      external: 'External assessment',
      gap: 'Gap (target − actual)',
      note: 'Note',
    },
    levelWithNumber: (name, level) => (level === 0 ? `— (0)` : `${name} (${level})`),
  },
});
