import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AggregateGroup, TeamAggregate } from '../../../src/domain/aggregate.js';
import { DEFAULT_CATALOGUE } from '../../../src/domain/catalogue.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { aggregateBy, groupOf, PORTFOLIO, wheelInProvider } from './group-util.js';
import { all, mount, one, wheelIn, type KompetenzRad } from './util.js';

const BY_DEPARTMENT = aggregateBy('department');
const IT = groupOf(BY_DEPARTMENT, 'IT');

/** Where the empty frame is drawn, which spoke has the focus, a ring's level: numbers that are no figures. */
const GEOMETRY = new Set(['d', 'viewBox', 'width', 'height', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'r', 'cx', 'cy', 'font-size', 'transform', 'data-index', 'tabindex']);
/** Spoke numbers (labels and legend at small widths). */
const NUMBERING = 'text.label, .number';

/** Every text and attribute value in the wheel's shadow root; with `figuresOnly` without the frame's own numbers. */
function everythingShown(el: KompetenzRad, figuresOnly = false): string {
  const parts: string[] = [];
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (!(node instanceof Element)) {
      if (!(figuresOnly && node.parentElement?.closest(NUMBERING))) parts.push(node.textContent ?? '');
      continue;
    }
    for (const attribute of Array.from(node.attributes)) {
      const frame = GEOMETRY.has(attribute.name) || (attribute.name === 'data-level' && node.classList.contains('cell'));
      if (!(figuresOnly && frame)) parts.push(attribute.value);
    }
  }
  return parts.join('\n');
}

/** Nothing but the frame and the notice: no figure, no table, no detail box, no series of anybody. */
function expectNoFigures(el: KompetenzRad, minimum: number): void {
  expect(all(el, '[part="group-notice"]')).to.have.length(1);
  expect(all(el, 'path.level-share, path.actual-sector, path.gap, path.target, .external-line, .disagreement')).to.have.length(0);
  expect(all(el, '[data-count], [data-value], [part="table"], .table-toggle')).to.have.length(0);
  expect(one<HTMLElement>(el, '[part="tooltip"]').hidden).to.equal(true);
  const names = all(el, '[part="sector"]').map((spoke) => spoke.getAttribute('aria-label'));
  expect(names).to.deep.equal(DEFAULT_CATALOGUE.competencies.map((competency) => competency.label.de));
  // "Pos1" is the German name of the Home key in the hint.
  const text = everythingShown(el, true).replace(new RegExp(`\\b${minimum}\\b|Pos1`, 'g'), '');
  expect(/.{0,40}\d.{0,10}/.exec(text)?.[0], 'no number in any text or attribute but the minimum').to.equal(undefined);
}

describe('kompetenz-rad: a group never shows one person', () => {
  it('a department below the minimum (3 people) shows the notice and nothing else, also when focused and hovered', async () => {
    const members = PORTFOLIO.people.filter((person) => person.department === 'Hauptamt');
    expect(members).to.have.length(3);
    const box = await mount(html`<button>vorher</button>`);
    const el = await wheelInProvider({ 'group-by': 'department', group: 'Hauptamt' });
    box.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowRight' });
    one(el, '[part="sector"][data-competency="daten"]').dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('sector');
    expect(one(el, '[part="group-notice"]').textContent, 'why, and where its people are counted').to.contain('„Hauptamt“').and.contain('Jede Rolle hat dort weniger als 5').and.contain('unter „Weitere Abteilungen“ mit, wenn ihre Rolle in allen Abteilungen, in denen sie ebenfalls weniger als 5 hat, zusammen mindestens 5 hat, sonst nirgends');
    expectNoFigures(el, 5);
    const shown = everythingShown(el);
    for (const person of members) {
      expect(shown).to.not.contain(person.id);
      expect(shown).to.not.contain(person.name);
    }
    expect(one(el, '#description').textContent).to.equal(one(el, '[part="group-notice"]').textContent!.trim());
    await expectAccessible(el);
  });

  it('a hand-made aggregate with a group of 2 is not drawn, whatever it claims', async () => {
    const tiny: AggregateGroup = {
      ...IT,
      key: 'Zwei',
      people: 2,
      competencies: IT.competencies.map((cell) => ({ ...cell, count: 2, levels: [0, 0, 1, 1], unrated: 0, belowTarget: 1, shareBelowTarget: 0.5 })),
    };
    const aggregate: TeamAggregate = { ...BY_DEPARTMENT, minGroupSize: 3, groups: [...BY_DEPARTMENT.groups, tiny] };
    const el = await wheelIn(html`<kompetenz-rad .aggregate=${aggregate} group="Zwei"></kompetenz-rad>`);
    expectNoFigures(el, 5);
    el.aggregate = undefined;
    el.group = tiny;
    await el.updateComplete;
    expectNoFigures(el, 5);
    await expectAccessible(el);
  });

  it('an aggregate made with a minimum of 3 shows a group of four only when the page lowers its own minimum (default 5) to 3 or 4', async () => {
    const four: AggregateGroup = { ...IT, key: 'Vier', people: 4, competencies: IT.competencies.map((cell) => ({ ...cell, count: 4, levels: [1, 1, 1, 1], unrated: 0, belowTarget: 2, shareBelowTarget: 0.5 })) };
    const aggregate: TeamAggregate = { ...BY_DEPARTMENT, minGroupSize: 3, groups: [...BY_DEPARTMENT.groups, four] };
    const el = await wheelIn(html`<kompetenz-rad .aggregate=${aggregate} group="Vier"></kompetenz-rad>`);
    expectNoFigures(el, 5);
    el.minGroupSize = 4;
    await el.updateComplete;
    expect(all(el, '[part="group-notice"]'), 'shown at the page’s minimum of 4').to.have.length(0);
  });

  it('names a withheld role by its label, not its id', async () => {
    const el = await wheelInProvider({ 'group-by': 'role', group: 'cdo', 'min-group-size': '60' });
    const notice = one(el, '[part="group-notice"]').textContent!;
    expect(notice).to.contain('„CDO / Digitalisierungsbeauftragte*r“').and.contain('weniger als 60');
    expect(notice).to.not.contain('„cdo“');
  });

  it('a group whose cells stand for fewer people than the minimum is withheld too', async () => {
    const thin: AggregateGroup = { ...IT, competencies: IT.competencies.map((cell, index) => (index === 3 ? { ...cell, count: 4, levels: [1, 1, 1, 1], unrated: 0, belowTarget: 2 } : cell)) };
    const el = await wheelIn(html`<kompetenz-rad .group=${thin}></kompetenz-rad>`);
    expectNoFigures(el, 5);
  });

  it('going from a shown group to a withheld one leaves nothing of the first behind', async () => {
    const el = await wheelIn(html`<kompetenz-rad .aggregate=${BY_DEPARTMENT} group="IT"></kompetenz-rad>`);
    await sendKeys({ press: 'Tab' });
    expect(all(el, 'path.level-share').length).to.be.greaterThan(0);
    el.minGroupSize = 13;
    await el.updateComplete;
    expectNoFigures(el, 13);
  });
});
