import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import '../../../src/define/kompetenz-provider.js';
import '../../../src/define/smart-goal-form.js';
import type { KompetenzProvider } from '../../../src/define/kompetenz-provider.js';
import type { SmartGoalForm } from '../../../src/components/smart-goal-form/smart-goal-form.js';
import { problemFindings } from '../../../src/components/smart-goal-form/model/check.js';
import { checkSmartGoal } from '../../../src/domain/goals.js';
import { describeFinding } from '../../../src/domain/messages/describe-findings.js';
import type { Goal } from '../../../src/domain/types.js';
import { formatterFor } from '../../../src/internal/format.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { $, $$, CAPACITY, CURRENT, GOOD_GOAL, messagesOf, portfolioWith, submit, TODAY, type } from './helpers.js';

const context = { current: CURRENT, capacityHoursPerMonth: CAPACITY, today: TODAY };

async function formWith(goal?: Goal): Promise<SmartGoalForm> {
  return fixture<SmartGoalForm>(html`<smart-goal-form
    person-id="p-1"
    today=${TODAY}
    capacity=${CAPACITY}
    target-role="projektmanager"
    .current=${CURRENT}
    .goal=${goal}
  ></smart-goal-form>`);
}

/** The state class of each line of the checklist: `met`, `open` (failed) or `pending`. */
function criteria(el: SmartGoalForm): Record<string, string> {
  return Object.fromEntries($$(el, '.criteria > li').map((li) => [li.dataset.letter, li.className]));
}

describe('smart-goal-form: guidance for a first-time user', () => {
  it('shows criteria that do not hold as still open, not failed, until their field is left or submission is tried', async () => {
    const el = await formWith();
    expect(criteria(el)).to.deep.equal({ S: 'pending', M: 'pending', A: 'pending', R: 'pending', T: 'pending' });
    expect($$(el, '[part~="criterion-open"]')).to.have.length(0);
    expect($(el, '.criteria > li[data-letter="M"] .criterion-state').textContent).to.equal('noch offen');
    expect($(el, '.criteria > li[data-letter="M"] .mark').textContent).to.not.equal('✗');

    await type(el, '#measure', 'gut');
    expect(criteria(el).M, 'its field was left').to.equal('open');
    expect($(el, '.criteria > li[data-letter="M"]').getAttribute('part')).to.equal('criterion criterion-open');
    expect(criteria(el).S, 'no field of S was touched').to.equal('pending');

    await submit(el);
    expect(Object.values(criteria(el))).to.deep.equal(['open', 'open', 'open', 'open', 'open']);
  });

  it('puts the capacity message (R) under the hours in the R group, not under the due date', async () => {
    const goal = { ...GOOD_GOAL, due: '2025-04-01' };
    const finding = checkSmartGoal(goal, context).criteria.R.findings.find((candidate) => candidate.code === 'estimate-exceeds-capacity')!;
    const el = await formWith(goal);
    await submit(el);
    expect(messagesOf(el, 'hours')).to.include(describeFinding(finding, 'de'));
    expect(messagesOf(el, 'due')).to.not.include(describeFinding(finding, 'de'));
    expect($(el, '#msg-hours').closest('fieldset')!.classList.contains('resources')).to.equal(true);
  });

  it('words an invalid due date for the date picker: no typing format, the example date in words', async () => {
    const goal = { ...GOOD_GOAL, due: '2025-13-45' };
    const finding = checkSmartGoal(goal, context).criteria.T.findings[0];
    if (finding?.code !== 'invalid-due') throw new Error('expected the invalid-due finding');
    const el = await formWith(goal);
    await submit(el);
    const text = messagesOf(el, 'due');
    expect(text).to.include('„2025-13-45“ ist kein gültiges Datum');
    expect(text).to.include(`z. B. den ${formatterFor('de').date(finding.params.suggested)}`);
    expect(text).to.not.include('JJJJ-MM-TT');
    expect(text).to.not.include(finding.params.suggested);
  });

  it('after a failed submit, focuses an error summary at the top whose links lead to the fields (GOV.UK)', async () => {
    const el = await fixture<SmartGoalForm>(html`<smart-goal-form person-id="p-1" today=${TODAY} capacity=${CAPACITY} .current=${CURRENT}></smart-goal-form>`);
    expect($$(el, '[part="error-summary"]'), 'nothing before a submission').to.have.length(0);
    await submit(el);
    await el.updateComplete;
    const summary = $(el, '[part="error-summary"]');
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    expect(summary.compareDocumentPosition($(el, 'fieldset.fields')) & Node.DOCUMENT_POSITION_FOLLOWING, 'above the fields').to.not.equal(0);
    const count = problemFindings(el.smartCheck).length;
    expect(count).to.be.greaterThan(1);
    expect(summary.querySelector('h3')!.textContent, 'the heading counts them').to.equal(`Es gibt ${count} Probleme`);

    const links = $$<HTMLAnchorElement>(el, '[part="error-link"]');
    expect(links.map((link) => link.textContent)).to.deep.equal(problemFindings(el.smartCheck).map((finding) => describeFinding(finding, 'de')));
    const measure = links.find((link) => link.getAttribute('href') === '#measure')!;
    measure.click();
    expect(el.shadowRoot!.activeElement?.id).to.equal('measure');
    await expectAccessible(el);

    await type(el, '#measure', 'leitet das Projekt zur E-Akte selbst');
    expect($$(el, '[part="error-link"]').map((link) => link.getAttribute('href')), 'the list follows the fixes').to.not.include('#measure');
  });
});

async function formIn(goals: Goal[], goalId?: string): Promise<SmartGoalForm> {
  const provider = await fixture<KompetenzProvider>(
    html`<kompetenz-provider storage="none" today=${TODAY} .portfolio=${portfolioWith(goals)}><smart-goal-form goal-id=${goalId ?? ''}></smart-goal-form></kompetenz-provider>`,
  );
  await provider.loadComplete;
  const el = provider.querySelector('smart-goal-form')!;
  await elementUpdated(el);
  return el;
}

const suggestionLabels = (el: SmartGoalForm) => $$(el, '[part="suggestion"] > span:first-child').map((span) => span.textContent);

describe('smart-goal-form: suggestions leave out what other goals cover', () => {
  it('suggests no competency that already has an open goal of the person, except in that goal itself', async () => {
    const free = await formIn([]);
    const first = suggestionLabels(free)[0];
    $<HTMLButtonElement>(free, '[part="suggestion"]').click();
    await elementUpdated(free);
    const [competency] = free.draft.competencyIds;

    const covered: Goal = { ...GOOD_GOAL, id: 'g-open', personId: 'p1', competencyIds: [competency], targetLevel: 3 };
    const other = await formIn([covered]);
    expect(suggestionLabels(other)).to.have.length(5);
    expect(suggestionLabels(other)).to.not.include(first);

    const finished = await formIn([{ ...covered, status: 'reached' }]);
    expect(suggestionLabels(finished), 'a reached goal no longer covers it').to.include(first);

    const same = await formIn([covered], 'g-open');
    expect(suggestionLabels(same), 'editing that goal').to.include(first);
  });
});
