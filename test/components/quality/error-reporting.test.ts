import { expect, fixtureSync, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../src/define/kompetenz-rad.js';
import '../../../src/define/gap-matrix.js';
import '../../../src/define/lernplan-timeline.js';
import type { KrErrorDetail } from '../../../src/internal/events.js';

type Host = HTMLElement & { updateComplete: Promise<unknown>; requestUpdate(): void; lang: string };

/**
 * Mounts one element inside a box that records every `kr-error`, and waits for its updates only:
 * a test page that runs in a hidden tab gets no animation frames.
 */
async function mount(template: TemplateResult): Promise<{ el: Host; errors: KrErrorDetail[] }> {
  const errors: KrErrorDetail[] = [];
  const box = fixtureSync<HTMLDivElement>(html`<div @kr-error=${(e: CustomEvent<KrErrorDetail>) => errors.push(e.detail)}>${template}</div>`);
  const el = box.firstElementChild as Host;
  await el.updateComplete;
  await el.updateComplete;
  return { el, errors };
}

async function set(el: Host, name: string, value: string | null): Promise<void> {
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
  await el.updateComplete;
  await el.updateComplete;
}

async function rerender(el: Host): Promise<void> {
  el.requestUpdate();
  await el.updateComplete;
  el.lang = el.lang === 'en' ? 'de' : 'en';
  await el.updateComplete;
  await el.updateComplete;
}

const notice = (el: Host) => Array.from(el.shadowRoot!.querySelectorAll("[part='notice'] li")).map((li) => li.textContent!.trim());
const pairs = (errors: readonly KrErrorDetail[]) => errors.map((e) => [e.code, e.source]);

describe('kr-error: once per distinct problem while it holds', () => {
  const cases: { name: string; template: TemplateResult; attribute: string; bad: string; other: string; good: string | null; code: string }[] = [
    { name: 'lernplan-timeline view', template: html`<lernplan-timeline></lernplan-timeline>`, attribute: 'view', bad: 'gantt', other: 'kalender', good: 'list', code: 'enum' },
    { name: 'kompetenz-rad target-role', template: html`<kompetenz-rad></kompetenz-rad>`, attribute: 'target-role', bad: 'nope', other: 'astronaut', good: 'cdo', code: 'unknown-role' },
    { name: 'gap-matrix mode', template: html`<gap-matrix target-role="cdo"></gap-matrix>`, attribute: 'mode', bad: 'matrix', other: 'liste', good: null, code: 'enum' },
  ];

  for (const c of cases) {
    it(`${c.name}: fires again when a fixed problem comes back, never on a mere re-render`, async () => {
      const { el, errors } = await mount(c.template);
      expect(errors).to.deep.equal([]);

      await set(el, c.attribute, c.bad);
      expect(pairs(errors)).to.deep.equal([[c.code, c.attribute]]);
      expect(errors[0].message).to.contain(c.bad);
      expect(notice(el)).to.have.length(1);

      await rerender(el);
      expect(errors, 'a re-render does not announce the problem again').to.have.length(1);
      expect(notice(el)).to.have.length(1);

      await set(el, c.attribute, c.good);
      expect(notice(el)).to.deep.equal([]);
      expect(errors).to.have.length(1);

      await set(el, c.attribute, c.bad);
      expect(pairs(errors), 'the problem came back').to.deep.equal([
        [c.code, c.attribute],
        [c.code, c.attribute],
      ]);
      expect(errors[1]).to.deep.equal(errors[0]);
      expect(notice(el)).to.have.length(1);

      await rerender(el);
      expect(errors).to.have.length(2);
    });

    it(`${c.name}: two different bad values fire one event each`, async () => {
      const { el, errors } = await mount(c.template);
      await set(el, c.attribute, c.bad);
      await set(el, c.attribute, c.other);
      await rerender(el);
      expect(pairs(errors)).to.deep.equal([
        [c.code, c.attribute],
        [c.code, c.attribute],
      ]);
      expect(errors[0].message).to.contain(c.bad);
      expect(errors[1].message).to.contain(c.other);
      expect(notice(el)).to.have.length(1);
    });
  }

  it('a problem present from the start is announced once after creation, with the detail {code, message, source, params}', async () => {
    const { el, errors } = await mount(html`<lernplan-timeline view="gantt"></lernplan-timeline>`);
    await rerender(el);
    expect(errors).to.deep.equal([{ code: 'enum', message: 'view: expected one of chart, list, got "gantt"', source: 'view', params: { allowed: ['chart', 'list'] } }]);
  });

  it('bad JSON fixed and broken again is announced again (problems reported outside an update)', async () => {
    const { el, errors } = await mount(html`<kompetenz-rad target-role="cdo" actual="{not json"></kompetenz-rad>`);
    expect(pairs(errors)).to.deep.equal([['invalid-json', 'actual']]);
    await rerender(el);
    expect(errors).to.have.length(1);
    await set(el, 'actual', '{"daten":2}');
    expect(notice(el)).to.deep.equal([]);
    await set(el, 'actual', '{not json');
    expect(pairs(errors)).to.deep.equal([
      ['invalid-json', 'actual'],
      ['invalid-json', 'actual'],
    ]);
  });

  it('a problem that holds through a change of another input is not announced again', async () => {
    const { el, errors } = await mount(html`<gap-matrix target-role="cdo" actual='{"zauberei":1}'></gap-matrix>`);
    expect(pairs(errors)).to.deep.equal([['unknown-competency', 'actual']]);
    // The data are checked again (their scope is cleared and reported anew) in the same update.
    await set(el, 'target-role', 'cio');
    await set(el, 'sort', 'gap');
    expect(errors).to.have.length(1);
    expect(notice(el)).to.have.length(1);
  });
});
