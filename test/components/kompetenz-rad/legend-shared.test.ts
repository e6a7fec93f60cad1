import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { DEFAULT_CATALOGUE_LEAN } from '../../../src/domain/catalogue.js';
import { all, mount, settle, wheelIn, wheelWithErrors, type KompetenzRad } from './util.js';

/** Mounts each template in its own box (in this order, so in this document order) and waits until the wheels have settled. */
async function wheels(...items: [ReturnType<typeof html>, number][]): Promise<KompetenzRad[]> {
  const found: KompetenzRad[] = [];
  for (const [template, width] of items) {
    const box = await mount(template, width);
    found.push(...Array.from(box.querySelectorAll('kompetenz-rad')));
  }
  return calm(found);
}

/** Waits until no wheel has an update pending (a wheel joining a shared legend updates the others). */
async function calm(found: KompetenzRad[]): Promise<KompetenzRad[]> {
  for (let round = 0; round < 5; round += 1) {
    await settle();
    await Promise.all(found.map((el) => el.updateComplete));
  }
  return found;
}

const legendOf = (el: KompetenzRad) => el.shadowRoot!.querySelector('[part="legend"]');
const hintOf = (el: KompetenzRad) => el.shadowRoot!.querySelector<HTMLElement>('[part="legend-hint"]');
const series = (el: KompetenzRad) => all(el, '[part="legend"] [data-series], [part="legend"] [data-marker]').map((entry) => entry.getAttribute('data-series') ?? entry.getAttribute('data-marker'));

describe('kompetenz-rad: legend="shared"', () => {
  it('draws one legend for the wheels of one catalogue and language: the first; the others a hint that names it', async () => {
    const [first, second, third] = await wheels(
      [html`<kompetenz-rad legend="shared" target-role="cdo"></kompetenz-rad>`, 320],
      [html`<kompetenz-rad legend="shared" target-role="cio"></kompetenz-rad>`, 320],
      [html`<kompetenz-rad legend="shared" target-role="digitallotse"></kompetenz-rad>`, 320],
    );
    expect(legendOf(first)).to.not.equal(null);
    expect(all(first, '[part="legend"] ol.numbers li')).to.have.length(25, 'the names behind the numbers, once');
    expect(hintOf(first)).to.equal(null);
    for (const follower of [second, third]) {
      expect(legendOf(follower)).to.equal(null);
      expect(hintOf(follower)!.textContent).to.contain('Kompetenzrad: CDO');
      expect(hintOf(follower)!.textContent).to.contain('Namen zu den Nummern');
      expect(all(follower, 'button.table-toggle')).to.have.length(1, 'the data table stays available');
      await follower.tableReady;
      expect(all(follower, '#data table')).to.have.length(1);
      await expect(follower).to.be.accessible();
    }
    await expect(first).to.be.accessible();
  });

  it('shares only between wheels whose series mean the same: a line manager’s wheel and a blind self-assessment draw their own', async () => {
    const [overview, manager, blind, second] = await wheels(
      [html`<kompetenz-rad legend="shared" target-role="cdo" actual='{"daten":1}' external='{"daten":2}'></kompetenz-rad>`, 600],
      [html`<kompetenz-rad legend="shared" target-role="cdo" editable edit-series="external" actual='{"daten":1}' external='{"daten":2}'></kompetenz-rad>`, 600],
      [html`<kompetenz-rad legend="shared" target-role="cdo" editable hide-target actual='{"daten":1}'></kompetenz-rad>`, 600],
      [html`<kompetenz-rad legend="shared" target-role="cio" actual='{"team":2}'></kompetenz-rad>`, 600],
    );
    expect(series(overview)).to.include.members(['target', 'actual', 'external']);
    expect(hintOf(second)!.textContent, 'the same meaning: one legend').to.contain('Kompetenzrad: CDO');
    expect(legendOf(manager), 'her filled sectors are her rating, not the actual profile').to.not.equal(null);
    expect(all(manager, '[part="legend"] [data-series]').map((entry) => entry.textContent!.trim())).to.not.include('Ist-Profil');
    expect(legendOf(blind), 'a blind self-assessment points to no legend with the target').to.not.equal(null);
    expect(series(blind)).to.deep.equal(['actual']);
  });

  it('finds the first wheel in page order also when each sits in another element’s shadow root', async () => {
    const box = await mount(html`<div class="first"></div><div class="second"></div>`, 400);
    const inShadow = (holder: Element, role: string) => {
      const wheel = document.createElement('kompetenz-rad');
      wheel.setAttribute('legend', 'shared');
      wheel.setAttribute('target-role', role);
      holder.attachShadow({ mode: 'open' }).append(wheel);
      return wheel;
    };
    // The later wheel joins first.
    const later = inShadow(box.querySelector('.second')!, 'cdo');
    await later.updateComplete;
    const earlier = inShadow(box.querySelector('.first')!, 'cio');
    await calm([earlier, later]);
    expect(legendOf(earlier), 'the first in the page draws the legend').to.not.equal(null);
    expect(legendOf(later)).to.equal(null);
    expect(hintOf(later)).to.not.equal(null);
  });

  it('makes the page shorter: a later wheel is as tall as its drawing and hint', async () => {
    const [first, second] = await wheels(
      [html`<kompetenz-rad legend="shared" target-role="cdo"></kompetenz-rad>`, 320],
      [html`<kompetenz-rad legend="shared" target-role="cio"></kompetenz-rad>`, 320],
    );
    const [alone] = await wheels([html`<kompetenz-rad target-role="cio"></kompetenz-rad>`, 320]);
    expect(legendOf(first)).to.not.equal(null);
    expect(legendOf(second)).to.equal(null);
    const height = async (el: KompetenzRad) => {
      // Wheels out of view keep a placeholder height (content-visibility): measure each in view.
      el.scrollIntoView();
      for (let frame = 0; frame < 3; frame += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
      return el.getBoundingClientRect().height;
    };
    const full = await height(alone);
    expect(await height(first)).to.be.closeTo(full, 2);
    expect(await height(second)).to.be.below(full - 300);
  });

  it('lists the series of every wheel in the shared legend, each once', async () => {
    const [first, second] = await wheels(
      [html`<kompetenz-rad legend="shared" target-role="cdo"></kompetenz-rad>`, 600],
      [html`<kompetenz-rad legend="shared" target-role="cio" actual='{"daten":1,"team":3}' external='{"daten":3,"team":1}'></kompetenz-rad>`, 600],
    );
    expect(series(first)).to.deep.equal(['target', 'actual', 'gap', 'external', 'blind-spot', 'hidden-strength']);
    expect(series(second)).to.deep.equal([]);
    // The gap swatch is drawn without a pattern of another wheel's drawing.
    expect(all(first, '[data-series="gap"] [fill^="url("]')).to.have.length(0);
  });

  it('lists the names behind the numbers when any wheel numbers its spokes, also when the first has the names at its spokes', async () => {
    const [wide, narrow] = await wheels(
      [html`<kompetenz-rad legend="shared" target-role="cdo"></kompetenz-rad>`, 1200],
      [html`<kompetenz-rad legend="shared" target-role="cio"></kompetenz-rad>`, 300],
    );
    expect(all(wide, 'text[part="label"]')[0].textContent).to.not.equal('1', 'the wide wheel has the names at its spokes');
    expect(all(narrow, 'text[part="label"]')[0].textContent!.trim()).to.equal('1');
    expect(all(wide, '[part="legend"] ol.numbers li')).to.have.length(25);
    narrow.parentElement!.style.setProperty('width', '1200px');
    // The wheel follows its new width on its own (a resize observer); wait for that, then for the first wheel.
    for (let waited = 0; waited < 3000 && all(wide, '[part="legend"] ol.numbers').length > 0; waited += 50) {
      await settle(50);
      await calm([wide, narrow]);
    }
    expect(all(narrow, 'text[part="label"]')[0].textContent!.trim()).to.not.equal('1');
    expect(all(wide, '[part="legend"] ol.numbers')).to.have.length(0, 'no numbers left anywhere: no names list');
  });

  it('shares only among wheels of the same language and catalogue', async () => {
    const smaller = { ...DEFAULT_CATALOGUE_LEAN, competencies: DEFAULT_CATALOGUE_LEAN.competencies.slice(0, 12) };
    const [de, en, other] = await wheels(
      [html`<kompetenz-rad legend="shared" target-role="cdo"></kompetenz-rad>`, 320],
      [html`<kompetenz-rad legend="shared" lang="en" target-role="cdo"></kompetenz-rad>`, 320],
      [html`<kompetenz-rad legend="shared" .catalogue=${smaller}></kompetenz-rad>`, 320],
    );
    for (const el of [de, en, other]) {
      expect(legendOf(el), el.outerHTML).to.not.equal(null);
      expect(hintOf(el)).to.equal(null);
    }
  });

  it('passes the legend on when the wheel that draws it leaves the page, and takes it back when it returns', async () => {
    const [first, second] = await wheels(
      [html`<kompetenz-rad legend="shared" target-role="cdo"></kompetenz-rad>`, 320],
      [html`<kompetenz-rad legend="shared" target-role="cio"></kompetenz-rad>`, 320],
    );
    const box = first.parentElement!;
    first.remove();
    await calm([second]);
    expect(legendOf(second)).to.not.equal(null);
    box.append(first);
    await calm([first, second]);
    expect(legendOf(first)).to.not.equal(null);
    expect(legendOf(second)).to.equal(null);
    expect(hintOf(second)).to.not.equal(null);
  });

  it('legend="none": no legend and no hint, the data table stays', async () => {
    const el = await wheelIn(html`<kompetenz-rad legend="none" target-role="cdo"></kompetenz-rad>`, 320);
    expect(legendOf(el)).to.equal(null);
    expect(hintOf(el)).to.equal(null);
    expect(all(el, '#data table')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('reports an unknown value (kr-error code enum, notice) and draws its own legend', async () => {
    const { el, errors } = await wheelWithErrors((onError) => html`<kompetenz-rad @kr-error=${onError} legend="gemeinsam" target-role="cdo"></kompetenz-rad>`);
    expect(errors.map((error) => [error.code, error.source])).to.deep.equal([['enum', 'legend']]);
    expect(all(el, '[part="notice"] li')).to.have.length(1);
    expect(legendOf(el)).to.not.equal(null);
    el.legend = 'shared';
    await el.updateComplete;
    expect(all(el, '[part="notice"] li')).to.have.length(0);
  });
});
