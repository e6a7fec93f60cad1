import { ROLE_SOURCE_NOTE_DE } from '../../../domain/messages/role-source-note.de.js';
import type { WheelStrings } from './index.js';

const levels = (count: number): string => `${count} ${count === 1 ? 'Stufe' : 'Stufen'}`;
const NAMES = { actual: 'Ist-Profil', external: 'Fremdeinschätzung', self: 'Selbsteinschätzung' };
const UNREQUIRED = { actual: 'ohne Soll und Ist', external: 'ohne Soll, in der Fremdeinschätzung ohne Stufe', self: 'ohne Soll, in der Selbsteinschätzung ohne Stufe' };

const de: WheelStrings = {
  wheelName: 'Kompetenzrad',
  describe: (s) => {
    const parts = [`${s.competencies} Kompetenzen in ${s.categories} Kategorien, je drei Ringe für Kenner, Könner und Experte.`];
    const shown = [s.showsTarget && (s.role ? `Soll-Profil ${s.role}` : 'Soll-Profil'), s.showsActual && NAMES[s.names.actual], s.showsExternal && NAMES[s.names.external]].filter(Boolean);
    parts.push(shown.length ? `Gezeigt: ${shown.join(', ')}.` : 'Noch keine Profile eingetragen.');
    if (s.showsTarget && s.showsActual) parts.push(`${s.toBuild} zu entwickeln, ${s.met} erreicht, ${s.above} über Soll${s.unrequired ? `, ${s.unrequired} ${UNREQUIRED[s.names.actual]}` : ''}.`);
    if (s.blindSpots || s.hiddenStrengths) parts.push(`${s.blindSpots} blinde Flecken, ${s.hiddenStrengths} verborgene Stärken.`);
    return parts.join(' ');
  },
  navigationHint: 'Pfeiltasten wählen eine Kompetenz, Pos1 und Ende springen, Eingabe oder Leertaste wählt sie aus.',
  editHint: 'Pfeiltasten links und rechts wählen eine Kompetenz; Pfeil hoch und runter oder die Ziffern 0 bis 3 setzen die Stufe, Ende oder Bild auf die höchste, Pos1 oder Bild ab die niedrigste.',
  noPersonToRate: 'Keine Person ausgewählt: Eine Einschätzung kann erst gespeichert werden, wenn eine Person ausgewählt ist.',
  series: { ...NAMES, target: 'Soll-Profil', gap: 'Lücke (Soll über Ist)' },
  short: { target: 'Soll', actual: 'Ist', external: 'Fremd', self: 'Selbst', gap: 'Lücke' },
  gapText: (gap) => (gap > 0 ? `${levels(gap)} zu entwickeln` : gap === 0 ? 'Soll erreicht' : `${levels(-gap)} über Soll`),
  unrequired: UNREQUIRED.actual,
  notRated: 'nicht eingeschätzt',
  blindSpot: 'Blinder Fleck',
  hiddenStrength: 'Verborgene Stärke',
  blindSpotExplained: 'Selbsteinschätzung mindestens zwei Stufen über der Fremdeinschätzung',
  hiddenStrengthExplained: 'Selbsteinschätzung mindestens zwei Stufen unter der Fremdeinschätzung',
  spokeName: (f) =>
    [`${f.label} (${f.category})`, f.target !== undefined && `Soll ${f.target}`, f.actual !== undefined && `Ist ${f.actual}`, f.external !== undefined && `Fremd ${f.external}`, f.self !== undefined && `Selbst ${f.self}`]
      .filter(Boolean)
      .join(', '),
  legendTitle: 'Legende',
  categoriesTitle: 'Kategorien',
  numbersTitle: 'Kompetenzen',
  legendElsewhere: (wheel, numbered) => `${numbered ? 'Legende und Namen zu den Nummern' : 'Legende'}: siehe „${wheel}“ auf dieser Seite.`,
  showTable: 'Datentabelle anzeigen',
  hideTable: 'Datentabelle ausblenden',
  tableCaption: 'Werte des Kompetenzrads',
  columns: {
    competency: 'Kompetenz',
    category: 'Kategorie',
    target: 'Soll',
    actual: 'Ist',
    external: NAMES.external,
    self: NAMES.self,
    gap: 'Lücke (Soll − Ist)',
    note: 'Hinweis',
  },
  edited: {
    external: {
      gap: 'Lücke (Soll über Fremdeinschätzung)',
      gapColumn: 'Lücke (Soll − Fremd)',
      unrequired: UNREQUIRED.external,
      editHint: 'Sie setzen die Stufen Ihrer Fremdeinschätzung. Pfeiltasten links und rechts wählen eine Kompetenz; Pfeil hoch und runter oder die Ziffern 0 bis 3 setzen die Stufe, Ende oder Bild auf die höchste, Pos1 oder Bild ab die niedrigste.',
    },
    self: {
      gap: 'Lücke (Soll über Selbsteinschätzung)',
      gapColumn: 'Lücke (Soll − Selbst)',
      unrequired: UNREQUIRED.self,
      editHint: 'Sie setzen die Stufen Ihrer Selbsteinschätzung. Pfeiltasten links und rechts wählen eine Kompetenz; Pfeil hoch und runter oder die Ziffern 0 bis 3 setzen die Stufe, Ende oder Bild auf die höchste, Pos1 oder Bild ab die niedrigste.',
    },
  },
  levelWithNumber: (name, level) => (level === 0 ? `— (0)` : `${name} (${level})`),
  defaultRoleSource: ROLE_SOURCE_NOTE_DE,
};

export default de;
