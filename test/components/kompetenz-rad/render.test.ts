import { expect, html } from '@open-wc/testing';
import { COMPETENCY_IDS } from '../../../src/domain/catalogue.js';
import { roleById, DEFAULT_ROLES, ROLE_SOURCE_NOTE } from '../../../src/domain/roles.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { all, drawnLevels, one, wheelIn } from './util.js';

const CDO = roleById(DEFAULT_ROLES, 'cdo')!;

describe('kompetenz-rad: drawing the series', () => {
  it('draws 25 spokes in wheel order, one cell each when read-only and three ring cells when editable, and no series when empty', async () => {
    const el = await wheelIn(html`<kompetenz-rad></kompetenz-rad>`);
    const spokes = all(el, '[part="sector"]');
    expect(spokes.map((spoke) => spoke.getAttribute('data-competency'))).to.deep.equal([...COMPETENCY_IDS]);
    expect(all(el, '.cell')).to.have.length(25);
    expect(all(el, '.cell[data-level]')).to.have.length(0);
    expect(all(el, '.cell').every((cell) => (cell.getAttribute('d') ?? '').startsWith('M'))).to.equal(true);
    expect(all(el, 'svg.wheel path.target')).to.have.length(0);
    expect(all(el, 'svg.wheel path.actual-sector')).to.have.length(0);
    expect(all(el, '.external-line')).to.have.length(0);
    expect(all(el, 'circle.ring')).to.have.length(4);
    expect(all(el, 'path.band')).to.have.length(4);
    await expectAccessible(el);
    el.editable = true;
    await el.updateComplete;
    expect(all(el, '.cell')).to.have.length(75);
    expect(all(el, '.cell').map((cell) => cell.getAttribute('data-level'))).to.deep.equal(COMPETENCY_IDS.flatMap(() => ['1', '2', '3']));
  });

  it('draws the target as one closed outline through every spoke', async () => {
    const el = await wheelIn(html`<kompetenz-rad target-role="cdo"></kompetenz-rad>`);
    const target = one(el, 'path.target');
    const d = target.getAttribute('d')!;
    expect(d.startsWith('M')).to.equal(true);
    expect(d.trim().endsWith('Z')).to.equal(true);
    const levels = drawnLevels(el).target!;
    for (const id of COMPETENCY_IDS) expect(levels.get(id), id).to.equal(CDO.target[id] ?? 0);
    expect(all(el, 'svg.wheel path.gap')).to.have.length(0, 'no gap without an actual profile');
  });

  it('fills one sector per rated competency for the actual profile and hatches the gap to the target', async () => {
    const el = await wheelIn(html`<kompetenz-rad target-role="cdo" actual='{"daten":2,"technik":1,"kommunikation":3}'></kompetenz-rad>`);
    const drawn = drawnLevels(el);
    expect([...drawn.actual]).to.deep.equal([
      ['technik', 1],
      ['daten', 2],
      ['kommunikation', 3],
    ]);
    // daten: target 3, actual 2 → gap 1; technik: 2 − 1; kommunikation met; the rest 0 → full target.
    expect(drawn.gap.get('daten')).to.equal(1);
    expect(drawn.gap.get('technik')).to.equal(1);
    expect(drawn.gap.has('kommunikation')).to.equal(false);
    expect(drawn.gap.get('lernen')).to.equal(3);
    const hatched = all(el, 'svg.wheel path.gap');
    expect(hatched.every((path) => /^url\(#kr-hatch-\d+\)$/.test(path.getAttribute('fill')!))).to.equal(true);
    expect(el.shadowRoot!.getElementById(hatched[0].getAttribute('fill')!.slice(5, -1))!.localName).to.equal('pattern');
  });

  it('draws the external assessment dashed, with a marker on each rated spoke only', async () => {
    const el = await wheelIn(html`<kompetenz-rad actual='{"daten":1}' external='{"daten":3,"team":2}'></kompetenz-rad>`);
    const line = one<SVGPathElement>(el, 'path.external-line');
    expect(getComputedStyle(line).strokeDasharray).to.not.equal('none');
    expect((line.getAttribute('d')!.match(/M/g) ?? []).length).to.equal(2, 'one arc per rated spoke');
    expect([...drawnLevels(el).external]).to.deep.equal([
      ['daten', 3],
      ['team', 2],
    ]);
    // The markers are one path of circles, each `M(cx − r),cy a r,r …`: the first is daten's.
    const [, left, cy, r] = /^M([-\d.e]+),([-\d.e]+)a([\d.e]+),/.exec(one(el, 'path.external-marker').getAttribute('d')!)!.map(Number);
    const radius = Math.hypot(left + r, cy);
    const outerRing = all<SVGCircleElement>(el, 'circle.ring')[3];
    expect(radius).to.be.closeTo(Number(outerRing.getAttribute('r')), 0.5, 'level 3 sits on the outer ring');
  });

  it('draws a series whose level is 0 as nothing, and keeps the series styles apart (not by colour alone)', async () => {
    const el = await wheelIn(html`<kompetenz-rad target-role="cio" actual='{"daten":0,"technik":2}' external='{"technik":1}'></kompetenz-rad>`);
    expect(drawnLevels(el).actual.has('daten')).to.equal(false);
    const target = getComputedStyle(one(el, 'path.target'));
    const external = getComputedStyle(one(el, 'path.external-line'));
    expect(target.strokeDasharray).to.equal('none');
    expect(external.strokeDasharray).to.not.equal('none');
    expect(parseFloat(target.strokeWidth)).to.be.greaterThan(parseFloat(external.strokeWidth));
    expect(all(el, 'svg.wheel path.gap').length).to.be.greaterThan(0);
    await expectAccessible(el);
  });

  it('hide-target hides the outline, the gap and the target column but keeps the actual profile', async () => {
    const el = await wheelIn(html`<kompetenz-rad target-role="cdo" actual='{"daten":2}' hide-target editable></kompetenz-rad>`);
    expect(all(el, 'svg.wheel path.target')).to.have.length(0);
    expect(all(el, 'svg.wheel path.gap')).to.have.length(0);
    expect(all(el, 'svg.wheel path.actual-sector')).to.have.length(1);
    expect(all(el, 'th[data-column="target"]')).to.have.length(0);
    expect(all(el, '[part="sector"]')[4].getAttribute('aria-label')).to.not.match(/Soll/);
    el.hideTarget = false;
    await el.updateComplete;
    expect(all(el, 'svg.wheel path.target')).to.have.length(1);
  });

  it('hide-target on a self-assessment also hides the external rating, so neither biases the answer', async () => {
    const el = await wheelIn(html`<kompetenz-rad target-role="cdo" actual='{"daten":2}' external='{"daten":3}' hide-target editable></kompetenz-rad>`);
    expect(all(el, '.external-line')).to.have.length(0);
    el.editSeries = 'external';
    await el.updateComplete;
    expect(all(el, '.external-line')).to.not.have.length(0);
  });

  it('names the role in the accessible name and shows the source note of derived targets', async () => {
    const el = await wheelIn(html`<kompetenz-rad target-role="cdo"></kompetenz-rad>`);
    const wheel = one(el, 'svg[part="wheel"]');
    expect(wheel.getAttribute('aria-label')).to.contain(CDO.label.de);
    expect(one(el, '.role-source').textContent).to.contain(CDO.source!.de.slice(0, 20));
    const description = el.shadowRoot!.getElementById(wheel.getAttribute('aria-describedby')!.split(' ')[0])!;
    expect(description.textContent).to.contain('25 Kompetenzen in 4 Kategorien');
  });

  it('shows the built-in roles\' source note in the page\'s language only (the lean roles leave it to the language modules)', async () => {
    const german = await wheelIn(html`<kompetenz-rad target-role="cdo"></kompetenz-rad>`);
    expect(one(german, '.role-source').textContent).to.equal(ROLE_SOURCE_NOTE.de);
    const english = await wheelIn(html`<kompetenz-rad lang="en" target-role="cdo"></kompetenz-rad>`);
    expect(one(english, '.role-source').textContent).to.equal(ROLE_SOURCE_NOTE.en);
  });
});
