import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AggregateCell, AggregateGroup } from '../../../src/domain/aggregate.js';
import { COMPETENCY_IDS, DEFAULT_CATALOGUE } from '../../../src/domain/catalogue.js';
import { DEFAULT_ROLES, roleById } from '../../../src/domain/roles.js';
import type { KrLevelChangeDetail } from '../../../src/internal/events.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { aggregateBy, groupOf, PORTFOLIO, tableRows, wheelInProvider } from './group-util.js';
import { all, mount, one, wheelIn, wheelWithErrors, type KompetenzRad } from './util.js';

const BY_DEPARTMENT = aggregateBy('department');
const IT = groupOf(BY_DEPARTMENT, 'IT');

/** The level steps drawn on each spoke: competency → level → people. */
function drawnSteps(el: KompetenzRad): Map<string, Map<number, number>> {
  const steps = new Map<string, Map<number, number>>();
  for (const path of all(el, 'svg.wheel path.level-share')) {
    const id = path.getAttribute('data-competency')!;
    if (!steps.has(id)) steps.set(id, new Map());
    steps.get(id)!.set(Number(path.getAttribute('data-level')), Number(path.getAttribute('data-count')));
  }
  return steps;
}

/** Every figure of every cell of `group` is in the table (and drawn), the same numbers. */
function expectFiguresOf(el: KompetenzRad, group: AggregateGroup): void {
  const rows = tableRows(el);
  expect([...rows.keys()]).to.deep.equal(group.competencies.map((cell) => cell.competencyId));
  const steps = drawnSteps(el);
  for (const cell of group.competencies) {
    const row = rows.get(cell.competencyId)!;
    expect(row.people.value, `${cell.competencyId} people`).to.equal(cell.count);
    for (const level of [0, 1, 2, 3]) expect(row[`level-${level}`].value, `${cell.competencyId} level ${level}`).to.equal(cell.levels[level]);
    expect(row.below.value, `${cell.competencyId} below`).to.be.closeTo(cell.shareBelowTarget, 1e-9);
    expect(row.gap.value, `${cell.competencyId} gap`).to.be.closeTo(cell.meanGap, 1e-9);
    expect(row.target.value).to.be.closeTo(cell.meanTarget, 1e-9);
    for (const level of [1, 2, 3]) expect(steps.get(cell.competencyId)?.get(level) ?? 0, `${cell.competencyId} drawn ${level}`).to.equal(cell.levels[level]);
  }
}

describe('kompetenz-rad: a group from an aggregate property', () => {
  it('names the signed mean of target − level as such, not as a gap: people above the target offset those below', async () => {
    const el = await wheelIn(html`<kompetenz-rad .aggregate=${BY_DEPARTMENT} group="IT"></kompetenz-rad>`);
    const headers = all(el, '#data th').map((th) => th.textContent!.trim());
    expect(headers).to.include('Soll − Ist (Mittel)');
    expect(headers.join(' ')).not.to.contain('Lücke');
    const spoke = all(el, '[part="sector"]')[0]!.getAttribute('aria-label') ?? '';
    expect(spoke).to.contain('Soll − Ist im Mittel').and.not.contain('Lücke');
  });

  it('draws per spoke the people per level and the mean target, and the table lists the same figures', async () => {
    const el = await wheelIn(html`<kompetenz-rad .aggregate=${BY_DEPARTMENT} group="IT"></kompetenz-rad>`);
    expect(all(el, '[part="sector"]')).to.have.length(25);
    expectFiguresOf(el, IT);
    const target = one(el, 'svg.wheel path.target');
    expect(target.getAttribute('data-levels')!.split(',').map(Number)).to.deep.equal(IT.competencies.map((cell) => cell.meanTarget));
    expect(all(el, 'svg.wheel path.actual-sector, svg.wheel path.gap, .external-line')).to.have.length(0);
    expect(one(el, 'svg.wheel').getAttribute('aria-label')).to.equal('Kompetenzrad: IT');
    expect(one(el, '#description').textContent).to.contain('IT: 12 Personen').and.contain('ab 5 Personen');
    expect(all(el, '[part="group-notice"]')).to.have.length(0);
    await expectAccessible(el);
  });

  it('draws each level as wide as its share of the spoke and as high as its ring', async () => {
    const el = await wheelIn(html`<kompetenz-rad .aggregate=${BY_DEPARTMENT} group="IT"></kompetenz-rad>`);
    const rings = all(el, 'circle.ring').map((ring) => Number(ring.getAttribute('r')));
    const spokeWidth = (2 * Math.PI) / 25 - 2 * 0.006;
    const angle = (x: number, y: number) => Math.atan2(x, -y);
    for (const cell of IT.competencies) {
      for (const path of all(el, `svg.wheel path.level-share[data-competency="${cell.competencyId}"]`)) {
        const level = Number(path.getAttribute('data-level'));
        // M x0,y0 A r,r,0,large,sweep,x1,y1 …: the outer arc of the step.
        const [x0, y0, , , , , , x1, y1] = path.getAttribute('d')!.match(/-?\d+(\.\d+)?/g)!.map(Number);
        expect(Math.hypot(x0, y0), `${cell.competencyId} ${level}: as high as ring ${level}`).to.be.closeTo(rings[level], 0.02);
        const width = (angle(x1, y1) - angle(x0, y0) + 2 * Math.PI) % (2 * Math.PI);
        expect(width, `${cell.competencyId} ${level}: as wide as its share`).to.be.closeTo((spokeWidth * cell.levels[level]) / cell.count, 2e-3);
      }
    }
  });

  it('a group object given as the group property is drawn alike', async () => {
    const el = await wheelIn(html`<kompetenz-rad .group=${IT}></kompetenz-rad>`);
    expectFiguresOf(el, IT);
  });

  it('a category aggregate without a group shows the whole organisation on every spoke', async () => {
    const byCategory = aggregateBy('category');
    const el = await wheelIn(html`<kompetenz-rad .aggregate=${byCategory}></kompetenz-rad>`);
    const organisation: AggregateGroup = { ...byCategory.groups[0], competencies: byCategory.groups.flatMap((group) => group.competencies) };
    expectFiguresOf(el, organisation);
    expect(tableRows(el).size).to.equal(25);
    expect(one(el, 'svg.wheel').getAttribute('aria-label')).to.equal('Kompetenzrad: Gesamte Organisation');
    el.group = 'sozial';
    await el.updateComplete;
    expect([...tableRows(el).keys()]).to.deep.equal(groupOf(byCategory, 'sozial').competencies.map((cell) => cell.competencyId));
    expect(one(el, 'svg.wheel').getAttribute('aria-label')).to.equal('Kompetenzrad: Sozialkompetenzen');
  });

  it('a group of one role shows that role’s target and names it', async () => {
    const byRole = aggregateBy('role');
    const el = await wheelIn(html`<kompetenz-rad .aggregate=${byRole} group="projektmanager"></kompetenz-rad>`);
    const role = roleById(DEFAULT_ROLES, 'projektmanager')!;
    const drawn = one(el, 'svg.wheel path.target').getAttribute('data-levels')!.split(',').map(Number);
    expect(drawn).to.deep.equal(COMPETENCY_IDS.map((id) => role.target[id] ?? 0));
    expect(one(el, '[part="legend"] [data-series="target"]').textContent).to.contain(`Soll-Profil ${role.label.de}`);
    expect(one(el, 'th[data-column="target"]').textContent).to.equal('Soll');
  });

  it('hide-target hides the outline, and the figures stay', async () => {
    const el = await wheelIn(html`<kompetenz-rad hide-target .aggregate=${BY_DEPARTMENT} group="IT"></kompetenz-rad>`);
    expect(all(el, 'svg.wheel path.target')).to.have.length(0);
    expect(all(el, '[data-series="target"]')).to.have.length(0);
    expectFiguresOf(el, IT);
  });

  it('speaks English with lang="en"', async () => {
    const el = await wheelIn(html`<kompetenz-rad lang="en" .aggregate=${BY_DEPARTMENT} group="IT"></kompetenz-rad>`);
    expect(one(el, 'svg.wheel').getAttribute('aria-label')).to.equal('Competency wheel: IT');
    expect(one(el, '#description').textContent).to.contain('IT: 12 people');
    expect(one(el, 'th[data-column="below"]').textContent).to.equal('below target');
    const cell = IT.competencies[0];
    expect(one(el, `[part="sector"][data-competency="${cell.competencyId}"]`).getAttribute('aria-label')).to.contain(`Expert (3): ${cell.levels[3]}`);
  });
});

describe('kompetenz-rad: a group from the provider', () => {
  it('aggregates the provider’s people by department: the table equals aggregateTeam, nothing of the selected person is drawn', async () => {
    const el = await wheelInProvider({ 'group-by': 'department', group: 'Ordnungsamt' });
    expectFiguresOf(el, groupOf(BY_DEPARTMENT, 'Ordnungsamt'));
    expect(all(el, 'svg.wheel path.actual-sector, .external-line, .disagreement')).to.have.length(0);
    expect(el.problems).to.deep.equal([]);
    await expectAccessible(el);
  });

  it('groups by role, by category (the organisation), and follows a change of group-by and group', async () => {
    const el = await wheelInProvider({ 'group-by': 'role', group: 'digitallotse' });
    expectFiguresOf(el, groupOf(aggregateBy('role'), 'digitallotse'));
    el.groupBy = 'category';
    el.group = undefined;
    await el.updateComplete;
    expect(tableRows(el).size).to.equal(25);
    expect(tableRows(el).get('daten')!.people.value).to.equal(PORTFOLIO.people.length);
    el.groupBy = 'department';
    el.group = 'other';
    await el.updateComplete;
    expectFiguresOf(el, groupOf(BY_DEPARTMENT, null));
    expect(one(el, 'svg.wheel').getAttribute('aria-label')).to.contain('Weitere');
  });

  it('without a group, lists the values of group that have figures, the pooled departments by their name too', async () => {
    const el = await wheelInProvider({ 'group-by': 'department' });
    const values = BY_DEPARTMENT.groups.map((group) => group.key ?? 'other');
    expect(values).to.include('other');
    const notice = one(el, '[part="group-notice"]').textContent!;
    expect(notice).to.contain('Gruppen mit Zahlen (Werte für group)').and.contain('„other“ (Weitere Abteilungen)');
    for (const value of values.filter((value) => value !== 'other')) expect(notice).to.contain(`„${value}“`);
    el.lang = 'en';
    await el.updateComplete;
    await el.updateComplete;
    expect(one(el, '[part="group-notice"]').textContent).to.contain('“other” (Other departments)');
    await expectAccessible(el);
  });

  it('the whole organisation says how many assessed people its figures leave out', async () => {
    const el = await wheelInProvider({ 'group-by': 'category', 'min-group-size': '20' });
    const { people, withheld } = aggregateBy('category', 20);
    expect(withheld, 'roles with fewer than 20 people are left out').to.be.greaterThan(0);
    expect(people + withheld).to.equal(PORTFOLIO.people.length);
    expect(one(el, '#description').textContent).to.contain(`Gesamte Organisation: ${people} Personen gezählt, ${withheld} weitere nicht gezeigt (in ihrer Rolle zu wenige); Zahlen nur für Gruppen ab 20 Personen`);
    el.lang = 'en';
    await waitUntil(() => one(el, '#description').textContent!.startsWith('Whole organisation'), 'the English texts');
    expect(one(el, '#description').textContent).to.contain(`Whole organisation: ${people} people counted, ${withheld} more not shown (too few in their role); figures only for groups of at least 20 people`);
    el.lang = 'de';
    el.minGroupSize = 5;
    await waitUntil(() => one(el, '#description').textContent!.startsWith('Gesamte'), 'the German texts');
    expect(one(el, '#description').textContent, 'nobody left out: nothing said').to.contain(`Gesamte Organisation: ${PORTFOLIO.people.length} Personen; Zahlen nur`);
  });

  it('min-group-size raises the bar: a group below it shows the notice', async () => {
    const el = await wheelInProvider({ 'group-by': 'department', group: 'Ordnungsamt', 'min-group-size': '10' });
    expect(one(el, '[part="group-notice"]').textContent).to.contain('weniger als 10');
    expect(all(el, 'path.level-share')).to.have.length(0);
    el.minGroupSize = 5;
    await el.updateComplete;
    expectFiguresOf(el, groupOf(BY_DEPARTMENT, 'Ordnungsamt'));
  });

  it('shows the person again when the group attributes go', async () => {
    const el = await wheelInProvider({ 'group-by': 'department', group: 'IT' });
    el.removeAttribute('group-by');
    el.removeAttribute('group');
    await el.updateComplete;
    expect(all(el, 'path.level-share')).to.have.length(0);
    expect(all(el, 'svg.wheel path.actual-sector').length).to.be.greaterThan(0);
    expect(one(el, 'svg.wheel').getAttribute('aria-label')).to.match(/^Kompetenzrad: /);
  });
});

describe('kompetenz-rad: a group with the keyboard and the pointer', () => {
  async function groupAfterButton(): Promise<KompetenzRad> {
    const box = await mount(html`<button>vorher</button><kompetenz-rad .aggregate=${BY_DEPARTMENT} group="IT" editable></kompetenz-rad>`);
    const el = box.querySelector('kompetenz-rad')!;
    await el.updateComplete;
    await el.tableReady;
    box.querySelector('button')!.focus();
    return el;
  }
  const focused = (el: KompetenzRad) => el.shadowRoot!.activeElement?.getAttribute('data-competency');

  it('one tab stop; arrows, Home and End move between spokes; Enter selects; nothing edits', async () => {
    const el = await groupAfterButton();
    const edits: KrLevelChangeDetail[] = [];
    el.addEventListener('kr-level-change', (event) => edits.push(event.detail));
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(COMPETENCY_IDS[0]);
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el)).to.equal(COMPETENCY_IDS[1]);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(COMPETENCY_IDS[2], '↓ moves, it does not lower a level');
    await sendKeys({ press: '3' });
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el)).to.equal(COMPETENCY_IDS[1]);
    await sendKeys({ press: 'End' });
    expect(focused(el)).to.equal(COMPETENCY_IDS[24]);
    await sendKeys({ press: 'Home' });
    expect(focused(el)).to.equal(COMPETENCY_IDS[0]);
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const selected = await oneEvent(el, 'kr-select');
    expect(selected.detail).to.deep.equal({ competencyId: COMPETENCY_IDS[0] });
    expect(edits).to.deep.equal([]);
    const spoke = one(el, `[part="sector"][data-competency="${COMPETENCY_IDS[0]}"]`);
    expect(spoke.getAttribute('role')).to.equal('option');
    expect(one(el, 'svg.wheel').getAttribute('role')).to.equal('listbox');
    await expectAccessible(el);
  });

  it('editable is reported and ignored: a click on a ring selects, it sets nothing', async () => {
    const { el, errors } = await wheelWithErrors((onError) => html`<kompetenz-rad @kr-error=${onError} editable .aggregate=${BY_DEPARTMENT} group="IT"></kompetenz-rad>`);
    expect(errors.map(({ code, source }) => ({ code, source }))).to.deep.equal([{ code: 'not-for-groups', source: 'editable' }]);
    expect(one(el, '[part="notice"] li').textContent!.trim()).to.equal('„editable“ wird nicht verwendet, solange eine Gruppe gezeigt wird.');
    const edits: KrLevelChangeDetail[] = [];
    el.addEventListener('kr-level-change', (event) => edits.push(event.detail));
    setTimeout(() => one(el, '[part="sector"][data-competency="daten"] .cell').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })));
    const selected = await oneEvent(el, 'kr-select');
    expect(selected.detail).to.deep.equal({ competencyId: 'daten' });
    expect(edits).to.deep.equal([]);
    expect(one(el, '#hint').textContent).to.contain('Eingabe oder Leertaste');
  });

  it('the detail box and the spoke’s name give the same figures as the table', async () => {
    const el = await groupAfterButton();
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    const id = COMPETENCY_IDS[0];
    const cell = IT.competencies.find((candidate) => candidate.competencyId === id)!;
    const tip = one<HTMLElement>(el, '[part="tooltip"]');
    expect(tip.hidden).to.equal(false);
    const shown = Object.fromEntries(
      Array.from(tip.querySelectorAll('dt')).map((term) => [term.textContent!.trim(), term.nextElementSibling!.textContent!.trim()]),
    );
    const row = tableRows(el).get(id)!;
    const headers = Object.fromEntries(all(el, '[part="table"] thead th[data-column]').map((th) => [th.getAttribute('data-column')!, th.textContent!.trim()]));
    for (const [column, { text }] of Object.entries(row)) expect(shown[headers[column]], column).to.equal(text);
    expect(shown['Kenner (1)']).to.match(new RegExp(`^${cell.levels[1]} \\(\\d+\\s%\\)$`));
    const name = one(el, `[part="sector"][data-competency="${id}"]`).getAttribute('aria-label')!;
    expect(name).to.contain(`Kenner (1): ${cell.levels[1]}`).and.contain(`Experte (3): ${cell.levels[3]}`).and.contain(row.below.text);
    await expectAccessible(el);
  });
});

describe('kompetenz-rad: exporting a group', () => {
  it('toSVG gives a standalone SVG with the group’s name as title and the level steps', async () => {
    const el = await wheelIn(html`<kompetenz-rad .aggregate=${BY_DEPARTMENT} group="IT"></kompetenz-rad>`);
    const doc = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.documentElement.querySelector('title')!.textContent).to.equal('Kompetenzrad: IT');
    const steps = all(el, 'svg.wheel path.level-share').map((path) => path.getAttribute('d'));
    const exported = Array.from(doc.querySelectorAll('path')).filter((path) => steps.includes(path.getAttribute('d')));
    expect(exported).to.have.length(steps.length);
    expect(exported.every((path) => path.getAttribute('fill') !== null && path.getAttribute('fill') !== 'none')).to.equal(true);
    expect(el.toSVG()).to.not.match(/class=|aria-|data-/);
    const blob = await el.toPNG();
    expect(blob.type).to.equal('image/png');
  });
});

describe('kompetenz-rad: a group with inputs it cannot use', () => {
  it('reports a bad min-group-size and keeps the default 5', async () => {
    const { el, errors } = await wheelWithErrors((onError) => html`<kompetenz-rad @kr-error=${onError} min-group-size="2" .aggregate=${BY_DEPARTMENT} group="Bauamt"></kompetenz-rad>`);
    expect(errors.map(({ code, source }) => ({ code, source }))).to.deep.equal([{ code: 'range', source: 'min-group-size' }]);
    expectFiguresOf(el, groupOf(BY_DEPARTMENT, 'Bauamt'));
    await expectAccessible(el);
  });

  it('reports group-by with another value and groups by department', async () => {
    const errors: string[] = [];
    const el = await wheelInProvider({ 'group-by': 'floor', group: 'IT' });
    el.addEventListener('kr-error', (event) => errors.push(event.detail.code));
    expect(el.problems.map(({ code, source }) => `${code} ${source}`)).to.deep.equal(['enum group-by']);
    expectFiguresOf(el, IT);
  });

  it('a key that names no group of the provider is reported; one that names a small department is not', async () => {
    const el = await wheelInProvider({ 'group-by': 'department', group: 'Marsamt' });
    expect(el.problems.map(({ code, source, subject }) => `${code} ${source} ${subject}`)).to.deep.equal(['unknown-group group Marsamt']);
    expect(one(el, '[part="notice"] li').textContent!.trim()).to.equal('Keine Gruppe „Marsamt“ in „group“.');
    expect(one(el, '[part="group-notice"]').textContent).to.contain('„Marsamt“');
    el.group = 'Hauptamt';
    await el.updateComplete;
    expect(el.problems).to.deep.equal([]);
    expect(one(el, '[part="group-notice"]').textContent).to.contain('weniger als 5');
    await expectAccessible(el);
  });

  it('a key the given aggregate does not have shows the notice and is not reported (it may be a withheld group)', async () => {
    const el = await wheelIn(html`<kompetenz-rad .aggregate=${BY_DEPARTMENT} group="Hauptamt"></kompetenz-rad>`);
    expect(el.problems).to.deep.equal([]);
    expect(one(el, '[part="group-notice"]').textContent).to.contain('Keine Gruppe mit mindestens 5');
    expect(all(el, 'path.level-share, [part="table"]')).to.have.length(0);
  });

  it('without a group it lists the groups to choose from', async () => {
    const el = await wheelIn(html`<kompetenz-rad .aggregate=${BY_DEPARTMENT}></kompetenz-rad>`);
    const notice = one(el, '[part="group-notice"]').textContent!;
    expect(notice).to.contain('Keine Gruppe gewählt').and.contain('„IT“').and.contain('„other“');
    expect(all(el, '[part="table"], .table-toggle, path.level-share')).to.have.length(0);
    await expectAccessible(el);
  });

  it('outside a provider and without figures it says what it needs', async () => {
    const el = await wheelIn(html`<kompetenz-rad group-by="department" group="IT"></kompetenz-rad>`);
    expect(one(el, '[part="group-notice"]').textContent).to.contain('<kompetenz-provider>');
    expect(el.problems).to.deep.equal([]);
  });

  it('refuses an aggregate that aggregateTeam did not make: bad JSON, a wrong shape, counts that do not add up', async () => {
    const { el, errors } = await wheelWithErrors((onError) => html`<kompetenz-rad @kr-error=${onError} group="IT" aggregate="{oops"></kompetenz-rad>`);
    expect(errors.map((error) => error.code)).to.include('invalid-json');
    el.removeAttribute('aggregate');
    const broken: AggregateCell = { ...IT.competencies[0], levels: [1, 1, 1, 1] };
    el.aggregate = { ...BY_DEPARTMENT, groups: [{ ...IT, competencies: [broken, ...IT.competencies.slice(1)] }] };
    await el.updateComplete;
    expect(el.problems.map(({ code, source }) => `${code} ${source}`)).to.deep.equal(['invalid-aggregate aggregate']);
    expect(one(el, '[part="notice"] li').textContent!.trim()).to.equal('„aggregate“ ist keine gültige Gruppenauswertung; es werden keine Werte gezeigt.');
    expect(all(el, 'path.level-share, [part="table"]')).to.have.length(0);
    expect(one(el, '[part="group-notice"]').textContent).to.contain('können nicht verwendet werden');
    el.aggregate = { ...BY_DEPARTMENT, minGroupSize: 1 };
    await el.updateComplete;
    expect(el.problems.map(({ code }) => code)).to.deep.equal(['invalid-aggregate']);
    el.aggregate = BY_DEPARTMENT;
    await el.updateComplete;
    expect(el.problems).to.deep.equal([]);
    expectFiguresOf(el, IT);
  });

  it('reports the person inputs it does not draw for a group', async () => {
    const el = await wheelIn(html`<kompetenz-rad target-role="cdo" actual='{"daten":3}' .aggregate=${BY_DEPARTMENT} group="IT"></kompetenz-rad>`);
    expect(el.problems.map(({ code, source }) => `${code} ${source}`)).to.deep.equal(['not-for-groups target-role', 'not-for-groups actual']);
    expect(all(el, 'svg.wheel path.actual-sector')).to.have.length(0);
    expect(one(el, 'svg.wheel path.target').getAttribute('data-levels')!.split(',').map(Number)).to.deep.equal(IT.competencies.map((cell) => cell.meanTarget));
  });

  it('a catalogue of its own: cells of competencies it does not have are reported and left out', async () => {
    const catalogue = { ...DEFAULT_CATALOGUE, competencies: DEFAULT_CATALOGUE.competencies.filter((competency) => competency.id !== 'daten') };
    const el = await wheelIn(html`<kompetenz-rad .catalogue=${catalogue} .aggregate=${BY_DEPARTMENT} group="IT"></kompetenz-rad>`);
    expect(el.problems.map(({ code, subject }) => `${code} ${subject}`)).to.deep.equal(['unknown-competency daten']);
    expect(tableRows(el).size).to.equal(24);
  });
});
