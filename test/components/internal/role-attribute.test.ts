/**
 * `role="cdo"` written for `target-role="cdo"` (a CMS editor's first try): the elements that take a
 * target role report the page's `role` attribute when it names no ARIA role, in the notice and as
 * one `kr-error`, while it holds; the page's attribute stays as written.
 */
import { expect, html } from '@open-wc/testing';
import { nothing, type TemplateResult } from 'lit';
import '../../../src/define/kompetenz-provider.js';
import '../../../src/define/kompetenz-rad.js';
import '../../../src/define/gap-matrix.js';
import '../../../src/define/smart-goal-form.js';
import '../../../src/define/lernplan-timeline.js';
import type { KrErrorDetail } from '../../../src/internal/events.js';
import { roleAttributeProblem } from '../../../src/internal/role-attribute.js';
import { SHARED_STRINGS, type SharedStrings } from '../../../src/internal/strings.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { mount, settle } from '../../helpers/mount.js';

const TODAY = '2025-09-10';

type Host = HTMLElement & { updateComplete: Promise<unknown> };

/** Each element that takes a target role, alone, with `role` as given (none for `null`). */
const WITH_TARGET_ROLE: Record<string, (role: string | null) => TemplateResult> = {
  'kompetenz-rad': (role) => html`<kompetenz-rad role=${role ?? nothing}></kompetenz-rad>`,
  'gap-matrix': (role) => html`<gap-matrix today=${TODAY} role=${role ?? nothing}></gap-matrix>`,
  'smart-goal-form': (role) => html`<smart-goal-form today=${TODAY} role=${role ?? nothing}></smart-goal-form>`,
};

let errors: { detail: KrErrorDetail; from: EventTarget | null }[] = [];
const collect = (event: Event) => errors.push({ detail: (event as CustomEvent<KrErrorDetail>).detail, from: event.target });
const roleErrors = () => errors.filter((error) => error.detail.code === 'role-attribute').map((error) => error.detail);

async function place(template: TemplateResult): Promise<Host> {
  const box = await mount(template);
  const el = box.firstElementChild as Host;
  await settled(el);
  return el;
}

/** Lets the attribute watch run and the element draw what it found. */
async function settled(el: Host): Promise<void> {
  await settle();
  await el.updateComplete;
}

const noticeLines = (el: Host) => Array.from(el.shadowRoot!.querySelectorAll("[part='notice'] li")).map((li) => li.textContent!.trim());

describe('a role attribute where the target role was meant', () => {
  beforeEach(() => {
    errors = [];
    document.addEventListener('kr-error', collect);
  });
  afterEach(() => document.removeEventListener('kr-error', collect));

  it('says what role is for and how the target role is set, with the value written', () => {
    const problem = roleAttributeProblem(' cdo ')!;
    expect([problem.code, problem.source, problem.subject]).to.deep.equal(['role-attribute', 'role', 'cdo']);
    expect(problem.message).to.equal('role: "cdo" is no ARIA role; role tells assistive technology what the element is. Set the target role with target-role="cdo"');
    for (const fine of [null, '', '  ', 'img', 'IMG', 'switch checkbox', 'cdo img', 'doc-chapter', 'graphics-document']) {
      expect(roleAttributeProblem(fine), String(fine)).to.equal(undefined);
    }
    const en = (SHARED_STRINGS as unknown as { en: SharedStrings }).en;
    expect(en.problem({ ...problem, scope: 'attribute:role', message: problem.message! })).to.equal(
      '“role” is the role for screen readers (ARIA); “cdo” is none of them. Choose the target role with target-role="cdo".',
    );
    expect(roleAttributeProblem('projektmanager')?.subject).to.equal('projektmanager');
    expect(roleAttributeProblem('teamleitung')?.subject, 'a role id of the page’s own roles').to.equal('teamleitung');
    // A typo of a built-in role: the role it misspells is offered, not the typo again.
    const typo = roleAttributeProblem('projektmanagr')!;
    expect(typo.message).to.match(/target-role="projektmanager"$/);
    const de = (SHARED_STRINGS as unknown as { de: SharedStrings }).de;
    expect(de.problem({ ...typo, scope: 'attribute:role', message: typo.message! })).to.equal(
      '„role“ ist die Rolle für Screenreader (ARIA), „projektmanagr“ ist keine solche. Die Zielrolle wird mit target-role="projektmanager" gewählt.',
    );
    expect(roleAttributeProblem('teamleitung')!.message, 'far from every built-in role: as written').to.match(/target-role="teamleitung"$/);
    expect(roleAttributeProblem('Projektmanagr')!.message, 'whatever the case').to.match(/target-role="projektmanager"$/);
    for (const own of ['cto', 'ceo', 'ciso', 'it', 'dpo']) {
      expect(roleAttributeProblem(own)!.message, `a page's own role "${own}" is not taken for a typo of cdo or cio`).to.match(new RegExp(`target-role="${own}"$`));
    }
  });

  for (const [tag, template] of Object.entries(WITH_TARGET_ROLE)) {
    describe(`<${tag}>`, () => {
      it('reports role="cdo" in the notice and once as kr-error, and leaves the attribute as written', async () => {
        const el = await place(template('cdo'));
        expect(noticeLines(el)).to.deep.equal(['„role“ ist die Rolle für Screenreader (ARIA), „cdo“ ist keine solche. Die Zielrolle wird mit target-role="cdo" gewählt.']);
        expect(roleErrors()).to.have.length(1);
        expect(roleErrors()[0]).to.include({ code: 'role-attribute', source: 'role' });
        expect(roleErrors()[0].message).to.include('target-role="cdo"');
        expect(el.getAttribute('role')).to.equal('cdo');
        // The host's invalid role is the page's (aria-roles); the notice itself must pass.
        await expectAccessible(el, { ignoredRules: ['aria-roles'] });
      });

      it('does not report an ARIA role, and withdraws the report when the attribute becomes one', async () => {
        const fine = await place(template('img'));
        expect(fine.shadowRoot!.querySelector("[part='notice'] li")).to.equal(null);
        const el = await place(template('cdo'));
        expect(roleErrors()).to.have.length(1);
        el.setAttribute('role', 'region');
        await settled(el);
        expect(noticeLines(el)).to.deep.equal([]);
        expect(roleErrors()).to.have.length(1);
      });

      it('withdraws the report when the attribute is removed', async () => {
        const el = await place(template('projektmanager'));
        expect(noticeLines(el)).to.have.length(1);
        el.removeAttribute('role');
        await settled(el);
        expect(noticeLines(el)).to.deep.equal([]);
        expect((el as unknown as { problems: readonly KrErrorDetail[] }).problems).to.deep.equal([]);
      });

      it('reports a role set after it was placed, and again after it was withdrawn', async () => {
        const el = await place(template(null));
        expect(noticeLines(el)).to.deep.equal([]);
        el.setAttribute('role', 'cdo');
        await settled(el);
        expect(noticeLines(el)).to.have.length(1);
        expect(roleErrors()).to.have.length(1);
        el.removeAttribute('role');
        await settled(el);
        el.setAttribute('role', 'cio');
        await settled(el);
        expect(roleErrors().map((error) => error.message.includes('"cio"'))).to.deep.equal([false, true]);
      });
    });
  }

  it('is reported only by elements that take a target role, not the time line or the provider', async () => {
    const box = await mount(html`
      <kompetenz-provider storage="none" today=${TODAY} role="cdo"></kompetenz-provider>
      <lernplan-timeline today=${TODAY} role="cdo"></lernplan-timeline>
      <kompetenz-rad role="cdo"></kompetenz-rad>
    `);
    const [provider, timeline, wheel] = Array.from(box.children) as Host[];
    for (const el of [provider, timeline, wheel]) await settled(el);
    expect(errors.filter((error) => error.detail.code === 'role-attribute').map((error) => error.from)).to.deep.equal([wheel]);
    expect(noticeLines(wheel)).to.have.length(1);
    for (const el of [provider, timeline]) expect(noticeLines(el), el.localName).to.deep.equal([]);
  });
});
