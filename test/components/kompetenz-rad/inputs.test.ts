import { expect, html } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import { DEFAULT_CATALOGUE } from '../../../src/domain/catalogue.js';
import { DEFAULT_ROLES } from '../../../src/domain/roles.js';
import type { Catalogue, Portfolio } from '../../../src/domain/types.js';
import { kompetenzContext, type KompetenzContextValue } from '../../../src/internal/context.js';
import { KompetenzRad } from '../../../src/components/kompetenz-rad/kompetenz-rad.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { all, drawnLevels, mount, one, settle, wheelIn, wheelWithErrors } from './util.js';

describe('kompetenz-rad: attributes and properties', () => {
  it('takes target-role, actual and external from attributes', async () => {
    const el = await wheelIn(html`<kompetenz-rad target-role="projektmanager" actual='{"projektmanagement":2}' external='{"projektmanagement":3}'></kompetenz-rad>`);
    const drawn = drawnLevels(el);
    expect(drawn.target!.get('projektmanagement')).to.equal(3);
    expect(drawn.actual.get('projektmanagement')).to.equal(2);
    expect(drawn.external.get('projektmanagement')).to.equal(3);
    expect(el.targetRole).to.equal('projektmanager');
    expect(el.actual).to.deep.equal({ projektmanagement: 2 });
  });

  it('takes the same inputs as properties, set before or after connecting', async () => {
    const early = document.createElement('kompetenz-rad');
    early.target = { daten: 3 };
    early.actual = { daten: 1 };
    early.external = { daten: 2 };
    const box = await mount(html``);
    box.append(early);
    await early.updateComplete;
    const late = document.createElement('kompetenz-rad');
    box.append(late);
    await late.updateComplete;
    late.target = { daten: 3 };
    late.actual = { daten: 1 };
    late.external = { daten: 2 };
    await late.updateComplete;
    for (const el of [early, late]) {
      const drawn = drawnLevels(el);
      expect(drawn.target!.get('daten')).to.equal(3);
      expect(drawn.actual.get('daten')).to.equal(1);
      expect(drawn.external.get('daten')).to.equal(2);
      expect(drawn.gap.get('daten')).to.equal(2);
    }
  });

  it('prefers an explicit target over target-role, and follows targetRole changes', async () => {
    const el = await wheelIn(html`<kompetenz-rad target-role="cdo"></kompetenz-rad>`);
    el.targetRole = 'cio';
    await el.updateComplete;
    expect(drawnLevels(el).target!.get('technik')).to.equal(3);
    el.target = { technik: 1 };
    await el.updateComplete;
    expect(drawnLevels(el).target!.get('technik')).to.equal(1);
    expect(drawnLevels(el).target!.get('daten')).to.equal(0);
  });

  it('draws a custom catalogue given as a property', async () => {
    const catalogue: Catalogue = {
      categories: [
        { id: 'eins', label: { de: 'Eins', en: 'One' } },
        { id: 'zwei', label: { de: 'Zwei', en: 'Two' } },
      ],
      competencies: ['a', 'b', 'c', 'd', 'e'].map((id, index) => ({
        id,
        category: index < 2 ? 'eins' : 'zwei',
        label: { de: `Kompetenz ${id}`, en: `Competency ${id}` },
        description: { de: 'Beschreibung', en: 'Description' },
      })),
    };
    const el = await wheelIn(html`<kompetenz-rad .catalogue=${catalogue} .actual=${{ c: 2 }}></kompetenz-rad>`);
    expect(all(el, '[part="sector"]').map((node) => node.getAttribute('data-competency'))).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
    expect(drawnLevels(el).actual.get('c')).to.equal(2);
    expect(all(el, 'svg.wheel path.band')).to.have.length(2);
  });

  it('does not redraw the geometry when an unrelated property is set again', async () => {
    const el = await wheelIn(html`<kompetenz-rad actual='{"daten":1}'></kompetenz-rad>`);
    const cell = all(el, '.cell')[0];
    const d = cell.getAttribute('d');
    el.actual = { daten: 2 };
    await el.updateComplete;
    expect(all(el, '.cell')[0]).to.equal(cell, 'the same DOM nodes are kept');
    expect(cell.getAttribute('d')).to.equal(d);
  });
});

describe('kompetenz-rad: a table in the light DOM', () => {
  it('draws the wheel from a plain table with labels, level names and numbers', async () => {
    const el = await wheelIn(html`<kompetenz-rad>
      <table>
        <tr><th>Kompetenz</th><th>Soll</th><th>Ist</th><th>Fremdeinschätzung</th></tr>
        <tr><td>Datenkompetenz</td><td>Experte</td><td>1</td><td>Könner</td></tr>
        <tr><td>Project management</td><td>3</td><td>Practitioner</td><td></td></tr>
        <tr><td>team</td><td>2</td><td>2</td><td>—</td></tr>
      </table>
    </kompetenz-rad>`);
    const drawn = drawnLevels(el);
    expect(drawn.target!.get('daten')).to.equal(3);
    expect(drawn.actual.get('daten')).to.equal(1);
    expect(drawn.external.get('daten')).to.equal(2);
    expect(drawn.target!.get('projektmanagement')).to.equal(3);
    expect(drawn.actual.get('projektmanagement')).to.equal(2);
    expect(drawn.external.has('projektmanagement')).to.equal(false);
    expect(drawn.external.get('team')).to.equal(0);
    expect(el.problems).to.have.length(0);
  });

  it('reads a table without a header row by position (competency, target, actual, external)', async () => {
    const el = await wheelIn(html`<kompetenz-rad><table><tr><td>lernen</td><td>3</td><td>Kenner</td><td>2</td></tr></table></kompetenz-rad>`);
    const drawn = drawnLevels(el);
    expect([drawn.target!.get('lernen'), drawn.actual.get('lernen'), drawn.external.get('lernen')]).to.deep.equal([3, 1, 2]);
  });

  it('maps columns by the header words, in any order', async () => {
    const el = await wheelIn(html`<kompetenz-rad><table>
      <thead><tr><th>Ist</th><th>Competency</th><th>Target</th></tr></thead>
      <tbody><tr><td>1</td><td>Lernfähigkeit</td><td>3</td></tr></tbody>
    </table></kompetenz-rad>`);
    expect(drawnLevels(el).target!.get('lernen')).to.equal(3);
    expect(drawnLevels(el).actual.get('lernen')).to.equal(1);
  });

  it('keeps the source table in the light DOM and redraws when the editor changes it', async () => {
    const el = await wheelIn(html`<kompetenz-rad><table><tr><td>daten</td><td>3</td><td>1</td></tr></table></kompetenz-rad>`);
    const table = el.querySelector('table')!;
    expect(table.assignedSlot).to.not.equal(null, 'the table stays slotted');
    table.rows[0].cells[2].textContent = '3';
    await settle();
    await el.updateComplete;
    expect(drawnLevels(el).actual.get('daten')).to.equal(3);
  });

  it('lets attributes win over the table', async () => {
    const el = await wheelIn(html`<kompetenz-rad actual='{"daten":2}'><table><tr><td>daten</td><td>3</td><td>1</td></tr></table></kompetenz-rad>`);
    expect(drawnLevels(el).actual.get('daten')).to.equal(2);
    expect(drawnLevels(el).target!.get('daten')).to.equal(3);
  });

  describe('with an attribute for a series the table has too', () => {
    const noticeLines = (el: KompetenzRad) => all(el, '[part="notice"] li').map((line) => line.textContent!);
    const problemsOf = (el: KompetenzRad) => el.problems.map((problem) => [problem.code, problem.source, problem.subject]);

    it('draws the attribute, says in the notice and in one kr-error that the column is not read, and stops when the attribute is removed', async () => {
      const cdo = DEFAULT_ROLES.find((role) => role.id === 'cdo')!.target;
      const { el, errors } = await wheelWithErrors(
        (onError) => html`<kompetenz-rad @kr-error=${onError} target-role="cdo"><table>
          <tr><th>Kompetenz</th><th>Soll</th><th>Ist</th></tr>
          <tr><td>Datenkompetenz</td><td>1</td><td>2</td></tr>
        </table></kompetenz-rad>`,
      );
      expect(cdo.daten).to.not.equal(1);
      expect(drawnLevels(el).target!.get('daten')).to.equal(cdo.daten, 'the target of target-role');
      expect(drawnLevels(el).actual.get('daten')).to.equal(2, 'the table still gives the actual profile');
      expect(errors.map((error) => [error.code, error.source])).to.deep.equal([['table-and-attribute', 'table']]);
      expect(errors[0].message).to.contain('target column is not read').and.contain('target-role').and.contain('remove');
      expect(problemsOf(el)).to.deep.equal([['table-and-attribute', 'table', 'target-role']]);
      expect(noticeLines(el)).to.have.length(1);
      expect(noticeLines(el)[0]).to.equal('Die Spalte „Soll“ der Tabelle wird nicht gelesen: Das Attribut „target-role“ gibt das Soll-Profil vor. Spalte oder Attribut entfernen.');
      await expectAccessible(el);

      el.removeAttribute('target-role');
      await el.updateComplete;
      expect(drawnLevels(el).target!.get('daten')).to.equal(1, 'now the table’s target');
      expect(problemsOf(el)).to.deep.equal([]);
      expect(noticeLines(el)).to.deep.equal([]);
      expect(one(el, '[part="notice"]').classList.contains('empty')).to.equal(true);
      expect(errors).to.have.length(1);
    });

    it('names each overruled series: actual and external by their attributes, the target by target', async () => {
      const { el, errors } = await wheelWithErrors(
        (onError) => html`<kompetenz-rad @kr-error=${onError} lang="en" target='{"daten":3}' actual='{"daten":2}' external='{"team":1}'><table>
          <tr><td>daten</td><td>1</td><td>1</td><td>1</td></tr>
        </table></kompetenz-rad>`,
      );
      const drawn = drawnLevels(el);
      expect([drawn.target!.get('daten'), drawn.actual.get('daten'), drawn.external.get('daten'), drawn.external.get('team')]).to.deep.equal([3, 2, undefined, 1]);
      expect(errors.map((error) => [error.code, error.params?.series, error.params?.attribute])).to.deep.equal([
        ['table-and-attribute', 'target', 'target'],
        ['table-and-attribute', 'actual', 'actual'],
        ['table-and-attribute', 'external', 'external'],
      ]);
      expect(noticeLines(el)).to.have.length(3);
    });

    it('reports nothing for a table alone, a table column the attribute does not give, or an edit of a wheel drawn from a table', async () => {
      const { el, errors } = await wheelWithErrors(
        (onError) => html`<kompetenz-rad @kr-error=${onError} editable actual='{"team":1}'><table>
          <tr><th>Kompetenz</th><th>Soll</th></tr>
          <tr><td>daten</td><td>3</td></tr>
        </table></kompetenz-rad>`,
      );
      expect(errors).to.deep.equal([]);
      el.removeAttribute('actual');
      const [head, row] = Array.from(el.querySelector('table')!.rows);
      head.append(Object.assign(document.createElement('th'), { textContent: 'Ist' }));
      row.append(Object.assign(document.createElement('td'), { textContent: '1' }));
      await settle();
      await el.updateComplete;
      expect(drawnLevels(el).actual.get('daten')).to.equal(1);
      one(el, '[part="sector"][data-competency="daten"] .cell[data-level="2"]').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(el.actual).to.deep.equal({ daten: 2 });
      expect(errors).to.deep.equal([]);
      expect(el.problems).to.deep.equal([]);
    });
  });
});

describe('kompetenz-rad: language', () => {
  it('speaks German by default and English with lang="en"', async () => {
    const de = await wheelIn(html`<kompetenz-rad target-role="cdo"></kompetenz-rad>`);
    expect(one(de, 'svg.wheel').getAttribute('aria-label')).to.match(/^Kompetenzrad/);
    expect(one(de, 'th[data-column="target"]').textContent).to.equal('Soll');
    const en = await wheelIn(html`<kompetenz-rad lang="en" target-role="cdo"></kompetenz-rad>`);
    expect(one(en, 'svg.wheel').getAttribute('aria-label')).to.match(/^Competency wheel/);
    expect(one(en, 'th[data-column="target"]').textContent).to.equal('Target');
    expect(all(en, 'text[part="label"]').map((text) => text.textContent).join(' ')).to.contain('Data');
  });

  it('follows the closest ancestor lang, also across a shadow root, and re-renders when it changes', async () => {
    const host = (await mount(html`<div lang="en-GB"><div id="outer"></div></div>`)).firstElementChild as HTMLDivElement;
    const outer = host.querySelector('#outer')!;
    const root = outer.attachShadow({ mode: 'open' });
    const section = document.createElement('section');
    root.append(section);
    const el = document.createElement('kompetenz-rad');
    section.append(el);
    await el.updateComplete;
    expect(one(el, '.root').getAttribute('lang')).to.equal('en');
    host.setAttribute('lang', 'de-AT');
    await settle();
    await el.updateComplete;
    expect(one(el, '.root').getAttribute('lang')).to.equal('de');
    section.setAttribute('lang', 'en');
    el.requestUpdate();
    await el.updateComplete;
    expect(one(el, '.root').getAttribute('lang')).to.equal('en');
  });

  it('falls back to German for a language it does not speak', async () => {
    const el = await wheelIn(html`<kompetenz-rad lang="fr"></kompetenz-rad>`);
    expect(one(el, '.root').getAttribute('lang')).to.equal('de');
  });
});

function portfolio(): Portfolio {
  return {
    format: 'kompetenzrad-portfolio',
    version: 1,
    people: [
      { id: 'p1', name: 'Erika Muster', roleId: 'cdo' },
      { id: 'p2', name: 'Max Muster', roleId: 'cio' },
    ],
    assessments: [
      { id: 'a1', personId: 'p1', rater: 'self', date: '2026-01-10', levels: { daten: 3, technik: 2 } },
      { id: 'a2', personId: 'p1', rater: 'external', date: '2026-01-20', levels: { daten: 1 } },
      { id: 'a3', personId: 'p2', rater: 'self', date: '2026-01-10', levels: { technik: 3 } },
    ],
    goals: [],
    plans: [],
  };
}

async function inProvider(personId: string | undefined, inner: (host: HTMLElement) => void, lang: 'de' | 'en' = 'de') {
  const host = await mount(html``);
  const value: KompetenzContextValue = {
    portfolio: portfolio(),
    catalogue: DEFAULT_CATALOGUE,
    roles: DEFAULT_ROLES,
    lang,
    personId,
    today: '2026-03-01',
  };
  const provider = new ContextProvider(host, { context: kompetenzContext, initialValue: value });
  inner(host);
  const el = host.querySelector('kompetenz-rad')!;
  await el.updateComplete;
  return { el, provider, value };
}

describe('kompetenz-rad: inside a provider', () => {
  it('shows the selected person’s role target, actual (external first) and external rating', async () => {
    const { el } = await inProvider('p1', (host) => host.append(new KompetenzRad()));
    const drawn = drawnLevels(el);
    expect(drawn.target!.get('daten')).to.equal(3, 'CDO target');
    expect(drawn.actual.get('daten')).to.equal(1, 'the external rating wins for the actual profile');
    expect(drawn.actual.get('technik')).to.equal(2, 'self rating where there is no external one');
    expect(drawn.external.get('daten')).to.equal(1);
    expect(all(el, 'svg.wheel .disagreement.blind-spot').map((node) => node.getAttribute('data-competency'))).to.deep.equal(['daten']);
  });

  it('follows a change of the selected person and the provider’s language', async () => {
    const { el, provider, value } = await inProvider('p1', (host) => host.append(new KompetenzRad()));
    provider.setValue({ ...value, personId: 'p2', lang: 'en' });
    await el.updateComplete;
    expect(drawnLevels(el).target!.get('technik')).to.equal(3, 'CIO target');
    expect(drawnLevels(el).actual.get('technik')).to.equal(3);
    expect(document.documentElement.hasAttribute('lang')).to.equal(false);
    expect(one(el, '.root').getAttribute('lang')).to.equal('en', 'without any lang in the page the provider decides');
  });

  it('lets explicit attributes win over the context', async () => {
    const { el } = await inProvider('p1', (host) => {
      const wheel = new KompetenzRad();
      wheel.setAttribute('target-role', 'digitallotse');
      wheel.setAttribute('actual', '{"daten":2}');
      host.append(wheel);
    });
    expect(drawnLevels(el).target!.get('daten')).to.equal(1, 'Lotse target');
    expect(drawnLevels(el).actual.get('daten')).to.equal(2);
    expect(drawnLevels(el).actual.has('technik')).to.equal(false);
  });

  it('follows the input rule: an own value that is null counts as not given, so the provider’s is drawn', async () => {
    const { el } = await inProvider('p1', (host) => {
      const wheel = new KompetenzRad();
      wheel.target = null as unknown as undefined;
      wheel.actual = null as unknown as undefined;
      host.append(wheel);
    });
    expect(drawnLevels(el).target!.get('daten')).to.equal(3, 'CDO target of the person');
    expect(drawnLevels(el).actual.get('daten')).to.equal(1);
    expect(el.problems).to.have.length(0);
  });

  it('edits the self rating of the person when editable', async () => {
    const { el } = await inProvider('p1', (host) => {
      const wheel = new KompetenzRad();
      wheel.editable = true;
      host.append(wheel);
    });
    expect(drawnLevels(el).actual.get('daten')).to.equal(3, 'the self rating is what is being edited');
  });
});
