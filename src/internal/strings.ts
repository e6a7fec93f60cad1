import { LEVEL_NAMES } from '../domain/scale.js';
import type { Lang, Level } from '../domain/types.js';
import type { Problem } from './error-reporter.js';
import { issueWords } from './issue-words.js';
import { defineStrings } from './localize.js';

/** Strings every element needs: the input-problem notice. Level names come from the domain. */
export interface SharedStrings {
  /** Heading of the notice, with the number of problems. */
  noticeTitle: (count: number) => string;
  /** One line of the notice for a problem. */
  problem: (problem: Problem) => string;
}

const quote = {
  de: (text: string) => `„${text}“`,
  en: (text: string) => `“${text}”`,
};

/** `text` in the quotation marks of `lang` („…“, “…”). */
export const quoted = (lang: Lang, text: string): string => quote[lang](text);

/** " (erlaubt: 0 bis 3)", " (allowed: at least 3)" … for the bounds a range problem names; empty without any. */
function allowedRange(lang: Lang, min: unknown, max: unknown): string {
  const de = lang === 'de';
  const low = typeof min === 'number' && Number.isFinite(min) ? min : undefined;
  const high = typeof max === 'number' && Number.isFinite(max) ? max : undefined;
  if (low === undefined && high === undefined) return '';
  const bounds =
    low !== undefined && high !== undefined
      ? `${low} ${de ? 'bis' : 'to'} ${high}`
      : low !== undefined
        ? `${de ? 'mindestens' : 'at least'} ${low}`
        : `${de ? 'höchstens' : 'at most'} ${high}`;
  return ` (${de ? 'erlaubt' : 'allowed'}: ${bounds})`;
}

/** Where data with an issue came from: an input by its name, a provider's data (source `context`) by the provider. */
const dataOrigin = (lang: Lang, source: string) => (source !== 'context' ? quote[lang](source) : lang === 'de' ? 'Daten von <kompetenz-provider>' : '<kompetenz-provider> data');

/** The domain's sentence for a problem that is an issue of validated data, after where the data came from; `undefined` before those texts are loaded. */
function dataIssueText(lang: Lang, problem: Problem): string | undefined {
  if (!problem.dataIssue || problem.path === undefined) return undefined;
  const words = issueWords({ path: problem.path, code: problem.code, ...(problem.params ? { params: problem.params } : {}) }, lang);
  return words === undefined ? undefined : `${dataOrigin(lang, problem.source)}: ${words}`;
}

function describe(lang: Lang, problem: Problem): string {
  if (problem.text !== undefined) return problem.text;
  const worded = dataIssueText(lang, problem);
  if (worded !== undefined) return worded;
  const q = quote[lang];
  const subject = problem.subject === undefined ? '' : ` ${q(problem.subject)}`;
  const de = lang === 'de';
  const where = problem.source === 'table' ? (de ? 'der Tabelle' : 'the table') : problem.source === 'context' ? (de ? 'den Daten von <kompetenz-provider>' : 'the data of <kompetenz-provider>') : q(problem.source);
  switch (problem.code) {
    case 'invalid-json': {
      const quotes = problem.params?.quotes === true;
      if (de) return `Kein gültiges JSON in ${where}.${quotes ? ' Namen und Texte stehen in geraden doppelten Anführungszeichen: {"daten":2}.' : ''}`;
      return `Not valid JSON in ${where}.${quotes ? ' Names and texts go in straight double quotes: {"daten":2}.' : ''}`;
    }
    case 'object-as-text':
      return de
        ? `${where}: „[object Object]“ statt Daten, ein Objekt als Attribut gesetzt, bevor das Element geladen war (React 19). Elemente vor dem ersten Zeichnen laden.`
        : `${where}: “[object Object]” instead of data, an object set as an attribute before the element was loaded (React 19). Load the elements before the first render.`;
    case 'property-only':
      return de ? `${where} ist kein Attribut; per Skript als Eigenschaft setzen.` : `${where} is not an attribute; set it from script as a property.`;
    case 'role-attribute': {
      const meant = problem.params?.meant;
      const choice = `target-role="${typeof meant === 'string' ? meant : (problem.subject ?? '')}"`;
      return de
        ? `${where} ist die Rolle für Screenreader (ARIA),${subject} ist keine solche. Die Zielrolle wird mit ${choice} gewählt.`
        : `${where} is the role for screen readers (ARIA);${subject} is none of them. Choose the target role with ${choice}.`;
    }
    case 'json-type':
      return de ? `${where} muss ein JSON-Objekt sein.` : `${where} must be a JSON object.`;
    case 'unknown-competency':
      return de ? `Unbekannte Kompetenz${subject} in ${where}.` : `Unknown competency${subject} in ${where}.`;
    case 'level':
      // A CMS table's cells may name the level, too.
      if (problem.params?.names === true) return de ? `Keine Stufe${subject} in ${where} (erlaubt: 0 bis 3 oder Kenner, Könner, Experte).` : `No level${subject} in ${where} (allowed: 0 to 3 or Knowledgeable, Practitioner, Expert).`;
      return de ? `Ungültige Stufe${subject} in ${where} (erlaubt: 0 bis 3).` : `Invalid level${subject} in ${where} (allowed: 0 to 3).`;
    case 'unknown-role': {
      const known = problem.params?.known;
      const choices = Array.isArray(known) && known.length > 0 ? ` (${de ? 'möglich' : 'possible'}: ${known.join(', ')})` : '';
      return de ? `Unbekannte Rolle${subject}${choices}.` : `Unknown role${subject}${choices}.`;
    }
    case 'unknown-person':
      return de ? `Unbekannte Person${subject}.` : `Unknown person${subject}.`;
    case 'no-person':
      return de
        ? `Keine Person gewählt: Ein Lernziel gehört zu einer Person (${where} setzen oder im Provider eine Person wählen).`
        : `No person selected: a learning goal belongs to a person (set ${where} or select a person in the provider).`;
    case 'invalid-catalogue':
      return de ? `Der Katalog in ${where} ist ungültig; der Standardkatalog wird verwendet.` : `The catalogue in ${where} is invalid; the default catalogue is used.`;
    case 'duplicate-id':
      return de ? `Doppelte Kennung${subject} in ${where}.` : `Duplicate id${subject} in ${where}.`;
    case 'type':
      return de ? `Falscher Datentyp${subject} in ${where}.` : `Wrong kind of value${subject} in ${where}.`;
    case 'more-issues': {
      const more = problem.params?.more;
      if (typeof more !== 'number') return de ? `Weitere ungültige Angaben in ${where}.` : `More invalid input in ${where}.`;
      return de ? `${more} weitere ungültige ${more === 1 ? 'Angabe' : 'Angaben'} in ${where}.` : `${more} more invalid ${more === 1 ? 'entry' : 'entries'} in ${where}.`;
    }
    case 'not-for-groups':
      return de ? `${where} wird nicht verwendet, solange eine Gruppe gezeigt wird.` : `${where} is not used while a group is shown.`;
    case 'not-for-mode': {
      const modes = Array.isArray(problem.params?.modes) ? problem.params.modes.map((mode) => `mode="${mode}"`).join(de ? ' oder ' : ' or ') : '';
      return de ? `${where} wirkt nur mit ${modes} und wird hier nicht verwendet.` : `${where} only works with ${modes} and is not used here.`;
    }
    case 'unknown-group':
      return de ? `Keine Gruppe${subject} in ${where}.` : `No group${subject} in ${where}.`;
    case 'invalid-aggregate':
      return de ? `${where} ist keine gültige Gruppenauswertung; es werden keine Werte gezeigt.` : `${where} is not a valid aggregate; no figures are shown.`;
    case 'group-unavailable':
      return de ? 'Die Gruppenansicht konnte nicht geladen werden.' : 'The group view could not be loaded.';
    case 'lang':
      return de ? `Sprache${subject} in ${where} wird nicht unterstützt (möglich: de, en).` : `Language${subject} in ${where} is not supported (possible: de, en).`;
    case 'boolean':
      return de
        ? `${where} ist ein Schalter und bleibt aus:${subject} ist kein gültiger Wert (ein: ohne Wert oder „true“; aus: Attribut weglassen).`
        : `${where} is a switch and stays off:${subject} is not a valid value (on: no value or “true”; off: leave the attribute out).`;
    case 'unknown-department':
      return de ? `Keine Person gehört zur Abteilung${subject}.` : `No one belongs to department${subject}.`;
    case 'date':
      return de ? `Ungültiges Datum${subject} in ${where} (erwartet: JJJJ-MM-TT, z. B. 2025-03-01).` : `Invalid date${subject} in ${where} (expected: YYYY-MM-DD, e.g. 2025-03-01).`;
    case 'date-order': {
      const start = typeof problem.params?.start === 'string' ? ` ${q(problem.params.start)}` : '';
      return de ? `Das Ende${subject} in ${where} liegt vor dem Beginn${start}.` : `The end${subject} in ${where} is before the start${start}.`;
    }
    case 'enum': {
      const allowed = problem.params?.allowed;
      const choices = Array.isArray(allowed) ? ` (${de ? 'möglich' : 'possible'}: ${allowed.join(', ')})` : '';
      return de ? `Ungültiger Wert${subject} in ${where}${choices}.` : `Invalid value${subject} in ${where}${choices}.`;
    }
    case 'range': {
      // The value used instead, where it is not simply none.
      const applies = problem.params?.applies;
      const instead = typeof applies === 'number' ? (de ? `; es gilt der Standardwert ${applies}` : `; the default ${applies} applies`) : '';
      return `${de ? 'Ungültiger Wert' : 'Invalid value'}${subject} in ${where}${allowedRange(lang, problem.params?.min, problem.params?.max)}${instead}.`;
    }
    case 'table-column':
      return de
        ? `Die Spalte${subject} der Tabelle wird nicht gelesen: Ihre Überschrift nennt keine Spalte oder eine schon genannte (möglich: Kompetenz, Soll, Ist, Fremd).`
        : `The column${subject} of the table is not read: its heading names no column or one named before (possible: competency, target, actual, external).`;
    case 'table-row-twice': {
      const { row, firstRow } = problem.params ?? {};
      if (typeof row !== 'number' || typeof firstRow !== 'number') {
        const first = typeof problem.params?.first === 'string' ? q(problem.params.first) : '';
        return de ? `Die Zeile${subject} der Tabelle wird nicht gelesen: Die Kompetenz steht schon in der Zeile ${first}.` : `The row${subject} of the table is not read: the competency is already in the row ${first}.`;
      }
      // The subject is the row's competency, not the table's name.
      const which = subject ? ` (${subject.trim()})` : '';
      return de
        ? `Zeile ${row}${which} der Tabelle wird nicht gelesen: Die Kompetenz steht schon in Zeile ${firstRow}, und die erste Zeile gilt.`
        : `Row ${row}${which} of the table is not read: the competency is already in row ${firstRow}, and the first row counts.`;
    }
    case 'table-and-attribute': {
      const series = problem.params?.series === 'actual' || problem.params?.series === 'external' ? problem.params.series : 'target';
      const heading = { target: de ? 'Soll' : 'target', actual: de ? 'Ist' : 'actual', external: de ? 'Fremd' : 'external' }[series];
      const profile = { target: de ? 'das Soll-Profil' : 'the target profile', actual: de ? 'das Ist-Profil' : 'the actual profile', external: de ? 'die Fremdeinschätzung' : 'the external assessment' }[series];
      return de
        ? `Die Spalte ${q(heading)} der Tabelle wird nicht gelesen: Das Attribut${subject} gibt ${profile} vor. Spalte oder Attribut entfernen.`
        : `The table’s column ${q(heading)} is not read: the attribute${subject} gives ${profile}. Remove the column or the attribute.`;
    }
    case 'render-failed':
      return de ? 'Die Darstellung ist fehlgeschlagen.' : 'Drawing failed.';
    default:
      return de ? `Ungültige Angabe${subject} in ${where}.` : `Invalid input${subject} in ${where}.`;
  }
}

export const SHARED_STRINGS = defineStrings<SharedStrings>({
  de: {
    noticeTitle: (count) => (count === 1 ? 'Eine Angabe konnte nicht verwendet werden:' : `${count} Angaben konnten nicht verwendet werden:`),
    problem: (problem) => describe('de', problem),
  },
  en: {
    noticeTitle: (count) => (count === 1 ? 'One input could not be used:' : `${count} inputs could not be used:`),
    problem: (problem) => describe('en', problem),
  },
});

/** The name of a level in a language ("Könner" / "Practitioner"; 0 is "—" / "none"). */
export function levelLabel(level: Level, lang: Lang): string {
  return LEVEL_NAMES[level][lang];
}

const NO_LEVEL: Readonly<Record<Lang, string>> = { de: 'keine Stufe', en: 'no level' };

/** The name of a level as a screen reader says it: level 0 in words, not as a dash. */
export function spokenLevel(level: Level, lang: Lang): string {
  return level === 0 ? NO_LEVEL[lang] : levelLabel(level, lang);
}
