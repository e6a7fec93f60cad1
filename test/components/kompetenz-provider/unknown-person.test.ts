import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/kompetenz-provider.js';
import '../../../src/define/kompetenz-rad.js';
import '../../../src/define/lernplan-timeline.js';
import '../../../src/define/smart-goal-form.js';
import type { KompetenzProvider } from '../../../src/define/kompetenz-provider.js';
import type { Goal, Portfolio } from '../../../src/domain/types.js';
import type { KrErrorDetail } from '../../../src/internal/events.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { slowStorage } from '../../helpers/slow-storage.js';
import { host, levelChange, noticeOf, portfolio } from './helpers.js';

// An explicit `person` that the portfolio does not have selects nobody: the first person's record
// must never take a visitor's ratings, goals or plans (a page whose CMS wrote a wrong or stale id).

const NOTICE_DE = 'Eine Person „p-9999“ gibt es in den Daten nicht; deshalb ist niemand gewählt.';
const NOTICE_EN = 'There is no person “p-9999” in the data, so nobody is selected.';

/** `portfolio()` with p-9999 as a third person. */
function withVisitor(): Portfolio {
  const data = portfolio();
  return { ...data, people: [...data.people, { id: 'p-9999', name: 'Vera Besuch', roleId: 'cdo' }] };
}

/** A provider (storage none) with `person="p-9999"` and `data`; widgets are appended by each test. */
async function providerWith(data: Portfolio = portfolio()) {
  const errors: KrErrorDetail[] = [];
  const box = host();
  box.addEventListener('kr-error', (event) => errors.push((event as CustomEvent<KrErrorDetail>).detail));
  const provider = document.createElement('kompetenz-provider');
  provider.setAttribute('storage', 'none');
  provider.setAttribute('today', '2025-03-01');
  provider.setAttribute('person', 'p-9999');
  provider.portfolio = data;
  box.append(provider);
  await provider.loadComplete;
  await settled(provider);
  return { provider, errors };
}

/** `loading`: the first load is still waiting (`saveComplete` would wait for it). */
async function settled(provider: KompetenzProvider, loading = false): Promise<void> {
  if (!loading) await provider.saveComplete;
  for (let i = 0; i < 2; i += 1) {
    await provider.updateComplete;
    for (const child of provider.querySelectorAll('kompetenz-rad, smart-goal-form, lernplan-timeline')) await (child as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  }
}

/** A provider with `person="p-9999"` and an editable wheel whose storage answers only when the test says so. */
async function loadingProvider() {
  const errors: KrErrorDetail[] = [];
  const box = host();
  box.addEventListener('kr-error', (event) => errors.push((event as CustomEvent<KrErrorDetail>).detail));
  const { adapter, answer } = slowStorage();
  const provider = document.createElement('kompetenz-provider');
  provider.setAttribute('person', 'p-9999');
  provider.setAttribute('today', '2025-03-01');
  provider.storageAdapter = adapter as never;
  const wheel = document.createElement('kompetenz-rad');
  wheel.editable = true;
  provider.append(wheel);
  box.append(provider);
  await settled(provider, true);
  return { provider, errors, answer };
}

const shadow = (element: Element | null) => element!.shadowRoot!;

describe('<kompetenz-provider> with a person that is not in the portfolio', () => {
  it('selects nobody: an editable wheel shows that and a level key writes into nobody’s assessments; the notice says so (axe)', async () => {
    const { provider, errors } = await providerWith();
    const wheel = document.createElement('kompetenz-rad');
    wheel.editable = true;
    const own = document.createElement('div');
    provider.append(wheel, own);
    await settled(provider);
    const before = provider.portfolio;

    expect(shadow(wheel).querySelector('[part="no-person"]'), 'the wheel says nobody is selected').to.not.equal(null);
    const spoke = shadow(wheel).querySelector<SVGGElement>('[part="sector"][data-competency="daten"]')!;
    expect(spoke.hasAttribute('aria-valuenow'), 'no spoke offers a level to set').to.equal(false);
    spoke.focus();
    for (const key of ['2', 'ArrowUp', '3', 'End']) await sendKeys({ press: key });
    // A widget of the page's own that sends a rating anyway is refused as well.
    own.dispatchEvent(levelChange(3));
    await settled(provider);

    expect(provider.portfolio, 'nothing changed').to.equal(before);
    expect(provider.portfolio.assessments).to.deep.equal(portfolio().assessments, 'not the first person’s, nor anybody’s');
    expect(errors.map((error) => [error.code, error.source])).to.deep.equal([
      ['unknown-person', 'person'],
      ['no-person', 'kr-level-change'],
    ]);
    expect(errors[0]!.message).to.include('nobody is selected');
    expect(await noticeOf(provider)).to.include(NOTICE_DE);
    expect(provider.problems.map((problem) => problem.code)).to.include('unknown-person');
    await expectAccessible(provider.parentElement!);

    provider.setAttribute('lang', 'en');
    await settled(provider);
    expect(await noticeOf(provider)).to.include(NOTICE_EN);
    expect(shadow(wheel).querySelector('[part="no-person"]')!.textContent).to.equal('No person selected: a rating can only be saved once a person is selected.');
    await expectAccessible(provider.parentElement!);
  });

  it('the goal form and the time line write for nobody', async () => {
    const { provider, errors } = await providerWith();
    const form = document.createElement('smart-goal-form');
    const timeline = document.createElement('lernplan-timeline');
    timeline.setAttribute('editable', '');
    provider.append(form, timeline);
    await settled(provider);

    expect(shadow(form).querySelector('[part="heading"]')!.textContent, 'nobody’s name').to.equal('SMART-Lernziel');
    expect(shadow(form).querySelector('[part="no-person"]')?.textContent, 'said before anything is written').to.equal(
      'Keine Person ausgewählt: Ein Ziel kann erst gespeichert werden, wenn eine Person ausgewählt ist.',
    );
    const goal: Goal = {
      id: 'g-visitor',
      competencyIds: ['daten'],
      targetLevel: 3,
      measure: 'wertet die Bürgerumfrage selbst aus',
      challenge: 'Erstmals eine Auswertung für den Kreistag',
      resources: { hours: 20 },
      due: '2025-12-31',
    } as unknown as Goal;
    form.goal = goal;
    await settled(provider);
    shadow(form).querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    await settled(provider);
    expect(provider.portfolio.goals, 'no goal for anybody').to.deep.equal([]);
    expect(errors.map((error) => [error.code, error.source])).to.deep.include(['no-person', 'person-id']);
    form.setAttribute('person-id', 'p2');
    await settled(provider);
    expect(shadow(form).querySelector('[part="no-person"]'), 'a person-id of its own').to.equal(null);
    form.removeAttribute('person-id');
    form.lang = 'en';
    await settled(provider);
    await settled(provider);
    expect(shadow(form).querySelector('[part="no-person"]')?.textContent).to.equal('No person selected: a goal can be saved only once a person is selected.');

    expect(shadow(timeline).querySelector('[part="empty"]')!.textContent).to.equal('Wählen Sie eine Person, um ihren Lernplan zu sehen.');
    expect(shadow(timeline).querySelector('button.draft'), 'no plan to draft for anybody').to.equal(null);
    expect(provider.portfolio.plans).to.deep.equal([]);
    await expectAccessible(provider.parentElement!);
  });

  it('selects the person once they are there (import, portfolio set), and the notice goes', async () => {
    const { provider, errors } = await providerWith();
    const wheel = document.createElement('kompetenz-rad');
    wheel.editable = true;
    provider.append(wheel);
    await settled(provider);
    expect(await noticeOf(provider)).to.include(NOTICE_DE);

    provider.importPortfolio(JSON.stringify(withVisitor()));
    await settled(provider);
    expect(await noticeOf(provider), 'the notice goes').to.equal('');
    expect(provider.problems).to.deep.equal([]);
    expect(shadow(wheel).querySelector('[part="no-person"]')).to.equal(null);
    wheel.dispatchEvent(levelChange(3, 'technik'));
    await settled(provider);
    expect(provider.portfolio.assessments.at(-1)).to.deep.include({ personId: 'p-9999', rater: 'self', levels: { technik: 3 } });

    provider.portfolio = portfolio();
    await settled(provider);
    expect(await noticeOf(provider), 'gone again: reported again').to.include(NOTICE_DE);
    expect(shadow(wheel).querySelector('[part="no-person"]')).to.not.equal(null);
    provider.portfolio = withVisitor();
    await settled(provider);
    expect(await noticeOf(provider)).to.equal('');
    expect(errors.map((error) => error.code)).to.deep.equal(['unknown-person', 'unknown-person']);
  });

  it('is not reported while the data are still loading, and the person is selected once they are loaded', async () => {
    const { provider, errors, answer } = await loadingProvider();
    const wheel = provider.querySelector('kompetenz-rad')!;
    await settled(provider, true);
    expect(errors, 'not while loading').to.deep.equal([]);
    expect(await noticeOf(provider)).to.equal('');
    expect(shadow(wheel).querySelector('[part="no-person"]'), 'the wheel waits, it does not say nobody').to.equal(null);

    answer(withVisitor());
    await provider.loadComplete;
    await settled(provider);
    expect(errors).to.deep.equal([]);
    expect(await noticeOf(provider)).to.equal('');
    wheel.dispatchEvent(levelChange(1, 'daten'));
    await settled(provider);
    expect(provider.portfolio.assessments.at(-1)).to.deep.include({ personId: 'p-9999', levels: { daten: 1 } });
  });

  it('is reported once the loaded data do not have the person, and nobody is selected', async () => {
    const { provider, errors, answer } = await loadingProvider();
    answer(portfolio());
    await provider.loadComplete;
    await settled(provider);
    expect(errors.map((error) => error.code)).to.deep.equal(['unknown-person']);
    expect(shadow(provider.querySelector('kompetenz-rad')).querySelector('[part="no-person"]')).to.not.equal(null);
  });
});
