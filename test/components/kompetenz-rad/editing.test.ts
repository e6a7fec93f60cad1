import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ContextProvider } from '@lit/context';
import { DEFAULT_CATALOGUE } from '../../../src/domain/catalogue.js';
import { DEFAULT_ROLES } from '../../../src/domain/roles.js';
import { kompetenzContext } from '../../../src/internal/context.js';
import type { KrLevelChangeDetail } from '../../../src/internal/events.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { all, drawnLevels, mount, one, wheelIn, type KompetenzRad } from './util.js';

const spoke = (el: KompetenzRad, id: string) => one<SVGGElement>(el, `[part="sector"][data-competency="${id}"]`);
const cell = (el: KompetenzRad, id: string, level: number) => spoke(el, id).querySelector<SVGPathElement>(`.cell[data-level="${level}"]`)!;
/** A read-only spoke has one cell, from the centre to ring 3. */
const optionCell = (el: KompetenzRad, id: string) => spoke(el, id).querySelector<SVGPathElement>('.cell')!;
const focusedSpoke = (el: KompetenzRad) => el.shadowRoot!.activeElement?.getAttribute('data-competency');

/** Presses `key` on the focused spoke; the `kr-level-change` it fires, once the wheel has drawn it. */
async function levelChangeBy(el: KompetenzRad, key: string) {
  setTimeout(() => sendKeys({ press: key }));
  const { detail } = await oneEvent(el, 'kr-level-change');
  await el.updateComplete;
  return detail;
}

/** A focusable button before the wheel, so that Tab goes into the wheel from outside. */
async function wheelAfterButton(attributes = '') {
  const box = await mount(html`<button>vorher</button>`);
  const el = document.createElement('kompetenz-rad');
  for (const [name, value] of attributes ? attributes.split(' ').map((pair) => pair.split('=')) : []) el.setAttribute(name, value ?? '');
  box.append(el);
  await el.updateComplete;
  box.querySelector('button')!.focus();
  return el;
}

describe('kompetenz-rad: editing with the pointer', () => {
  it('sets the level of the clicked ring and fires kr-level-change', async () => {
    const el = await wheelIn(html`<kompetenz-rad editable actual='{"daten":1}'></kompetenz-rad>`);
    setTimeout(() => cell(el, 'daten', 3).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })));
    const event = await oneEvent(el, 'kr-level-change');
    expect(event.detail).to.deep.equal({ competencyId: 'daten', level: 3, previous: 1, series: 'self' });
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect(el.actual).to.deep.equal({ daten: 3 });
    expect(drawnLevels(el).actual.get('daten')).to.equal(3);
    expect(spoke(el, 'daten').getAttribute('aria-valuenow')).to.equal('3');
  });

  it('a click on the innermost ring of a spoke at 1 sets 0', async () => {
    const el = await wheelIn(html`<kompetenz-rad editable edit-series="external" external='{"team":1}'></kompetenz-rad>`);
    setTimeout(() => cell(el, 'team', 1).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })));
    const event = await oneEvent(el, 'kr-level-change');
    expect(event.detail).to.deep.equal({ competencyId: 'team', level: 0, previous: 1, series: 'external' });
    await el.updateComplete;
    expect(el.external).to.deep.equal({ team: 0 });
    expect(drawnLevels(el).actual.has('team')).to.equal(false);
  });

  it('a real mouse click on a ring sector works too', async () => {
    const el = await wheelIn(html`<kompetenz-rad editable></kompetenz-rad>`);
    const target = cell(el, 'kommunikation', 2);
    const levels: KrLevelChangeDetail[] = [];
    el.addEventListener('kr-level-change', (event) => levels.push(event.detail));
    target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(levels).to.deep.equal([{ competencyId: 'kommunikation', level: 2, previous: 0, series: 'self' }]);
    expect(focusedSpoke(el)).to.equal('kommunikation');
  });

  it('fires nothing when code sets properties, or when the level does not change', async () => {
    const el = await wheelIn(html`<kompetenz-rad editable actual='{"daten":2}'></kompetenz-rad>`);
    let fired = 0;
    el.addEventListener('kr-level-change', () => fired++);
    el.addEventListener('kr-select', () => fired++);
    el.actual = { daten: 3 };
    el.targetRole = 'cdo';
    await el.updateComplete;
    cell(el, 'daten', 3).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(fired).to.equal(0);
  });

  it('without editable a click selects the competency (kr-select) and changes nothing', async () => {
    const el = await wheelIn(html`<kompetenz-rad actual='{"daten":2}'></kompetenz-rad>`);
    let changed = false;
    el.addEventListener('kr-level-change', () => (changed = true));
    setTimeout(() => optionCell(el, 'daten').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })));
    const event = await oneEvent(el, 'kr-select');
    expect(event.detail).to.deep.equal({ competencyId: 'daten' });
    expect(changed).to.equal(false);
    await el.updateComplete;
    expect(spoke(el, 'daten').getAttribute('aria-selected')).to.equal('true');
  });

  it('inside a provider it only fires the event and leaves its own actual alone', async () => {
    const host = await mount(html``);
    new ContextProvider(host, {
      context: kompetenzContext,
      initialValue: {
        portfolio: { format: 'kompetenzrad-portfolio', version: 1, people: [{ id: 'p1', name: 'E', roleId: 'cdo' }], assessments: [], goals: [], plans: [] },
        catalogue: DEFAULT_CATALOGUE,
        roles: DEFAULT_ROLES,
        lang: 'de',
        personId: 'p1',
        today: '2026-03-01',
      },
    });
    const el = document.createElement('kompetenz-rad');
    el.editable = true;
    host.append(el);
    await el.updateComplete;
    setTimeout(() => cell(el, 'daten', 2).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })));
    const event = await oneEvent(host, 'kr-level-change');
    expect(event.detail).to.deep.equal({ competencyId: 'daten', level: 2, previous: 0, series: 'self' });
    await el.updateComplete;
    expect(el.actual).to.equal(undefined);
    expect(drawnLevels(el).actual.has('daten')).to.equal(false, 'the provider, not the wheel, saves the edit');
  });
});

describe('kompetenz-rad: keyboard', () => {
  it('is one tab stop, and arrows move between competencies in wheel order', async () => {
    const el = await wheelAfterButton('editable target-role=cdo');
    await sendKeys({ press: 'Tab' });
    expect(focusedSpoke(el)).to.equal('it-anwendung');
    expect(all(el, '[tabindex="0"]')).to.have.length(1);
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedSpoke(el)).to.equal('digitale-medien');
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    expect(focusedSpoke(el)).to.equal('problemloesung', 'wraps around the wheel');
    await el.updateComplete;
    expect(all(el, '[tabindex="0"]').map((node) => node.getAttribute('data-competency'))).to.deep.equal(['problemloesung']);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.classList.contains('table-toggle')).to.equal(true, 'the next Tab leaves the wheel');
  });

  it('Home and End set the lowest and the highest level of the focused spoke, as on a slider', async () => {
    const el = await wheelAfterButton('editable actual={"it-anwendung":1}');
    await sendKeys({ press: 'Tab' });
    expect(await levelChangeBy(el, 'End')).to.deep.equal({ competencyId: 'it-anwendung', level: 3, previous: 1, series: 'self' });
    expect(await levelChangeBy(el, 'Home')).to.deep.equal({ competencyId: 'it-anwendung', level: 0, previous: 3, series: 'self' });
    expect(focusedSpoke(el), 'focus stays on the spoke').to.equal('it-anwendung');
  });

  it('ArrowUp and digits set the focused level; each fires kr-level-change', async () => {
    const el = await wheelAfterButton('editable actual={"digitale-medien":1}');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowRight' });
    expect(await levelChangeBy(el, 'ArrowUp')).to.deep.equal({ competencyId: 'digitale-medien', level: 2, previous: 1, series: 'self' });
    expect(await levelChangeBy(el, 'ArrowDown')).to.include({ level: 1, previous: 2 });
    expect(await levelChangeBy(el, '3')).to.include({ competencyId: 'digitale-medien', level: 3, previous: 1 });
    expect(await levelChangeBy(el, '0')).to.include({ level: 0, previous: 3 });
    expect(await levelChangeBy(el, '2')).to.include({ level: 2, previous: 0 });
    expect(el.actual).to.deep.equal({ 'digitale-medien': 2 });
    const slider = spoke(el, 'digitale-medien');
    expect(slider.getAttribute('role')).to.equal('slider');
    expect(slider.getAttribute('aria-orientation'), 'up and down change the level; left and right go to another competency').to.equal('vertical');
    expect(slider.getAttribute('aria-valuenow')).to.equal('2');
    expect(slider.getAttribute('aria-valuetext')).to.equal('Könner');
    expect(slider.getAttribute('aria-valuemin')).to.equal('0');
    expect(slider.getAttribute('aria-valuemax')).to.equal('3');
    await expectAccessible(el);
  });

  it('does not go above 3 or below 0', async () => {
    const el = await wheelAfterButton('editable actual={"it-anwendung":3}');
    let fired = 0;
    el.addEventListener('kr-level-change', () => fired++);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(fired).to.equal(0);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(fired).to.equal(0, 'digitale-medien is at 0 already');
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(fired).to.equal(1);
  });

  it('without editable, up and down move too, and Enter or Space select', async () => {
    const el = await wheelAfterButton('');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedSpoke(el)).to.equal('digitale-medien');
    await sendKeys({ press: 'ArrowUp' });
    expect(focusedSpoke(el)).to.equal('it-anwendung');
    setTimeout(() => sendKeys({ press: 'Enter' }));
    expect((await oneEvent(el, 'kr-select')).detail).to.deep.equal({ competencyId: 'it-anwendung' });
    await sendKeys({ press: 'ArrowRight' });
    setTimeout(() => sendKeys({ press: 'Space' }));
    expect((await oneEvent(el, 'kr-select')).detail).to.deep.equal({ competencyId: 'digitale-medien' });
    expect(spoke(el, 'digitale-medien').getAttribute('role')).to.equal('option');
  });

  it('outlines the focused sector visibly and announces it by its accessible name', async () => {
    const el = await wheelAfterButton('editable target-role=cdo actual={"it-anwendung":1}');
    const ring = one<SVGPathElement>(el, 'path.focus-ring');
    expect(getComputedStyle(ring).visibility).to.equal('hidden');
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(getComputedStyle(ring).visibility).to.equal('visible');
    expect(parseFloat(getComputedStyle(ring).strokeWidth)).to.be.at.least(2);
    const focused = el.shadowRoot!.activeElement!;
    expect(focused.getAttribute('aria-label')).to.equal('IT-Anwendungskompetenz (Digitale Fachkompetenzen), Soll Könner');
    expect(focused.getAttribute('aria-valuetext')).to.equal('Kenner');
    const tooltip = one<HTMLElement>(el, '[part="tooltip"]');
    expect(tooltip.hidden).to.equal(false);
    expect(tooltip.textContent).to.contain('1 Stufe zu entwickeln');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(ring.getAttribute('d')).to.equal(one(el, 'path.focus-halo').getAttribute('d'));
    expect(one(el, '[part="tooltip"]').textContent).to.contain('Umgang mit digitalen Medien');
  });

  it('shows details on hover', async () => {
    const el = await wheelIn(html`<kompetenz-rad target-role="cdo" actual='{"daten":1}' external='{"daten":3}'></kompetenz-rad>`);
    optionCell(el, 'daten').dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await el.updateComplete;
    const tooltip = one<HTMLElement>(el, '[part="tooltip"]');
    expect(tooltip.hidden).to.equal(false);
    expect(tooltip.textContent).to.contain('Datenkompetenz');
    expect(tooltip.textContent).to.contain('Experte (3)');
    expect(tooltip.textContent).to.contain('2 Stufen zu entwickeln');
    expect(tooltip.textContent).to.contain('Verborgene Stärke');
    one(el, 'svg.wheel').dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect(one<HTMLElement>(el, '[part="tooltip"]').hidden).to.equal(true);
  });
});
