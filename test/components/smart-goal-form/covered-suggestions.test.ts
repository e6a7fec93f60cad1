import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import '../../../src/define/kompetenz-provider.js';
import '../../../src/define/smart-goal-form.js';
import type { KompetenzProvider } from '../../../src/define/kompetenz-provider.js';
import type { SmartGoalForm } from '../../../src/components/smart-goal-form/smart-goal-form.js';
import { competencyById, DEFAULT_CATALOGUE } from '../../../src/domain/catalogue.js';
import type { Goal, Lang, Profile } from '../../../src/domain/types.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { $$, GOOD_GOAL, portfolioWith, TODAY } from './helpers.js';

/** With the person's ratings (daten 1, technik 2): gaps informationssicherheit 3, projektmanagement 2, daten 1 (in this order); technik met. */
const TARGET: Profile = { informationssicherheit: 3, projektmanagement: 2, daten: 2, technik: 2 };
const MET: Profile = { daten: 1, technik: 2 };

function goal(id: string, competencyIds: string[], extra: Partial<Goal> = {}): Goal {
  return { ...GOOD_GOAL, id, personId: 'p1', competencyIds, targetLevel: 3, ...extra };
}

async function formIn(goals: Goal[], options: { target?: Profile; goalId?: string; lang?: Lang } = {}): Promise<SmartGoalForm> {
  const provider = await fixture<KompetenzProvider>(
    html`<kompetenz-provider storage="none" lang=${options.lang ?? 'de'} today=${TODAY} .portfolio=${portfolioWith(goals)}
      ><smart-goal-form goal-id=${options.goalId ?? ''} .target=${options.target ?? TARGET}></smart-goal-form
    ></kompetenz-provider>`,
  );
  await provider.loadComplete;
  const el = provider.querySelector('smart-goal-form')!;
  await elementUpdated(el);
  return el;
}

const label = (id: string, lang: Lang = 'de') => competencyById(DEFAULT_CATALOGUE, id)!.label[lang];
const suggested = (el: SmartGoalForm) => $$(el, '[part="suggestion"] > span:first-child').map((span) => span.textContent);
const notes = (el: SmartGoalForm) => $$(el, '[part="suggestions-note"]').map((note) => note.textContent!.replace(/\s+/g, ' ').trim());

describe('smart-goal-form: says which competencies are not suggested because a goal covers them', () => {
  it('names the covered competencies under the suggestions, in plain text beside the list', async () => {
    const el = await formIn([goal('g1', ['informationssicherheit']), goal('g2', ['projektmanagement', 'kommunikation'])]);
    expect(suggested(el)).to.deep.equal([label('daten')]);
    expect(notes(el)).to.deep.equal([
      'Für 2 Kompetenzen gibt es schon ein offenes Ziel; deshalb werden sie nicht vorgeschlagen: „Informationssicherheit und Datenschutz“ und „Projektmanagement“.',
    ]);
    const note = $$(el, '[part="suggestions-note"]')[0];
    expect(note.parentElement, 'beside the list').to.equal($$(el, '[part="suggestions"]')[0].parentElement);
    expect(note.closest('[aria-live]'), 'not a live region: the suggestions change only with the inputs').to.equal(null);
    await expectAccessible(el);
  });

  it('names a single covered competency in the singular', async () => {
    const el = await formIn([goal('g1', ['projektmanagement'])]);
    expect(suggested(el)).to.deep.equal([label('informationssicherheit'), label('daten')]);
    expect(notes(el)).to.deep.equal(['Für „Projektmanagement“ gibt es schon ein offenes Ziel; deshalb wird die Kompetenz nicht vorgeschlagen.']);
  });

  it('when every gap has a goal, the empty state says so (not that there are no gaps)', async () => {
    const el = await formIn([goal('g1', ['informationssicherheit', 'daten']), goal('g2', ['projektmanagement'])]);
    expect(suggested(el)).to.deep.equal([]);
    expect(notes(el)).to.deep.equal([
      'Keine Vorschläge: Für alle 3 Kompetenzen mit Lücke gibt es schon ein offenes Ziel: „Informationssicherheit und Datenschutz“, „Projektmanagement“ und „Datenkompetenz“.',
    ]);
    await expectAccessible(el);

    const one = await formIn([goal('g1', ['projektmanagement'])], { target: { projektmanagement: 2, daten: 1 } });
    expect(notes(one)).to.deep.equal(['Keine Vorschläge: Für die einzige Kompetenz mit Lücke, „Projektmanagement“, gibt es schon ein offenes Ziel.']);
  });

  it('without gaps, the empty state says that there are none', async () => {
    const el = await formIn([goal('g1', ['projektmanagement'])], { target: MET });
    expect(suggested(el)).to.deep.equal([]);
    expect(notes(el)).to.deep.equal(['Keine Vorschläge: Bei keiner Kompetenz liegt die heutige Stufe (Ist) unter dem Soll.']);
    await expectAccessible(el);
  });

  it('says nothing when no open goal of the person is left out: closed goals, the goal being edited', async () => {
    const closed = await formIn([goal('g1', ['projektmanagement'], { status: 'reached' }), goal('g2', ['daten'], { status: 'dropped' })]);
    expect(suggested(closed)).to.deep.equal([label('informationssicherheit'), label('projektmanagement'), label('daten')]);
    expect(notes(closed)).to.deep.equal([]);

    const editing = await formIn([goal('g1', ['projektmanagement'])], { goalId: 'g1' });
    expect(suggested(editing), 'its own competencies stay suggested').to.include(label('projektmanagement'));
    expect(notes(editing)).to.deep.equal([]);
  });

  it('on an English page, in English', async () => {
    const el = await formIn([goal('g1', ['informationssicherheit']), goal('g2', ['projektmanagement'])], { lang: 'en' });
    expect(notes(el)).to.deep.equal([
      `2 competencies already have an open goal, so they are not suggested: “${label('informationssicherheit', 'en')}” and “${label('projektmanagement', 'en')}”.`,
    ]);
    const all = await formIn([goal('g1', ['informationssicherheit', 'projektmanagement', 'daten'])], { lang: 'en' });
    expect(notes(all)).to.deep.equal([
      `No suggestions: all 3 competencies with a gap already have an open goal: “${label('informationssicherheit', 'en')}”, “${label('projektmanagement', 'en')}” and “${label('daten', 'en')}”.`,
    ]);
    const none = await formIn([], { lang: 'en', target: MET });
    expect(notes(none)).to.deep.equal(['No suggestions: no competency is below its target level today.']);
  });
});
