import { expect, html } from '@open-wc/testing';
import { nothing } from 'lit';
import type { KrErrorDetail } from '../../../src/internal/events.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { all, drawnLevels, one, wheelWithErrors, type KompetenzRad } from './util.js';

/** Uncaught errors and rejections that reach the page while `run` runs. */
async function pageErrorsDuring(run: () => Promise<void>): Promise<unknown[]> {
  const caught: unknown[] = [];
  const onError = (event: ErrorEvent) => caught.push(event.error);
  const onRejection = (event: PromiseRejectionEvent) => caught.push(event.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    await new Promise((resolve) => setTimeout(resolve, 20));
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return caught;
}

function notice(el: KompetenzRad): HTMLElement {
  return one<HTMLElement>(el, '[part="notice"]');
}

const cases: { name: string; make: (onError: (event: CustomEvent<KrErrorDetail>) => void) => ReturnType<typeof html>; code: string; source: string; still: (el: KompetenzRad) => void; says: RegExp }[] = [
  {
    name: 'malformed JSON in an attribute',
    make: (onError) => html`<kompetenz-rad @kr-error=${onError} target-role="cdo" actual='{"daten": 2' external='{"daten":1}'></kompetenz-rad>`,
    code: 'invalid-json',
    source: 'actual',
    still: (el) => {
      expect(drawnLevels(el).target!.get('daten')).to.equal(3);
      expect(drawnLevels(el).external.get('daten')).to.equal(1);
      expect(el.actual).to.equal(undefined);
    },
    says: /Kein gültiges JSON in „actual“\.(?! Namen)/,
  },
  {
    name: 'JSON written with single or typographic quotes (as a CMS turns them)',
    make: (onError) => html`<kompetenz-rad @kr-error=${onError} target-role="cdo" actual="{'daten':2}" external='{"daten":1}'></kompetenz-rad>`,
    code: 'invalid-json',
    source: 'actual',
    still: (el) => expect(drawnLevels(el).target!.get('daten')).to.equal(3),
    says: /Kein gültiges JSON in „actual“\. Namen und Texte stehen in geraden doppelten Anführungszeichen: \{"daten":2\}\./,
  },
  {
    name: 'an unknown competency id',
    make: (onError) => html`<kompetenz-rad @kr-error=${onError} actual='{"daten":2,"quantenphysik":3}'></kompetenz-rad>`,
    code: 'unknown-competency',
    source: 'actual',
    still: (el) => expect([...drawnLevels(el).actual]).to.deep.equal([['daten', 2]]),
    says: /Unbekannte Kompetenz „quantenphysik“ in „actual“/,
  },
  {
    name: 'a level out of 0..3',
    make: (onError) => html`<kompetenz-rad @kr-error=${onError} target-role="cio" actual='{"daten":7,"team":2}'></kompetenz-rad>`,
    code: 'level',
    source: 'actual',
    still: (el) => {
      expect([...drawnLevels(el).actual]).to.deep.equal([['team', 2]]);
      expect(drawnLevels(el).target!.get('technik')).to.equal(3);
    },
    says: /Keine Stufe „daten: 7“ in „actual“ \(erlaubt: 0 bis 3 oder Kenner, Könner, Experte\)\./,
  },
  {
    name: 'a level written as no name of a level (names are read, as in a table)',
    make: (onError) => html`<kompetenz-rad @kr-error=${onError} actual='{"daten":"sehr gut","team":"Könner","technik":"Koenner","lernen":"Expert (3)","analyse":"1"}'></kompetenz-rad>`,
    code: 'level',
    source: 'actual',
    still: (el) => expect(new Map(drawnLevels(el).actual)).to.deep.equal(new Map([['analyse', 1], ['lernen', 3], ['team', 2], ['technik', 2]])),
    says: /Keine Stufe „daten: sehr gut“ in „actual“ \(erlaubt: 0 bis 3 oder Kenner, Könner, Experte\)\./,
  },
  {
    name: 'an unknown role',
    make: (onError) => html`<kompetenz-rad @kr-error=${onError} target-role="astronaut" actual='{"daten":1}'></kompetenz-rad>`,
    code: 'unknown-role',
    source: 'target-role',
    still: (el) => {
      expect(all(el, 'svg.wheel path.target')).to.have.length(0);
      expect(drawnLevels(el).actual.get('daten')).to.equal(1);
    },
    says: /Unbekannte Rolle „astronaut“ \(möglich: fuehrungskraft, cdo, cio, projektmanager, digitallotse\)\./,
  },
  {
    name: 'JSON that is not an object',
    make: (onError) => html`<kompetenz-rad @kr-error=${onError} external='[3, 2]' actual='{"team":1}'></kompetenz-rad>`,
    code: 'json-type',
    source: 'external',
    still: (el) => expect(drawnLevels(el).actual.get('team')).to.equal(1),
    says: /„external“ muss ein JSON-Objekt sein/,
  },
  {
    name: 'a table row with an unknown competency',
    make: (onError) => html`<kompetenz-rad @kr-error=${onError}>
      <table>
        <tr><td>Zauberei</td><td>3</td><td>1</td></tr>
        <tr><td>Teamfähigkeit</td><td>3</td><td>1</td></tr>
      </table>
    </kompetenz-rad>`,
    code: 'unknown-competency',
    source: 'table',
    still: (el) => expect(drawnLevels(el).actual.get('team')).to.equal(1),
    says: /Unbekannte Kompetenz „Zauberei“ in der Tabelle/,
  },
  {
    name: 'a table cell that is no level',
    make: (onError) => html`<kompetenz-rad @kr-error=${onError}>
      <table>
        <tr><th>Kompetenz</th><th>Soll</th><th>Ist</th></tr>
        <tr><td>Lernfähigkeit</td><td>3</td><td>sehr gut</td></tr>
        <tr><td>Teamfähigkeit</td><td>3</td><td>1 (Kenner)</td></tr>
      </table>
    </kompetenz-rad>`,
    code: 'level',
    source: 'table',
    still: (el) => expect(drawnLevels(el).actual.get('team')).to.equal(1),
    says: /Keine Stufe „Lernfähigkeit: sehr gut“ in der Tabelle \(erlaubt: 0 bis 3 oder Kenner, Könner, Experte\)\./,
  },
  {
    name: 'a competency in two rows of a table',
    make: (onError) => html`<kompetenz-rad @kr-error=${onError}>
      <table>
        <tr><th>Kompetenz</th><th>Soll</th><th>Ist</th></tr>
        <tr><td>Teamfähigkeit</td><td>3</td><td>Koenner</td></tr>
        <tr><td>Datenkompetenz</td><td>3</td><td>1</td></tr>
        <tr><td>Teamfähigkeit</td><td>3</td><td>1</td></tr>
      </table>
    </kompetenz-rad>`,
    code: 'table-row-twice',
    source: 'table',
    still: (el) => expect(drawnLevels(el).actual.get('team')).to.equal(2),
    says: /Zeile 4 \(„Teamfähigkeit“\) der Tabelle wird nicht gelesen: Die Kompetenz steht schon in Zeile 2, und die erste Zeile gilt\./,
  },
];

describe('kompetenz-rad: bad input', () => {
  for (const item of cases) {
    it(`${item.name}: renders what is valid, shows a notice and fires kr-error once`, async () => {
      let mounted: { el: KompetenzRad; errors: KrErrorDetail[] } | undefined;
      const thrown = await pageErrorsDuring(async () => {
        mounted = await wheelWithErrors(item.make);
      });
      const { el, errors } = mounted!;
      expect(thrown).to.deep.equal([]);
      expect(errors.map((error) => [error.code, error.source])).to.deep.equal([[item.code, item.source]]);
      expect(errors[0].message).to.be.a('string').and.not.equal('');
      item.still(el);
      const box = notice(el);
      expect(box.getAttribute('role')).to.equal('status');
      expect(box.textContent).to.match(item.says);
      expect(box.getBoundingClientRect().height).to.be.greaterThan(10, 'visible');
      // More renders (language, editing, the same bad value again) announce nothing new.
      el.lang = 'en';
      el.editable = true;
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      expect(errors).to.have.length(1);
      await expectAccessible(el);
    });
  }

  it('a value with thousands of problems gets a short notice: the first ten, then how many more', async () => {
    const actual: Record<string, number> = { daten: 2 };
    for (let i = 0; i < 5000; i += 1) actual[`k${i}`] = 1;
    const { el, errors } = await wheelWithErrors((onError) => html`<kompetenz-rad @kr-error=${onError} target-role="cdo" .actual=${actual}></kompetenz-rad>`);
    expect(errors.map((error) => error.code)).to.deep.equal([...Array(10).fill('unknown-competency'), 'more-issues']);
    expect(errors[10]).to.include({ source: 'actual' });
    expect(errors[10].params).to.deep.equal({ more: 4990 });
    const lines = all(el, '[part="notice"] li').map((line) => line.textContent!.trim());
    expect(lines).to.have.length(11);
    expect(lines[10]).to.equal('4990 weitere ungültige Angaben in „actual“.');
    expect(drawnLevels(el).actual.get('daten'), 'the valid level is drawn').to.equal(2);
    await expectAccessible(el);
  });

  it('a huge value set to a text property is named in short', async () => {
    const huge = Array.from({ length: 100_000 }, (_, i) => ({ i }));
    const { el, errors } = await wheelWithErrors((onError) => html`<kompetenz-rad @kr-error=${onError} target-role="cdo" .legend=${huge as never}></kompetenz-rad>`);
    expect(errors.map((error) => [error.code, error.source])).to.deep.equal([['enum', 'legend']]);
    expect(errors[0].message.length, 'a short message').to.be.below(200);
    expect(notice(el).textContent!.length, 'a short notice').to.be.below(400);
  });

  it('fires one kr-error per distinct problem when several come together', async () => {
    const { el, errors } = await wheelWithErrors(
      (onError) => html`<kompetenz-rad @kr-error=${onError} target-role="nobody" actual='{"daten":9,"x-files":1,"team":2}' external='{oops'></kompetenz-rad>`,
    );
    expect(errors.map((error) => `${error.code}@${error.source}`).sort()).to.deep.equal(['invalid-json@external', 'level@actual', 'unknown-competency@actual', 'unknown-role@target-role']);
    expect(all(el, '[part="notice"] li')).to.have.length(4);
    expect(notice(el).textContent).to.contain('4 Angaben konnten nicht verwendet werden');
    expect(drawnLevels(el).actual.get('team')).to.equal(2);
  });

  it('clears the notice when the input is fixed, and reports a problem again only when it comes back', async () => {
    const { el, errors } = await wheelWithErrors((onError) => html`<kompetenz-rad @kr-error=${onError} actual='{"daten":'></kompetenz-rad>`);
    expect(all(el, '[part="notice"] li')).to.have.length(1);
    el.setAttribute('actual', '{"daten":2}');
    await el.updateComplete;
    expect(all(el, '[part="notice"] li')).to.have.length(0);
    expect(notice(el).classList.contains('empty')).to.equal(true);
    expect(drawnLevels(el).actual.get('daten')).to.equal(2);
    el.setAttribute('actual', '{"daten":5}');
    await el.updateComplete;
    await el.updateComplete;
    expect(errors.map((error) => error.code)).to.deep.equal(['invalid-json', 'level']);
    el.setAttribute('external', '{"team":1}');
    await el.updateComplete;
    await el.updateComplete;
    expect(errors).to.have.length(2, 'a problem that still holds is not announced again');
    el.setAttribute('actual', '{"daten":2}');
    await el.updateComplete;
    el.setAttribute('actual', '{"daten":5}');
    await el.updateComplete;
    await el.updateComplete;
    expect(errors.map((error) => error.code)).to.deep.equal(['invalid-json', 'level', 'level'], 'fixed, then broken again: announced again');
  });

  it('reports an edit-series outside self/external, edits as self meanwhile, and withdraws the notice when fixed', async () => {
    const { el, errors } = await wheelWithErrors((onError) => html`<kompetenz-rad @kr-error=${onError} editable edit-series="boss"></kompetenz-rad>`);
    expect(errors).to.deep.equal([{ code: 'enum', message: 'edit-series: expected one of self, external, got "boss"', source: 'edit-series', params: { allowed: ['self', 'external'] } }]);
    expect(all(el, '[part="notice"] li')).to.have.length(1);
    const changes: string[] = [];
    el.addEventListener('kr-level-change', (event) => changes.push((event as CustomEvent<{ series: string }>).detail.series));
    one(el, '.spoke[data-index="0"] .cell[data-level="2"]').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(changes).to.deep.equal(['self']);
    el.setAttribute('edit-series', 'external');
    await el.updateComplete;
    expect(all(el, '[part="notice"] li')).to.have.length(0);
    el.removeAttribute('edit-series');
    await el.updateComplete;
    expect(all(el, '[part="notice"] li')).to.have.length(0);
    expect(errors).to.have.length(1);
  });

  it('keeps a self-assessment blind to the external rating whatever edit-series says, unless it says external', async () => {
    for (const series of ['self', 'Self', 'boss', null]) {
      const { el } = await wheelWithErrors(
        (onError) => html`<kompetenz-rad @kr-error=${onError} editable hide-target edit-series=${series ?? nothing} external='{"team":2}' actual='{"team":1}'></kompetenz-rad>`,
      );
      expect(all(el, '.series-external'), String(series)).to.have.length(0);
    }
  });

  it('reports an invalid catalogue and falls back to the built-in one', async () => {
    const { el, errors } = await wheelWithErrors((onError) => html`<kompetenz-rad @kr-error=${onError} catalogue='{"categories":[]}'></kompetenz-rad>`);
    expect(errors.map((error) => error.code)).to.deep.equal(['invalid-catalogue']);
    expect(all(el, '[part="sector"]')).to.have.length(25);
  });

  it('never throws into the page when drawing fails: it reports render-failed and shows the notice', async () => {
    const { el, errors } = await wheelWithErrors((onError) => html`<kompetenz-rad @kr-error=${onError} actual='{"daten":1}'></kompetenz-rad>`);
    const { layouts } = el as unknown as { layouts: { layoutFor: () => never } };
    const original = layouts.layoutFor;
    layouts.layoutFor = () => {
      throw new Error('boom');
    };
    const thrown = await pageErrorsDuring(async () => {
      el.requestUpdate();
      await el.updateComplete;
      await el.updateComplete;
    });
    expect(thrown).to.deep.equal([]);
    expect(errors.map((error) => error.code)).to.deep.equal(['render-failed']);
    expect(errors[0].message).to.contain('boom');
    expect(notice(el).textContent).to.contain('Die Darstellung ist fehlgeschlagen');
    layouts.layoutFor = original;
    el.actual = { daten: 2 };
    await el.updateComplete;
    await el.updateComplete;
    expect(drawnLevels(el).actual.get('daten')).to.equal(2, 'draws again once the cause is gone');
    expect(all(el, '[part="notice"] li')).to.have.length(0);
  });
});
