import { expect } from '@open-wc/testing';
import '../../../src/define/gap-matrix.js';
import '../../../src/define/kompetenz-provider.js';
import '../../../src/define/kompetenz-rad.js';
import '../../../src/define/lernplan-timeline.js';
import type { KompetenzRad } from '../../../src/define/kompetenz-rad.js';
import type { KrErrorDetail } from '../../../src/internal/events.js';

/**
 * What frameworks do to custom elements that the page's own HTML would not: React 19 writes an
 * object as an attribute (`[object Object]`) while the tag is not defined yet, Vue and others set a
 * switch property to the text "false". Each is reported in words, and nothing is read wrongly.
 */

const placed: HTMLElement[] = [];
afterEach(() => placed.splice(0).forEach((el) => el.remove()));

/** `tag` with `attributes`, in the page, with the `kr-error`s it fired. */
async function mount<T extends HTMLElement & { updateComplete: Promise<unknown> }>(tag: string, attributes: Record<string, string>): Promise<{ el: T; errors: KrErrorDetail[] }> {
  const el = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const errors: KrErrorDetail[] = [];
  el.addEventListener('kr-error', (event) => errors.push((event as CustomEvent<KrErrorDetail>).detail));
  document.body.append(el);
  placed.push(el);
  for (let i = 0; i < 3; i += 1) await el.updateComplete;
  return { el, errors };
}

const notice = (el: HTMLElement) => (el.shadowRoot!.querySelector('[part="notice"]')?.textContent ?? '').replace(/\s+/g, ' ');

describe('inputs as frameworks set them', () => {
  it('an object written as an attribute ([object Object]) is named as such, with what to do', async () => {
    const { el, errors } = await mount<KompetenzRad>('kompetenz-rad', { 'target-role': 'cdo', actual: '[object Object]' });
    expect(errors.map((error) => [error.code, error.source])).to.deep.equal([['object-as-text', 'actual']]);
    expect(errors[0].message).to.contain('define the elements before the first render');
    expect(notice(el)).to.contain('„[object Object]“ statt Daten');
    expect(el.actual).to.equal(undefined);
    // The framework's next render sets the property: the notice of the attribute goes.
    el.actual = { daten: 1 };
    await el.updateComplete;
    expect(el.problems).to.deep.equal([]);
  });

  it('an attribute of a property that has none (portfolio, people) is reported, not silently dropped', async () => {
    const provider = await mount('kompetenz-provider', { storage: 'none', portfolio: '[object Object]' });
    expect(provider.errors.map((error) => [error.code, error.source])).to.deep.equal([['object-as-text', 'portfolio']]);
    const matrix = await mount('gap-matrix', { mode: 'team', people: '[{"id":"p1"}]' });
    expect(matrix.errors.map((error) => [error.code, error.source])).to.deep.equal([['property-only', 'people']]);
    expect(notice(matrix.el)).to.contain('„people“ ist kein Attribut');
    (provider.el as unknown as { portfolio: unknown }).portfolio = { format: 'kompetenzrad-portfolio', version: 1, people: [], assessments: [], goals: [], plans: [] };
    await provider.el.updateComplete;
    expect((provider.el as unknown as { problems: unknown[] }).problems).to.deep.equal([]);
    // Internal state has no attribute either, but is no input: an attribute of its name is nobody's business.
    const wheel = await mount('kompetenz-rad', { context: 'x', 'target-role': 'cdo' });
    expect(wheel.errors).to.deep.equal([]);
  });

  it('a subclass of an element checks its switch properties too', async () => {
    const { KompetenzRad } = await import('../../../src/components/kompetenz-rad/kompetenz-rad.js');
    customElements.define('kr-own-wheel', class extends KompetenzRad {});
    const { el, errors } = await mount<KompetenzRad>('kr-own-wheel', { 'target-role': 'cdo' });
    (el as unknown as { editable: unknown }).editable = 'false';
    await el.updateComplete;
    expect([el.editable, errors.map((error) => error.code)]).to.deep.equal([false, ['boolean']]);
  });

  it('a switch property set to a text is read as its attribute would be: "false" is reported and off, "" and "true" are on', async () => {
    const { el, errors } = await mount<KompetenzRad>('kompetenz-rad', { 'target-role': 'cdo', actual: '{"daten":1}' });
    (el as unknown as { editable: unknown }).editable = 'false';
    await el.updateComplete;
    expect(el.editable).to.equal(false);
    expect(errors.map((error) => [error.code, error.source])).to.deep.equal([['boolean', 'editable']]);
    const changes: unknown[] = [];
    el.addEventListener('kr-level-change', (event) => changes.push(event));
    const spoke = el.shadowRoot!.querySelector<SVGElement>('[tabindex="0"]')!;
    spoke.focus();
    spoke.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(changes).to.have.length(0, 'not editable');

    for (const on of ['', 'true', 'editable']) {
      (el as unknown as { editable: unknown }).editable = on;
      await el.updateComplete;
      expect(el.editable, JSON.stringify(on)).to.equal(true);
      expect(el.problems.map((problem) => problem.code)).to.deep.equal([]);
    }
    (el as unknown as { editable: unknown }).editable = 1;
    await el.updateComplete;
    expect([el.editable, el.problems.map((problem) => problem.code)]).to.deep.equal([false, ['boolean']]);
    el.editable = true;
    await el.updateComplete;
    expect([el.editable, el.problems]).to.deep.equal([true, []]);
  });
});
