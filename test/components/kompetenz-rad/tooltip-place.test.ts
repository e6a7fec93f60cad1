import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { placeTip, TOUCH_CLOSE_MS, type Rect } from '../../../src/components/kompetenz-rad/controllers/spoke-tooltip.js';
import { all, mount, one, settle, wheelIn, type KompetenzRad } from './util.js';

const tip = (el: KompetenzRad) => one<HTMLElement>(el, '[part="tooltip"]');
const spoke = (el: KompetenzRad, id: string) => one<SVGGElement>(el, `[part="sector"][data-competency="${id}"]`);
const firstCell = (el: KompetenzRad, id: string) => spoke(el, id).querySelector<SVGPathElement>('.cell')!;

function overlap(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function pointer(type: string, pointerType: string, relatedTarget: EventTarget | null = null): PointerEvent {
  return new PointerEvent(type, { bubbles: !type.endsWith('leave'), composed: true, pointerType, relatedTarget });
}

/** Shows the details of `id` as a mouse pointer over its spoke would. */
async function hover(el: KompetenzRad, id: string, pointerType = 'mouse'): Promise<void> {
  firstCell(el, id).dispatchEvent(pointer('pointerover', pointerType));
  await el.updateComplete;
}

describe('kompetenz-rad: where the details go', () => {
  for (const width of [360, 600, 900]) {
    it(`${width} px: the details of every spoke cover neither its sectors nor its label`, async () => {
      const el = await wheelIn(html`<kompetenz-rad target-role="cdo" actual='{"daten":1,"team":3}' external='{"daten":3}'></kompetenz-rad>`, width);
      const canvas = one<HTMLElement>(el, '.canvas').getBoundingClientRect();
      const ids = all(el, '[part="sector"]').map((node) => node.getAttribute('data-competency')!);
      expect(ids).to.have.length(25);
      for (const id of ids) {
        await hover(el, id);
        const box = tip(el).getBoundingClientRect();
        expect(tip(el).hidden, id).to.equal(false);
        expect(box.width, id).to.be.above(50);
        expect(overlap(box, spoke(el, id).getBoundingClientRect()), `${id}: sectors`).to.equal(false);
        expect(overlap(box, one(el, `text[data-competency="${id}"]`).getBoundingClientRect()), `${id}: label`).to.equal(false);
        expect(box.left, id).to.be.at.least(canvas.left - 0.5);
        expect(box.right, id).to.be.at.most(canvas.right + 0.5);
      }
    });
  }

  it('puts the box on the side away from where the spoke points, inside the area where it has room', () => {
    const area = { width: 600, height: 600 };
    const size = { width: 200, height: 100 };
    const cases: [number, Rect, (place: Rect) => boolean][] = [
      [0, { left: 290, top: 40, width: 20, height: 260 }, (place) => place.top >= 300],
      [Math.PI, { left: 290, top: 300, width: 20, height: 260 }, (place) => place.top + place.height <= 300],
      [Math.PI / 2, { left: 300, top: 290, width: 260, height: 20 }, (place) => place.left + place.width <= 300],
      [(3 * Math.PI) / 2, { left: 40, top: 290, width: 260, height: 20 }, (place) => place.left >= 300],
    ];
    for (const [angle, avoid, expected] of cases) {
      const place = placeTip({ avoid, angle, tip: size, area });
      expect(expected(place), `angle ${angle}: ${JSON.stringify(place)}`).to.equal(true);
      expect(place.left).to.be.at.least(0);
      expect(place.left + place.width).to.be.at.most(area.width);
    }
  });

  it('never covers the spoke, also when no side has room inside the area', () => {
    const avoid = { left: 0, top: 0, width: 300, height: 300 };
    const place = placeTip({ avoid, angle: Math.PI / 4, tip: { width: 280, height: 200 }, area: { width: 300, height: 300 } });
    const clear = place.top >= avoid.top + avoid.height || place.top + place.height <= avoid.top || place.left >= avoid.width || place.left + place.width <= 0;
    expect(clear, JSON.stringify(place)).to.equal(true);
  });
});

describe('kompetenz-rad: closing the details', () => {
  it('keeps them for the focused spoke when a change of editable redraws it, in one update', async () => {
    const el = await wheelIn(html`<kompetenz-rad target-role="cdo" actual='{"daten":1}'></kompetenz-rad>`, 600);
    spoke(el, 'daten').focus();
    await el.updateComplete;
    expect(tip(el).hidden, 'shown for the focused spoke').to.equal(false);
    for (const editable of [true, false]) {
      el.editable = editable;
      // The redraw replaces the focused spoke: its focusout asked for a second update, and a third came with the focus put back.
      expect(await el.updateComplete, `editable ${editable}: no update after the one that drew it`).to.equal(true);
      expect(el.shadowRoot!.activeElement?.getAttribute('data-competency'), 'the focus is on the spoke again').to.equal('daten');
      expect(tip(el).hidden, `editable ${editable}: still shown`).to.equal(false);
    }
    // Focus that leaves the wheel still closes them.
    (el.shadowRoot!.activeElement as HTMLElement).blur();
    await el.updateComplete;
    expect(tip(el).hidden).to.equal(true);
  });

  it('closes them after a tap (touch), also while the tapped spoke keeps the focus', async () => {
    const el = await wheelIn(html`<kompetenz-rad editable target-role="cdo" actual='{"daten":1}'></kompetenz-rad>`, 390);
    spoke(el, 'daten').focus();
    await hover(el, 'daten', 'touch');
    expect(tip(el).hidden).to.equal(false);
    expect(tip(el).textContent).to.contain('Datenkompetenz');
    expect(getComputedStyle(tip(el)).pointerEvents, 'a tap on them reaches the spoke below').to.equal('none');
    firstCell(el, 'daten').dispatchEvent(pointer('pointerup', 'touch'));
    one(el, 'svg.wheel').dispatchEvent(pointer('pointerleave', 'touch'));
    await el.updateComplete;
    await settle(TOUCH_CLOSE_MS + 100);
    await el.updateComplete;
    expect(tip(el).hidden, 'closed after the tap').to.equal(true);
    expect(el.shadowRoot!.activeElement?.getAttribute('data-competency')).to.equal('daten', 'the focus stays');
    // A new tap on the same spoke shows them again.
    await hover(el, 'daten', 'touch');
    expect(tip(el).hidden).to.equal(false);
  });

  it('closes them at once on a tap elsewhere', async () => {
    const el = await wheelIn(html`<kompetenz-rad target-role="cdo"></kompetenz-rad>`, 390);
    await hover(el, 'team', 'touch');
    expect(tip(el).hidden).to.equal(false);
    document.body.dispatchEvent(pointer('pointerdown', 'touch'));
    await el.updateComplete;
    expect(tip(el).hidden).to.equal(true);
  });

  it('closes them with Escape, for the pointer and for the keyboard; another spoke shows them again', async () => {
    const box = await mount(html`<button>vorher</button><kompetenz-rad editable target-role="cdo"></kompetenz-rad>`);
    const el = box.querySelector('kompetenz-rad')!;
    await el.updateComplete;
    await hover(el, 'team');
    expect(tip(el).hidden).to.equal(false);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(tip(el).hidden, 'Escape closes hover details').to.equal(true);
    await hover(el, 'team');
    expect(tip(el).hidden, 'moving within the same spoke keeps them closed').to.equal(true);
    await hover(el, 'daten');
    expect(tip(el).hidden).to.equal(false);
    one(el, 'svg.wheel').dispatchEvent(pointer('pointerleave', 'mouse'));
    box.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(tip(el).hidden, 'shown for the focused spoke').to.equal(false);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(tip(el).hidden, 'Escape closes focus details').to.equal(true);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(tip(el).hidden, 'the next spoke shows them').to.equal(false);
  });

  it('keeps them while the mouse moves onto them, and closes them when it leaves the element', async () => {
    const el = await wheelIn(html`<kompetenz-rad target-role="cdo"></kompetenz-rad>`, 600);
    await hover(el, 'team');
    one(el, 'svg.wheel').dispatchEvent(pointer('pointerleave', 'mouse', tip(el)));
    await el.updateComplete;
    expect(tip(el).hidden, 'hoverable').to.equal(false);
    expect(getComputedStyle(tip(el)).pointerEvents).to.not.equal('none');
    el.dispatchEvent(pointer('pointerleave', 'mouse'));
    await el.updateComplete;
    expect(tip(el).hidden).to.equal(true);
  });
});
