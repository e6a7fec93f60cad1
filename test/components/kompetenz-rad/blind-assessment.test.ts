import { expect, html } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import { DEFAULT_CATALOGUE } from '../../../src/domain/catalogue.js';
import { DEFAULT_ROLES } from '../../../src/domain/roles.js';
import { kompetenzContext } from '../../../src/internal/context.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { all, mount, one, wheelIn, type KompetenzRad } from './util.js';

// Issue 16, item 2: while a person rates themselves blind (`hide-target`, editing the self
// rating), nothing that comes from the target or the other rating may show.

const RATINGS = html`<kompetenz-rad
  editable
  hide-target
  target-role="cdo"
  actual='{"daten":3,"technik":1,"team":2}'
  external='{"daten":1,"technik":3,"team":3}'
></kompetenz-rad>`;

/** Everything a person can see or hear of the wheel, the detail box of `hovered` included. */
async function whatShows(el: KompetenzRad, hovered: string) {
  one(el, `[part="sector"][data-competency="${hovered}"] .cell`).dispatchEvent(
    new PointerEvent('pointerover', { bubbles: true, composed: true }),
  );
  await el.updateComplete;
  await el.tableReady;
  return {
    markers: all(el, 'svg.wheel .disagreement').length,
    external: all(el, 'svg.wheel .series-external, svg.wheel .external-marker').length,
    target: all(el, 'svg.wheel path.target, svg.wheel path.gap').length,
    legend: all(el, '[part="legend"] .series li').map((item) => item.getAttribute('data-series') ?? item.getAttribute('data-marker')),
    columns: all(el, '[part="table"] th[data-column]').map((cell) => cell.getAttribute('data-column')),
    notes: all(el, '[part="table"] td[data-column="note"]').length,
    tooltip: one(el, '[part="tooltip"]').textContent!.replace(/\s+/g, ' '),
    description: one(el, '#description').textContent!,
    spokeNames: all(el, '[part="sector"]').map((spoke) => spoke.getAttribute('aria-label')).join(' | '),
    roleSource: all(el, '.role-source').length,
  };
}

/** `filled`: the one series shown, the actual profile of a wheel on its own, the provider's person's self-assessment. */
function expectBlind(shows: Awaited<ReturnType<typeof whatShows>>, filled: 'actual' | 'self' = 'actual'): void {
  expect(shows.markers, 'blind-spot and hidden-strength markers').to.equal(0);
  expect(shows.external, 'the external rating').to.equal(0);
  expect(shows.target, 'the target and the gap').to.equal(0);
  expect(shows.legend, 'legend entries').to.deep.equal([filled]);
  expect(shows.columns, 'table columns').to.deep.equal([filled]);
  expect(shows.notes).to.equal(0);
  expect(shows.tooltip, 'tooltip lines').to.not.match(/Blinder Fleck|Verborgene Stärke|Soll|Fremd|Lücke|zu entwickeln/);
  expect(shows.description, 'the description screen readers announce').to.not.match(/blinde Flecken|verborgene Stärken|Fremd|Soll|zu entwickeln/);
  expect(shows.spokeNames, 'the spokes’ names').to.not.match(/Soll|Fremd/);
  expect(shows.roleSource, 'the source note of the target profile').to.equal(0);
}

describe('kompetenz-rad: a blind self-assessment', () => {
  it('shows nothing derived from the target or the external rating', async () => {
    const el = await wheelIn(RATINGS);
    const shows = await whatShows(el, 'daten');
    expectBlind(shows);
    expect(shows.tooltip).to.contain('Datenkompetenz');
    expect(shows.tooltip).to.contain('Experte (3)', 'the person’s own rating');
    await expectAccessible(el);
  });

  it('shows the comparison again once the assessment is no longer blind', async () => {
    const el = await wheelIn(RATINGS);
    el.editable = false;
    await el.updateComplete;
    const shows = await whatShows(el, 'daten');
    expect(shows.markers).to.equal(2);
    expect(shows.legend).to.include.members(['external', 'blind-spot', 'hidden-strength']);
    expect(shows.columns).to.deep.equal(['actual', 'external', 'note']);
    expect(shows.tooltip).to.contain('Blinder Fleck');
    expect(shows.description).to.contain('1 blinde Flecken, 1 verborgene Stärken');
  });

  it('inside a provider: the person’s own rating only, not the line manager’s', async () => {
    const host = await mount(html``);
    new ContextProvider(host, {
      context: kompetenzContext,
      initialValue: {
        portfolio: {
          format: 'kompetenzrad-portfolio',
          version: 1,
          people: [{ id: 'p1', name: 'Erika Muster', roleId: 'cdo' }],
          assessments: [
            { id: 'a1', personId: 'p1', rater: 'self', date: '2026-01-10', levels: { daten: 3, technik: 1 } },
            { id: 'a2', personId: 'p1', rater: 'external', date: '2026-01-20', levels: { daten: 1, technik: 3 } },
          ],
          goals: [],
          plans: [],
        },
        catalogue: DEFAULT_CATALOGUE,
        roles: DEFAULT_ROLES,
        lang: 'de',
        personId: 'p1',
        today: '2026-03-01',
      },
    });
    const el = document.createElement('kompetenz-rad');
    el.editable = true;
    el.hideTarget = true;
    host.append(el);
    await el.updateComplete;
    const shows = await whatShows(el, 'technik');
    expectBlind(shows, 'self');
    expect(shows.description, 'named as what it is: her self-assessment').to.contain('Gezeigt: Selbsteinschätzung.');
    expect(one(el, '[part="sector"][data-competency="daten"]').getAttribute('aria-valuenow')).to.equal('3', 'the self rating is edited');
  });
});
