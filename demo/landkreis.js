// Page script of the district demo: 2,000 generated people (fixed seed, so the page is the same
// on every visit) handed to a provider that keeps them in memory only. With `?quelle=datei` the
// provider reads 10,000 people from a document instead (`src`, as an editor would write it; the
// document is made by `npm start`, see scripts/demo-data.mjs).
import { generatePortfolio } from '../dist/domain/index.js';
import { NAV_STRINGS, currentLang, downloadBlob, queryParam, setupLanguage } from './site.js';

const SEED = 4711;
const FROM_FILE = queryParam('quelle') === 'datei';
const PEOPLE = FROM_FILE ? 10000 : 2000;
const TODAY = '2025-09-01';
const DOCUMENT = './data/landkreis-10000.json';

const STRINGS = {
  de: {
    ...NAV_STRINGS.de,
    title: 'kompetenzrad – Landkreis',
    h1: 'Ein Landkreis: 2.000 Beschäftigte',
    intro:
      'Eine erfundene Kreisverwaltung mit 2.000 Beschäftigten in zehn Ämtern und fünf Rollen, erzeugt mit `generatePortfolio` und festem Startwert (jeder Aufruf der Seite zeigt dieselben Daten). Die Team-Tabelle zeigt je Person und Kompetenz die Lücke zum Soll ihrer Rolle; nur die sichtbaren Zeilen stehen im Dokument, daher bleibt sie auch bei sehr vielen Personen flüssig.',
    organisationHeading: 'Das Haus im Überblick',
    organisationIntro:
      'Je Amt (Abteilung) und Kompetenz der Anteil unter Soll, ohne Einzelwerte: Jede Zahl steht für mindestens fünf Personen derselben Rolle. Hat eine Rolle in einem Amt weniger als fünf Personen, zählen sie unter „Weitere Abteilungen“ mit denen der Ämter, in denen die Rolle ebenfalls weniger als fünf hat, wenn das zusammen fünf ergibt, sonst nirgends. Eine Zeile wählen zeigt das Amt im Rad.',
    wheelHeading: 'Kompetenzrad der Gruppe',
    wheelAll: 'Das ganze Haus: je Kompetenz die Verteilung über die Stufen.',
    wheelGroup: (name) => `Gewählt: ${name}.`,
    wheelGroupAllRoles: (name) => `Gewählt: ${name}, mit allen Rollen (das Rad zeigt ein Amt immer ganz, auch wenn die Tabelle nach einer Rolle gefiltert ist).`,
    wheelAllButton: 'Ganzes Haus zeigen',
    reportLink: 'Bericht für Personalrat und Leitung (eine Seite A4)',
    teamHeading: 'Lücken je Person',
    teamIntro:
      'Filtern nach Rolle, Amt und Lücke, sortieren nach jeder Spalte (Klick oder Eingabe auf die Spaltenüberschrift). Die Zeile „Verteilung“ zeigt je Kompetenz, wie viele Personen Aufbaubedarf haben. Unter der Tabelle stehen die Synergiegruppen: Personen aus verschiedenen Ämtern mit demselben Bedarf, für die sich ein gemeinsames Format lohnt. Eine Gruppe wählen markiert ihre Mitglieder in der Tabelle.',
    sourceSwitch: 'Dieselbe Seite mit 10.000 Personen aus einer Datei',
    csv: 'Angezeigte Personen als CSV (Excel) speichern',
    personHeading: 'Die gewählte Person',
    personIntro: 'Ein Klick auf eine Zeile der Team-Tabelle (oder Eingabe in einer Zelle) zeigt hier den Vergleich dieser Person.',
    timing: (people, ready, firstScreen, done) =>
      `${people} Personen erzeugt in ${ready} ms; erste Ansicht nach ${firstScreen} ms, alle Personen ausgewertet nach ${done} ms.`,
  },
  en: {
    ...NAV_STRINGS.en,
    title: 'kompetenzrad – district',
    h1: 'A district: 2,000 employees',
    intro:
      'A made-up district administration with 2,000 employees in ten offices and five roles, generated with `generatePortfolio` and a fixed seed (every visit shows the same data). The team table shows, for each person and competency, the gap to the target of their role; only the visible rows are in the document, so it stays smooth even with very many people.',
    organisationHeading: 'The organisation at a glance',
    organisationIntro:
      'For each office (department) and competency the share below target, without individual figures: every number stands for at least five people of the same role. Where a role has fewer than five people in an office, they count under “Other departments” with those of the offices where the role also has fewer than five, when that makes five together, else nowhere. Choosing a row shows the office in the wheel.',
    wheelHeading: 'Competency wheel of the group',
    wheelAll: 'The whole organisation: for each competency the spread over the levels.',
    wheelGroup: (name) => `Chosen: ${name}.`,
    wheelGroupAllRoles: (name) => `Chosen: ${name}, with all roles (the wheel always shows an office as a whole, also while the table is filtered by a role).`,
    wheelAllButton: 'Show the whole organisation',
    reportLink: 'Report for the staff council and leadership (one A4 page)',
    teamHeading: 'Gaps per person',
    teamIntro:
      'Filter by role, office and gap, sort by any column (click or Enter on the column header). The row “Distribution” shows for each competency how many people need development. Below the table are the synergy groups: people from different offices with the same need, for whom a shared format pays off. Choosing a group marks its members in the table.',
    sourceSwitch: 'The same page with 10,000 people from a file',
    csv: 'Save the people shown as CSV (Excel)',
    personHeading: 'The selected person',
    personIntro: 'A click on a row of the team table (or Enter in a cell) shows the comparison of that person here.',
    timing: (people, ready, firstScreen, done) =>
      `${people} people generated in ${ready} ms; first view after ${firstScreen} ms, all people analysed after ${done} ms.`,
  },
};

/** What differs when the people come from a document. */
const FILE_STRINGS = {
  de: {
    title: 'kompetenzrad – Landkreis, 10.000 Personen aus einer Datei',
    h1: 'Ein Landkreis: 10.000 Beschäftigte aus einer Datei',
    intro:
      'Dieselbe erfundene Kreisverwaltung, diesmal mit 10.000 Beschäftigten in einer Datei von 17 MB, geladen mit `<kompetenz-provider src="./data/landkreis-10000.json">`, wie es ein Redaktionssystem tun würde. Die ersten Personen stehen in der Team-Tabelle, während die Datei noch gelesen wird; ihre Werte folgen, sobald die ganze Datei geprüft ist. Die Seite bleibt währenddessen bedienbar.',
    sourceSwitch: 'Zurück zu 2.000 erzeugten Personen',
    timing: (people, loaded, firstScreen, done) =>
      `${people} Personen: Datei gelesen und geprüft nach ${loaded} ms; erste Ansicht mit allen Werten nach ${firstScreen} ms, alle Personen ausgewertet nach ${done} ms (ab Start des Seitenskripts).`,
    missing: 'Die Datei data/landkreis-10000.json ließ sich nicht laden oder ist veraltet. `npm start` erzeugt sie neu, wenn sie fehlt oder älter als ihr Erzeuger ist.',
  },
  en: {
    title: 'kompetenzrad – district, 10,000 people from a file',
    h1: 'A district: 10,000 employees from a file',
    intro:
      'The same made-up district administration, this time with 10,000 employees in a 17 MB file, loaded with `<kompetenz-provider src="./data/landkreis-10000.json">` as a content management system would. The first people appear in the team table while the file is still being read; their values follow once the whole file is checked. The page stays usable meanwhile.',
    sourceSwitch: 'Back to 2,000 generated people',
    timing: (people, loaded, firstScreen, done) =>
      `${people} people: file read and checked after ${loaded} ms; first view with all values after ${firstScreen} ms, all people analysed after ${done} ms (from the start of the page script).`,
    missing: 'The file data/landkreis-10000.json could not be loaded or is out of date. `npm start` makes it anew when it is missing or older than what makes it.',
  },
};
const strings = FROM_FILE ? { de: { ...STRINGS.de, ...FILE_STRINGS.de }, en: { ...STRINGS.en, ...FILE_STRINGS.en } } : STRINGS;

const team = document.getElementById('team');
const timing = document.getElementById('timing');
/** Milliseconds from generating the data to the first screen and to the whole analysis, once known. */
let measured;

function showTiming(lang) {
  if (!measured) return;
  if (measured.missing) {
    timing.textContent = strings[lang].missing;
    return;
  }
  const people = PEOPLE.toLocaleString(lang === 'en' ? 'en-GB' : 'de-DE');
  timing.textContent = strings[lang].timing(people, measured.ready, measured.firstScreen, measured.done);
}

const wheel = document.getElementById('organisation-wheel');
const wheelShows = document.getElementById('organisation-wheel-shows');
/** The group the wheel shows (as the organisation matrix selected it), or none for the whole organisation. */
let chosen;

function showChosen(lang) {
  wheelShows.textContent = !chosen ? strings[lang].wheelAll : chosen.allRoles ? strings[lang].wheelGroupAllRoles(chosen.name) : strings[lang].wheelGroup(chosen.name);
}

if (FROM_FILE) document.getElementById('source-switch').setAttribute('href', './landkreis.html');
setupLanguage(strings, (lang) => {
  showTiming(lang);
  showChosen(lang);
});

const started = performance.now();
/** Where the figures count from: the start of the page script, or the moment the people are made. */
let origin = started;
const provider = document.getElementById('landkreis');
if (FROM_FILE) {
  provider.setAttribute('src', DOCUMENT);
  provider.addEventListener('kr-error', (event) => {
    if (event.detail.code !== 'src-load' && event.detail.code !== 'src-invalid') return;
    measured = { missing: true };
    showTiming(currentLang());
  });
} else {
  provider.portfolio = generatePortfolio({ seed: SEED, people: PEOPLE, today: TODAY });
  origin = performance.now();
}

customElements.whenDefined('gap-matrix').then(async () => {
  await customElements.whenDefined('kompetenz-provider');
  await provider.loadComplete;
  const ready = performance.now();
  await team.updateComplete;
  const firstScreen = performance.now();
  await team.analysisComplete;
  const done = performance.now();
  if (measured?.missing) return;
  measured = {
    ready: Math.round((FROM_FILE ? ready : origin) - started),
    firstScreen: Math.round(firstScreen - origin),
    done: Math.round(done - origin),
  };
  showTiming(currentLang());
});

function showGroup(group) {
  chosen = group;
  wheel.groupBy = group ? group.by : 'category';
  wheel.group = group ? group.key : undefined;
  showChosen(currentLang());
}

// A row of the organisation matrix names its group: the wheel shows that group (never a person).
document.getElementById('organisation').addEventListener('kr-select', (event) => {
  const group = event.detail.group;
  if (!group || group.by === 'category') return;
  const key = group.key ?? (group.kind === 'other' ? 'other' : '');
  const row = event.composedPath().find((node) => node instanceof HTMLElement && node.getAttribute('role') === 'row');
  const name = row?.querySelector('[role="rowheader"]')?.textContent.trim() || key;
  const roleFiltered = group.by === 'department' && Boolean(event.currentTarget.getAttribute('filter-role') || event.currentTarget.filterRole);
  showGroup({ by: group.by, key, name, allRoles: roleFiltered });
});
document.getElementById('organisation-all').addEventListener('click', () => showGroup(undefined));

document.getElementById('csv').addEventListener('click', () =>
  downloadBlob(new Blob([team.toCSV()], { type: 'text/csv;charset=utf-8' }), 'landkreis-luecken.csv'),
);
