import { expect } from '@open-wc/testing';
import '../../../src/define/gap-matrix.js';
import '../../../src/define/kompetenz-rad.js';
import '../../../src/define/smart-goal-form.js';
import type { KrErrorDetail } from '../../../src/internal/events.js';

/** CMS editors write the role they see: `target-role` takes a role's name as it takes its id, in every element that has it. */

const placed: HTMLElement[] = [];
afterEach(() => placed.splice(0).forEach((el) => el.remove()));

async function drawn(tag: string, attributes: Record<string, string>): Promise<{ text: string; errors: string[] }> {
  const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const errors: string[] = [];
  el.addEventListener('kr-error', (event) => errors.push(`${(event as CustomEvent<KrErrorDetail>).detail.code}@${(event as CustomEvent<KrErrorDetail>).detail.source}`));
  document.body.append(el);
  placed.push(el);
  for (let i = 0; i < 3; i += 1) await el.updateComplete;
  return { text: (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' '), errors };
}

const ELEMENTS: { tag: string; attributes: Record<string, string> }[] = [
  { tag: 'kompetenz-rad', attributes: { lang: 'de', actual: '{"daten":2,"technik":1}' } },
  { tag: 'gap-matrix', attributes: { lang: 'de', actual: '{"daten":2,"technik":1}' } },
  { tag: 'smart-goal-form', attributes: { lang: 'de', 'person-id': 'p-1', today: '2025-06-02' } },
];

describe('target-role by name', () => {
  for (const { tag, attributes } of ELEMENTS) {
    it(`${tag}: a role's German or English name, in any case, draws what its id draws`, async () => {
      const byId = await drawn(tag, { ...attributes, 'target-role': 'cio' });
      expect(byId.errors).to.deep.equal([]);
      for (const name of ['CIO / Leitung IT', '  chief information officer (CIO) / HEAD of IT ']) {
        const byName = await drawn(tag, { ...attributes, 'target-role': name });
        expect(byName.errors, name).to.deep.equal([]);
        expect(byName.text, name).to.equal(byId.text);
      }
      const other = await drawn(tag, { ...attributes, 'target-role': 'Projektmanager*in' });
      expect(other.text, 'another role draws another target').not.to.equal(byId.text);
      expect((await drawn(tag, { ...attributes, 'target-role': 'Astronaut' })).errors).to.deep.equal(['unknown-role@target-role']);
    });
  }
});
