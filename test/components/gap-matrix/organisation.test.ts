import { expect, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { aggregateMembers, aggregateTeam, type AggregateGroup, type AggregateGroupBy } from '../../../src/domain/aggregate.js';
import { DEFAULT_CATALOGUE } from '../../../src/domain/catalogue.js';
import { generatePortfolio } from '../../../src/domain/sample.js';
import type { Portfolio } from '../../../src/domain/types.js';
import { aggregateOptionsOf, groupOrder } from '../../../src/components/gap-matrix/model/organisation.js';
import '../../../src/define/kompetenz-provider.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { emulateMediaFeatures, resetMediaFeatures } from '../../helpers/media.js';
import { all, cellAt, focused, mount, one, text, type GapMatrix } from './util.js';

const LEAD = 3;
const column = (id: string) => LEAD + DEFAULT_CATALOGUE.competencies.findIndex((c) => c.id === id);
/** 300 people of the sample district: ten departments, an `other` group and four people withheld (seeded). */
const DISTRICT: Portfolio = generatePortfolio({ seed: 42, people: 300, today: '2025-09-01' });

async function organisation(attributes: Partial<GapMatrix> = {}, portfolio: Portfolio = DISTRICT) {
  const mounted = await mount(html`<button id="before">before</button><gap-matrix mode="organisation" .people=${portfolio.people} .assessments=${portfolio.assessments}></gap-matrix>`);
  Object.assign(mounted.el, attributes);
  await mounted.el.updateComplete;
  return mounted;
}

const groupRows = (el: GapMatrix) => all(el, "[role='grid'] .body > [role='row']");
const key = (group: AggregateGroup) => `${group.kind}:${group.key ?? ''}`;
/** The percentage shown in a cell (its first, visible line). */
const shown = (cell: Element | null) => text(cell?.querySelector('[aria-hidden]'));

/** The people whose name (in text) or id (as an attribute value) the shadow root holds. */
function personalData(el: GapMatrix, portfolio: Portfolio): string[] {
  const root = el.shadowRoot!;
  const values = new Set(Array.from(root.querySelectorAll('*')).flatMap((node) => Array.from(node.attributes).map((attribute) => attribute.value)));
  const content = root.textContent ?? '';
  return portfolio.people.filter((person) => content.includes(person.name) || values.has(person.id)).map((person) => person.name);
}

describe('<gap-matrix mode="organisation">', () => {
  afterEach(async () => {
    await resetMediaFeatures();
  });

  it('shows groups × competencies with the share below target and its count from aggregateTeam', async () => {
    const { el, errors } = await organisation();
    expect(errors).to.deep.equal([]);
    const aggregate = aggregateTeam(DISTRICT, { groupBy: 'department' });
    const grid = one(el, '[role=grid]');
    expect(grid.getAttribute('aria-rowcount')).to.equal(String(1 + aggregate.groups.length));
    expect(grid.getAttribute('aria-colcount')).to.equal(String(LEAD + 25));
    const headers = all(el, "[part='header-row'] [role='columnheader']").map(text);
    expect(headers.slice(0, 3)).to.deep.equal(['Abteilung', 'Personen gezählt', 'Alle Kompetenzen']);
    expect(headers.slice(3)).to.deep.equal(DEFAULT_CATALOGUE.competencies.map((c) => c.label.de));

    // The domain's order: departments as they first appear, the pooled rest last.
    expect(groupRows(el).map((row) => row.dataset.group)).to.deep.equal(aggregate.groups.map(key));
    expect(text(groupRows(el).at(-1)!.querySelector('[role=rowheader]'))).to.equal('Weitere Abteilungen');
    const first = aggregate.groups[0];
    const row = groupRows(el)[0];
    expect(text(row.querySelector('[role=rowheader]'))).to.equal(first.key);
    expect(text(row.querySelector("[data-col='1']"))).to.equal(String(first.people));
    const daten = first.competencies.find((cell) => cell.competencyId === 'daten')!;
    const cell = row.querySelector(`[data-col='${column('daten')}']`)!;
    expect(shown(cell)).to.equal(`${Math.round(daten.shareBelowTarget * 100)} %`);
    expect(text(cell.querySelector('.count'))).to.equal(String(daten.belowTarget));
    expect(text(cell.querySelector('.visually-hidden'))).to.equal(`${daten.belowTarget} von ${daten.count} gezählten Personen unter Soll (${Math.round(daten.shareBelowTarget * 100)} %)`);
    expect(shown(row.querySelector("[data-col='2']"))).to.equal(`${Math.round(first.summary.shareBelowTarget * 100)} %`);

    expect(text(one(el, '.caption'))).to.equal(`Kompetenzlücken nach Abteilung (${aggregate.people} Personen gezählt)`);
    expect(aggregate.withheld).to.be.above(0);
    expect(text(one(el, "[part='withheld']"))).to.equal(`${aggregate.withheld} Personen nicht gezeigt: Gruppen zu klein (weniger als 5 Personen derselben Rolle).`);
    await expectAccessible(el);
  });

  it('exports the groups as shown as German Excel CSV, with no individual data', async () => {
    const { el } = await organisation({ sort: 'people', sortDescending: true });
    const aggregate = aggregateTeam(DISTRICT, { groupBy: 'department' });
    const csv = el.toCSV();
    expect(csv.startsWith('\uFEFF')).to.equal(true);
    const lines = csv.slice(1).split('\r\n').filter(Boolean);
    expect(lines[0].startsWith('Abteilung;Personen gezählt;Alle Kompetenzen (% unter Soll);IT-Anwendungskompetenz (% unter Soll);')).to.equal(true);
    expect(lines).to.have.length(1 + aggregate.groups.length + 1);
    expect(aggregate.withheld).to.be.above(0);
    expect(lines.at(-1)).to.equal(`Nicht gezeigt (Gruppen unter 5 Personen derselben Rolle);${aggregate.withheld}`, 'the people in no group shown, as the view says');
    const largest = [...aggregate.groups].sort((a, b) => b.people - a.people)[0];
    const cells = lines[1].split(';');
    expect(cells.slice(0, 3)).to.deep.equal([largest.key ?? 'Weitere Abteilungen', String(largest.people), String(Math.round(largest.summary.shareBelowTarget * 100))]);
    expect(cells[LEAD + DEFAULT_CATALOGUE.competencies.findIndex((c) => c.id === 'daten')]).to.equal(String(Math.round(largest.competencies.find((c) => c.competencyId === 'daten')!.shareBelowTarget * 100)));
    expect(DISTRICT.people.filter((person) => csv.includes(person.name))).to.deep.equal([]);
  });

  it('groups by role and by category (attribute and toolbar), and filters by role', async () => {
    const { el } = await organisation();
    el.setAttribute('group-by', 'role');
    await el.updateComplete;
    const byRole = aggregateTeam(DISTRICT, { groupBy: 'role' });
    expect(groupRows(el).map((row) => row.dataset.group)).to.deep.equal(byRole.groups.map(key));
    expect(text(groupRows(el)[0].querySelector('[role=rowheader]'))).to.equal('Führungskraft');

    const select = one<HTMLSelectElement>(el, "[part='toolbar'] select");
    select.value = 'category';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.groupBy).to.equal('category');
    expect(groupRows(el).map((row) => row.dataset.group)).to.deep.equal(['category:digital', 'category:methode', 'category:sozial', 'category:personal']);
    // A category holds only its own competencies; the others are marked as not part of it.
    const digital = groupRows(el)[0];
    expect(digital.querySelector(`[data-col='${column('daten')}']`)!.classList.contains('none')).to.equal(false);
    expect(text(digital.querySelector(`[data-col='${column('kommunikation')}']`))).to.contain('nicht in dieser Kategorie');
    await expectAccessible(el);

    el.groupBy = 'department';
    el.filterRole = 'digitallotse';
    await el.updateComplete;
    const lotsen = aggregateTeam(DISTRICT, { groupBy: 'department', filter: { roleId: 'digitallotse' } });
    expect(groupRows(el).map((row) => text(row.querySelector("[data-col='1']")))).to.deep.equal(lotsen.groups.map((group) => String(group.people)));
  });

  it('filters by a department of that exact name, in whole blocks as the domain does; a name nobody has is reported', async () => {
    const department = aggregateTeam(DISTRICT, { groupBy: 'department' }).groups[0].key!;
    const { el, errors } = await organisation({ groupBy: 'role', filterDepartment: department });
    const inDepartment = aggregateTeam(DISTRICT, { groupBy: 'role', filter: { department } });
    expect(inDepartment.people).to.be.below(aggregateTeam(DISTRICT, { groupBy: 'role' }).people);
    expect(groupRows(el).map((row) => row.dataset.group)).to.deep.equal(inDepartment.groups.map(key));
    expect(groupRows(el).map((row) => text(row.querySelector("[data-col='1']")))).to.deep.equal(inDepartment.groups.map((group) => String(group.people)));
    expect(errors).to.deep.equal([]);
    el.filterDepartment = department.slice(0, 3);
    await el.updateComplete;
    expect(errors.map((error) => [error.code, error.source])).to.deep.equal([['unknown-department', 'filter-department']]);
    expect(text(one(el, "[part='notice']"))).to.contain(`„${department.slice(0, 3)}“`);
  });

  it('sorts by any column from the headers, by keyboard and by click', async () => {
    const { el } = await organisation();
    const shares = () => groupRows(el).map((row) => Number(shown(row.querySelector(`[data-col='${column('daten')}']`)).replace(/\D/g, '')));
    cellAt(el, 1, column('daten')).click();
    await el.updateComplete;
    expect(el.sort).to.equal('daten');
    expect(cellAt(el, 1, column('daten')).getAttribute('aria-sort')).to.equal('descending');
    expect(shares()).to.deep.equal([...shares()].sort((a, b) => b - a));
    cellAt(el, 1, column('daten')).click();
    await el.updateComplete;
    expect(cellAt(el, 1, column('daten')).getAttribute('aria-sort')).to.equal('ascending');
    expect(shares()).to.deep.equal([...shares()].sort((a, b) => a - b));

    cellAt(el, 1, 1).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.sort).to.equal('people');
    const people = groupRows(el).map((row) => Number(text(row.querySelector("[data-col='1']"))));
    expect(people).to.deep.equal([...people].sort((a, b) => b - a));

    el.sort = 'name';
    el.sortDescending = false;
    await el.updateComplete;
    const names = groupRows(el).map((row) => text(row.querySelector('[role=rowheader]')));
    expect(names).to.deep.equal([...names].sort((a, b) => a.localeCompare(b, 'de')));
  });

  it('keeps groups without a competency last and ties in the domain order when sorting', () => {
    const groups = [
      { people: 5, summary: { shareBelowTarget: 0.5 }, competencies: [{ competencyId: 'a', shareBelowTarget: 0.2 }] },
      { people: 7, summary: { shareBelowTarget: 0.5 }, competencies: [] },
      { people: 5, summary: { shareBelowTarget: 0.1 }, competencies: [{ competencyId: 'a', shareBelowTarget: 0.9 }] },
    ] as unknown as AggregateGroup[];
    const compare = (a: string, b: string) => a.localeCompare(b);
    expect(groupOrder(groups, 'a', true, ['x', 'y', 'z'], compare)).to.deep.equal([2, 0, 1]);
    expect(groupOrder(groups, 'a', false, ['x', 'y', 'z'], compare)).to.deep.equal([0, 2, 1]);
    expect(groupOrder(groups, 'all', true, ['x', 'y', 'z'], compare)).to.deep.equal([0, 1, 2]);
    expect(groupOrder(groups, 'people', false, ['x', 'y', 'z'], compare)).to.deep.equal([0, 2, 1]);
    expect(groupOrder(groups, '', true, ['x', 'y', 'z'], compare)).to.deep.equal([2, 1, 0]);
  });

  it('is one tab stop moved by the grid keys; Enter selects the group and competency, and no person is ever in the DOM', async () => {
    const { el, box, selects } = await organisation();
    expect(all(el, "[role=grid] [tabindex='0']")).to.have.length(1);
    box.querySelector<HTMLButtonElement>('#before')!.focus();
    const toolbarStops = all(el, "[part='toolbar'] select, [part='toolbar'] input").length;
    for (let i = 0; i <= toolbarStops; i++) await sendKeys({ press: 'Tab' });
    expect(focused(el)?.getAttribute('data-col')).to.equal('0');
    for (const press of ['ArrowDown', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'End', 'Home', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight']) {
      await sendKeys({ press });
      await el.updateComplete;
    }
    expect(focused(el)?.getAttribute('data-col')).to.equal(String(LEAD + 1));
    expect(focused(el)?.closest('[role=row]')?.getAttribute('aria-rowindex')).to.equal('2');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const first = aggregateTeam(DISTRICT, { groupBy: 'department' }).groups[0];
    expect(selects).to.deep.equal([{ group: { by: 'department', kind: 'department', key: first.key }, competencyId: DEFAULT_CATALOGUE.competencies[1].id }]);
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: ' ' });
    expect(selects.at(-1)).to.deep.equal({ group: { by: 'department', kind: 'department', key: first.key } });
    expect(all(el, "[part='drill-down']")).to.have.length(0);
    expect(personalData(el, DISTRICT)).to.deep.equal([]);
  });

  it('opens the people behind a cell only with allow-drill-down', async () => {
    const { el, selects } = await organisation({ allowDrillDown: true });
    const aggregate = aggregateTeam(DISTRICT, { groupBy: 'department' });
    const first = aggregate.groups[0];
    const daten = first.competencies.find((cell) => cell.competencyId === 'daten')!;
    expect(personalData(el, DISTRICT), 'nothing before a cell is opened').to.deep.equal([]);
    expect(text(one(el, "[part='legend']"))).to.contain('Eine Zelle wählen');

    const cell = cellAt(el, 2, column('daten'));
    cell.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(selects.at(-1)).to.deep.equal({ group: { by: 'department', kind: 'department', key: first.key }, competencyId: 'daten' });
    const panel = one(el, "[part='drill-down']");
    expect(text(panel.querySelector('h3'))).to.equal(`${first.key} · Datenkompetenz`);
    expect(text(panel.querySelector('p'))).to.equal(`${daten.belowTarget} von ${daten.count} gezählten Personen unter Soll`);
    const rows = Array.from(panel.querySelectorAll('tbody tr'));
    expect(rows).to.have.length(Math.min(daten.count, 50));
    const ids = rows.map((row) => (row as HTMLElement).dataset.person!);
    expect(ids.every((id) => DISTRICT.people.find((person) => person.id === id)?.department === first.key)).to.equal(true);
    // Below target first.
    const gaps = rows.map((row) => text(row.querySelector('td:last-child [aria-hidden]')));
    expect(gaps.slice(0, daten.belowTarget).every((gap) => gap.startsWith('+'))).to.equal(true);
    expect(gaps.slice(daten.belowTarget).some((gap) => gap.startsWith('+'))).to.equal(false);
    expect(focused(el)).to.equal(panel.querySelector('h3'));
    await expectAccessible(el);

    panel.querySelector<HTMLButtonElement>('.drill-head button')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(all(el, "[part='drill-down']")).to.have.length(0);
    expect(focused(el)).to.equal(cellAt(el, 2, column('daten')));

    // Taking the permission away removes every name again.
    cellAt(el, 2, column('daten')).click();
    await el.updateComplete;
    expect(personalData(el, DISTRICT).length).to.be.above(0);
    el.allowDrillDown = false;
    await el.updateComplete;
    expect(personalData(el, DISTRICT)).to.deep.equal([]);
  });

  it('lists in a drill-down only the people its figures count, also after the department filter changed', async () => {
    const { el } = await organisation({ allowDrillDown: true, groupBy: 'role' });
    const open = async () => {
      if (all(el, "[part='drill-down']").length === 0) cellAt(el, 2, column('daten')).click();
      await el.updateComplete;
      await el.updateComplete;
      const panel = one(el, "[part='drill-down']");
      const count = Number(/von (\d+) gezählten/.exec(text(panel.querySelector('p')))![1]);
      const ids = Array.from(panel.querySelectorAll('tbody tr')).map((row) => (row as HTMLElement).dataset.person!);
      return { count, people: ids.map((id) => DISTRICT.people.find((person) => person.id === id)!) };
    };
    const everyone = await open();
    const department = everyone.people[0].department!;
    el.filterDepartment = department;
    await el.updateComplete;
    const filtered = await open();
    const counts = aggregateTeam(DISTRICT, { groupBy: 'role', filter: { department } }).groups.map((group) => group.competencies.find((cell) => cell.competencyId === 'daten')!.count);
    expect(counts, 'the figure of a group of the filtered aggregate').to.include(filtered.count);
    expect(filtered.count).to.be.below(everyone.count);
    expect(filtered.people).to.have.length(filtered.count);
    expect(filtered.people.every((person) => person.department === department), 'nobody outside the filter').to.equal(true);
  });

  it('after the last "more" of a drill-down took its button away, focus goes on to the first person it added', async () => {
    const { el } = await organisation({ allowDrillDown: true, groupBy: 'role' });
    let count = 0;
    for (let row = 2; row < 8 && count <= 50; row += 1) {
      if (all(el, "[part='drill-down']").length > 0) one<HTMLButtonElement>(el, '.drill-head button').click();
      await el.updateComplete;
      cellAt(el, row, column('daten')).click();
      await el.updateComplete;
      await el.updateComplete;
      count = Number(/von (\d+) gezählten/.exec(text(one(el, "[part='drill-down'] p")))![1]);
    }
    expect(count, 'a group of more than one page of people').to.be.within(51, 100);
    const more = one<HTMLButtonElement>(el, "[part='drill-down'] > button");
    more.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(all(el, "[part='drill-down'] > button"), 'no more to show').to.have.length(0);
    const rows = all(el, "[part='drill-down'] tbody tr");
    expect(rows).to.have.length(count);
    expect(focused(el), 'the 51st person').to.equal(rows[50].querySelector('th'));
  });

  it('the people behind each group, by the settings of organisation mode, are exactly as many as the domain counts', () => {
    for (const groupBy of ['department', 'role', 'category'] as AggregateGroupBy[]) {
      for (const roleId of ['', 'cdo', 'digitallotse']) {
        for (const minGroupSize of [3, 5, 12]) {
          const aggregate = aggregateTeam(DISTRICT, { groupBy, minGroupSize, filter: roleId ? { roleId } : {} });
          for (const group of aggregate.groups) {
            expect(aggregateMembers(DISTRICT, aggregateOptionsOf({ groupBy, minGroupSize, roleId, department: '' }, 'external-first'), group).length, `${groupBy} ${roleId} ${minGroupSize} ${key(group)}`).to.equal(group.people);
          }
        }
      }
    }
  });

  it('withholds more with a larger min-group-size; reports a size below 3 or a bad group-by and uses the defaults', async () => {
    const { el, errors } = await organisation();
    el.setAttribute('min-group-size', '20');
    await el.updateComplete;
    const strict = aggregateTeam(DISTRICT, { groupBy: 'department', minGroupSize: 20 });
    expect(groupRows(el)).to.have.length(strict.groups.length);
    expect(text(one(el, "[part='withheld']"))).to.contain(`${strict.withheld} Personen nicht gezeigt`);
    expect(text(one(el, "[part='withheld']"))).to.contain('weniger als 20');
    expect(errors).to.deep.equal([]);

    el.setAttribute('min-group-size', '2');
    el.setAttribute('group-by', 'office');
    await el.updateComplete;
    expect(errors.map((error) => [error.code, error.source])).to.deep.equal([
      ['enum', 'group-by'],
      ['range', 'min-group-size'],
    ]);
    const defaults = aggregateTeam(DISTRICT, { groupBy: 'department' });
    expect(groupRows(el)).to.have.length(defaults.groups.length);
    expect(text(one(el, "[part='notice']"))).to.contain('min-group-size');
    await expectAccessible(el);
  });

  it('leaves out records the domain refuses and reports them; an unknown sort key is reported', async () => {
    const people = [{ id: 'x', name: 'Ohne Rolle', roleId: 'hausmeister' }, ...DISTRICT.people] as Portfolio['people'];
    const { el, errors } = await organisation({ sort: 'no-such-column' }, { ...DISTRICT, people });
    expect(errors.map((error) => error.code)).to.include.members(['unknown-role', 'unknown-competency']);
    expect(groupRows(el)).to.have.length(aggregateTeam(DISTRICT, { groupBy: 'department' }).groups.length);
  });

  it('draws an aggregate made elsewhere without any individual data, and reports one that is not an aggregate', async () => {
    const byRole = aggregateTeam(DISTRICT, { groupBy: 'role', minGroupSize: 10 });
    const { el, errors } = await mount(html`<gap-matrix mode="organisation" allow-drill-down .aggregate=${byRole}></gap-matrix>`);
    expect(errors).to.deep.equal([]);
    expect(groupRows(el).map((row) => row.dataset.group)).to.deep.equal(byRole.groups.map(key));
    expect(text(one(el, '.caption'))).to.equal(`Kompetenzlücken nach Rolle (${byRole.people} Personen gezählt)`);
    // The grouping is the aggregate's: the toolbar offers the order only.
    expect(all(el, "[part='toolbar'] select")).to.have.length(1);
    cellAt(el, 2, column('daten')).click();
    await el.updateComplete;
    expect(all(el, "[part='drill-down']")).to.have.length(0);
    expect(personalData(el, DISTRICT)).to.deep.equal([]);
    expect(el.toCSV().split('\r\n')).to.have.length(1 + byRole.groups.length + (byRole.withheld > 0 ? 1 : 0) + 1);

    el.aggregate = { groups: 'none' } as unknown as typeof byRole;
    await el.updateComplete;
    expect(errors.map((error) => [error.code, error.source])).to.deep.equal([['invalid-aggregate', 'aggregate']]);
    expect(all(el, '[role=grid]')).to.have.length(0);
    await expectAccessible(el);
  });

  it('refuses an aggregate made elsewhere without a usable minimum, or with figures aggregateTeam cannot make, and shows no group of it', async () => {
    const made = aggregateTeam(DISTRICT, { groupBy: 'department', minGroupSize: 3 });
    const first = made.groups[0];
    const one = { ...first, key: 'Eine Person', people: 1, competencies: first.competencies.map((cell) => ({ ...cell, count: 1, levels: [0, 0, 0, 1], unrated: 0, belowTarget: 0 })) };
    const { el, errors } = await mount(html`<gap-matrix mode="organisation" .aggregate=${{ ...made, groups: [...made.groups, one], minGroupSize: undefined }}></gap-matrix>`);
    expect(errors.map((error) => [error.code, error.path])).to.deep.equal([['invalid-aggregate', 'aggregate.minGroupSize']]);
    expect(all(el, '[role=grid]')).to.have.length(0);
    expect(text(el.shadowRoot!.querySelector('[part="notice"]')!)).to.contain('keine gültige Gruppenauswertung');

    const { summary: _, ...withoutSummary } = first;
    for (const bad of [
      { ...made, minGroupSize: 1, groups: [one] },
      { ...made, groups: [{ ...first, people: '9' }] },
      { ...made, groups: [{ ...first, competencies: [{ ...first.competencies[0], count: 'viele' }] }] },
      { ...made, groups: [withoutSummary] },
    ]) {
      el.aggregate = made;
      await el.updateComplete;
      expect(all(el, '[role=grid]')).to.have.length(1);
      el.aggregate = bad as unknown as typeof made;
      await el.updateComplete;
      expect(all(el, '[role=grid]'), JSON.stringify(bad.groups[0].people)).to.have.length(0);
      expect(text(el.shadowRoot!.querySelector('[part="notice"]')!)).to.contain('keine gültige Gruppenauswertung');
    }
    el.aggregate = made;
    await el.updateComplete;
    expect(groupRows(el).map((row) => row.dataset.group)).to.deep.equal(made.groups.filter((group) => group.people >= 5).map(key));
  });

  it('withholds the groups of an aggregate made elsewhere that stand for fewer people than its minimum (default 5), in the grid and in the CSV', async () => {
    const made = aggregateTeam(DISTRICT, { groupBy: 'department', minGroupSize: 3 });
    const like = made.groups[0];
    const group = (name: string, people: number): AggregateGroup => ({
      ...like,
      key: name,
      people,
      competencies: like.competencies.map((cell) => ({ ...cell, count: people, levels: [0, 0, 0, people], unrated: 0, belowTarget: 0, shareBelowTarget: 0 })),
    });
    const given = { ...made, people: made.people + 5, groups: [...made.groups, group('Einzelperson', 1), group('Dreiergruppe', 4)] };
    const { el, errors } = await mount(html`<gap-matrix mode="organisation" .aggregate=${given}></gap-matrix>`);
    expect(errors).to.deep.equal([]);
    const shown = made.groups.filter((candidate) => candidate.people >= 5);
    expect(groupRows(el).map((row) => row.dataset.group)).to.deep.equal(shown.map(key));
    expect(el.toCSV()).to.not.contain('Einzelperson').and.not.contain('Dreiergruppe');
    const withheld = given.people - shown.reduce((sum, candidate) => sum + candidate.people, 0) + given.withheld;
    expect(text(one(el, "[part='withheld']"))).to.equal(`${withheld} Personen nicht gezeigt: Gruppen zu klein (weniger als 5 Personen derselben Rolle).`);

    el.minGroupSize = 3;
    await el.updateComplete;
    expect(groupRows(el).map((row) => row.dataset.group), 'at 3 the group of four is shown, the single person never').to.deep.equal([...made.groups, given.groups.at(-1)!].map(key));
    expect(el.toCSV()).to.not.contain('Einzelperson');
    await expectAccessible(el);
  });

  it('reads a provider, speaks English, and says so when no group is large enough', async () => {
    const { el } = await mount(
      html`<kompetenz-provider storage="none" lang="en" .portfolio=${DISTRICT}><gap-matrix mode="organisation" group-by="role"></gap-matrix></kompetenz-provider>`,
    );
    await el.updateComplete;
    expect(text(one(el, '.caption'))).to.match(/^Competency gaps by role \(296 people counted\)$/);
    expect(text(cellAt(el, 1, 1))).to.equal('People counted');

    const small = generatePortfolio({ seed: 3, people: 6, today: '2025-09-01' });
    const { el: empty } = await organisation({}, small);
    expect(all(empty, '[role=grid]')).to.have.length(0);
    expect(text(one(empty, "[part='status']"))).to.contain('Keine Gruppe');
    expect(text(one(empty, "[part='withheld']"))).to.contain('6 Personen nicht gezeigt');
    await expectAccessible(empty);

    const { el: alone } = await mount(html`<gap-matrix mode="organisation"></gap-matrix>`);
    expect(text(one(alone, "[part='status']")), 'without any data it says what it needs').to.equal(
      'Noch keine Daten: Die Organisationsansicht zeigt Gruppenzahlen aus einem <kompetenz-provider>, aus people und assessments oder aus fertigen Gruppenzahlen (aggregate).',
    );
  });

  it('stays accessible in dark mode and with forced colours', async () => {
    const { el } = await organisation({ allowDrillDown: true });
    cellAt(el, 2, column('daten')).click();
    await el.updateComplete;
    if (await emulateMediaFeatures({ colorScheme: 'dark' })) await expectAccessible(el);
    if (await emulateMediaFeatures({ forcedColors: 'active' })) {
      expect(shown(cellAt(el, 2, column('daten')))).to.match(/^\d+ %$/);
      await expectAccessible(el);
    }
  });

  it('reflows at 320 px: only the grid and the drill-down table scroll sideways', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const { el: narrow } = await mount(html`<gap-matrix mode="organisation" allow-drill-down .people=${DISTRICT.people} .assessments=${DISTRICT.assessments}></gap-matrix>`, 300);
      cellAt(narrow, 2, column('daten')).click();
      await narrow.updateComplete;
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect(one(narrow, "[part='drill-down']").getBoundingClientRect().right).to.be.at.most(320);
      const scroller = one(narrow, "[part='scroller']");
      expect(scroller.scrollWidth).to.be.above(scroller.clientWidth);
      const table = one(narrow, '.table-scroll');
      expect(table.scrollWidth, 'the drill-down table scrolls in its own region').to.be.above(table.clientWidth);
      expect(narrow.getBoundingClientRect().width).to.be.at.most(300);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
