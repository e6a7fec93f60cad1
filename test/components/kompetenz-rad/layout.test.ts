import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { planLabels, splitLabel, wrapText } from '../../../src/components/kompetenz-rad/model/label-layout.js';
import { DEFAULT_CATALOGUE } from '../../../src/domain/catalogue.js';
import { all, one, settle, wheelIn, type KompetenzRad } from './util.js';

function labelBoxes(el: KompetenzRad): DOMRect[] {
  return all<SVGTextElement>(el, 'svg.wheel text[part="label"]').map((text) => text.getBoundingClientRect());
}

function expectLabelsFit(el: KompetenzRad): void {
  const host = el.getBoundingClientRect();
  const boxes = labelBoxes(el);
  expect(boxes).to.have.length(25);
  boxes.forEach((box, index) => {
    expect(box.width, `label ${index} drawn`).to.be.greaterThan(0);
    expect(box.left, `label ${index} left`).to.be.at.least(host.left - 0.5);
    expect(box.right, `label ${index} right`).to.be.at.most(host.right + 0.5);
    expect(box.top, `label ${index} top`).to.be.at.least(host.top - 0.5);
    expect(box.bottom, `label ${index} bottom`).to.be.at.most(host.bottom + 0.5);
  });
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) {
      const [a, b] = [boxes[i], boxes[j]];
      const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      expect(overlap, `labels ${i} and ${j} overlap`).to.equal(false);
    }
  }
}

describe('kompetenz-rad: size and labels', () => {
  before(async () => {
    await setViewport({ width: 1300, height: 900 });
  });

  for (const [width, lang] of [
    [280, 'de'],
    [480, 'de'],
    [800, 'de'],
    [800, 'en'],
    [1200, 'de'],
  ] as const) {
    it(`${width} px (${lang}): the wheel fills the width and no label overlaps another or leaves the box`, async () => {
      const el = await wheelIn(html`<kompetenz-rad lang=${lang} target-role="cdo" actual='{"daten":2}'></kompetenz-rad>`, width);
      await settle();
      await el.updateComplete;
      const svg = one<SVGSVGElement>(el, 'svg.wheel');
      expect(svg.getBoundingClientRect().width).to.be.closeTo(width, 1);
      expectLabelsFit(el);
    });
  }

  it('writes long German labels in full at 1200 px, wrapped into lines', async () => {
    const el = await wheelIn(html`<kompetenz-rad></kompetenz-rad>`, 1200);
    const label = one<SVGTextElement>(el, 'text[data-competency="konfliktloesung"]');
    const lines = Array.from(label.querySelectorAll('tspan')).map((tspan) => tspan.textContent);
    expect(lines.length).to.be.greaterThan(1);
    expect(lines.join('').replace(/-(?=[a-zäöü])/g, '')).to.equal('Konfliktlöse-/Deeskalationsfähigkeit');
    expect(all(el, '[part="legend"] ol')).to.have.length(0, 'no numbered legend when names fit');
  });

  it('numbers the spokes and lists the names in the legend when names do not fit (280 px)', async () => {
    const el = await wheelIn(html`<kompetenz-rad></kompetenz-rad>`, 280);
    expect(all(el, 'text[part="label"]').map((text) => text.textContent!.trim()).slice(0, 3)).to.deep.equal(['1', '2', '3']);
    const names = all(el, '[part="legend"] ol li');
    expect(names).to.have.length(25);
    expect(names[16].textContent).to.contain('Konfliktlöse-/Deeskalationsfähigkeit');
    expect(names[16].querySelector('.name wbr'), 'a line may break after the slash').to.not.equal(null);
    expect(names[16].querySelector('.number')!.getAttribute('aria-hidden')).to.equal('true');
    expect(one(el, '[part="legend"] ol').getAttribute('aria-label')).to.equal('Kompetenzen');
  });

  it('draws the names list of every wheel as its own copy, kept over updates, in the language of each', async () => {
    const el = await wheelIn(html`<kompetenz-rad></kompetenz-rad>`, 280);
    const other = await wheelIn(html`<kompetenz-rad></kompetenz-rad>`, 280);
    const list = one(el, '[part="legend"] ol');
    expect(one(other, '[part="legend"] ol')).to.not.equal(list);
    for (const part of ['[part="legend"] ul.categories', 'svg.wheel g.grid']) expect(one(other, part), part).to.not.equal(one(el, part));
    expect(all(other, 'ul.categories li').map((item) => item.textContent)).to.deep.equal(DEFAULT_CATALOGUE.categories.map((category) => category.label.de));
    expect(all(other, 'ul.categories li rect.band')).to.have.length(4);
    expect(all(other, 'g.grid circle.ring')).to.have.length(4);
    el.actual = { daten: 3 };
    await el.updateComplete;
    expect(one(el, '[part="legend"] ol'), 'the same list after an update').to.equal(list);
    el.lang = 'en';
    await settle();
    await el.updateComplete;
    const english = one(el, '[part="legend"] ol');
    expect(english.getAttribute('aria-label')).to.equal('Competencies');
    expect(all(el, '[part="legend"] ol li')[16].textContent).to.not.contain('Konfliktlöse');
    expect(all(other, '[part="legend"] ol li')[16].textContent, 'the other wheel keeps its language').to.contain('Konfliktlöse');
  });

  it("marks the active spoke's label in each wheel's own copy of the labels", async () => {
    const first = await wheelIn(html`<kompetenz-rad></kompetenz-rad>`, 611);
    const second = await wheelIn(html`<kompetenz-rad></kompetenz-rad>`, 611);
    const labels = (el: KompetenzRad) => one(el, 'svg.wheel g.labels');
    const active = (el: KompetenzRad) => all(el, 'text.label.active').map((label) => label.getAttribute('data-competency'));
    const spokeId = (el: KompetenzRad, index: number) => one(el, `.spoke[data-index="${index}"]`).getAttribute('data-competency');
    expect(labels(second)).to.not.equal(labels(first));
    expect(all(second, 'text[part="label"]')).to.have.length(25);
    const kept = labels(first);
    one<SVGGElement>(first, '.spoke[data-index="3"]').focus();
    await first.updateComplete;
    expect(active(first)).to.deep.equal([spokeId(first, 3)]);
    expect(labels(first), 'the same labels after an update').to.equal(kept);
    expect(active(second)).to.deep.equal([spokeId(second, 0)]);
    // A copy made after another wheel marked its label has its own active label.
    const third = await wheelIn(html`<kompetenz-rad></kompetenz-rad>`, 611);
    expect(active(third)).to.deep.equal([spokeId(third, 0)]);
  });

  it('moves the labels of a resized wheel where a new wheel of that width draws them', async () => {
    const labels = (el: KompetenzRad) => one(el, 'svg.wheel g.labels').outerHTML.replace(/ active/g, '');
    // The resized wheel is not the only one of its width.
    await wheelIn(html`<kompetenz-rad></kompetenz-rad>`, 613);
    const resized = await wheelIn(html`<kompetenz-rad></kompetenz-rad>`, 613);
    // 655 px: numbers at the spokes as at 613 (the copy follows); 1100 px: names in lines (a new copy).
    for (const width of [655, 1100]) {
      (resized.parentElement as HTMLElement).style.setProperty('width', `${width}px`);
      const drawnAt = () => one(resized, 'svg.wheel').getAttribute('width') === String(width);
      for (let waited = 0; waited < 2000 && !drawnAt(); waited += 50) await settle(50);
      await resized.updateComplete;
      const fresh = await wheelIn(html`<kompetenz-rad></kompetenz-rad>`, width);
      expect(labels(resized), `${width} px`).to.equal(labels(fresh));
    }
  });

  for (const width of [280, 480, 640]) {
    it(`${width} px: every name in the numbered legend stays whole inside the element`, async () => {
      const el = await wheelIn(html`<kompetenz-rad></kompetenz-rad>`, width);
      const host = el.getBoundingClientRect();
      const names = all<HTMLElement>(el, '[part="legend"] ol .name');
      expect(names.length).to.equal(25);
      for (const name of names) {
        const box = name.getBoundingClientRect();
        expect(box.right, name.textContent!).to.be.at.most(host.right + 0.5);
        expect(name.scrollWidth, name.textContent!).to.be.at.most(name.clientWidth + 1);
      }
    });
  }

  it('never draws wider than 1200 px', async () => {
    const el = await wheelIn(html`<kompetenz-rad></kompetenz-rad>`, 1290);
    expect(one<SVGSVGElement>(el, 'svg.wheel').getBoundingClientRect().width).to.be.closeTo(1200, 1);
  });

  it('follows its container when it is resized (ResizeObserver)', async function () {
    const el = await wheelIn(html`<kompetenz-rad></kompetenz-rad>`, 900);
    (el.parentElement as HTMLElement).style.setProperty('width', '500px');
    const width = () => one<SVGSVGElement>(el, 'svg.wheel').getBoundingClientRect().width;
    for (let waited = 0; waited < 2000 && Math.abs(width() - 500) > 1; waited += 50) await settle(50);
    // ResizeObserver reports during rendering; a page the runner keeps in the background renders no frames.
    if (Math.abs(width() - 500) > 1 && document.visibilityState !== 'visible') this.skip();
    expect(width()).to.be.closeTo(500, 1);
    expectLabelsFit(el);
  });
});

describe('label layout (pure)', () => {
  const measure = (text: string, size: number) => text.length * size * 0.6;

  it('breaks after hyphens and slashes and inside long compounds', () => {
    expect(splitLabel('Konfliktlöse-/Deeskalationsfähigkeit').map((piece) => piece.text)).to.deep.equal(['Konfliktlöse-/', 'Deeskalations', 'fähigkeit']);
    expect(wrapText('Personalentwicklungskompetenz', 100, 12, measure)).to.deep.equal(['Personal-', 'entwicklungs-', 'kompetenz']);
    expect(wrapText('Teamfähigkeit', 200, 12, measure)).to.deep.equal(['Teamfähigkeit']);
    expect(wrapText('Soft\u00ADhyphen here', 60, 12, measure)).to.deep.equal(['Soft-', 'hyphen', 'here']);
  });

  it('never returns overlapping label boxes', () => {
    const angles = Array.from({ length: 25 }, (_, index) => ((index + 0.5) * 2 * Math.PI) / 25);
    const texts = angles.map((_, index) => `Kompetenz Nummer ${index} mit langem Namen`);
    for (const width of [280, 500, 700, 900, 1200]) {
      const plan = planLabels({ width, angles, texts, measure, clearance: 30, minRadius: width * 0.2 });
      const boxes = plan.labels.map((label) => label.box);
      for (let i = 0; i < boxes.length; i += 1) {
        expect(boxes[i].x).to.be.at.least(-width / 2);
        expect(boxes[i].x + boxes[i].width).to.be.at.most(width / 2);
        for (let j = i + 1; j < boxes.length; j += 1) {
          const [a, b] = [boxes[i], boxes[j]];
          expect(a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height, `${width}: ${i}/${j}`).to.equal(false);
        }
      }
    }
  });
});
