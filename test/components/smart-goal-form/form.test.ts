import { elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/define/smart-goal-form.js';
import type { SmartGoalForm } from '../../../src/components/smart-goal-form/smart-goal-form.js';
import type { KrGoalInvalidDetail } from '../../../src/components/smart-goal-form/smart-goal-form.js';
import { checkSmartGoal, validateGoal } from '../../../src/domain/goals.js';
import { describeFinding } from '../../../src/domain/messages/describe-findings.js';
import type { Goal } from '../../../src/domain/types.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { $, $$, CAPACITY, check, checklist, chooseLevel, CURRENT, GOOD_GOAL, messagesOf, mount, submit, TODAY, type } from './helpers.js';

const context = { current: CURRENT, capacityHoursPerMonth: CAPACITY, today: TODAY };

async function inForm(goal?: Goal): Promise<{ form: HTMLFormElement; el: SmartGoalForm }> {
  const form = await mount<HTMLFormElement>(html`<form>
    <label for="goal">Lernziel für Anna</label>
    <smart-goal-form id="goal" name="goal" person-id="p-1" today=${TODAY} capacity=${CAPACITY} .current=${CURRENT} .goal=${goal}></smart-goal-form>
    <input type="hidden" name="other" value="x" />
    <button type="submit">Absenden</button>
  </form>`);
  const el = form.querySelector('smart-goal-form')!;
  await elementUpdated(el);
  return { form, el };
}

function goalIn(form: HTMLFormElement): unknown {
  const value = new FormData(form).get('goal');
  return typeof value === 'string' ? JSON.parse(value) : value;
}

describe('smart-goal-form: a form-associated element', () => {
  it('puts the goal as JSON under its name into the FormData of the surrounding form', async () => {
    const { form, el } = await inForm(GOOD_GOAL);
    expect(goalIn(form)).to.deep.equal(GOOD_GOAL);
    expect(new FormData(form).get('other')).to.equal('x');
    await type(el, '#measure', 'stellt das Konzept im Ausschuss vor');
    expect((goalIn(form) as Goal).measure).to.equal('stellt das Konzept im Ausschuss vor');
    expect(el.value).to.equal(JSON.stringify(goalIn(form)));
  });

  it('submits natively with the goal in the form data and fires kr-goal-submit', async () => {
    const { form, el } = await inForm(GOOD_GOAL);
    let submitted: FormData | undefined;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted = new FormData(form);
    });
    const goalSubmit = oneEvent(el, 'kr-goal-submit');
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    const event = await goalSubmit;
    expect(submitted, 'the form was submitted').to.not.equal(undefined);
    expect(JSON.parse(submitted!.get('goal') as string)).to.deep.equal(GOOD_GOAL);
    expect(event.detail.goal).to.deep.equal(GOOD_GOAL);
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('blocks a native submission while checks fail, reports kr-goal-invalid and anchors the message at the field', async () => {
    const broken = { ...GOOD_GOAL, measure: '' };
    const { form, el } = await inForm(broken);
    let submitted = false;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted = true;
    });
    expect(el.checkValidity()).to.equal(false);
    const invalid = oneEvent(el, 'kr-goal-invalid');
    form.requestSubmit();
    const event = await invalid;
    await elementUpdated(el);
    expect(submitted).to.equal(false);
    const expected = checkSmartGoal(broken, context).criteria.M.findings.filter((f) => f.severity === 'problem');
    expect(event.detail.findings).to.deep.equal(expected);
    expect(el.validity.customError).to.equal(true);
    expect(el.validationMessage).to.equal(describeFinding(expected[0], 'de'));
    expect(el.shadowRoot!.activeElement?.id, 'the browser focuses the anchor').to.equal('measure');
    expect(messagesOf(el, 'measure')).to.include(describeFinding(expected[0], 'de'));
    expect(el.matches(':state(invalid)')).to.equal(true);
  });

  it('is invalid without a person, so that the surrounding form does not submit a goal of no one', async () => {
    const form = await mount<HTMLFormElement>(html`<form>
      <smart-goal-form name="goal" today=${TODAY} capacity=${CAPACITY} .current=${CURRENT} .goal=${{ ...GOOD_GOAL, personId: undefined }}></smart-goal-form>
      <button type="submit">Absenden</button>
    </form>`);
    const el = form.querySelector('smart-goal-form')!;
    await elementUpdated(el);
    let submitted = false;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted = true;
    });
    expect(el.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.equal('Keine Person gewählt: Ein Lernziel gehört zu einer Person („person-id“ setzen oder im Provider eine Person wählen).');
    const error = oneEvent(el, 'kr-error');
    form.requestSubmit();
    expect((await error).detail).to.include({ code: 'no-person', source: 'person-id' });
    expect(submitted).to.equal(false);
    el.personId = 'p-1';
    await elementUpdated(el);
    expect(el.checkValidity()).to.equal(true);
    form.requestSubmit();
    expect(submitted).to.equal(true);
  });

  it('reflects validity in custom states and the :valid/:invalid pseudo-classes', async () => {
    const { el } = await inForm(GOOD_GOAL);
    expect(el.matches(':state(valid)')).to.equal(true);
    expect(el.matches(':valid')).to.equal(true);
    await type(el, '#challenge', '');
    expect(el.matches(':state(invalid)')).to.equal(true);
    expect(el.matches(':state(valid)')).to.equal(false);
    expect(el.matches(':invalid')).to.equal(true);
  });

  it('returns to the goal it was given on form reset, and to an empty goal without one', async () => {
    const { form, el } = await inForm(GOOD_GOAL);
    await type(el, '#measure', 'etwas anderes ganz anders');
    await check(el, 'daten');
    await submit(el).catch(() => undefined);
    form.reset();
    await elementUpdated(el);
    expect(goalIn(form)).to.deep.equal(GOOD_GOAL);
    expect($<HTMLTextAreaElement>(el, '#measure').value).to.equal(GOOD_GOAL.measure);
    expect($<HTMLInputElement>(el, '#competencies input[value="daten"]').checked).to.equal(false);

    const empty = await inForm();
    const firstId = (goalIn(empty.form) as Goal).id;
    await check(empty.el, 'analyse');
    await type(empty.el, '#measure', 'gut');
    expect(messagesOf(empty.el, 'measure')).to.not.equal('');
    empty.form.reset();
    await elementUpdated(empty.el);
    const reset = goalIn(empty.form) as Goal;
    expect(reset.competencyIds).to.deep.equal([]);
    expect(reset.measure).to.equal('');
    expect(reset.id, 'a new goal after reset').to.not.equal(firstId);
    expect(messagesOf(empty.el, 'measure'), 'messages are gone').to.equal('');
    expect(checklist(empty.el).S).to.equal(false);
  });

  it('restores a saved form state', async () => {
    const { form, el } = await inForm();
    el.formStateRestoreCallback(JSON.stringify(GOOD_GOAL));
    await elementUpdated(el);
    expect(goalIn(form)).to.deep.equal(GOOD_GOAL);
    expect($<HTMLTextAreaElement>(el, '#challenge').value).to.equal(GOOD_GOAL.challenge);
  });

  it('is disabled by a disabled fieldset and then left out of the form data', async () => {
    const form = await mount<HTMLFormElement>(html`<form>
      <fieldset>
        <smart-goal-form name="goal" person-id="p-1" today=${TODAY} .current=${CURRENT} .goal=${GOOD_GOAL}></smart-goal-form>
      </fieldset>
    </form>`);
    const el = form.querySelector('smart-goal-form')!;
    form.querySelector('fieldset')!.disabled = true;
    await elementUpdated(el);
    expect(new FormData(form).has('goal')).to.equal(false);
    expect($$<HTMLInputElement>(el, 'input, textarea').every((control) => control.matches(':disabled'))).to.equal(true);
    form.querySelector('fieldset')!.disabled = false;
    await elementUpdated(el);
    expect(new FormData(form).has('goal')).to.equal(true);
    expect($<HTMLTextAreaElement>(el, '#measure').matches(':disabled')).to.equal(false);
  });

  it('is named by its <label for> and hides its own submit button inside a form', async () => {
    const { el } = await inForm(GOOD_GOAL);
    expect(el.labels.length).to.equal(1);
    expect((el.labels[0] as HTMLElement).textContent).to.equal('Lernziel für Anna');
    expect($$(el, '[part="submit"]')).to.have.length(0);
    expect(el.form).to.equal(el.closest('form'));
    await expectAccessible(el.closest('form')!);
  });

  it('focuses its first control through delegatesFocus', async () => {
    const { el } = await inForm();
    el.focus();
    expect(document.activeElement).to.equal(el);
    expect(el.shadowRoot!.activeElement?.getAttribute('type')).to.equal('checkbox');
  });

  it('fires one input event per edit from the host, and change when a choice is made', async () => {
    const { el } = await inForm();
    let inputs = 0;
    let changes = 0;
    el.addEventListener('input', () => (inputs += 1));
    el.addEventListener('change', () => (changes += 1));
    const measure = $<HTMLTextAreaElement>(el, '#measure');
    measure.value = 'a';
    measure.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    expect(inputs).to.equal(1);
    expect(el.draft.measure, 'the value is current when input fires').to.equal('a');
    await chooseLevel(el, 2);
    expect(changes).to.equal(1);
    expect(inputs).to.equal(2);
  });
});

describe('smart-goal-form: alone, with its own submit button', () => {
  async function alone(goal?: Goal, personId = 'p-1'): Promise<SmartGoalForm> {
    return fixture<SmartGoalForm>(html`<smart-goal-form
      person-id=${personId}
      today=${TODAY}
      capacity=${CAPACITY}
      .current=${CURRENT}
      .goal=${goal}
    ></smart-goal-form>`);
  }

  it('fires kr-goal-submit with a valid goal', async () => {
    const el = await alone({ ...GOOD_GOAL, notes: 'im Mitarbeitergespräch vereinbart' });
    const event = oneEvent(el, 'kr-goal-submit');
    await submit(el);
    const { detail } = await event;
    expect(detail.goal.notes).to.equal('im Mitarbeitergespräch vereinbart');
    expect(validateGoal(detail.goal, undefined, '$')).to.deep.equal([]);
    expect($(el, '[part="result"]').textContent).to.include('erfüllt alle fünf Kriterien');
  });

  it('writes a complete new goal with its own id, the person and today as creation date', async () => {
    const el = await alone(undefined);
    await check(el, 'projektmanagement');
    await chooseLevel(el, 2);
    await type(el, '#measure', 'leitet das Projekt zur E-Akte selbst');
    await type(el, '#challenge', 'Erstmals eine Projektleitung');
    await type(el, '#hours', '40');
    await type(el, '#due', '2025-09-01');
    const event = oneEvent(el, 'kr-goal-submit');
    await submit(el);
    const { goal } = (await event).detail;
    expect(goal).to.include({ personId: 'p-1', createdAt: TODAY, status: 'open', targetLevel: 2, due: '2025-09-01' });
    expect(goal.id).to.match(/^goal-2025-03-03-[0-9a-z]{6}$/);
    expect(goal.resources).to.deep.equal({ hours: 40 });
    expect(validateGoal(goal)).to.deep.equal([]);
  });

  it('fires kr-goal-invalid with the failing findings, shows every message and moves focus to the error summary', async () => {
    const el = await alone(undefined);
    let submitted = false;
    el.addEventListener('kr-goal-submit', () => (submitted = true));
    const event = oneEvent(el, 'kr-goal-invalid');
    await submit(el);
    const { findings } = (await event).detail as KrGoalInvalidDetail;
    await el.updateComplete;
    expect(submitted).to.equal(false);
    expect(findings.map((finding) => finding.code)).to.deep.equal(['no-competency', 'no-target-level', 'no-measure', 'no-challenge', 'no-hours', 'no-due']);
    expect(findings.every((finding) => finding.severity === 'problem')).to.equal(true);
    expect(el.shadowRoot!.activeElement?.getAttribute('part'), 'the summary at the top, whose first link leads to the first field').to.equal('error-summary');
    expect($(el, '[part="error-link"]').getAttribute('href')).to.equal('#competencies');
    expect(messagesOf(el, 'due')).to.include('Legen Sie fest, bis wann');
    expect($(el, '[part="result"]').textContent).to.include('5 Kriterien sind nicht erfüllt');
  });

  it('does not submit a goal without a person and says why with kr-error', async () => {
    const el = await fixture<SmartGoalForm>(html`<smart-goal-form today=${TODAY} .current=${CURRENT} .goal=${{ ...GOOD_GOAL, personId: undefined }}></smart-goal-form>`);
    let submitted = false;
    el.addEventListener('kr-goal-submit', () => (submitted = true));
    const error = oneEvent(el, 'kr-error');
    await submit(el);
    const { detail } = await error;
    expect(submitted).to.equal(false);
    expect(detail).to.include({ code: 'no-person', source: 'person-id' });
  });
});
