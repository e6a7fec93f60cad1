import { html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { mountCollecting, PERSON, TODAY, samplePortfolio, mountWidget, WIDGETS } from './fixtures.js';
import { renderedElements, isRendered, horizontalScroller } from './dom.js';

const label = (e: Element) => `${(e.getRootNode() as ShadowRoot).host?.localName} <${e.localName} class="${e.getAttribute('class') ?? ''}" part="${e.getAttribute('part') ?? ''}"> ${(e.textContent ?? '').trim().slice(0, 40)}`;

describe('debug', () => {
  it('reflow', async () => {
    await setViewport({ width: 320, height: 640 });
    const { box } = await mountCollecting(html`<kompetenz-provider storage="none" today=${TODAY} person=${PERSON.id} .portfolio=${samplePortfolio()}>
        <kompetenz-rad editable></kompetenz-rad>
        <gap-matrix></gap-matrix>
        <gap-matrix mode="team" synergy></gap-matrix>
        <smart-goal-form></smart-goal-form>
        <lernplan-timeline editable></lernplan-timeline>
      </kompetenz-provider>`, undefined as unknown as number);
    console.log('scrollWidth', document.scrollingElement!.scrollWidth, box.getBoundingClientRect().width);
    for (const e of renderedElements(box)) {
      if (!isRendered(e)) continue;
      const r = e.getBoundingClientRect();
      if (r.left < -0.5 || r.right > 320.5) {
        const sc = horizontalScroller(e);
        if (!sc) console.log('OUT', label(e), Math.round(r.left), Math.round(r.right));
      }
    }
    await setViewport({ width: 800, height: 600 });
  });
  it('target size', async () => {
    const { box } = await mountCollecting(html`<kompetenz-provider storage="none" today=${TODAY} person=${PERSON.id} .portfolio=${samplePortfolio()}>
        <kompetenz-rad editable></kompetenz-rad>
        <gap-matrix></gap-matrix>
        <gap-matrix mode="team" synergy></gap-matrix>
        <smart-goal-form></smart-goal-form>
        <lernplan-timeline editable></lernplan-timeline>
      </kompetenz-provider>`, 900);
    for (const e of renderedElements(box)) {
      if (!e.matches('button, input, select, textarea, a[href], [role="slider"], [tabindex]')) continue;
      if (!isRendered(e)) continue;
      const r = e.getBoundingClientRect();
      if (r.width < 24 || r.height < 24) console.log('SMALL', label(e), r.width.toFixed(1), r.height.toFixed(1));
    }
  });
});
