import { expect, html, waitUntil } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import { DEFAULT_CATALOGUE } from '../../../src/domain/catalogue.js';
import { DEFAULT_ROLES } from '../../../src/domain/roles.js';
import type { Catalogue, Portfolio } from '../../../src/domain/types.js';
import { kompetenzContext, type KompetenzContextValue } from '../../../src/internal/context.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { afterFirstPaint, all, chartItemIds, GOALS, one, PERSON, samplePlan, timelineIn, TODAY } from './util.js';

describe('lernplan-timeline: attributes and bad input', () => {
  it('reads plan, goals, start, end and capacity from attributes (as a CMS page writes them)', async () => {
    const plan = JSON.stringify(samplePlan());
    const goals = JSON.stringify(GOALS);
    const { el, errors } = await timelineIn(
      html`<lernplan-timeline lang="de" today=${TODAY} plan=${plan} goals=${goals} start="2025-09-01" end="2026-01-31" capacity="30"></lernplan-timeline>`,
    );
    expect(errors).to.deep.equal([]);
    expect(chartItemIds(el).sort()).to.deep.equal(['i1', 'i2', 'i3', 'i4']);
    expect(all(el, '.month-label').map((node) => node.textContent)).to.deep.equal(['Sept. 2025', 'Okt. 2025', 'Nov. 2025', 'Dez. 2025', 'Jan. 2026']);
    expect(all(el, '[part~="load-over"]')).to.deep.equal([]);
    expect(all(el, '[part="goal-marker"]'), 'g3 is due after the end shown').to.have.length(2);
    expect(one(el, '[part="notice"]').classList.contains('empty')).to.equal(true);
  });

  it('reports JSON that does not parse, with a visible notice', async () => {
    const { el, errors } = await timelineIn(html`<lernplan-timeline today=${TODAY} plan="{not json"></lernplan-timeline>`);
    expect(errors.map((error) => [error.code, error.source])).to.deep.equal([['invalid-json', 'plan']]);
    expect(one(el, '[part="notice"]').textContent).to.contain('Kein gültiges JSON in „plan“');
    expect(one(el, '[part="empty"]').textContent, 'it does not claim there is no plan').to.equal('Der Lernplan kann nicht gezeigt werden; der Hinweis oben nennt den Grund.');
    await expectAccessible(el);
  });

  it('leaves out invalid items and reviews, says which, and still shows the valid ones', async () => {
    const plan = samplePlan() as unknown as { items: Record<string, unknown>[]; reviews: Record<string, unknown>[] };
    plan.items[1] = { ...plan.items[1], formatId: 'yoga' };
    plan.items[2] = { ...plan.items[2], end: '2025-02-30' };
    plan.reviews[0] = { ...plan.reviews[0], final: 'yes' };
    const { el, errors } = await timelineIn(html`<lernplan-timeline today=${TODAY} .plan=${plan} .goals=${GOALS}></lernplan-timeline>`);
    expect(errors.map((error) => error.code)).to.include.members(['unknown-format', 'date', 'type']);
    expect(errors.every((error) => error.source === 'plan')).to.equal(true);
    const unknownFormat = errors.find((error) => error.code === 'unknown-format')!;
    expect(unknownFormat.path).to.equal('$.items[1].formatId');
    expect(unknownFormat.params).to.include({ id: 'yoga' });
    expect(unknownFormat.message, 'an English note for developers: source, code, path and values').to.match(/^plan: unknown-format at \$\.items\[1\]\.formatId \(id "yoga", known \[/);
    const english = await timelineIn(html`<lernplan-timeline lang="en" today=${TODAY} .plan=${plan} .goals=${GOALS}></lernplan-timeline>`);
    expect(english.errors.find((error) => error.code === 'unknown-format')!.message, 'the same in every language').to.equal(unknownFormat.message);
    const notice = one(el, '[part="notice"]');
    expect(notice.getAttribute('role')).to.equal('status');
    const lines = [...notice.querySelectorAll('li')].map((line) => line.textContent!.trim());
    expect(lines[0], 'the notice says it in words').to.match(/^„plan“: Eintrag 2, Lernformat: Das Lernformat „yoga“ ist unbekannt; /);
    expect(lines[1]).to.match(/^„plan“: Eintrag 3, Ende: .*„2025-02-30“/);
    expect(notice.textContent).to.not.contain('$.');
    const englishNotice = one(english.el, '[part="notice"] li').textContent!.trim();
    expect(englishNotice).to.match(/^“plan”: Entry 2, learning format: The learning format "yoga" is unknown; /);
    // i2 was the practice phase of i1; i1 and i4 are fine.
    expect(chartItemIds(el)).to.deep.equal(['i1', 'i4']);
    expect(all(el, '.scroller [data-key^="review:"]').map((node) => node.getAttribute('data-key'))).to.deep.equal(['review:r2']);
    await expectAccessible(el);
  });

  it('reports a goal that is not valid and keeps the others', async () => {
    const goals = [{ ...GOALS[0], targetLevel: 7 }, GOALS[1]];
    const { el, errors } = await timelineIn(html`<lernplan-timeline today=${TODAY} .plan=${samplePlan()} .goals=${goals}></lernplan-timeline>`);
    expect(errors.map((error) => [error.code, error.source])).to.deep.include(['level', 'goals']);
    expect(all(el, '[part="goal-marker"]')).to.have.length(1);
    // i1, i2 and i4 now point at a goal the element does not know.
    expect(el.findings.filter((finding) => finding.code === 'unknown-goal').map((finding) => finding.itemId)).to.deep.equal(['i1', 'i2', 'i4']);
  });

  it('reports a plan that is not an object, and options it does not know', async () => {
    const { el, errors } = await timelineIn(
      html`<lernplan-timeline today="gestern" zoom="week" lanes="colour" view="table" start="2025-13-01" capacity="viel" .plan=${[1, 2]}></lernplan-timeline>`,
    );
    const found = errors.map((error) => `${error.source}:${error.code}`);
    expect(found).to.include.members(['plan:type', 'today:date', 'zoom:enum', 'lanes:enum', 'view:enum', 'start:date', 'capacity:range']);
    expect(all(el, '[part="notice"] li').length).to.equal(found.length);
    expect(one(el, '[part="empty"]')).to.exist;
    await expectAccessible(el);
    // NaN as a plan is worded as such (a number that is no number read as a missing value, and the notice fell back to a code).
    el.plan = Number.NaN as never;
    await waitUntil(() => all(el, '[part="notice"] li').some((line) => /angegeben ist .*NaN/.test(line.textContent!)), 'the domain’s sentence');
    expect(one(el, '[part="notice"]').textContent).to.not.contain('type at');
  });

  it('reports gaps that are no gaps when they are set, and offers no draft from them', async () => {
    const { el, errors } = await timelineIn(html`<lernplan-timeline editable today="2025-06-02" .person=${{ id: 'p1', name: 'Alex', roleId: 'cdo' }} .gaps=${'garbage' as never}></lernplan-timeline>`);
    expect(errors.map((error) => [error.code, error.source])).to.deep.equal([['type', 'gaps']]);
    expect(all(el, '.toolbar .draft'), 'no draft button for gaps that cannot be used').to.have.length(0);
    el.gaps = [];
    await el.updateComplete;
    expect(all(el, '[part="notice"] li')).to.have.length(0);
    expect(all(el, '.toolbar .draft')).to.have.length(1);
  });

  it('fires each problem once, and clears the notice when the input is fixed', async () => {
    const { el, errors } = await timelineIn(html`<lernplan-timeline today=${TODAY} zoom="week" .plan=${samplePlan()}></lernplan-timeline>`);
    el.lanes = 'format';
    await el.updateComplete;
    expect(errors.filter((error) => error.code === 'enum')).to.have.length(1);
    el.zoom = 'quarter';
    await el.updateComplete;
    expect(one(el, '[part="notice"]').classList.contains('empty')).to.equal(true);
  });

  it('rejects an invalid catalogue and uses the built-in one', async () => {
    const { el, errors } = await timelineIn(html`<lernplan-timeline today=${TODAY} catalogue='{"categories":[]}' .plan=${samplePlan()}></lernplan-timeline>`);
    expect(errors.map((error) => error.code)).to.include('invalid-catalogue');
    expect(chartItemIds(el)).to.have.length(4);
  });

  it('rejects invalid formats and uses the built-in ones', async () => {
    const { el, errors } = await timelineIn(html`<lernplan-timeline today=${TODAY} .formats=${[{ id: 'yoga' }]} .plan=${samplePlan()}></lernplan-timeline>`);
    expect(errors.map((error) => error.source)).to.include('formats');
    expect(chartItemIds(el)).to.have.length(4);
    expect(one(el, '[data-key="item:i3"]').getAttribute('aria-label')).to.contain('Coaching');
  });
});

describe('lernplan-timeline: its own inputs and the provider’s', () => {
  const renamed = (label: string): Catalogue => ({
    ...DEFAULT_CATALOGUE,
    competencies: DEFAULT_CATALOGUE.competencies.map((competency) => (competency.id === 'projektmanagement' ? { ...competency, label: { de: label, en: label } } : competency)),
  });

  /** A timeline with `catalogue` of its own under a provider whose catalogue calls project management "Projekte (Provider)". */
  async function underProvider(catalogue: unknown) {
    const { el, errors } = await timelineIn(html`<div><lernplan-timeline lang="de" .catalogue=${catalogue}></lernplan-timeline></div>`);
    const host = el.parentElement!;
    const portfolio: Portfolio = { format: 'kompetenzrad-portfolio', version: 1, people: [PERSON], assessments: [], goals: GOALS, plans: [samplePlan()] };
    const value: KompetenzContextValue = { portfolio, catalogue: renamed('Projekte (Provider)'), roles: DEFAULT_ROLES, lang: 'de', personId: 'p1', today: TODAY };
    new ContextProvider(host, { context: kompetenzContext, initialValue: value });
    // The timeline asked for the context before the provider existed; it asks again when re-attached.
    el.remove();
    host.append(el);
    await el.updateComplete;
    // The second time line of a test sits lower on the page: its rows below the window follow the first paint.
    await afterFirstPaint(el);
    const lanes = all(el, '.lane-labels .lane-label').map((node) => node.textContent!.trim());
    return { el, errors, lanes };
  }

  it('uses its own catalogue over the provider’s, like every element', async () => {
    const { el, errors, lanes } = await underProvider(renamed('Projekte (eigen)'));
    expect(errors).to.deep.equal([]);
    expect(el.currentPlan?.id, 'the plan comes from the provider').to.equal('plan-p1');
    expect(lanes).to.include('Projekte (eigen)').and.not.include('Projekte (Provider)');
    expect(one(el, '[data-key="item:i1"]').getAttribute('aria-label')).to.contain('Projekte (eigen)');
  });

  it('uses the provider’s catalogue when it has none of its own, or an invalid one (and says so)', async () => {
    expect((await underProvider(undefined)).lanes).to.include('Projekte (Provider)');
    const { errors, lanes } = await underProvider({ categories: [] });
    expect(errors.map((error) => [error.code, error.source])).to.deep.equal([['invalid-catalogue', 'catalogue']]);
    expect(lanes).to.include('Projekte (Provider)');
  });
});
