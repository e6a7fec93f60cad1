// The catalogue and the role table (katalog.html), rendered from the domain package with DOM
// methods only; drawn again when the language is switched.
import { DEFAULT_CATALOGUE, DEFAULT_ROLES, LEVEL_NAMES, competenciesOfCategory } from '../dist/domain/index.js';
import { element, setupLanguage, NAV_STRINGS } from './site.js';

const NAV = NAV_STRINGS;

const STRINGS = {
  de: {
    ...NAV.de,
    title: 'kompetenzrad – Katalog und Rollen',
    h1: 'Katalog und Rollen',
    intro: 'Kompetenzentwicklung für die digitale Transformation der Verwaltung: die Kompetenzen und die Soll-Profile der Rollen.',
    catalogueHeading: '25 Kompetenzen in 4 Kategorien',
    rolesHeading: 'Rollen und ihre Soll-Profile',
    rolesTable: 'Soll-Profile der Rollen',
    competency: 'Kompetenz',
    tasks: (role) => `Aufgaben: ${role}`,
  },
  en: {
    ...NAV.en,
    title: 'kompetenzrad – catalogue and roles',
    h1: 'Catalogue and roles',
    intro: 'Competency development for the digital transformation of public administration: the competencies and the roles’ target profiles.',
    catalogueHeading: '25 competencies in 4 categories',
    rolesHeading: 'Roles and their target profiles',
    rolesTable: 'Target profiles of the roles',
    competency: 'Competency',
    tasks: (role) => `Tasks: ${role}`,
  },
};

function render(lang) {
  const text = STRINGS[lang];
  const catalogue = document.getElementById('catalogue');
  catalogue.replaceChildren();
  for (const category of DEFAULT_CATALOGUE.categories) {
    catalogue.append(element('h3', category.label[lang]));
    const list = element('dl');
    for (const competency of competenciesOfCategory(DEFAULT_CATALOGUE, category.id)) {
      list.append(element('dt', competency.label[lang]), element('dd', competency.description[lang]));
    }
    catalogue.append(list);
  }

  document.getElementById('roles-source').textContent = DEFAULT_ROLES[0].source?.[lang] ?? '';
  const table = document.getElementById('roles');
  const head = element('tr');
  head.append(element('th', text.competency, { scope: 'col' }), ...DEFAULT_ROLES.map((role) => element('th', role.label[lang], { scope: 'col' })));
  const thead = element('thead');
  thead.append(head);
  const tbody = element('tbody');
  for (const competency of DEFAULT_CATALOGUE.competencies) {
    const row = element('tr');
    row.append(element('th', competency.label[lang], { scope: 'row' }));
    for (const role of DEFAULT_ROLES) {
      const level = role.target[competency.id] ?? 0;
      row.append(element('td', `${level} ${LEVEL_NAMES[level][lang]}`, { class: 'level' }));
    }
    tbody.append(row);
  }
  table.replaceChildren(thead, tbody);

  const tasks = document.getElementById('tasks');
  tasks.replaceChildren();
  for (const role of DEFAULT_ROLES) {
    tasks.append(element('h3', text.tasks(role.label[lang])));
    const list = element('ul');
    for (const task of role.tasks) list.append(element('li', task[lang]));
    tasks.append(list);
  }
}

setupLanguage(STRINGS, render);
