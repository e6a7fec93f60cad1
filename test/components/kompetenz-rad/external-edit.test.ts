import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ContextProvider } from '@lit/context';
import { DEFAULT_CATALOGUE } from '../../../src/domain/catalogue.js';
import { DEFAULT_ROLES } from '../../../src/domain/roles.js';
import type { Assessment, Lang } from '../../../src/domain/types.js';
import type { KrLevelChangeDetail } from '../../../src/internal/events.js';
import { kompetenzContext } from '../../../src/internal/context.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { all, mount, one, wheelIn, type KompetenzRad } from './util.js';

// A line manager rates her report (`editable edit-series="external"` inside a provider): the series
// she sets is her external assessment, not the person's actual profile, and the wheel says so.

const SELF: Assessment = { id: 'a1', personId: 'p1', rater: 'self', date: '2026-01-10', levels: { daten: 3, technik: 1 } };
const EXTERNAL: Assessment = { id: 'a2', personId: 'p1', rater: 'external', date: '2026-01-20', levels: { daten: 1, technik: 2 } };

/** A wheel for the line manager inside a provider whose person has `assessments`. */
async function managerWheel(assessments: Assessment[], lang: Lang = 'de'): Promise<KompetenzRad> {
  const host = await mount(html``);
  new ContextProvider(host, {
    context: kompetenzContext,
    initialValue: {
      portfolio: { format: 'kompetenzrad-portfolio', version: 1, people: [{ id: 'p1', name: 'Erika Muster', roleId: 'cdo' }], assessments, goals: [], plans: [] },
      catalogue: DEFAULT_CATALOGUE,
      roles: DEFAULT_ROLES,
      lang,
      personId: 'p1',
      today: '2026-03-01',
    },
  });
  const el = document.createElement('kompetenz-rad');
  el.editable = true;
  el.editSeries = 'external';
  host.append(el);
  await el.updateComplete;
  await el.tableReady;
  return el;
}

async function whatIsSaid(el: KompetenzRad, hovered: string) {
  one(el, `[part="sector"][data-competency="${hovered}"] .cell`).dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
  await el.updateComplete;
  const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
  const cell = (id: string, column: string) => text(one(el, `[part="table"] tr[data-competency="${id}"] td[data-column="${column}"]`));
  const spoke = one(el, `[part="sector"][data-competency="${hovered}"]`);
  return {
    legend: all(el, '[part="legend"] .series li').map((item) => [item.getAttribute('data-series') ?? item.getAttribute('data-marker'), text(item)]),
    description: text(one(el, '#description')),
    hint: text(one(el, '#hint')),
    headers: all(el, '[part="table"] th[data-column]').map((header) => [header.getAttribute('data-column'), text(header)]),
    cell,
    tooltip: text(one(el, '[part="tooltip"]')),
    spokeName: spoke.getAttribute('aria-label')!,
    valueText: spoke.getAttribute('aria-valuetext')!,
    gaps: all(el, 'svg.wheel path.gap').map((path) => path.getAttribute('data-gaps')),
    line: all(el, 'svg.wheel [data-series] .external-marker').map((path) => [path.closest('[data-series]')!.getAttribute('data-series'), path.getAttribute('data-levels')]),
  };
}

describe('kompetenz-rad: the line manager edits her external assessment', () => {
  it('names the edited series Fremdeinschätzung and the other one Selbsteinschätzung, never Ist', async () => {
    const el = await managerWheel([SELF]);
    const said = await whatIsSaid(el, 'daten');
    expect(said.legend.map(([series]) => series)).to.deep.equal(['target', 'external', 'gap', 'self']);
    expect(said.legend.map(([, name]) => name)).to.deep.equal(['Soll-Profil', 'Fremdeinschätzung', 'Lücke (Soll über Fremdeinschätzung)', 'Selbsteinschätzung']);
    expect(said.description).to.contain('Gezeigt: Soll-Profil CDO / Digitalisierungsbeauftragte*r, Fremdeinschätzung, Selbsteinschätzung.');
    expect(said.hint).to.contain('Fremdeinschätzung');
    expect(said.headers).to.deep.equal([
      ['target', 'Soll'],
      ['external', 'Fremdeinschätzung'],
      ['self', 'Selbsteinschätzung'],
      ['gap', 'Lücke (Soll − Fremd)'],
    ]);
    expect(said.tooltip).to.match(/Fremd ?nicht eingeschätzt/).and.to.match(/Selbst ?Experte \(3\)/);
    expect(said.spokeName).to.contain('Selbst Experte');
    for (const [what, words] of Object.entries({ legend: JSON.stringify(said.legend), description: said.description, headers: JSON.stringify(said.headers), tooltip: said.tooltip, spoke: said.spokeName })) {
      expect(words, what).to.not.match(/\bIst\b|Ist-Profil/);
    }
    await expectAccessible(el);
  });

  it('in English too', async () => {
    const el = await managerWheel([SELF], 'en');
    const said = await whatIsSaid(el, 'daten');
    expect(said.legend.map(([, name]) => name)).to.deep.equal(['Target profile', 'External assessment', 'Gap (target above external assessment)', 'Self-assessment']);
    expect(said.description).to.contain('Shown: target profile Chief Digital Officer (CDO), external assessment, self-assessment.');
    expect(said.headers.map(([, name]) => name)).to.deep.equal(['Target', 'External assessment', 'Self-assessment', 'Gap (target − external)']);
    expect(said.tooltip).to.match(/External ?not rated/).and.to.match(/Self ?Expert \(3\)/);
    expect(said.spokeName).to.contain('self Expert');
    for (const words of [JSON.stringify(said.legend), said.description, JSON.stringify(said.headers), said.tooltip, said.spokeName]) {
      expect(words).to.not.match(/actual/i);
    }
  });

  it('does not show what she has not rated yet as level 0: no gap, “nicht eingeschätzt”', async () => {
    const el = await managerWheel([SELF]);
    const said = await whatIsSaid(el, 'daten');
    expect(said.gaps, 'nothing hatched as a gap').to.deep.equal([]);
    expect(said.cell('daten', 'external')).to.equal('nicht eingeschätzt');
    expect(said.cell('daten', 'gap')).to.equal('nicht eingeschätzt');
    expect(said.cell('daten', 'self')).to.equal('Experte (3)');
    expect(said.valueText).to.equal('nicht eingeschätzt');
    expect(said.description, 'no gaps counted').to.contain('0 zu entwickeln, 0 erreicht, 0 über Soll.');
    expect(all(el, 'svg.wheel path.actual-sector')).to.have.length(0);
  });

  it('draws her ratings filled, the self-assessment as the line, and compares the two', async () => {
    const el = await managerWheel([SELF, EXTERNAL]);
    const said = await whatIsSaid(el, 'daten');
    expect(one(el, '[part="sector"][data-competency="daten"]').getAttribute('aria-valuenow')).to.equal('1', 'her rating is edited');
    expect(said.valueText).to.equal('Kenner');
    expect(said.cell('daten', 'external')).to.equal('Kenner (1)');
    expect(said.cell('daten', 'self')).to.equal('Experte (3)');
    expect(said.cell('kommunikation', 'external')).to.equal('nicht eingeschätzt');
    expect(said.line).to.deep.equal([['self', 'technik:1 daten:3']]);
    expect(said.legend.map(([series]) => series)).to.include.members(['blind-spot']);
    expect(said.description).to.contain('1 blinde Flecken');
    expect(said.gaps.join(' ')).to.not.contain('kommunikation');
    await expectAccessible(el);
  });

  it('a wheel on its own edits its external rating, compares it with its actual one and keeps the edit in external', async () => {
    const el = await wheelIn(
      html`<kompetenz-rad editable edit-series="external" target='{"it-anwendung":3,"daten":2}' actual='{"it-anwendung":1,"daten":3}' external='{"daten":1}'></kompetenz-rad>`,
    );
    const said = await whatIsSaid(el, 'daten');
    expect(one(el, '[part="sector"][data-competency="daten"]').getAttribute('aria-valuenow')).to.equal('1', 'the external rating is edited');
    expect(said.cell('daten', 'self')).to.equal('Experte (3)');
    expect(said.cell('it-anwendung', 'external')).to.equal('nicht eingeschätzt');
    const changes: KrLevelChangeDetail[] = [];
    el.addEventListener('kr-level-change', (event) => changes.push(event.detail));
    one<SVGGElement>(el, '[part="sector"][data-competency="it-anwendung"]').focus();
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(changes).to.deep.equal([{ competencyId: 'it-anwendung', level: 1, previous: 0, series: 'external' }]);
    expect(el.external).to.deep.equal({ daten: 1, 'it-anwendung': 1 });
    expect(el.actual, 'the self rating is left as it was').to.deep.equal({ 'it-anwendung': 1, daten: 3 });
    await expectAccessible(el);
  });
});
