import { ROLE_SOURCE_NOTE_EN } from '../../../domain/messages/role-source-note.en.js';
import type { WheelStrings } from './index.js';

const levels = (count: number): string => `${count} ${count === 1 ? 'level' : 'levels'}`;
const NAMES = { actual: 'actual profile', external: 'external assessment', self: 'self-assessment' };
const UNREQUIRED = { actual: 'neither required nor present', external: 'not required, no level in the external assessment', self: 'not required, no level in the self-assessment' };
const capital = (text: string): string => text[0].toUpperCase() + text.slice(1);

const en: WheelStrings = {
  wheelName: 'Competency wheel',
  describe: (s) => {
    const parts = [`${s.competencies} competencies in ${s.categories} categories, three rings each for knowledgeable, practitioner and expert.`];
    const shown = [s.showsTarget && (s.role ? `target profile ${s.role}` : 'target profile'), s.showsActual && NAMES[s.names.actual], s.showsExternal && NAMES[s.names.external]].filter(Boolean);
    parts.push(shown.length ? `Shown: ${shown.join(', ')}.` : 'No profiles entered yet.');
    if (s.showsTarget && s.showsActual) parts.push(`${s.toBuild} to build, ${s.met} met, ${s.above} above target${s.unrequired ? `, ${s.unrequired} ${UNREQUIRED[s.names.actual]}` : ''}.`);
    if (s.blindSpots || s.hiddenStrengths) parts.push(`${s.blindSpots} blind spots, ${s.hiddenStrengths} hidden strengths.`);
    return parts.join(' ');
  },
  navigationHint: 'Arrow keys choose a competency, Home and End jump, Enter or Space selects it.',
  editHint: 'Left and right arrows choose a competency; up and down arrows or the digits 0 to 3 set the level, End or Page Up the highest, Home or Page Down the lowest.',
  noPersonToRate: 'No person selected: a rating can only be saved once a person is selected.',
  series: { target: 'Target profile', actual: capital(NAMES.actual), external: capital(NAMES.external), self: capital(NAMES.self), gap: 'Gap (target above actual)' },
  short: { target: 'Target', actual: 'Actual', external: 'External', self: 'Self', gap: 'Gap' },
  gapText: (gap) => (gap > 0 ? `${levels(gap)} to build` : gap === 0 ? 'target met' : `${levels(-gap)} above target`),
  unrequired: UNREQUIRED.actual,
  notRated: 'not rated',
  blindSpot: 'Blind spot',
  hiddenStrength: 'Hidden strength',
  blindSpotExplained: 'self-assessment at least two levels above the external assessment',
  hiddenStrengthExplained: 'self-assessment at least two levels below the external assessment',
  spokeName: (f) =>
    [`${f.label} (${f.category})`, f.target !== undefined && `target ${f.target}`, f.actual !== undefined && `actual ${f.actual}`, f.external !== undefined && `external ${f.external}`, f.self !== undefined && `self ${f.self}`]
      .filter(Boolean)
      .join(', '),
  legendTitle: 'Legend',
  categoriesTitle: 'Categories',
  numbersTitle: 'Competencies',
  legendElsewhere: (wheel, numbered) => `${numbered ? 'Legend and the names behind the numbers' : 'Legend'}: see “${wheel}” on this page.`,
  showTable: 'Show data table',
  hideTable: 'Hide data table',
  tableCaption: 'Values of the competency wheel',
  columns: {
    competency: 'Competency',
    category: 'Category',
    target: 'Target',
    actual: 'Actual',
    external: capital(NAMES.external),
    self: capital(NAMES.self),
    gap: 'Gap (target − actual)',
    note: 'Note',
  },
  edited: {
    external: {
      gap: 'Gap (target above external assessment)',
      gapColumn: 'Gap (target − external)',
      unrequired: UNREQUIRED.external,
      editHint: 'You set the levels of your external assessment. Left and right arrows choose a competency; up and down arrows or the digits 0 to 3 set the level, End or Page Up the highest, Home or Page Down the lowest.',
    },
    self: {
      gap: 'Gap (target above self-assessment)',
      gapColumn: 'Gap (target − self)',
      unrequired: UNREQUIRED.self,
      editHint: 'You set the levels of your self-assessment. Left and right arrows choose a competency; up and down arrows or the digits 0 to 3 set the level, End or Page Up the highest, Home or Page Down the lowest.',
    },
  },
  levelWithNumber: (name, level) => (level === 0 ? `— (0)` : `${name} (${level})`),
  defaultRoleSource: ROLE_SOURCE_NOTE_EN,
};

export default en;
