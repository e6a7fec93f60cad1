import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/kompetenz-provider.js';
import type { KompetenzProvider } from '../../../src/define/kompetenz-provider.js';
import type { KrPlanChangeDetail } from '../../../src/components/lernplan-timeline/lernplan-timeline.js';
import { unfoldICalendar } from '../../../src/domain/icalendar.js';
import type { Plan, Portfolio } from '../../../src/domain/types.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { timelineInProvider } from './in-provider.js';
import { all, chartItemIds, GOALS, one, PERSON, samplePlan, sampleTimeline, TODAY, type LernplanTimeline } from './util.js';

const listItemIds = (el: LernplanTimeline) => all(el, '[part="list"] li[data-item-id]').map((node) => node.getAttribute('data-item-id')!);

describe('lernplan-timeline: list view', () => {
  it('shows the same items as the chart, in the same (date) order, with all their data', async () => {
    const { el } = await sampleTimeline();
    const inChart = chartItemIds(el);
    expect(inChart).to.have.length(4);
    one<HTMLButtonElement>(el, '.toolbar button[aria-pressed="false"]').click();
    await el.updateComplete;
    expect(el.view).to.equal('list');
    expect(all(el, 'svg.timeline')).to.deep.equal([]);
    expect(listItemIds(el)).to.deep.equal(inChart);
    // Reviews and goal dates are in the list too, in date order.
    const order = all(el, '[part="list"] > li').map((node) => node.getAttribute('data-item-id') ?? node.getAttribute('data-review-id') ?? `goal:${node.getAttribute('data-goal-id')}`);
    expect(order).to.deep.equal(['i1', 'i3', 'i2', 'i4', 'r1', 'goal:g2', 'goal:g1', 'r2', 'goal:g3']);
    const seminar = one(el, '[data-item-id="i1"]');
    const text = seminar.textContent!.replace(/\s+/g, ' ');
    for (const part of ['01.09.2025 – 12.09.2025', 'Seminar und Schulung', 'außerhalb des Arbeitsplatzes', 'Projektmanagement', '16', '800 €', 'geplant', 'Projektmanagement: Experte (31.12.2025)']) {
      expect(text).to.contain(part);
    }
    expect(one(el, '[data-item-id="i3"]').textContent).to.contain('51 Tage nach dem Termin');
    // The monthly load as a table.
    const rows = all(el, '[part="load-table"] tbody tr');
    expect(rows, 'the months the items touch').to.have.length(4);
    expect(rows[0].textContent!.replace(/\s+/g, ' ').trim()).to.equal('September 2025 23,8 8 ⚠ 15,8');
    // The summary (text alternative) is the same in both views.
    expect(one(el, '#summary').textContent).to.contain('3 Angebote, 1 Praxisphase und 2 Review-Gespräche');
    await expectAccessible(el);
  });

  it('keeps list and chart equal after edits', async () => {
    const { el } = await sampleTimeline({ editable: true });
    const entry = one<SVGGElement>(el, '[data-key="item:i1"]');
    entry.focus();
    entry.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    entry.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    await el.updateComplete;
    const inChart = chartItemIds(el);
    expect(inChart.slice(0, 2)).to.deep.equal(['i3', 'i1'], 'i1 now starts after i3');
    el.view = 'list';
    await el.updateComplete;
    expect(listItemIds(el)).to.deep.equal(inChart);
    expect(one(el, '[data-item-id="i1"] .when').textContent).to.equal('15.09.2025 – 26.09.2025');
  });
});

describe('lernplan-timeline: iCalendar download', () => {
  let created: Blob[] = [];
  let clicked: { href: string; download: string; connected: boolean }[] = [];
  const originalCreate = URL.createObjectURL;
  const originalClick = HTMLAnchorElement.prototype.click;

  beforeEach(() => {
    created = [];
    clicked = [];
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      created.push(blob as Blob);
      return `blob:test/${created.length}`;
    };
    HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download, connected: this.isConnected });
    };
  });
  afterEach(() => {
    URL.createObjectURL = originalCreate;
    HTMLAnchorElement.prototype.click = originalClick;
  });

  it('offers the plan as an .ics file made by the domain, through a temporary link', async () => {
    const { el } = await sampleTimeline();
    one<HTMLButtonElement>(el, '.toolbar .download').click();
    expect(clicked).to.deep.equal([{ href: 'blob:test/1', download: 'plan-p1.ics', connected: true }]);
    expect(all(el, 'a[download]'), 'the link is gone again').to.deep.equal([]);
    expect(created[0].type).to.equal('text/calendar;charset=utf-8');
    const text = unfoldICalendar(await created[0].text());
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).to.equal(true);
    expect(text.match(/BEGIN:VEVENT/g)).to.have.length(6, '4 items and 2 reviews');
    expect(text).to.contain('X-WR-CALNAME:Lernplan: Alex Beispiel');
    expect(text).to.match(/^UID:[^/\r\n]+\/plan-p1\/item\/i1@kompetenzrad\r$/m, 'scoped to the installation or, without one, the person');
    expect(text).to.contain('DTSTART;VALUE=DATE:20250901');
    expect(text).to.contain('SUMMARY:Abschluss-Review: Alex Beispiel');
    await el.updateComplete;
    expect(one(el, '[role="status"][aria-live="polite"]').textContent, 'says what happened').to.contain('Kalenderdatei „plan-p1.ics“ wird heruntergeladen.');
    expect(text, 'the items’ goals by their names, not their ids').to.not.match(/Lernziel: g\d/);
    expect(text).to.match(/Lernziel: Projektmanagement: \S+ \(bis \d\d\.\d\d\.\d{4}\)/);
  });

  it('scopes the UIDs to the provider’s installation id', async () => {
    const provider = await fixture<KompetenzProvider>(html`<kompetenz-provider storage="none" today=${TODAY} person="p1"
      .portfolio=${{ ...providerPortfolio(), installationId: 'inst-4f2a9c' }}>
      <lernplan-timeline lang="de"></lernplan-timeline>
    </kompetenz-provider>`);
    await provider.loadComplete;
    const el = provider.querySelector('lernplan-timeline')!;
    await el.updateComplete;
    one<HTMLButtonElement>(el, '.toolbar .download').click();
    expect(el.problems).to.deep.equal([]);
    const uids = unfoldICalendar(await created[0].text()).match(/^UID:.*$/gm)!;
    expect(uids).to.have.length(6);
    for (const uid of uids) expect(uid.startsWith('UID:inst-4f2a9c/plan-p1/'), uid).to.equal(true);
  });

  it('writes the calendar in the element’s language', async () => {
    const { el } = await sampleTimeline({ lang: 'en' });
    one<HTMLButtonElement>(el, '.toolbar .download').click();
    const text = unfoldICalendar(await created[0].text());
    expect(text).to.contain('X-WR-CALNAME:Learning plan: Alex Beispiel');
    expect(text).to.contain('SUMMARY:Final review: Alex Beispiel');
  });
});

function providerPortfolio(): Portfolio {
  const older: Plan = { ...samplePlan(), id: 'plan-old', history: [{ status: 'draft', date: '2025-01-01' }], items: [], reviews: [] };
  const cancelled: Plan = { ...samplePlan(), id: 'plan-cancelled', status: 'cancelled', history: [{ status: 'draft', date: '2025-09-01' }, { status: 'cancelled', date: '2025-09-02' }] };
  return {
    format: 'kompetenzrad-portfolio',
    version: 1,
    people: [PERSON, { id: 'p2', name: 'Kim Weber', roleId: 'cdo', capacityHoursPerMonth: 10 }],
    assessments: [{ id: 'a1', personId: 'p2', rater: 'self', date: '2025-06-01', levels: { daten: 1, technik: 1 } }],
    goals: GOALS,
    plans: [older, samplePlan(), cancelled],
  };
}

describe('lernplan-timeline: inside a provider', () => {
  const inProvider = (person = 'p1') => timelineInProvider(providerPortfolio(), person);

  it('shows the newest plan of the selected person that is not cancelled, with their goals', async () => {
    const { el } = await inProvider();
    expect(el.currentPlan?.id).to.equal('plan-p1');
    expect(chartItemIds(el).sort()).to.deep.equal(['i1', 'i2', 'i3', 'i4']);
    expect(all(el, '[part="goal-marker"]')).to.have.length(3);
    expect(one(el, '#summary').textContent).to.contain('Lernplan von Alex Beispiel');
    await expectAccessible(el);
  });

  it('saves every change through the provider, which then shows it', async () => {
    const { provider, el } = await inProvider();
    const seen: KrPlanChangeDetail[] = [];
    el.addEventListener('kr-plan-change', (event) => seen.push(event.detail));
    const entry = one<SVGGElement>(el, '[data-key="item:i4"]');
    entry.focus();
    entry.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    await waitUntil(() => provider.portfolio.plans.find((plan) => plan.id === 'plan-p1')!.items[3].start === '2025-10-20', 'the provider stored the move');
    await el.updateComplete;
    expect(seen[0].change).to.deep.equal({ type: 'move-item', itemId: 'i4', days: 7 });
    expect(el.currentPlan?.items[3].start).to.equal('2025-10-20');
    expect(one(el, '[data-key="item:i4"]')).to.equal(entry, 'the same bar, so focus stays');
  });

  it('drafts a plan for a person without one, from their gaps; undo cancels it', async () => {
    const { provider, el } = await inProvider('p2');
    expect(el.currentPlan).to.equal(undefined);
    expect(one(el, '[part="empty"]').textContent).to.contain('Plan entwerfen');
    await expectAccessible(el);
    one<HTMLButtonElement>(el, '.toolbar .draft').click();
    await waitUntil(() => provider.portfolio.plans.some((plan) => plan.personId === 'p2'), 'the draft is stored');
    await el.updateComplete;
    const drafted = provider.portfolio.plans.find((plan) => plan.personId === 'p2')!;
    expect(drafted).to.include({ id: `plan-p2-${TODAY}`, status: 'draft', capacityHoursPerMonth: 10 });
    expect(drafted.items.length).to.be.greaterThan(0);
    expect(el.currentPlan).to.equal(drafted);
    expect(all(el, '[part="bar"]')).to.have.length(drafted.items.length);

    one<HTMLButtonElement>(el, '.toolbar .undo').click();
    await waitUntil(() => provider.portfolio.plans.find((plan) => plan.id === drafted.id)?.status === 'cancelled', 'the draft is cancelled');
    await el.updateComplete;
    expect(el.currentPlan).to.equal(undefined);
  });

  it('says so when no person is selected', async () => {
    const provider = await fixture<KompetenzProvider>(html`<kompetenz-provider storage="none" today=${TODAY}>
      <lernplan-timeline></lernplan-timeline>
    </kompetenz-provider>`);
    await provider.loadComplete;
    const el = provider.querySelector('lernplan-timeline')!;
    await el.updateComplete;
    expect(one(el, '[part="empty"]').textContent).to.equal('Wählen Sie eine Person, um ihren Lernplan zu sehen.');
    await expectAccessible(el);
  });
});
