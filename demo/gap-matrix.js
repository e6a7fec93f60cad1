// Page script of the gap-matrix demo: the person picker, CSV downloads, event logs and the page texts.
// DOM methods only (no innerHTML), so the page also runs under a strict CSP.
import { NAV_STRINGS, downloadBlob, logError, logTo, setupLanguage } from './site.js';

const STRINGS = {
  de: {
    ...NAV_STRINGS.de,
    title: 'kompetenzrad – Soll-Ist-Vergleich',
    h1: 'Der Soll-Ist-Vergleich',
    intro:
      'Eine Tabelle mit Soll, Selbst- und Fremdeinschätzung, Ist-Stufe, Lücke, Priorität und fälligen Auffrischungen je Kompetenz – für eine Person oder, mit `mode="team"`, für viele Personen auf einmal. Lücken stehen als Zahl in der Zelle; die Farbe wiederholt sie nur. Die Tabelle ist ein Raster: ein Tabstopp, Pfeiltasten, Pos1/Ende, Bild auf/ab, Strg+Pos1/Ende; Eingabe wählt eine Zelle oder sortiert nach einer Spalte.',
    cmsHeading: 'Eine Person, aus Attributen',
    cmsIntro:
      'Wie beim Kompetenzrad: `target-role` für das Soll-Profil, `actual` und `external` als JSON. Ohne eigene Selbsteinschätzung gilt das Ist-Profil als Selbsteinschätzung; liegen Selbst- und Fremdbild zwei Stufen oder mehr auseinander, steht ≠ in der Zelle.',
    providerHeading: 'Mit Daten aus dem Portfolio',
    providerIntro:
      'In einem `<kompetenz-provider>` liest die Tabelle die gewählte Person, ihre Rolle und alle Einschätzungen. Mit `show-history` stehen frühere Einschätzungen als weitere Spalten daneben. Ein Klick auf eine Person in der Team-Tabelle wählt sie für die Tabelle darüber aus.',
    person: 'Person',
    csvPerson: 'Als CSV (Excel) speichern',
    teamHeading: 'Das ganze Team',
    csvTeam: 'Team als CSV (Excel) speichern',
    events: 'Ereignisse:',
    // The section in the other language: English while the page is German.
    otherHeading: 'In English',
    otherIntro: 'The table follows the nearest `lang` attribute of the page.',
    errorsHeading: 'Fehlerhafte Eingaben',
    errorsIntro:
      'Ungültiges JSON, unbekannte Kompetenzen, Stufen außerhalb von 0–3 und unbekannte Rollen: Die Tabelle zeigt, was gültig ist, nennt die Probleme in einem Hinweis und meldet jedes einmal als `kr-error`.',
    errorsReported: 'Gemeldete Fehler:',
  },
  en: {
    ...NAV_STRINGS.en,
    title: 'kompetenzrad – target–actual comparison',
    h1: 'The target–actual comparison',
    intro:
      'A table with target, self-assessment and external rating, current level, gap, priority and refreshers due for each competency – for one person or, with `mode="team"`, for many people at once. Gaps are written as numbers in the cells; the colour only repeats them. The table is a grid: one tab stop, arrow keys, Home/End, Page up/down, Ctrl+Home/End; Enter selects a cell or sorts by a column.',
    cmsHeading: 'One person, from attributes',
    cmsIntro:
      'As with the wheel: `target-role` for the target profile, `actual` and `external` as JSON. Without a self-assessment of its own, the current profile counts as the self-assessment; where self-assessment and external rating are two levels or more apart, the cell shows ≠.',
    providerHeading: 'With data from the portfolio',
    providerIntro:
      'Inside a `<kompetenz-provider>` the table reads the selected person, their role and all assessments. With `show-history` earlier assessments stand beside them as further columns. A click on a person in the team table selects them for the table above.',
    person: 'Person',
    csvPerson: 'Save as CSV (Excel)',
    teamHeading: 'The whole team',
    csvTeam: 'Save the team as CSV (Excel)',
    events: 'Events:',
    otherHeading: 'Auf Deutsch',
    otherIntro: 'Die Tabelle folgt dem nächstgelegenen `lang`-Attribut der Seite.',
    errorsHeading: 'Faulty input',
    errorsIntro:
      'Invalid JSON, unknown competencies, levels outside 0–3 and unknown roles: the table shows what is valid, names the problems in a notice and reports each one once as `kr-error`.',
    errorsReported: 'Reported errors:',
  },
};

setupLanguage(STRINGS);

/** Saves `text` as a CSV file called `name`. */
function saveCsv(text, name) {
  downloadBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), name);
}

const provider = document.getElementById('provider');
const picker = document.getElementById('person');

/** Fills the person picker from the provider's portfolio and keeps it in step with the selection. */
function showPeople() {
  const people = provider.portfolio?.people ?? [];
  const selected = provider.person ?? people[0]?.id;
  picker.replaceChildren(
    ...people.map((person) => {
      const option = document.createElement('option');
      option.value = person.id;
      option.textContent = person.department ? `${person.name} (${person.department})` : person.name;
      option.selected = person.id === selected;
      return option;
    }),
  );
}

provider.addEventListener('kr-portfolio-change', showPeople);
picker.addEventListener('change', () => {
  provider.person = picker.value;
});

const events = document.getElementById('events');
provider.addEventListener('kr-select', (event) => {
  const { personId, competencyId } = event.detail;
  logTo(events, `kr-select ${[personId, competencyId].filter(Boolean).join(' · ')}`);
  if (personId) {
    picker.value = personId;
  }
});

document.getElementById('csv-person').addEventListener('click', () => {
  saveCsv(document.getElementById('person-matrix').toCSV(), 'soll-ist-vergleich.csv');
});
document.getElementById('csv-team').addEventListener('click', () => {
  saveCsv(document.getElementById('team-matrix').toCSV(), 'team-luecken.csv');
});

const errors = document.getElementById('errors');
document.addEventListener('kr-error', (event) => logError(errors, event));
