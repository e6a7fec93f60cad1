// Page script of the district demo: 2,000 generated people (fixed seed, so the page is the same
// on every visit) handed to a provider that keeps them in memory only.
import { generatePortfolio } from '../dist/domain/index.js';
import { NAV_STRINGS, currentLang, downloadBlob, setupLanguage } from './site.js';

const SEED = 4711;
const PEOPLE = 2000;
const TODAY = '2025-09-01';

const STRINGS = {
  de: {
    ...NAV_STRINGS.de,
    title: 'kompetenzrad – Landkreis',
    h1: 'Ein Landkreis: 2.000 Beschäftigte',
    intro:
      'Eine erfundene Kreisverwaltung mit 2.000 Beschäftigten in zehn Ämtern und fünf Rollen, erzeugt mit `generatePortfolio` und festem Startwert (jeder Aufruf der Seite zeigt dieselben Daten). Die Team-Tabelle zeigt je Person und Kompetenz die Lücke zum Soll ihrer Rolle; nur die sichtbaren Zeilen stehen im Dokument, daher bleibt sie auch bei sehr vielen Personen flüssig.',
    organisationHeading: 'Das Haus im Überblick',
    organisationIntro:
      'Je Amt und Kompetenz der Anteil unter Soll, ohne Einzelwerte: Jede Zahl steht für mindestens fünf Personen derselben Rolle; kleinere Ämter zählen gemeinsam unter „Weitere“. Eine Zeile wählen zeigt das Amt im Rad.',
    wheelHeading: 'Kompetenzrad der Gruppe',
    wheelAll: 'Das ganze Haus: je Kompetenz die Verteilung über die Stufen.',
    wheelGroup: (name) => `Gewählt: ${name}.`,
    wheelAllButton: 'Ganzes Haus zeigen',
    reportLink: 'Bericht für Personalrat und Leitung (eine Seite A4)',
    teamHeading: 'Lücken je Person',
    teamIntro:
      'Filtern nach Rolle, Amt und Lücke, sortieren nach jeder Spalte (Klick oder Eingabe auf die Spaltenüberschrift). Die Zeile „Verteilung“ zeigt je Kompetenz, wie viele Personen Aufbaubedarf haben. Unter der Tabelle stehen die Synergiegruppen: Personen aus verschiedenen Ämtern mit demselben Bedarf, für die sich ein gemeinsames Format lohnt. Eine Gruppe wählen markiert ihre Mitglieder in der Tabelle.',
    csv: 'Angezeigte Personen als CSV (Excel) speichern',
    personHeading: 'Die gewählte Person',
    personIntro: 'Ein Klick auf eine Zeile der Team-Tabelle (oder Eingabe in einer Zelle) zeigt hier den Vergleich dieser Person.',
    timing: (people, generated, firstScreen, done) =>
      `${people} Personen erzeugt in ${generated} ms; erste Ansicht nach ${firstScreen} ms, alle Personen ausgewertet nach ${done} ms.`,
  },
  en: {
    ...NAV_STRINGS.en,
    title: 'kompetenzrad – district',
    h1: 'A district: 2,000 employees',
    intro:
      'A made-up district administration with 2,000 employees in ten offices and five roles, generated with `generatePortfolio` and a fixed seed (every visit shows the same data). The team table shows, for each person and competency, the gap to the target of their role; only the visible rows are in the document, so it stays smooth even with very many people.',
    organisationHeading: 'The organisation at a glance',
    organisationIntro:
      'For each office and competency the share below target, without individual figures: every number stands for at least five people of the same role; smaller offices count together under “Other”. Choosing a row shows the office in the wheel.',
    wheelHeading: 'Competency wheel of the group',
    wheelAll: 'The whole organisation: for each competency the spread over the levels.',
    wheelGroup: (name) => `Chosen: ${name}.`,
    wheelAllButton: 'Show the whole organisation',
    reportLink: 'Report for the staff council and leadership (one A4 page)',
    teamHeading: 'Gaps per person',
    teamIntro:
      'Filter by role, office and gap, sort by any column (click or Enter on the column header). The row “Distribution” shows for each competency how many people need development. Below the table are the synergy groups: people from different offices with the same need, for whom a shared format pays off. Choosing a group marks its members in the table.',
    csv: 'Save the people shown as CSV (Excel)',
    personHeading: 'The selected person',
    personIntro: 'A click on a row of the team table (or Enter in a cell) shows the comparison of that person here.',
    timing: (people, generated, firstScreen, done) =>
      `${people} people generated in ${generated} ms; first view after ${firstScreen} ms, all people analysed after ${done} ms.`,
  },
};

const team = document.getElementById('team');
const timing = document.getElementById('timing');
/** Milliseconds from generating the data to the first screen and to the whole analysis, once known. */
let measured;

function showTiming(lang) {
  if (!measured) return;
  const people = PEOPLE.toLocaleString(lang === 'en' ? 'en-GB' : 'de-DE');
  timing.textContent = STRINGS[lang].timing(people, measured.generated, measured.firstScreen, measured.done);
}

const wheel = document.getElementById('organisation-wheel');
const wheelShows = document.getElementById('organisation-wheel-shows');
/** The group the wheel shows (as the organisation matrix selected it), or none for the whole organisation. */
let chosen;

function showChosen(lang) {
  wheelShows.textContent = chosen ? STRINGS[lang].wheelGroup(chosen.name) : STRINGS[lang].wheelAll;
}

setupLanguage(STRINGS, (lang) => {
  showTiming(lang);
  showChosen(lang);
});

const started = performance.now();
const portfolio = generatePortfolio({ seed: SEED, people: PEOPLE, today: TODAY });
const generated = performance.now();

const provider = document.getElementById('landkreis');
provider.portfolio = portfolio;

customElements.whenDefined('gap-matrix').then(async () => {
  await team.updateComplete;
  const firstScreen = performance.now();
  await team.analysisComplete;
  const done = performance.now();
  measured = {
    generated: Math.round(generated - started),
    firstScreen: Math.round(firstScreen - generated),
    done: Math.round(done - generated),
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
  showGroup({ by: group.by, key, name });
});
document.getElementById('organisation-all').addEventListener('click', () => showGroup(undefined));

document.getElementById('csv').addEventListener('click', () =>
  downloadBlob(new Blob([team.toCSV()], { type: 'text/csv;charset=utf-8' }), 'landkreis-luecken.csv'),
);
