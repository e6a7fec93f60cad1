// The catalogue and the role table, rendered from the domain package with DOM methods only.
import { DEFAULT_CATALOGUE, DEFAULT_ROLES, LEVEL_NAMES, competenciesOfCategory } from '../dist/domain/index.js';

const lang = document.documentElement.lang === 'en' ? 'en' : 'de';

function element(tag, text, attributes = {}) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

const catalogue = document.getElementById('catalogue');
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
head.append(element('th', 'Kompetenz', { scope: 'col' }), ...DEFAULT_ROLES.map((role) => element('th', role.label[lang], { scope: 'col' })));
table.append(element('thead'), element('tbody'));
table.tHead.append(head);
for (const competency of DEFAULT_CATALOGUE.competencies) {
  const row = element('tr');
  row.append(element('th', competency.label[lang], { scope: 'row' }));
  for (const role of DEFAULT_ROLES) {
    const level = role.target[competency.id] ?? 0;
    row.append(element('td', `${level} ${LEVEL_NAMES[level][lang]}`, { class: 'level' }));
  }
  table.tBodies[0].append(row);
}

const tasks = document.getElementById('tasks');
for (const role of DEFAULT_ROLES) {
  tasks.append(element('h3', `Aufgaben: ${role.label[lang]}`));
  const list = element('ul');
  for (const task of role.tasks) list.append(element('li', task[lang]));
  tasks.append(list);
}
