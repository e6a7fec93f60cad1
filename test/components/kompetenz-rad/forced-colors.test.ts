/**
 * WCAG 1.4.11 in forced colours: the sectors of an editable wheel are its controls, so the edge
 * of each shows (a system-colour stroke), and the filled levels stay apart from the empty ones.
 */
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { emulateMediaFeatures, resetMediaFeatures } from '../../helpers/media.js';
import { all, wheelIn } from './util.js';

describe('kompetenz-rad: forced colours', () => {
  afterEach(resetMediaFeatures);

  for (const [name, template] of [
    ['editable (self)', html`<kompetenz-rad editable target-role="cdo" actual='{"daten":2,"team":3}'></kompetenz-rad>`],
    ['editable (external)', html`<kompetenz-rad editable edit-series="external" external='{"daten":1}'></kompetenz-rad>`],
    ['read-only', html`<kompetenz-rad target-role="cdo" actual='{"daten":2}'></kompetenz-rad>`],
  ] as const) {
    it(`${name}: every sector's edge shows in a system colour, the filled levels in Highlight`, async function () {
      if (!(await emulateMediaFeatures({ forcedColors: 'active' }))) this.skip();
      const el = await wheelIn(template);
      const cells = all<SVGPathElement>(el, '[part="sector"] .cell');
      expect(cells.length).to.be.at.least(25);
      const canvas = getComputedStyle(cells[0]).fill;
      for (const cell of cells) {
        const style = getComputedStyle(cell);
        expect(style.stroke, 'a sector edge').to.not.equal('none');
        expect(style.stroke, 'the edge differs from the fill').to.not.equal(style.fill);
        expect(parseFloat(style.strokeWidth), 'a visible width').to.be.at.least(1);
        expect(parseFloat(style.strokeOpacity || '1')).to.equal(1);
      }
      const filled = all<SVGPathElement>(el, 'path.actual-sector');
      if (name !== 'editable (external)') {
        expect(filled.length).to.be.above(0);
        for (const sector of filled) expect(getComputedStyle(sector).fill, 'filled ≠ empty').to.not.equal(canvas);
      }
    });
  }

  it('the edges are drawn in forced colours only', async () => {
    const el = await wheelIn(html`<kompetenz-rad editable></kompetenz-rad>`);
    for (const cell of all<SVGPathElement>(el, '[part="sector"] .cell').slice(0, 3)) expect(getComputedStyle(cell).stroke).to.equal('none');
  });
});
