import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { DEFAULT_CATALOGUE } from '../../../src/domain/catalogue.js';
import { DEFAULT_FORMATS } from '../../../src/domain/formats.js';
import { describeSynergyReason } from '../../../src/domain/messages/index.js';
import { generatePortfolio } from '../../../src/domain/sample.js';
import { findSynergyGroups, type SynergyGroup } from '../../../src/domain/synergy.js';
import { officesOf } from '../../../src/components/gap-matrix/model/synergy.js';
import { gapClass } from '../../../src/components/gap-matrix/views/cells.js';
import { analyzeTeam } from '../../../src/domain/team.js';
import { expectAccessible } from '../../helpers/a11y.js';
import '../../../src/define/kompetenz-provider.js';
import { makeTeam } from './fixtures.js';
import { membersOf, teamOf } from './team-helpers.js';
import { all, cellAt, dataRows, mount, nodeCounts, one, scrollTo, text, type GapMatrix } from './util.js';

const LEAD = 3;
const column = (id: string) => LEAD + DEFAULT_CATALOGUE.competencies.findIndex((c) => c.id === id);


function gapValue(cell: Element | null): number {
  const t = text(cell);
  return t === '✓' ? 0 : Number(t.replace('−', '-'));
}


describe('<gap-matrix> team mode', () => {
  it('without anyone (no provider, no people) says where the people come from, not that a filter hides them', async () => {
    const { el } = await mount(html`<gap-matrix mode="team"></gap-matrix>`);
    await el.updateComplete;
    const note = text(one(el, '.empty-note'));
    expect(note).to.contain('Noch keine Personen');
    expect(note).not.to.contain('Filter');
    await expectAccessible(el);
  });

  it('renders people × competencies with a distribution row from the domain', async () => {
    const { el, people, assessments, errors } = await teamOf(60);
    expect(errors).to.deep.equal([]);
    const grid = one(el, '[role=grid]');
    expect(grid.getAttribute('aria-rowcount')).to.equal(String(60 + 2));
    expect(grid.getAttribute('aria-colcount')).to.equal(String(LEAD + 25));
    const headers = all(el, "[part='header-row'] [role='columnheader']").map(text);
    expect(headers.slice(0, 3)).to.deep.equal(['Name', 'Rolle', 'Abteilung']);
    expect(headers.slice(3)).to.deep.equal(DEFAULT_CATALOGUE.competencies.map((c) => c.label.de));

    const first = dataRows(el)[0];
    expect(text(first.querySelector("[data-col='0']"))).to.equal(people[0].name);
    const members = membersOf(people, assessments);
    const target = members[0].target;
    const actual = members[0].actual;
    const expected = target.daten - (actual.daten ?? 0);
    expect(gapValue(first.querySelector(`[data-col='${column('daten')}']`))).to.equal(expected);

    const team = analyzeTeam(DEFAULT_CATALOGUE, members);
    const summaryCell = one(el, `[part='summary-row'] [data-competency='daten']`);
    const daten = team.competencies.find((c) => c.competencyId === 'daten')!;
    expect(text(summaryCell.querySelector('[aria-hidden]'))).to.equal(String(daten.toBuild));
    expect(text(summaryCell)).to.contain(`${daten.toBuild} aufzubauen`);
    await expectAccessible(el);
  });

  it('keeps the DOM small with 10,000 people, also after scrolling', async () => {
    const { el } = await teamOf(10_000);
    expect(one(el, '[role=grid]').getAttribute('aria-rowcount')).to.equal('10002');
    const before = nodeCounts(el);
    expect(before.elements).to.be.below(3000);
    expect(dataRows(el).length).to.be.within(5, 80);

    const scroller = one(el, "[part='scroller']");
    await scrollTo(el, { top: 5000 * 32 });
    const rows = dataRows(el).map((row) => Number(row.getAttribute('aria-rowindex')));
    expect(Math.min(...rows)).to.be.within(4900, 5100);
    expect(rows.length).to.be.below(80);
    const after = nodeCounts(el);
    expect(after.elements).to.be.below(3000);
    expect(Math.abs(after.elements - before.elements)).to.be.below(400);

    await scrollTo(el, { top: scroller.scrollHeight });
    const last = dataRows(el).map((row) => Number(row.getAttribute('aria-rowindex')));
    expect(Math.max(...last)).to.equal(10002);
    expect(nodeCounts(el).elements).to.be.below(3000);
  });

  it('keeps the node count flat over 300 scroll jumps (no comment nodes left behind)', async function () {
    // 300 renders of a new window.
    this.timeout(60_000);
    const { el } = await teamOf(2_000);
    const rowHeight = dataRows(el)[0].offsetHeight;
    const jump = (n: number) => scrollTo(el, { top: ((n * 7919) % 1_900) * rowHeight });
    for (let n = 0; n < 5; n++) await jump(n);
    await scrollTo(el, { top: 1000 * rowHeight });
    const baseline = nodeCounts(el).nodes;
    for (let n = 0; n < 300; n++) await jump(n);
    await scrollTo(el, { top: 1000 * rowHeight });
    expect(nodeCounts(el).nodes).to.equal(baseline);
    expect(Math.min(...dataRows(el).map((row) => Number(row.getAttribute('aria-rowindex'))))).to.be.within(980, 1010);
  });

  it('keeps the header row and the name column in view while scrolling', async () => {
    const { el } = await teamOf(500);
    const scroller = one(el, "[part='scroller']");
    const header = one(el, "[part='header-row']");
    const top = header.getBoundingClientRect().top;
    await scrollTo(el, { top: 4000, left: 400 });
    expect(Math.round(header.getBoundingClientRect().top)).to.equal(Math.round(top));
    const nameCell = dataRows(el).find((row) => row.getBoundingClientRect().top > header.getBoundingClientRect().bottom + 40)!.querySelector('[data-col="0"]')!;
    expect(Math.round(nameCell.getBoundingClientRect().left)).to.equal(Math.round(scroller.getBoundingClientRect().left + 1));
  });

  it('sorts by a competency column, by name and by role', async () => {
    const { el } = await teamOf(300);
    const header = cellAt(el, 1, column('daten'));
    header.click();
    await el.updateComplete;
    expect(el.sort).to.equal('daten');
    expect(header.getAttribute('aria-sort')).to.equal('descending');
    const values = dataRows(el).map((row) => gapValue(row.querySelector(`[data-col='${column('daten')}']`)));
    expect(values).to.deep.equal([...values].sort((a, b) => b - a));
    expect(values[0]).to.equal(3);

    header.click();
    await el.updateComplete;
    expect(header.getAttribute('aria-sort')).to.equal('ascending');
    expect(gapValue(dataRows(el)[0].querySelector(`[data-col='${column('daten')}']`))).to.be.below(0);

    el.sort = 'name';
    el.sortDescending = false;
    await el.updateComplete;
    const names = dataRows(el).map((row) => text(row.querySelector("[data-col='0']")));
    expect(names).to.deep.equal([...names].sort((a, b) => a.localeCompare(b, 'de')));

    el.sort = 'role';
    await el.updateComplete;
    const roles = dataRows(el).map((row) => text(row.querySelector("[data-col='1']")));
    expect(roles).to.deep.equal([...roles].sort((a, b) => a.localeCompare(b, 'de')));
    await expectAccessible(el);
  });

  it('filters by role, department, competency and gap', async () => {
    const { el, people } = await teamOf(400);
    el.filterRole = 'cio';
    await el.updateComplete;
    const cio = people.filter((p) => p.roleId === 'cio').length;
    expect(one(el, '[role=grid]').getAttribute('aria-rowcount')).to.equal(String(cio + 2));
    expect(dataRows(el).every((row) => text(row.querySelector("[data-col='1']")) === 'CIO / Leitung IT')).to.equal(true);
    expect(text(one(el, "[part='status']"))).to.equal(`${cio} von 400 Personen angezeigt`);

    el.filterRole = '';
    el.filterDepartment = 'amt';
    await el.updateComplete;
    expect(dataRows(el).every((row) => text(row.querySelector("[data-col='2']")).toLowerCase().includes('amt'))).to.equal(true);

    el.filterDepartment = '';
    el.filterCompetency = 'fuehrung';
    el.minGap = 2;
    await el.updateComplete;
    const shown = dataRows(el);
    expect(shown.length).to.be.above(0);
    expect(shown.every((row) => gapValue(row.querySelector(`[data-col='${column('fuehrung')}']`)) >= 2)).to.equal(true);
    await expectAccessible(el);

    el.filterCompetency = '';
    el.minGap = 3;
    el.filterRole = 'digitallotse';
    await el.updateComplete;
    // Any competency with a gap of 3.
    for (const row of dataRows(el)) {
      const gaps = Array.from(row.querySelectorAll('[role=gridcell]')).slice(2).map(gapValue);
      expect(Math.max(...gaps)).to.equal(3);
    }
  });

  it('drops a filter when its attribute is removed', async () => {
    const { el } = await teamOf(50);
    const errors: unknown[] = [];
    el.addEventListener('kr-error', (event) => errors.push(event.detail));
    for (const [name, value] of [['filter-department', 'amt'], ['filter-role', 'cio'], ['filter-competency', 'daten']]) {
      el.setAttribute(name, value);
      await el.updateComplete;
      el.removeAttribute(name);
      await el.updateComplete;
    }
    expect(errors).to.deep.equal([]);
    expect(text(one(el, "[part='status']"))).to.equal('50 von 50 Personen angezeigt');
  });

  it('filters from the toolbar controls', async () => {
    const { el } = await teamOf(100);
    const search = one<HTMLInputElement>(el, "[part='toolbar'] input[type=search]");
    search.value = 'IT';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(el.filterDepartment).to.equal('IT');
    const selects = all<HTMLSelectElement>(el, "[part='toolbar'] select");
    const cells = selects[0];
    cells.value = 'actual';
    cells.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.cells).to.equal('actual');
  });

  it('shows in every drawn row the cells of the person it shows now, after scrolling and a switch to actual levels', async () => {
    const { el, people, assessments } = await teamOf(400);
    const members = new Map(membersOf(people, assessments).map((member) => [member.personId, member]));
    const ids = DEFAULT_CATALOGUE.competencies.map((c) => c.id);
    const expectRowsShow = (value: 'gap' | 'actual') => {
      for (const row of dataRows(el)) {
        const member = members.get(row.getAttribute('data-person')!)!;
        const cells = [...row.querySelectorAll<HTMLElement>('[role=gridcell]')].slice(LEAD - 1);
        expect(cells.map((cell) => Number(cell.getAttribute('data-col')))).to.deep.equal(ids.map((_, c) => LEAD + c));
        ids.forEach((id, c) => {
          const actual = member.actual[id] ?? 0;
          if (value === 'actual') expect([text(cells[c]), cells[c].className], `${member.personId} ${id}`).to.deep.equal([String(actual), `l${actual}`]);
          else {
            const gap = (member.target[id] ?? 0) - actual;
            expect([gapValue(cells[c]), cells[c].className], `${member.personId} ${id}`).to.deep.equal([gap, gapClass(gap)]);
          }
        });
      }
    };
    const rowHeight = dataRows(el)[0].offsetHeight;
    for (const row of [0, 150, 399, 20]) {
      await scrollTo(el, { top: row * rowHeight });
      expectRowsShow('gap');
    }
    el.cells = 'actual';
    await el.updateComplete;
    expectRowsShow('actual');
    await scrollTo(el, { top: 300 * rowHeight });
    expectRowsShow('actual');
  });

  it('switches the cells to actual levels', async () => {
    const { el, people, assessments } = await teamOf(40, { cells: 'actual' });
    const actual = membersOf(people, assessments)[0].actual;
    const first = dataRows(el)[0];
    const value = first.querySelector(`[data-col='${column('daten')}']`)!;
    expect(text(value)).to.equal(String(actual.daten ?? 0));
    expect(value.classList.contains(`l${actual.daten ?? 0}`)).to.equal(true);
    expect(text(one(el, "[part='legend']"))).to.contain('Ist-Stufe');
    await expectAccessible(el);
  });

  it('shows each synergy group as a card: competencies, format, people, prior level and offices; marks the members of a chosen group', async () => {
    const { el, people, assessments } = await teamOf(200, { synergy: true });
    await el.updateComplete;
    const groups = findSynergyGroups(DEFAULT_CATALOGUE, membersOf(people, assessments));
    const cards = all(el, '.synergy-card');
    expect(cards.map((card) => card.dataset.group)).to.deep.equal(groups.slice(0, 10).map((group) => group.id));
    const first = groups[0];
    const card = cards[0];
    const labels = first.competencyIds.map((id) => DEFAULT_CATALOGUE.competencies.find((c) => c.id === id)!.label.de);
    expect(text(card.querySelector('.synergy-name'))).to.contain(labels.join(' + '));
    const format = DEFAULT_FORMATS.find((candidate) => candidate.id === first.suggestedFormatId)!.label.de;
    expect(text(card.querySelector('.synergy-facts'))).to.equal(
      `Format: ${format} · ${first.personIds.length} Personen · Vorkenntnis Stufe ${first.actualRange.min}${first.actualRange.max > first.actualRange.min ? `–${first.actualRange.max}` : ''}`,
    );
    // The offices: the departments of the members with their counts, adding up to the group.
    const departments = new Map<string, number>();
    for (const id of first.personIds) {
      const department = people.find((person) => person.id === id)!.department!;
      departments.set(department, (departments.get(department) ?? 0) + 1);
    }
    const offices = Array.from(card.querySelectorAll('.offices li')).map((item) => [text(item.querySelector('.office')), Number(text(item.querySelector('.n')))] as const);
    expect(offices.reduce((sum, [, count]) => sum + count, 0)).to.equal(first.personIds.length);
    const named = offices.filter(([name]) => departments.has(name));
    for (const [name, count] of named) expect(count, name).to.equal(departments.get(name));
    const namedCounts = named.map(([, count]) => count);
    expect(namedCounts, 'largest office first').to.deep.equal([...namedCounts].sort((a, b) => b - a));
    expect(text(one(el, "[part='synergy'] > p"))).to.contain(`${groups.length} Gruppen`);
    const buttons = all(el, "[part='synergy-group']");
    expect(buttons[0].getAttribute('aria-label')).to.contain(`${first.personIds.length} Personen`);
    expect(buttons[0].getAttribute('aria-label')).to.contain(labels.join(' + '));
    await expectAccessible(el);

    buttons[0].click();
    await el.updateComplete;
    expect(el.selectedGroup).to.equal(first.id);
    expect(buttons[0].getAttribute('aria-pressed')).to.equal('true');
    expect(card.classList.contains('selected')).to.equal(true);
    // Members are marked and named as such; they are not the grid's selected rows (that is the chosen person).
    const isMember = (row: HTMLElement) => row.classList.contains('selected') && text(row.querySelector("[role='rowheader'] .visually-hidden")) === 'in der gewählten Gruppe:';
    const marked = dataRows(el).filter(isMember);
    expect(marked.length).to.be.greaterThan(0);
    expect(marked.every((row) => first.personIds.includes(row.dataset.person!))).to.equal(true);
    expect(dataRows(el).filter((row) => row.hasAttribute('aria-selected')), 'nobody chosen: no row says whether it is').to.deep.equal([]);
    // The reason in the matrix's language, from that language's table only (the strings of the matrix).
    const reason = (): string => text(one(el, "[part='synergy'] > p:last-child"));
    expect(reason()).to.equal(describeSynergyReason(first.reason, 'de'));
    el.lang = 'en';
    await el.updateComplete;
    expect(reason()).to.equal(describeSynergyReason(first.reason, 'en'));
    el.lang = 'de';
    await el.updateComplete;

    el.groupOnly = true;
    await el.updateComplete;
    expect(one(el, '[role=grid]').getAttribute('aria-rowcount')).to.equal(String(first.personIds.length + 2));
    expect(dataRows(el).every(isMember)).to.equal(true);
    await expectAccessible(el);

    buttons[0].click();
    await el.updateComplete;
    expect(el.selectedGroup).to.equal(undefined);
    expect(el.groupOnly).to.equal(false);

    one<HTMLButtonElement>(el, '.synergy-actions button').click();
    await el.updateComplete;
    expect(all(el, '.synergy-card')).to.have.length(Math.min(20, groups.length));
  });

  it('keeps drawing its synergy groups when the data change while they are shown (no cards until the new analysis ends)', async () => {
    const { el, assessments } = await teamOf(200, { synergy: true });
    await el.updateComplete;
    expect(all(el, '.synergy-card').length).to.be.above(0);
    const failures: string[] = [];
    el.addEventListener('kr-error', (event) => failures.push(`${event.detail.code}: ${event.detail.message}`));
    const [first, ...rest] = assessments;
    el.assessments = [{ ...first, levels: { ...first.levels, daten: first.levels.daten === 3 ? 2 : 3 } }, ...rest];
    await el.updateComplete;
    for (let wait = 0; wait < 100 && all(el, '.synergy-card').length === 0; wait += 1) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(failures).to.deep.equal([]);
    expect(all(el, '.synergy-card').length, 'the cards of the new analysis').to.be.above(0);
  });

  it('names four offices of a synergy group one by one and sums up the rest', () => {
    const departments = ['A', 'B', 'B', 'C', 'C', 'C', 'D', 'E', 'F', undefined];
    const people = departments.map((department, i) => ({ id: `p${i}`, name: `P${i}`, roleId: 'cdo', ...(department ? { department } : {}) }));
    const group = { personIds: people.map((person) => person.id) } as SynergyGroup;
    expect(officesOf(people, [group])).to.deep.equal([
      {
        offices: [
          { department: 'C', people: 3 },
          { department: 'B', people: 2 },
          { department: 'A', people: 1 },
          { department: 'D', people: 1 },
        ],
        rest: { offices: 3, people: 3 },
      },
    ]);
    expect(officesOf(people.slice(0, 8), [{ personIds: group.personIds.slice(0, 8) } as SynergyGroup])[0].rest).to.equal(undefined);
  });

  it('the synergy cards are one tab stop: arrows move between them, Space marks a group', async () => {
    const { el } = await teamOf(200, { synergy: true });
    await el.updateComplete;
    const buttons = () => all<HTMLButtonElement>(el, "[part='synergy-group']");
    expect(buttons().filter((button) => button.tabIndex === 0)).to.have.length(1);
    buttons()[0].focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(buttons()[2]);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(buttons().at(-1));
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.selectedGroup).to.equal(buttons()[0].dataset.group);
    expect(buttons().filter((button) => button.tabIndex === 0)).to.deep.equal([buttons()[0]]);
  });

  it('exports the shown people as German Excel CSV', async () => {
    const { el, people } = await teamOf(50, { filterRole: 'cdo', sort: 'name' });
    const lines = el.toCSV().slice(1).split('\r\n').filter(Boolean);
    const cdo = people.filter((p) => p.roleId === 'cdo').sort((a, b) => a.name.localeCompare(b.name, 'de'));
    expect(lines).to.have.length(1 + cdo.length);
    expect(lines[0].startsWith('Person;Personen-ID;Abteilung;Rolle;IT-Anwendungskompetenz')).to.equal(true);
    expect(lines[1].startsWith(`${cdo[0].name};${cdo[0].id};${cdo[0].department};CDO`)).to.equal(true);
  });

  it('works with the sample generator of the Landkreis demo and inside a narrow page', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const portfolio = generatePortfolio({ seed: 42, people: 300, today: '2025-09-01' });
      const { el, errors } = await mount(html`<gap-matrix mode="team" .people=${portfolio.people} .assessments=${portfolio.assessments}></gap-matrix>`, 300);
      await el.analysisComplete;
      expect(errors).to.deep.equal([]);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      const scroller = one(el, "[part='scroller']");
      expect(scroller.scrollWidth).to.be.above(scroller.clientWidth);
      expect(el.getBoundingClientRect().width).to.be.at.most(300);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('inside a provider: choosing a person in the team selects them for the person view', async () => {
    const portfolio = generatePortfolio({ seed: 7, people: 40, today: '2025-09-01' });
    const { el, box, selects } = await mount(
      html`<kompetenz-provider storage="none" today="2025-09-01" .portfolio=${portfolio}>
        <gap-matrix mode="team"></gap-matrix>
        <gap-matrix id="one"></gap-matrix>
      </kompetenz-provider>`,
    );
    await el.analysisComplete;
    await el.updateComplete;
    expect(one(el, '[role=grid]').getAttribute('aria-rowcount')).to.equal('42');
    const personView = box.querySelector<GapMatrix>('#one')!;
    const row = dataRows(el)[5];
    row.querySelector<HTMLElement>("[data-col='4']")!.click();
    expect(selects.at(-1)?.personId).to.equal(row.dataset.person);
    await personView.updateComplete;
    await personView.updateComplete;
    const person = portfolio.people.find((p) => p.id === row.dataset.person)!;
    expect(text(personView.shadowRoot!.querySelector('.caption'))).to.contain(person.name);
    // The team keeps its analysis: the selection is not a data change.
    expect(el.shadowRoot!.querySelector("[part='status']")!.textContent).to.contain('40 von 40');
  });

  it('inside a provider with an own person-id that is no id: a choice goes to the provider, the bad value stays reported', async () => {
    const portfolio = generatePortfolio({ seed: 7, people: 12, today: '2025-09-01' });
    const { el, selects, errors } = await mount(
      html`<kompetenz-provider storage="none" today="2025-09-01" .portfolio=${portfolio}><gap-matrix mode="team" .personId=${{ id: 'p1' } as never}></gap-matrix></kompetenz-provider>`,
    );
    await el.analysisComplete;
    await el.updateComplete;
    const row = dataRows(el)[3];
    row.querySelector<HTMLElement>("[data-col='4']")!.click();
    await el.updateComplete;
    expect(selects.at(-1)?.personId).to.equal(row.dataset.person);
    expect(el.personId, 'counts as not given, as NaN does: the provider holds the selection').to.deep.equal({ id: 'p1' });
    expect(errors.filter((error) => error.source === 'person-id').map((error) => error.code)).to.deep.equal(['id']);
    const chosen = () => el.shadowRoot!.querySelector(`[role=row][data-person="${row.dataset.person}"]`)?.getAttribute('aria-selected');
    await waitUntil(() => chosen() === 'true', 'the provider’s selection is the chosen row');
  });

  it('switches between person and team mode', async () => {
    const { people, assessments } = makeTeam(30);
    const { el } = await mount(html`<gap-matrix person-id="p2" .people=${people} .assessments=${assessments}></gap-matrix>`);
    expect(dataRows(el)).to.have.length(25);
    el.mode = 'team';
    await el.analysisComplete;
    await el.updateComplete;
    expect(one(el, '[role=grid]').getAttribute('aria-rowcount')).to.equal('32');
    el.mode = 'person';
    await el.updateComplete;
    expect(dataRows(el)).to.have.length(25);
    expect(all(el, "[part='summary-row']")).to.have.length(0);
  });

  it('analyses once per data change, not per render', async () => {
    const { el, people, assessments } = await teamOf(200);
    const grid = () => one(el, '[role=grid]');
    el.sort = 'team';
    el.filterRole = 'cdo';
    await el.updateComplete;
    // Sorting and filtering reuse the analysis: nothing is pending right after the update.
    expect(grid().getAttribute('aria-busy')).to.equal('false');
    expect(text(one(el, "[part='status']"))).to.contain('von 200');
    // New data (a new array) is analysed anew.
    el.people = [...people, { id: 'neu', name: 'Neu Hinzugekommen', roleId: 'cdo', department: 'IT' }];
    el.assessments = assessments;
    await el.analysisComplete;
    await el.updateComplete;
    expect(text(one(el, "[part='status']"))).to.contain('von 201');
  });
});
