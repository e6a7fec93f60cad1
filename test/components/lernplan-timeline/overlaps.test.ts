import { expect, html } from '@open-wc/testing';
import { all, GOALS, PERSON, samplePlan, timelineIn, TODAY } from './util.js';

/**
 * Issue 16: on a phone the final review's label covered the diamonds of earlier reviews, and the
 * today line ran through a week's number.
 */
const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('lernplan-timeline: nothing drawn over something else', () => {
  it('puts the final review’s label where it covers no other review, or leaves it out', async () => {
    const plan = samplePlan();
    plan.reviews = [
      { id: 'r1', date: '2025-11-10', participants: ['Alex Beispiel'], final: false },
      { id: 'r2', date: '2025-12-08', participants: ['Alex Beispiel'], final: false },
      { id: 'r3', date: '2026-01-05', participants: ['Alex Beispiel'], final: false },
      { id: 'r4', date: '2026-01-26', participants: ['Alex Beispiel'], final: true },
    ];
    for (const width of [320, 390, 900]) {
      const { el } = await timelineIn(html`<lernplan-timeline lang="de" today=${TODAY} .plan=${plan} .goals=${GOALS} .person=${PERSON}></lernplan-timeline>`, width);
      const diamonds = all(el, '.scroller [part="review"] .diamond').map((node) => node.getBoundingClientRect());
      expect(diamonds, `${width} px`).to.have.length(3);
      const label = el.shadowRoot!.querySelector('.scroller [part="final-review"] .final-label');
      if (label) for (const diamond of diamonds) expect(overlap(label.getBoundingClientRect(), diamond), `${width} px: the label covers a review`).to.equal(false);
      // The final review still says what it is.
      expect(el.shadowRoot!.querySelector('[part="final-review"]')!.getAttribute('aria-label')).to.contain('Abschlussgespräch');
    }
  });

  it('draws the today line past the week numbers, not through them', async () => {
    const { el } = await timelineIn(html`<lernplan-timeline lang="de" today="2025-10-15" .plan=${samplePlan()} .goals=${GOALS} .person=${PERSON}></lernplan-timeline>`, 1400);
    const weeks = all(el, '.week-label').map((node) => node.getBoundingClientRect());
    expect(weeks.length, 'weeks shown at this width').to.be.greaterThan(0);
    for (const line of all(el, '.today line')) {
      for (const week of weeks) expect(overlap(line.getBoundingClientRect(), week), 'the today line crosses a week number').to.equal(false);
    }
  });
});
