import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DEFAULT_CATALOGUE } from '../../../src/domain/catalogue.js';
import { generatePortfolio } from '../../../src/domain/sample.js';
import { findSynergyGroups } from '../../../src/domain/synergy.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { emulateMediaFeatures, resetMediaFeatures } from '../../helpers/media.js';
import { makeTeam } from './fixtures.js';
import { membersOf, teamOf } from './team-helpers.js';
import { all, cellAt, dataRows, focused, mount, one, scrollTo, text, type GapMatrix } from './util.js';

/** The matrix's polite live region (its `Announcer`). */
const region = (el: GapMatrix) => one(el, "div.visually-hidden[aria-live='polite']");

/** Every non-empty text the polite live region takes from now on. */
function spoken(el: GapMatrix): string[] {
  const said: string[] = [];
  const target = region(el);
  new MutationObserver(() => {
    const now = text(target);
    if (now) said.push(now);
  }).observe(target, { childList: true, characterData: true, subtree: true });
  return said;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));



describe('<gap-matrix> status messages, focus and the chosen row', function () {
  // Several axe checks of grids with a hundred rows and more, and waits for the pause after typing: 10 s was too short on a busy machine.
  this.timeout(30_000);
  afterEach(async () => {
    await resetMediaFeatures();
  });

  it('team filters: says the number of people shown once typing pauses, once, and only when it changed', async () => {
    const { el } = await teamOf(12);
    const said = spoken(el);
    const search = one<HTMLInputElement>(el, "[part='toolbar'] input[type=search]");
    search.focus();
    await sendKeys({ type: 'Jugend' });
    await el.updateComplete;
    expect(text(one(el, "[part='status']"))).to.equal('1 von 12 Personen angezeigt');
    expect(said, 'nothing while typing').to.deep.equal([]);
    await wait(800);
    expect(said).to.deep.equal(['1 von 12 Personen angezeigt']);
    expect(text(region(el))).to.equal('1 von 12 Personen angezeigt');

    // More letters, the same result: nothing new to say.
    await sendKeys({ type: 'amt' });
    await el.updateComplete;
    await wait(800);
    expect(said).to.have.length(1);

    // The role filter changes the count too.
    search.select();
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    const role = all<HTMLSelectElement>(el, "[part='toolbar'] select")[2];
    role.value = 'cio';
    role.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const shown = dataRows(el).length;
    await wait(800);
    expect(said).to.deep.equal(['1 von 12 Personen angezeigt', `${shown} von 12 Personen angezeigt`]);
    await expectAccessible(el);
  });

  it('synergy: "more" on its last page and "clear selection" leave focus on a group, not on the page', async () => {
    const { el, people, assessments } = await teamOf(200, { synergy: true });
    await el.updateComplete;
    const groups = findSynergyGroups(DEFAULT_CATALOGUE, membersOf(people, assessments));
    expect(groups.length, 'enough groups for a second page').to.be.above(10);
    const more = () => all<HTMLButtonElement>(el, "[part='synergy'] .synergy-actions button").find((button) => /Weitere Gruppen/.test(text(button)));
    for (let listed = 10; more(); listed += 10) {
      more()!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      expect(focused(el)?.getAttribute('part')).to.equal('synergy-group');
      expect(focused(el)?.dataset.group).to.equal(groups[listed].id);
    }
    expect(all(el, "[part='synergy-group']")).to.have.length(groups.length);

    const mark = all<HTMLButtonElement>(el, "[part='synergy-group']")[1];
    mark.focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.selectedGroup).to.equal(groups[1].id);
    const clear = all<HTMLButtonElement>(el, "[part='synergy'] .synergy-actions button").find((button) => text(button) === 'Auswahl aufheben')!;
    clear.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(el.selectedGroup).to.equal(undefined);
    expect(focused(el)?.dataset.group).to.equal(groups[1].id);
    expect(focused(el)?.getAttribute('aria-pressed')).to.equal('false');
    await expectAccessible(el);
  });

  it('synergy: clearing a group that is not listed puts focus on the list’s heading', async () => {
    const { people, assessments } = makeTeam(200);
    const groups = findSynergyGroups(DEFAULT_CATALOGUE, membersOf(people, assessments));
    const { el } = await teamOf(200, { synergy: true, selectedGroup: groups[groups.length - 1].id });
    await el.updateComplete;
    const clear = all<HTMLButtonElement>(el, "[part='synergy'] .synergy-actions button").find((button) => text(button) === 'Auswahl aufheben')!;
    clear.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('synergy-title');
  });

  it('team: Enter on a person selects the row (aria-selected, a visible mark), says so, and keeps it while scrolling', async () => {
    const { el, people } = await teamOf(120);
    const said = spoken(el);
    const row = dataRows(el)[3];
    const id = row.dataset.person!;
    const name = people.find((person) => person.id === id)!.name;
    row.querySelector<HTMLElement>("[role='rowheader']")!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(el.personId).to.equal(id);
    const chosen = () => one(el, `[role='row'][data-person='${id}']`);
    expect(chosen().getAttribute('aria-selected')).to.equal('true');
    expect(chosen().classList.contains('chosen')).to.equal(true);
    const others = dataRows(el).filter((other) => other.dataset.person !== id);
    expect(others.every((other) => other.getAttribute('aria-selected') === 'false')).to.equal(true);
    const weight = (r: Element) => getComputedStyle(r.querySelector("[role='rowheader']")!).fontWeight;
    expect(weight(chosen())).not.to.equal(weight(others[0]));
    expect(said).to.deep.equal([`Gewählt: ${name}`]);
    await expectAccessible(el);

    // Virtualised rows: with the active cell in the distribution row (which chooses no person), the
    // chosen row leaves the DOM when scrolled away and is drawn anew, still selected, when back.
    cellAt(el, 2, 4).click();
    await el.updateComplete;
    expect(el.personId).to.equal(id);
    await scrollTo(el, { top: 80 * 32 });
    expect(el.shadowRoot!.querySelector(`[data-person='${id}']`)).to.equal(null);
    await scrollTo(el, { top: 0 });
    expect(chosen().getAttribute('aria-selected')).to.equal('true');
    expect(said).to.have.length(1);

    if (await emulateMediaFeatures({ forcedColors: 'active' })) {
      const header = chosen().querySelector("[role='rowheader']")!;
      expect(getComputedStyle(header).outlineStyle).to.equal('solid');
      await expectAccessible(el);
    }
  });

  it('team: with a synergy group shown, only the chosen person is the selected row; members say they are members', async () => {
    const { people, assessments } = makeTeam(120);
    const groups = findSynergyGroups(DEFAULT_CATALOGUE, membersOf(people, assessments));
    const group = groups[0];
    const outsider = people.find((person) => !group.personIds.includes(person.id))!;
    const { el } = await teamOf(120, { synergy: true, selectedGroup: group.id, personId: outsider.id });
    await el.updateComplete;
    const selected = dataRows(el).filter((row) => row.getAttribute('aria-selected') === 'true');
    expect(selected.map((row) => row.dataset.person)).to.deep.equal([outsider.id]);
    const members = dataRows(el).filter((row) => group.personIds.includes(row.dataset.person!));
    expect(members.length).to.be.greaterThan(0);
    for (const row of members) {
      expect(row.getAttribute('aria-selected'), `${row.dataset.person} is not the chosen one`).to.equal('false');
      expect(text(row.querySelector("[role='rowheader'] .visually-hidden")), 'its name says it is a member').to.equal('in der gewählten Gruppe:');
    }
    await expectAccessible(el);
  });

  it('organisation: Enter on a group selects its row, says so in English too, and keeps it when re-sorted', async () => {
    const portfolio = generatePortfolio({ seed: 42, people: 300, today: '2025-09-01' });
    const { el, selects } = await mount(html`<gap-matrix mode="organisation" .people=${portfolio.people} .assessments=${portfolio.assessments}></gap-matrix>`);
    await el.updateComplete;
    const said = spoken(el);
    const header = cellAt(el, 2, 0);
    const name = text(header);
    const key = header.closest<HTMLElement>("[role='row']")!.dataset.group!;
    header.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(selects).to.have.length(1);
    const row = () => one(el, `[role='row'][data-group='${CSS.escape(key)}']`);
    expect(row().getAttribute('aria-selected')).to.equal('true');
    expect(row().classList.contains('chosen')).to.equal(true);
    expect(all(el, "[role='grid'] .body > [role='row'][aria-selected='false']")).to.have.length(all(el, "[role='grid'] .body > [role='row']").length - 1);
    expect(said).to.deep.equal([`Gewählt: ${name}`]);
    await expectAccessible(el);

    el.sort = 'name';
    el.lang = 'en';
    await el.updateComplete;
    await el.updateComplete;
    expect(row().getAttribute('aria-selected')).to.equal('true');
    const again = row().querySelector<HTMLElement>("[role='rowheader']")!;
    again.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(said.at(-1)).to.equal(`Selected: ${text(again)}`);

    if (await emulateMediaFeatures({ forcedColors: 'active' })) {
      expect(getComputedStyle(again).outlineStyle).to.equal('solid');
      await expectAccessible(el);
    }
  });
});
