import { elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/define/kompetenz-provider.js';
import '../../../src/define/smart-goal-form.js';
import type { KompetenzProvider } from '../../../src/define/kompetenz-provider.js';
import type { SmartGoalForm } from '../../../src/components/smart-goal-form/smart-goal-form.js';
import type { Catalogue, Portfolio } from '../../../src/domain/types.js';
import type { KrErrorDetail } from '../../../src/internal/events.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { $, $$, CAPACITY, check, checklist, CURRENT, GOOD_GOAL, messagesOf, mount, submit, TODAY, type } from './helpers.js';

/** Collects `kr-error` details from the moment the element is created (they fire after its first update). */
async function withErrors(template: ReturnType<typeof html>): Promise<{ el: SmartGoalForm; errors: KrErrorDetail[] }> {
  const errors: KrErrorDetail[] = [];
  const listener = (event: Event) => errors.push((event as CustomEvent<KrErrorDetail>).detail);
  document.addEventListener('kr-error', listener);
  try {
    const root = await mount<HTMLElement>(template);
    const el = (root.localName === 'smart-goal-form' ? root : root.querySelector('smart-goal-form')!) as SmartGoalForm;
    await elementUpdated(el);
    return { el, errors };
  } finally {
    document.removeEventListener('kr-error', listener);
  }
}

describe('smart-goal-form: bad input is reported with kr-error', () => {
  it('reports JSON that does not parse, and keeps working', async () => {
    const { el, errors } = await withErrors(html`<smart-goal-form today=${TODAY} current="{levels: 2"></smart-goal-form>`);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include({ code: 'invalid-json', source: 'current' });
    expect($(el, '[part="notice"]').textContent).to.include('Kein gültiges JSON');
    expect($$(el, '#competencies input[type="checkbox"]')).to.have.length(25);
  });

  it('reports a person id that is no id, and does not put it into a goal', async () => {
    const { el, errors } = await withErrors(html`<smart-goal-form today=${TODAY} .personId=${{ evil: 1 } as never}></smart-goal-form>`);
    expect(errors.map((error) => [error.code, error.source])).to.deep.equal([['id', 'person-id']]);
    expect($(el, '[part="notice"]').textContent).to.include('Ungültige Angabe „{"evil":1}“ in „person-id“.');
    expect(el.draft.personId, 'not the object').to.not.be.an('object');
  });

  it('reports a target role that is no text (NaN) as the wheel does, not as none given', async () => {
    const { errors } = await withErrors(html`<smart-goal-form today=${TODAY} .targetRole=${Number.NaN as never}></smart-goal-form>`);
    expect(errors.map((error) => [error.code, error.source])).to.deep.equal([['unknown-role', 'target-role']]);
  });

  it('reports unknown competencies and bad levels in the current profile', async () => {
    const { el, errors } = await withErrors(html`<smart-goal-form today=${TODAY} current='{"zauberei": 2, "daten": 7, "analyse": 2}'></smart-goal-form>`);
    expect(errors.map((error) => [error.code, error.source])).to.deep.equal([
      ['unknown-competency', 'current'],
      ['level', 'current'],
    ]);
    const analyse = $(el, '#competencies input[value="analyse"]').closest('label')!;
    expect(analyse.querySelector('[part="levels"]')!.textContent, 'the valid part is used').to.equal('Ist 2 (Könner)');
    expect($(el, '[part="notice"]').textContent, 'the level is named with its competency, as the wheel names it').to.include('Keine Stufe „daten: 7“ in „current“ (erlaubt: 0 bis 3 oder Kenner, Könner, Experte).');
  });

  it("notes the domain's issues for developers in English, and words them in the notice in the element's language", async () => {
    const german = await withErrors(html`<smart-goal-form today=${TODAY} current='{"daten": 7}'></smart-goal-form>`);
    expect(german.errors.map((error) => error.message)).to.deep.equal(['current: level at current.daten (got 7)']);
    expect($(german.el, '[part="notice"]').textContent).to.include('Keine Stufe „daten: 7“ in „current“');
    const english = await withErrors(html`<smart-goal-form lang="en" today=${TODAY} current='{"daten": 7}'></smart-goal-form>`);
    expect(english.errors.map((error) => error.message)).to.deep.equal(['current: level at current.daten (got 7)']);
    expect($(english.el, '[part="notice"]').textContent).to.include('No level “daten: 7” in “current”');
  });

  it('reports an unknown competency in a goal, names it at the S field and lets the user take it out', async () => {
    const { el, errors } = await withErrors(
      html`<smart-goal-form person-id="p-1" today=${TODAY} .current=${CURRENT} .goal=${{ ...GOOD_GOAL, competencyIds: ['projektmanagement', 'zauberei'] }}></smart-goal-form>`,
    );
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include({ code: 'unknown-competency', source: 'goal' });
    expect($(el, '[part="notice"]').textContent).to.include('„zauberei“');
    await submit(el);
    expect(messagesOf(el, 'competencies')).to.include('„zauberei“ gehört nicht zum Kompetenzkatalog');
    expect(checklist(el).S).to.equal(false);
    await check(el, 'zauberei', false);
    expect(el.draft.competencyIds).to.deep.equal(['projektmanagement']);
    expect(checklist(el).S).to.equal(true);
  });

  it('reports a malformed goal (wrong JSON type, wrong field types) and shows what can be used', async () => {
    const array = await withErrors(html`<smart-goal-form today=${TODAY} goal="[1, 2]"></smart-goal-form>`);
    expect(array.errors.map((error) => [error.code, error.source])).to.deep.equal([['json-type', 'goal']]);

    const { el, errors } = await withErrors(
      html`<smart-goal-form
        person-id="p-1"
        today=${TODAY}
        goal='{"id": "g-7", "competencyIds": ["daten"], "targetLevel": "hoch", "measure": 42, "challenge": "neu", "resources": {"hours": "viele"}, "due": "2025-13-45"}'
      ></smart-goal-form>`,
    );
    const codes = errors.filter((error) => error.source === 'goal').map((error) => error.code);
    expect(codes).to.include.members(['level', 'type', 'date']);
    expect($<HTMLInputElement>(el, '#competencies input[value="daten"]').checked).to.equal(true);
    expect($<HTMLTextAreaElement>(el, '#challenge').value).to.equal('neu');
    expect(el.draft.id).to.equal('g-7');
  });

  it('reports an unknown target role, a bad capacity and a bad date, and falls back', async () => {
    const { el, errors } = await withErrors(html`<smart-goal-form target-role="zauberer" capacity="viel" today="morgen"></smart-goal-form>`);
    expect(errors.map((error) => [error.code, error.source])).to.deep.equal([
      ['date', 'today'],
      ['unknown-role', 'target-role'],
      ['range', 'capacity'],
    ]);
    expect(el.draft.createdAt).to.match(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('reports a catalogue that is not valid and uses the built-in one; a valid one is used', async () => {
    const { el, errors } = await withErrors(html`<smart-goal-form today=${TODAY} .catalogue=${{ categories: [] } as unknown as Catalogue}></smart-goal-form>`);
    expect(errors.map((error) => error.code)).to.deep.equal(['invalid-catalogue']);
    expect($$(el, '#competencies input[type="checkbox"]')).to.have.length(25);

    const small: Catalogue = {
      categories: [{ id: 'eigen', label: { de: 'Eigene', en: 'Own' } }],
      competencies: [{ id: 'ki', category: 'eigen', label: { de: 'KI-Kompetenz', en: 'AI literacy' }, description: { de: 'd', en: 'd' } }],
    };
    const own = await withErrors(html`<smart-goal-form today=${TODAY} .catalogue=${small}></smart-goal-form>`);
    expect(own.errors).to.deep.equal([]);
    expect($$(own.el, '#competencies input[type="checkbox"]').map((box) => (box as HTMLInputElement).value)).to.deep.equal(['ki']);
  });

  it('reports each problem once, however often the element renders', async () => {
    const { el, errors } = await withErrors(html`<smart-goal-form today=${TODAY} target-role="zauberer"></smart-goal-form>`);
    const later: KrErrorDetail[] = [];
    el.addEventListener('kr-error', (event) => later.push(event.detail));
    el.capacity = 5;
    await type(el, '#measure', 'etwas');
    await elementUpdated(el);
    expect(errors).to.have.length(1);
    expect(later).to.deep.equal([]);
  });
});

function portfolio(): Portfolio {
  return {
    format: 'kompetenzrad-portfolio',
    version: 1,
    people: [
      { id: 'p1', name: 'Erika Muster', roleId: 'cdo', capacityHoursPerMonth: 6 },
      { id: 'p2', name: 'Max Beispiel', roleId: 'cio' },
    ],
    assessments: [
      { id: 'a1', personId: 'p1', rater: 'self', date: '2025-01-10', levels: { daten: 1, technik: 2 } },
      { id: 'a2', personId: 'p1', rater: 'external', date: '2025-01-12', levels: { daten: 2 } },
    ],
    goals: [{ ...GOOD_GOAL, id: 'g-stored', personId: 'p1', competencyIds: ['daten'], targetLevel: 3, resources: { hours: 40, supportPerson: 'Frau Meier' }, due: '2026-01-31' }],
    plans: [],
  };
}

async function inProvider(form: ReturnType<typeof html>): Promise<{ provider: KompetenzProvider; el: SmartGoalForm }> {
  const provider = await fixture<KompetenzProvider>(html`<kompetenz-provider storage="none" today=${TODAY} .portfolio=${portfolio()}>${form}</kompetenz-provider>`);
  await provider.loadComplete;
  const el = provider.querySelector('smart-goal-form')!;
  await elementUpdated(el);
  return { provider, el };
}

describe('smart-goal-form: inside a kompetenz-provider', () => {
  it('takes the selected person, their current levels, role target and capacity from the provider', async () => {
    const { el } = await inProvider(html`<smart-goal-form></smart-goal-form>`);
    expect($(el, '[part="heading"]').textContent).to.equal('SMART-Lernziel für Erika Muster');
    const daten = $(el, '#competencies input[value="daten"]').closest('label')!;
    // External rating first: daten 2; CDO target 3.
    expect(daten.querySelector('[part="levels"]')!.textContent).to.equal('Ist 2 (Könner) · Soll 3 (Experte)');
    expect($(el, '#help-hours').textContent).to.include('6 Stunden pro Monat');
    expect(el.draft.personId).to.equal('p1');
    expect(el.draft.createdAt).to.equal(TODAY);
  });

  it('fires kr-goal-submit and the provider saves the goal to the portfolio', async () => {
    const { provider, el } = await inProvider(html`<smart-goal-form></smart-goal-form>`);
    await check(el, 'daten');
    $<HTMLInputElement>(el, '#target-level input[value="3"]').click();
    await elementUpdated(el);
    await type(el, '#measure', 'wertet die Bürgerumfrage selbst aus');
    await type(el, '#challenge', 'erstmals mit Statistiksoftware');
    await type(el, '#hours', '40');
    await type(el, '#due', '2026-02-01');
    expect(checklist(el)).to.deep.equal({ S: true, M: true, A: true, R: true, T: true });
    const event = oneEvent(el, 'kr-goal-submit');
    await submit(el);
    const { goal } = (await event).detail;
    await waitUntil(() => provider.portfolio.goals.some((stored) => stored.id === goal.id), 'the provider stores the goal');
    const stored = provider.portfolio.goals.find((candidate) => candidate.id === goal.id)!;
    expect(stored).to.deep.include({ personId: 'p1', competencyIds: ['daten'], targetLevel: 3, due: '2026-02-01' });

    // Stored: the form holds a new goal, so that saving again adds one instead of overwriting this one.
    await waitUntil(() => el.draft.id !== goal.id, 'a new goal once the provider holds the saved one');
    await elementUpdated(el);
    expect($<HTMLTextAreaElement>(el, '#measure').value).to.equal('');
    expect($(el, '[part="result"]').textContent).to.equal('Das Ziel ist gespeichert. Das Formular ist jetzt frei für ein weiteres Ziel.');
    await check(el, 'technik');
    expect($(el, '[part="result"]').textContent, 'the next edit clears it').to.equal('');
    expect(provider.portfolio.goals.filter((candidate) => candidate.id === goal.id)).to.have.length(1);
  });

  it('edits a stored goal named by goal-id and saves it under the same id', async () => {
    const { provider, el } = await inProvider(html`<smart-goal-form goal-id="g-stored"></smart-goal-form>`);
    expect($<HTMLInputElement>(el, '#competencies input[value="daten"]').checked).to.equal(true);
    expect($<HTMLInputElement>(el, '#due').value).to.equal('2026-01-31');
    await type(el, '#measure', 'stellt die Auswertung im Ausschuss vor');
    await submit(el);
    await waitUntil(() => provider.portfolio.goals[0].measure === 'stellt die Auswertung im Ausschuss vor', 'saved');
    expect(provider.portfolio.goals).to.have.length(1);
    expect(provider.portfolio.goals[0].id).to.equal('g-stored');
    await elementUpdated(el);
    expect($<HTMLTextAreaElement>(el, '#measure').value).to.equal('stellt die Auswertung im Ausschuss vor');
  });

  it('reports a goal-id the portfolio does not know', async () => {
    const errors: KrErrorDetail[] = [];
    document.addEventListener('kr-error', (event) => errors.push(event.detail), { once: true });
    await inProvider(html`<smart-goal-form goal-id="g-unbekannt"></smart-goal-form>`);
    expect(errors[0]).to.include({ code: 'unknown-goal', source: 'goal-id' });
  });

  it('waits for a provider that loads its portfolio from src before judging ids, then loads the goal', async () => {
    const errors: KrErrorDetail[] = [];
    const listener = (event: Event) => errors.push((event as CustomEvent<KrErrorDetail>).detail);
    document.addEventListener('kr-error', listener);
    try {
      const provider = await fixture<KompetenzProvider>(
        html`<kompetenz-provider storage="none" src="/demo/data/sample-portfolio.json"
          ><smart-goal-form person-id="p-0001" goal-id="g-0001-1"></smart-goal-form
        ></kompetenz-provider>`,
      );
      await provider.loadComplete;
      const el = provider.querySelector('smart-goal-form')!;
      await elementUpdated(el);
      expect(errors).to.deep.equal([]);
      expect(el.draft.id).to.equal('g-0001-1');
      expect($<HTMLInputElement>(el, '#competencies input[value="lernen"]').checked).to.equal(true);
      expect($<HTMLInputElement>(el, '#due').value).to.equal('2026-09-11');
    } finally {
      document.removeEventListener('kr-error', listener);
    }
  });

  it('starts a new goal when another person is selected, and gives the first one her draft back when she is again', async () => {
    const { provider, el } = await inProvider(html`<smart-goal-form></smart-goal-form>`);
    await check(el, 'daten');
    await type(el, '#measure', 'wertet die Bürgerumfrage selbst aus');
    const firstId = el.draft.id;
    provider.person = 'p2';
    await provider.updateComplete;
    await elementUpdated(el);
    expect($(el, '[part="heading"]').textContent).to.equal('SMART-Lernziel für Max Beispiel');
    expect(el.draft.personId).to.equal('p2');
    expect(el.draft.competencyIds).to.deep.equal([]);
    expect(el.draft.id).to.not.equal(firstId);
    provider.person = 'p1';
    await provider.updateComplete;
    await elementUpdated(el);
    expect(el.draft).to.deep.include({ id: firstId, personId: 'p1', competencyIds: ['daten'], measure: 'wertet die Bürgerumfrage selbst aus' });
    expect($<HTMLTextAreaElement>(el, '#measure').value).to.equal('wertet die Bürgerumfrage selbst aus');
  });

  it('lets explicit attributes win over the provider', async () => {
    const { el } = await inProvider(html`<smart-goal-form person-id="p2" capacity="3" .current=${{ daten: 1 }}></smart-goal-form>`);
    expect($(el, '[part="heading"]').textContent).to.equal('SMART-Lernziel für Max Beispiel');
    expect($(el, '#help-hours').textContent).to.include('3 Stunden pro Monat');
    const daten = $(el, '#competencies input[value="daten"]').closest('label')!;
    expect(daten.querySelector('[part="levels"]')!.textContent).to.equal('Ist 1 (Kenner) · Soll 2 (Könner)');
  });
});

describe('smart-goal-form: small screens', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('fits 320 px without horizontal scrolling, with targets of at least 24 × 24 px', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<SmartGoalForm>(
      html`<smart-goal-form person-id="p-1" today=${TODAY} capacity=${CAPACITY} target-role="projektmanager" .current=${CURRENT} .goal=${{ ...GOOD_GOAL, measure: '' }}></smart-goal-form>`,
    );
    await submit(el);
    const host = el.getBoundingClientRect();
    expect(host.width).to.be.at.most(320);
    expect(document.documentElement.scrollWidth, 'the page does not scroll sideways').to.be.at.most(320);
    for (const node of $$(el, '*')) {
      const rect = node.getBoundingClientRect();
      if (rect.width === 0 || node.closest('.visually-hidden')) continue;
      expect(rect.right, `${node.localName}.${node.className} stays inside`).to.be.at.most(host.right + 0.5);
    }
    for (const target of $$(el, 'button, input')) {
      const rect = target.getBoundingClientRect();
      expect(rect.width, `${target.localName} ${target.getAttribute('part') ?? target.id} width`).to.be.at.least(24);
      expect(rect.height, `${target.localName} ${target.getAttribute('part') ?? target.id} height`).to.be.at.least(24);
    }
    await expectAccessible(el);
  });
});
