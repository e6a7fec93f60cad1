// Page script of the A4 report for the staff council and leadership: the district of the
// Landkreis page (same seed), shown without any individual data. The script computes the
// aggregates (`aggregateTeam`) and the counts of the synergy groups in the browser (a real report
// page would receive the aggregates from HR); the wheel and the tables get those only, so no name,
// id or single rating of a person is shown.
import { aggregateTeam, catalogueOf, currentProfile, DEFAULT_FORMATS, findSynergyGroups, formatById, generatePortfolio, rolesOf } from '../dist/domain/index.js';
import { NAV_STRINGS, currentLang, downloadBlob, element, formatDate, setupLanguage } from './site.js';

const SEED = 4711;
const PEOPLE = 2000;
const TODAY = '2025-09-01';
/** The fewest people any figure of the report stands for. */
const MIN_GROUP_SIZE = 5;
const TOP_GAPS = 3;
const TOP_FORMATS = 6;

const STRINGS = {
  de: {
    ...NAV_STRINGS.de,
    title: 'kompetenzrad – Bericht für Personalrat und Leitung',
    toolsLabel: 'Werkzeuge des Berichts',
    back: 'Zurück zum Landkreis',
    print: 'Drucken (A4)',
    wheelSvg: 'Rad als SVG',
    wheelPng: 'Rad als PNG',
    h1: 'Kompetenzen der Kreisverwaltung',
    scope: (date, people, min) =>
      `Stand ${date}: ${people} Beschäftigte mit Einschätzung. Jede Zahl steht für mindestens ${min} Personen derselben Rolle; Einzelwerte enthält der Bericht nicht.`,
    wheelHeading: 'Das Haus im Kompetenzrad',
    gapsHeading: 'Größte Lücken je Amt',
    colOffice: 'Amt',
    colPeople: 'Personen',
    colTopGaps: 'Kompetenzen mit dem größten Anteil unter Soll',
    otherOffices: 'Weitere Ämter (zusammengefasst)',
    noOffice: 'Ohne Amt',
    formatsHeading: 'Vorschläge für Gruppenformate',
    colCompetency: 'Kompetenz',
    colFormat: 'Format',
    colOffices: 'Ämter',
    groups: (people, cohorts, count) => `${people} in ${cohorts} ${count === 1 ? 'Gruppe' : 'Gruppen'}`,
    note: (withheld, min) =>
      `Nicht gezählt: ${withheld} Personen, deren Gruppe kleiner als ${min} wäre. Erstellt mit kompetenzrad aus einer erfundenen Kreisverwaltung.`,
  },
  en: {
    ...NAV_STRINGS.en,
    title: 'kompetenzrad – report for the staff council and leadership',
    toolsLabel: 'Report tools',
    back: 'Back to the district',
    print: 'Print (A4)',
    wheelSvg: 'Wheel as SVG',
    wheelPng: 'Wheel as PNG',
    h1: 'Competencies of the district administration',
    scope: (date, people, min) =>
      `As of ${date}: ${people} employees with an assessment. Every figure stands for at least ${min} people of the same role; the report holds no individual ratings.`,
    wheelHeading: 'The organisation in the competency wheel',
    gapsHeading: 'Largest gaps by office',
    colOffice: 'Office',
    colPeople: 'People',
    colTopGaps: 'Competencies with the largest share below target',
    otherOffices: 'Other offices (combined)',
    noOffice: 'No office',
    formatsHeading: 'Proposed group formats',
    colCompetency: 'Competency',
    colFormat: 'Format',
    colOffices: 'Offices',
    groups: (people, cohorts, count) => `${people} in ${cohorts} ${count === 1 ? 'group' : 'groups'}`,
    note: (withheld, min) =>
      `Not counted: ${withheld} people whose group would be smaller than ${min}. Made with kompetenzrad from a made-up district administration.`,
  },
};

const portfolio = generatePortfolio({ seed: SEED, people: PEOPLE, today: TODAY });
const catalogue = catalogueOf(portfolio);
const labelOf = (id, lang) => catalogue.competencies.find((competency) => competency.id === id)?.label[lang] ?? id;
const locale = (lang) => (lang === 'en' ? 'en-GB' : 'de-DE');

const organisation = aggregateTeam(portfolio, { groupBy: 'category', minGroupSize: MIN_GROUP_SIZE, today: TODAY });
const byDepartment = aggregateTeam(portfolio, { groupBy: 'department', minGroupSize: MIN_GROUP_SIZE, today: TODAY });

const wheel = document.getElementById('wheel');
wheel.aggregate = organisation;

/** The name of a group of the department aggregate (departments are names in the data, kept as they are). */
function groupName(group, lang) {
  if (group.kind === 'other') return STRINGS[lang].otherOffices;
  return group.key ?? STRINGS[lang].noOffice;
}

/** Per office its people and the competencies with the largest share below target. */
const gaps = byDepartment.groups.map((group) => ({
  group,
  top: [...group.competencies]
    .filter((cell) => cell.shareBelowTarget > 0)
    .sort((a, b) => b.shareBelowTarget - a.shareBelowTarget)
    .slice(0, TOP_GAPS),
}));

/** Each person's target (their role's) and rating in use, for the synergy groups; only their counts leave this function. */
function formatProposals() {
  const targets = new Map(rolesOf(portfolio).map((role) => [role.id, role.target]));
  const own = new Map();
  for (const assessment of portfolio.assessments) {
    const list = own.get(assessment.personId);
    if (list) list.push(assessment);
    else own.set(assessment.personId, [assessment]);
  }
  const members = portfolio.people
    .filter((person) => own.has(person.id))
    .map((person) => ({ personId: person.id, target: targets.get(person.roleId) ?? {}, actual: currentProfile(own.get(person.id), person.id).profile }));
  const departmentOf = new Map(portfolio.people.map((person) => [person.id, person.department ?? '']));
  const proposals = new Map();
  for (const group of findSynergyGroups(catalogue, members, { minGroupSize: MIN_GROUP_SIZE })) {
    const key = `${group.competencyIds.join('+')} ${group.suggestedFormatId}`;
    const proposal = proposals.get(key) ?? { competencyIds: group.competencyIds, formatId: group.suggestedFormatId, people: 0, cohorts: 0, offices: new Set() };
    proposal.people += group.personIds.length;
    proposal.cohorts += 1;
    for (const id of group.personIds) proposal.offices.add(departmentOf.get(id));
    proposals.set(key, proposal);
  }
  return [...proposals.values()]
    .sort((a, b) => b.people - a.people)
    .slice(0, TOP_FORMATS)
    .map(({ competencyIds, formatId, people, cohorts, offices }) => ({ competencyIds, formatId, people, cohorts, offices: offices.size }));
}

const proposals = formatProposals();

/** Puts the report's computed texts in `lang`: scope line, both tables and the note. */
function render(lang) {
  const text = STRINGS[lang];
  const percent = new Intl.NumberFormat(locale(lang), { style: 'percent', maximumFractionDigits: 0 });
  const number = new Intl.NumberFormat(locale(lang));
  document.getElementById('report-scope').textContent = text.scope(formatDate(TODAY, lang), number.format(organisation.people), MIN_GROUP_SIZE);

  const gapRows = gaps.map(({ group, top }) => {
    const list = top.map((cell) => `${labelOf(cell.competencyId, lang)} (${percent.format(cell.shareBelowTarget)})`);
    const row = element('tr');
    row.append(element('th', groupName(group, lang), { scope: 'row' }), element('td', number.format(group.people), { class: 'count' }), element('td', list.join(', ') || '–'));
    return row;
  });
  document.querySelector('#gaps tbody').replaceChildren(...gapRows);

  const formatRows = proposals.map(({ competencyIds, formatId, people, cohorts, offices }) => {
    const format = formatById(DEFAULT_FORMATS, formatId)?.label[lang] ?? formatId;
    const row = element('tr');
    row.append(
      element('th', competencyIds.map((id) => labelOf(id, lang)).join(', '), { scope: 'row' }),
      element('td', format),
      element('td', text.groups(number.format(people), number.format(cohorts), cohorts)),
      element('td', number.format(offices)),
    );
    return row;
  });
  document.querySelector('#formats tbody').replaceChildren(...formatRows);

  document.getElementById('report-note').textContent = text.note(number.format(byDepartment.withheld), MIN_GROUP_SIZE);
}

setupLanguage(STRINGS, render);

// A table region is a tab stop (so the keyboard can scroll it) and a named landmark only while its
// table is wider than the region: otherwise it would be a stop that does nothing and repeat the
// section's name.
const scrollable = new ResizeObserver((entries) => {
  for (const region of new Set(entries.map(({ target }) => target.closest('.table-scroll')))) {
    if (region.scrollWidth > region.clientWidth + 1) {
      region.tabIndex = 0;
      region.setAttribute('role', 'region');
      region.setAttribute('aria-labelledby', region.dataset.labelledby);
    } else {
      region.removeAttribute('tabindex');
      region.removeAttribute('role');
      region.removeAttribute('aria-labelledby');
    }
  }
});
for (const region of document.querySelectorAll('.table-scroll')) {
  region.dataset.labelledby = region.getAttribute('aria-labelledby');
  scrollable.observe(region);
  scrollable.observe(region.firstElementChild);
}

document.getElementById('print').addEventListener('click', () => window.print());
document.getElementById('wheel-svg').addEventListener('click', () =>
  downloadBlob(new Blob([wheel.toSVG()], { type: 'image/svg+xml' }), currentLang() === 'en' ? 'report-competency-wheel.svg' : 'bericht-kompetenzrad.svg'),
);
document.getElementById('wheel-png').addEventListener('click', async () =>
  downloadBlob(await wheel.toPNG(), currentLang() === 'en' ? 'report-competency-wheel.png' : 'bericht-kompetenzrad.png'),
);

window.__reportReady = customElements.whenDefined('kompetenz-rad').then(() => wheel.updateComplete);
