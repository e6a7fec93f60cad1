import { html } from '@open-wc/testing';
import { mountCollecting, PERSON, TODAY, samplePortfolio, libraryElements } from './fixtures.js';

const SPACING = new CSSStyleSheet();
SPACING.replaceSync(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }`);
const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

describe('debug', () => {
  it('svg text spacing', async () => {
    const { box } = await mountCollecting(html`<kompetenz-provider storage="none" today=${TODAY} person=${PERSON.id} .portfolio=${samplePortfolio()}>
        <kompetenz-rad></kompetenz-rad>
        <lernplan-timeline></lernplan-timeline>
      </kompetenz-provider>`, 900);
    const report = (tag: string) => {
      const wheel = box.querySelector('kompetenz-rad')!;
      const labels = Array.from(wheel.shadowRoot!.querySelectorAll('text[part=label]')).map((t) => t.getBoundingClientRect());
      const host = wheel.getBoundingClientRect();
      let n = 0;
      for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) if (overlaps(labels[i], labels[j])) n++;
      const out = labels.filter((r) => r.left < host.left - 0.5 || r.right > host.right + 0.5).length;
      console.log(tag, 'wheel overlaps', n, 'outside', out);
      const tl = box.querySelector('lernplan-timeline')!;
      for (const bar of Array.from(tl.shadowRoot!.querySelectorAll('.bar'))) {
        const fill = bar.querySelector('.bar-fill')!.getBoundingClientRect();
        const text = bar.querySelector('.bar-label');
        if (!text) continue;
        const t = text.getBoundingClientRect();
        console.log(tag, 'bar', text.textContent, Math.round(t.left), Math.round(t.right), Math.round(fill.left), Math.round(fill.right));
      }
      for (const l of Array.from(tl.shadowRoot!.querySelectorAll('.lane-label'))) {
        const t = l.getBoundingClientRect(); const svg = (l as SVGElement).ownerSVGElement!.getBoundingClientRect();
        if (t.right > svg.right + 0.5 || t.left < svg.left - 0.5) console.log(tag, 'lane label out', l.textContent, t.left, t.right, svg.left, svg.right);
      }
    };
    report('BEFORE');
    for (const el of libraryElements(box)) el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, SPACING];
    for (const el of libraryElements(box)) { (el as any).requestUpdate(); await el.updateComplete; }
    report('AFTER');
  });
});
