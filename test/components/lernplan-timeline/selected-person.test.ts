import { expect, fixture, html } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import '../../../src/define/gap-matrix.js';
import '../../../src/define/kompetenz-provider.js';
import type { KompetenzProvider } from '../../../src/define/kompetenz-provider.js';
import { DEFAULT_CATALOGUE } from '../../../src/domain/catalogue.js';
import { DEFAULT_ROLES } from '../../../src/domain/roles.js';
import type { Portfolio } from '../../../src/domain/types.js';
import { kompetenzContext, type KompetenzContextValue } from '../../../src/internal/context.js';
import type { KrErrorDetail } from '../../../src/internal/events.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { GOALS, one, PERSON, samplePlan, TODAY, timelineIn, type LernplanTimeline } from './util.js';

function portfolio(withPeople = true): Portfolio {
  return {
    format: 'kompetenzrad-portfolio',
    version: 1,
    people: withPeople ? [PERSON] : [],
    assessments: [],
    goals: withPeople ? GOALS : [],
    plans: withPeople ? [samplePlan()] : [],
  };
}

/**
 * A timeline (and `more` elements) under a hand-made provider of the context:
 * `<kompetenz-provider>` itself never selects an id that names nobody (with an unknown `person`
 * it selects nobody), another provider may.
 */
async function underContext(personId: string | undefined, withPeople = true, more = html``) {
  const { el, errors } = await timelineIn(html`<div class="host"><lernplan-timeline lang="de"></lernplan-timeline>${more}</div>`);
  const host = el.parentElement!;
  const value: KompetenzContextValue = { portfolio: portfolio(withPeople), catalogue: DEFAULT_CATALOGUE, roles: DEFAULT_ROLES, lang: 'de', personId, today: TODAY };
  const provider = new ContextProvider(host, { context: kompetenzContext, initialValue: value });
  // The elements asked for the context before the provider existed; they ask again when re-attached.
  const children = [...host.children];
  for (const child of children) child.remove();
  host.append(...children);
  await el.updateComplete;
  await el.updateComplete;
  return { el, host, errors, provider, value };
}

const notice = (el: LernplanTimeline) => (one(el, '[part="notice"]').textContent ?? '').replace(/\s+/g, ' ').trim();

describe('lernplan-timeline: the selected person', () => {
  it('reports a provider’s selected person that names nobody once, with a notice, and withdraws it when fixed', async () => {
    const { el, errors, provider, value } = await underContext('p9');
    expect(errors.map((error) => [error.code, error.source, error.message])).to.deep.equal([['unknown-person', 'context', 'context: no person with the id "p9"']]);
    expect(el.problems.map((problem) => problem.code)).to.deep.equal(['unknown-person']);
    expect(notice(el)).to.contain('p9');
    expect(el.currentPlan).to.equal(undefined);
    expect(one(el, '[part="empty"]').textContent).to.equal('Wählen Sie eine Person, um ihren Lernplan zu sehen.');
    await expectAccessible(el);

    // Another change of the context that keeps the unknown id is not announced again.
    provider.setValue({ ...value, today: '2025-09-11' });
    await el.updateComplete;
    expect(errors).to.have.length(1);
    expect(el.problems).to.have.length(1);

    provider.setValue({ ...value, personId: 'p1' });
    await el.updateComplete;
    expect(el.problems).to.deep.equal([]);
    expect(notice(el)).to.equal('');
    expect(el.currentPlan?.id).to.equal('plan-p1');
    expect(errors).to.have.length(1, 'nothing more announced');
  });

  it('reports nothing while the provider has no people yet, then shows the person’s plan', async () => {
    const { el, errors, provider, value } = await underContext('p1', false);
    expect(errors).to.deep.equal([]);
    expect(el.problems).to.deep.equal([]);
    expect(notice(el)).to.equal('');
    provider.setValue({ ...value, portfolio: portfolio() });
    await el.updateComplete;
    expect(errors).to.deep.equal([]);
    expect(el.currentPlan?.id).to.equal('plan-p1');
  });

  it('reports nothing inside an empty <kompetenz-provider>', async () => {
    const errors: KrErrorDetail[] = [];
    const provider = await fixture<KompetenzProvider>(html`<kompetenz-provider storage="none" today=${TODAY} @kr-error=${(event: CustomEvent<KrErrorDetail>) => errors.push(event.detail)}>
      <lernplan-timeline></lernplan-timeline>
    </kompetenz-provider>`);
    await provider.loadComplete;
    const el = provider.querySelector('lernplan-timeline')!;
    await el.updateComplete;
    expect(errors).to.deep.equal([]);
    expect(el.problems).to.deep.equal([]);
  });

  it('gives the same report as the matrix under the same provider', async () => {
    const { host, errors } = await underContext('p9', true, html`<gap-matrix></gap-matrix>`);
    const matrix = host.querySelector('gap-matrix')!;
    await matrix.updateComplete;
    expect(errors.map((error) => error.code)).to.deep.equal(['unknown-person', 'unknown-person'], 'one kr-error from each');
    const fromMatrix = matrix.problems.map(({ code, source, message }) => ({ code, source, message }));
    const fromTimeline = host.querySelector('lernplan-timeline')!.problems.map(({ code, source, message }) => ({ code, source, message }));
    expect(fromTimeline).to.deep.equal([{ code: 'unknown-person', source: 'context', message: 'context: no person with the id "p9"' }]);
    expect(fromMatrix).to.deep.equal(fromTimeline);
  });
});
