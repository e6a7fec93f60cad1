import { aTimeout, elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/define/smart-goal-form.js';
import type { SmartGoalForm } from '../../../src/components/smart-goal-form/smart-goal-form.js';
import { CONTROL_ID } from '../../../src/components/smart-goal-form/model/fields.js';
import { checkSmartGoal, suggestDueDate, type SmartFinding } from '../../../src/domain/goals.js';
import { describeFinding } from '../../../src/domain/messages/describe-findings.js';
import type { Goal } from '../../../src/domain/types.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { $, $$, CAPACITY, check, checklist, chooseLevel, CURRENT, GOOD_GOAL, messagesOf, submit, TODAY, type } from './helpers.js';

const context = { current: CURRENT, capacityHoursPerMonth: CAPACITY, today: TODAY };

async function formWith(goal: Partial<Goal> | undefined, lang = 'de'): Promise<SmartGoalForm> {
  return fixture<SmartGoalForm>(html`<smart-goal-form
    lang=${lang}
    person-id="p-1"
    today=${TODAY}
    capacity=${CAPACITY}
    target-role="projektmanager"
    .current=${CURRENT}
    .goal=${goal}
  ></smart-goal-form>`);
}

/** Variants of the good goal, each breaking one rule; the domain decides which findings they give. */
const CASES: { name: string; change: Partial<Goal> }[] = [
  { name: 'no competency (S)', change: { competencyIds: [] } },
  { name: 'too many competencies (S)', change: { competencyIds: ['projektmanagement', 'daten', 'analyse', 'technik'] } },
  { name: 'no target level (M)', change: { targetLevel: undefined } },
  { name: 'target level 0 (M)', change: { targetLevel: 0 } },
  { name: 'no measure (M)', change: { measure: '' } },
  { name: 'vague measure (M)', change: { measure: 'besser werden' } },
  { name: 'nothing new (A)', change: { competencyIds: ['kommunikation'], targetLevel: 2 } },
  { name: 'partly reached, a hint (A)', change: { competencyIds: ['projektmanagement', 'kommunikation'], targetLevel: 2, resources: { hours: 40, supportPerson: 'Frau Meier' } } },
  { name: 'no challenge (A)', change: { challenge: '' } },
  { name: 'jump too large (R)', change: { competencyIds: ['daten'], targetLevel: 3, due: '2025-06-01', resources: { hours: 20, supportPerson: 'X' } } },
  { name: 'no hours (R)', change: { resources: { supportPerson: 'Frau Meier' } } },
  { name: 'negative hours (R)', change: { resources: { hours: -5, supportPerson: 'Frau Meier' } } },
  { name: 'negative budget (R)', change: { resources: { hours: 40, budget: -1, supportPerson: 'Frau Meier' } } },
  { name: 'hours beyond capacity (R)', change: { resources: { hours: 300, supportPerson: 'Frau Meier' } } },
  { name: 'estimate beyond capacity (R, at the due date)', change: { due: '2025-04-01' } },
  { name: 'hours below the estimate, a hint (R)', change: { resources: { hours: 10, supportPerson: 'Frau Meier' } } },
  { name: 'no support person, a hint (R)', change: { resources: { hours: 40 } } },
  { name: 'no due date (T)', change: { due: undefined } },
  { name: 'due date today (T)', change: { due: TODAY } },
  { name: 'due date too far (T)', change: { due: '2028-01-01' } },
];

function variant(change: Partial<Goal>): Goal {
  const goal: Record<string, unknown> = { ...GOOD_GOAL, ...change };
  for (const [key, value] of Object.entries(change)) if (value === undefined) delete goal[key];
  return goal as unknown as Goal;
}

describe('smart-goal-form: SMART findings at their fields', () => {
  it('shows a goal that passes every check as five met criteria and no messages', async () => {
    const el = await formWith(GOOD_GOAL);
    expect(checkSmartGoal(GOOD_GOAL, context).ok).to.equal(true);
    expect(checklist(el)).to.deep.equal({ S: true, M: true, A: true, R: true, T: true });
    await submit(el);
    for (const id of Object.values(CONTROL_ID).filter((id) => id !== 'notes')) expect(messagesOf(el, id), id).to.equal('');
    expect(el.validity.valid).to.equal(true);
  });

  for (const { name, change } of CASES) {
    it(`puts each finding of "${name}" next to its field, and only there`, async () => {
      const goal = variant(change);
      const expected = checkSmartGoal(goal, context);
      const findings: SmartFinding[] = Object.values(expected.criteria).flatMap((criterion) => criterion.findings);
      expect(findings.length, 'the case gives at least one finding').to.be.greaterThan(0);
      const el = await formWith(goal);
      await submit(el);
      for (const finding of findings) {
        const id = CONTROL_ID[finding.field];
        expect(messagesOf(el, id), `${finding.code} at ${id}`).to.include(describeFinding(finding, 'de'));
        for (const other of Object.values(CONTROL_ID).filter((candidate) => candidate !== id && candidate !== 'notes')) {
          expect(messagesOf(el, other), `${finding.code} not at ${other}`).not.to.include(describeFinding(finding, 'de'));
        }
        const controls = $$(el, `#${id} input, input#${id}, textarea#${id}`);
        const invalid = findings.some((f) => f.field === finding.field && f.severity === 'problem');
        for (const control of controls) expect(control.getAttribute('aria-invalid'), `${id} aria-invalid`).to.equal(invalid ? 'true' : 'false');
        const described = $(el, `#${id}`).getAttribute('aria-describedby') ?? '';
        expect(described.split(' '), `${id} is described by its messages`).to.include(`msg-${id}`);
      }
      for (const [letter, criterion] of Object.entries(expected.criteria)) expect(checklist(el)[letter], letter).to.equal(criterion.ok);
    });
  }

  it('marks problems as "Bitte ändern:" and hints without it', async () => {
    const el = await formWith(variant({ resources: { hours: 40 }, measure: '' }));
    await submit(el);
    expect($(el, '#msg-measure .problem').textContent).to.match(/^Bitte ändern:/);
    expect($$(el, '#msg-support .hint')).to.have.length(1);
    expect($$(el, '#msg-support .problem')).to.have.length(0);
    expect($(el, '#support').getAttribute('aria-invalid')).to.equal('false');
  });

  it('shows the messages in English with lang="en"', async () => {
    const goal = variant({ measure: '' });
    const el = await formWith(goal, 'en');
    await submit(el);
    const finding = checkSmartGoal(goal, context).criteria.M.findings[0];
    expect(messagesOf(el, 'measure')).to.include(describeFinding(finding, 'en'));
    expect(messagesOf(el, 'measure')).to.match(/^Please change:/);
    expect($(el, '.checklist h3').textContent).to.equal('SMART check');
  });

  it('keeps a field quiet until it is left, then shows its message', async () => {
    const el = await formWith(undefined);
    expect(messagesOf(el, 'measure')).to.equal('');
    expect($(el, '#measure').getAttribute('aria-invalid')).to.equal('false');
    await type(el, '#measure', 'gut');
    expect(messagesOf(el, 'measure')).to.include(describeFinding(checkSmartGoal({ measure: 'gut' }, context).criteria.M.findings.find((f) => f.field === 'measure')!, 'de'));
    expect($(el, '#measure').getAttribute('aria-invalid')).to.equal('true');
    expect(messagesOf(el, 'challenge'), 'other fields stay quiet').to.equal('');
  });

  it('updates the checklist live as the goal is written', async () => {
    const el = await formWith(undefined);
    expect(checklist(el)).to.deep.equal({ S: false, M: false, A: false, R: false, T: false });
    await check(el, 'projektmanagement');
    expect(checklist(el).S).to.equal(true);
    await chooseLevel(el, 2);
    await type(el, '#measure', 'leitet das Projekt selbst');
    expect(checklist(el).M).to.equal(true);
    await type(el, '#challenge', 'neu');
    expect(checklist(el).A).to.equal(true);
    await type(el, '#hours', '40');
    expect(checklist(el).R).to.equal(true);
    await type(el, '#due', '2025-09-01');
    expect(checklist(el)).to.deep.equal({ S: true, M: true, A: true, R: true, T: true });
  });

  it('links each open criterion to its field and moves focus there', async () => {
    const el = await formWith(variant({ measure: '' }));
    const goto = $$<HTMLButtonElement>(el, '.criteria > li[data-letter="M"] [part="goto"]');
    expect(goto).to.have.length(1);
    expect(goto[0].textContent).to.include('Woran wird der Fortschritt gemessen?');
    goto[0].click();
    expect(el.shadowRoot!.activeElement?.id).to.equal('measure');
    expect($$(el, '.criteria > li[data-letter="S"] [part="goto"]')).to.have.length(0);
  });

  it('offers no links to the fields of a disabled form (they take no focus), and the checklist and problems still read', async () => {
    const el = await formWith(variant({ measure: '' }));
    await submit(el);
    expect($$(el, '[part="goto"]').length).to.be.greaterThan(0);
    expect($$(el, '[part="error-link"]').length).to.be.greaterThan(0);
    el.disabled = true;
    await elementUpdated(el);
    expect($$(el, '[part="goto"]')).to.have.length(0);
    expect($$(el, '[part="error-link"]')).to.have.length(0);
    expect($$(el, '[part="error-summary"] li').length).to.be.greaterThan(0);
    expect(checklist(el).M).to.equal(false);
    expect($$<HTMLElement>(el, 'button, a[href], [tabindex="0"]').filter((node) => !node.matches(':disabled'))).to.have.length(0);
    await expectAccessible(el);
    // Enabled again, its fields take input again (they stayed disabled when the host reflected the attribute inside its update).
    el.disabled = false;
    await elementUpdated(el);
    expect($<HTMLTextAreaElement>(el, '#measure').matches(':disabled')).to.equal(false);
    expect($$(el, '[part="goto"]').length).to.be.greaterThan(0);
  });

  it('announces the state politely after typing pauses, not on every keystroke', async () => {
    const el = await formWith(undefined);
    const region = $(el, '[role="status"][aria-live="polite"]');
    const measure = $<HTMLTextAreaElement>(el, '#measure');
    for (const text of ['l', 'le', 'lei']) {
      measure.value = text;
      measure.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await elementUpdated(el);
    }
    expect(region.textContent?.trim(), 'nothing while typing').to.equal('');
    await aTimeout(1700);
    await elementUpdated(el);
    expect(region.textContent).to.include('SMART-Prüfung: 0 von 5 Kriterien erfüllt.');
  });

  it('announces the message of a field when it is left', async () => {
    const el = await formWith(undefined);
    await type(el, '#measure', 'gut');
    await aTimeout(300);
    await elementUpdated(el);
    const region = $(el, '[role="status"][aria-live="polite"]');
    expect(region.textContent).to.include(describeFinding(checkSmartGoal({ measure: 'gut' }, context).criteria.M.findings.find((f) => f.field === 'measure')!, 'de'));
  });

  it('shows the chosen date in words next to the ISO date field', async () => {
    const el = await formWith(GOOD_GOAL);
    expect($<HTMLInputElement>(el, '#due').value).to.equal('2025-09-01');
    expect($(el, '#due-text').textContent).to.equal('Gewählt: 1. September 2025');
    el.lang = 'en';
    await elementUpdated(el);
    expect($(el, '#due-text').textContent).to.equal('Chosen: 1 September 2025');
  });

  it('shows current and target levels next to each competency, grouped by category, largest gaps suggested first', async () => {
    const el = await formWith(undefined);
    expect($$(el, '[part="category"] > legend').map((legend) => legend.textContent)).to.deep.equal([
      'Digitale Fachkompetenzen',
      'Methodenkompetenzen',
      'Sozialkompetenzen',
      'Personale Kompetenzen',
    ]);
    expect($$(el, '#competencies input[type="checkbox"]')).to.have.length(25);
    const pm = $(el, '#competencies input[value="projektmanagement"]').closest('label')!;
    expect(pm.querySelector('[part="levels"]')!.textContent).to.equal('Ist 1 (Kenner) · Soll 3 (Experte)');
    const suggestions = $$(el, '[part="suggestion"]').map((button) => button.textContent!.replace(/\s+/g, ' ').trim());
    expect(suggestions.length).to.equal(5);
    // projektmanager: Projektmanagement 3, Stakeholdermanagement 3, Kommunikation 3 …; gaps of 3 first.
    expect(suggestions[0]).to.match(/Lücke 3 Stufen$/);
    expect(suggestions.every((text, index) => index === 0 || Number(/Lücke (\d)/.exec(text)![1]) <= Number(/Lücke (\d)/.exec(suggestions[index - 1])![1]))).to.equal(true);
  });

  it('reads levels of its current profile written as their names, as the wheel does', async () => {
    const el = await fixture<SmartGoalForm>(html`<smart-goal-form today=${TODAY} target-role="projektmanager" current='{"projektmanagement":"Kenner","team":"Könner"}'></smart-goal-form>`);
    const levels = (id: string) => $(el, `#competencies input[value="${id}"]`).closest('label')!.querySelector('[part="levels"]')!.textContent;
    expect(levels('projektmanagement')).to.equal('Ist 1 (Kenner) · Soll 3 (Experte)');
    expect(levels('team')).to.match(/^Ist 2 \(Könner\)/);
    expect(el.problems).to.deep.equal([]);
  });

  it('takes a suggestion with its toggle button and fires input and change', async () => {
    const el = await formWith(undefined);
    const button = $$<HTMLButtonElement>(el, '[part="suggestion"]')[0];
    const input = oneEvent(el, 'input');
    const change = oneEvent(el, 'change');
    button.click();
    await input;
    await change;
    await elementUpdated(el);
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect(el.draft.competencyIds).to.have.length(1);
    expect(checklist(el).S).to.equal(true);
  });

  it('offers the estimated hours and a realistic due date from the domain', async () => {
    const el = await formWith(undefined);
    await check(el, 'projektmanagement');
    await chooseLevel(el, 3);
    const due = suggestDueDate({ competencyIds: ['projektmanagement'], targetLevel: 3 }, context);
    const words = new Intl.DateTimeFormat('de', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${due}T00:00:00Z`));
    const buttons = $$<HTMLButtonElement>(el, '[part="suggest-button"]');
    expect(buttons.map((button) => button.textContent)).to.deep.equal(['Schätzung übernehmen: 80 Stunden', `Vorschlag übernehmen: ${words}`]);
    buttons[0].click();
    buttons[1].click();
    await elementUpdated(el);
    expect(el.draft.resources.hours).to.equal(80);
    expect(el.draft.due).to.equal(due);
    expect(checklist(el).R).to.equal(true);
    expect(checklist(el).T).to.equal(true);
  });

  it('is accessible with every message showing', async () => {
    const el = await formWith(variant({ measure: 'x', challenge: '', due: TODAY, resources: { hours: -1 } }));
    await submit(el);
    expect($$(el, '.problem').length).to.be.greaterThan(3);
    await expectAccessible(el);
  });

  it('is accessible when empty and in English', async () => {
    const el = await formWith(undefined, 'en');
    await expectAccessible(el);
  });
});
