import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { spokeKey } from '../../../src/components/kompetenz-rad/controllers/level-editing.js';
import { readTable } from '../../../src/components/kompetenz-rad/model/table-source.js';
import { readLevel } from '../../../src/internal/level-input.js';
import { DEFAULT_CATALOGUE } from '../../../src/domain/catalogue.js';
import { ErrorReporter } from '../../../src/internal/error-reporter.js';
import type { KrErrorDetail } from '../../../src/internal/events.js';
import { jsonAttribute, withAttributeSink } from '../../../src/internal/json-attribute.js';
import { resolveLang, toLang } from '../../../src/internal/localize.js';
import { mount } from './util.js';

describe('internal: jsonAttribute', () => {
  const converter = jsonAttribute<Record<string, number>>();
  const read = (text: string | null) => {
    const log: string[] = [];
    const sink = {
      attributeError: (attribute: string, code: string, message: string) => log.push(`${code}:${attribute}:${message}`),
      attributeOk: (attribute: string) => log.push(`ok:${attribute}`),
    };
    const value = withAttributeSink(sink, 'actual', () => converter.fromAttribute!(text));
    return { value, log };
  };

  it('parses JSON objects and reports success', () => {
    expect(read('{"daten":2}')).to.deep.equal({ value: { daten: 2 }, log: ['ok:actual'] });
  });

  it('gives undefined for a missing or blank attribute', () => {
    expect(read(null).value).to.equal(undefined);
    expect(read('   ').value).to.equal(undefined);
  });

  it('reports bad JSON and non-objects instead of returning null', () => {
    const bad = read('{"daten":');
    expect(bad.value).to.equal(undefined);
    expect(bad.log[0]).to.match(/^invalid-json:actual:actual: not valid JSON/);
    for (const text of ['[1,2]', '3', '"x"', 'null']) {
      const wrong = read(text);
      expect(wrong.value, text).to.equal(undefined);
      expect(wrong.log[0], text).to.match(/^json-type:actual:/);
    }
    expect(jsonAttribute({ allowArray: true }).fromAttribute!('[1]')).to.deep.equal([1]);
  });

  it('does not throw without a sink', () => {
    expect(converter.fromAttribute!('{oops')).to.equal(undefined);
  });
});

describe('internal: language resolution', () => {
  it('normalises language tags', () => {
    expect(['de', 'de-DE', 'DE_at', 'en-GB', 'en', 'fr', '', undefined].map((tag) => toLang(tag))).to.deep.equal(['de', 'de', 'de', 'en', 'en', undefined, undefined, undefined]);
  });

  it('uses the element, then the nearest ancestor across shadow roots, then the fallback, then German', async () => {
    const outer = (await mount(html`<div><p><span></span></p></div>`)).firstElementChild as HTMLDivElement;
    const span = outer.querySelector('span')!;
    expect(resolveLang(span)).to.equal('de');
    expect(resolveLang(span, 'en')).to.equal('en');
    outer.setAttribute('lang', 'en');
    expect(resolveLang(span, 'de')).to.equal('en');
    span.setAttribute('lang', 'de');
    expect(resolveLang(span)).to.equal('de');
    const shadow = span.attachShadow({ mode: 'open' });
    const inner = document.createElement('b');
    shadow.append(inner);
    expect(resolveLang(inner)).to.equal('de');
    span.removeAttribute('lang');
    expect(resolveLang(inner)).to.equal('en');
  });
});

describe('internal: ErrorReporter', () => {
  class Host extends LitElement {
    readonly errors = new ErrorReporter(this);
  }
  customElements.define('kr-test-error-host', Host);

  it('fires kr-error once per distinct problem after the next update and keeps the current list per scope', async () => {
    const host = await fixture<Host>(html`<kr-test-error-host></kr-test-error-host>`);
    const fired: KrErrorDetail[] = [];
    host.addEventListener('kr-error', (event) => fired.push(event.detail));
    host.errors.report('level', 'actual.daten: 7', 'actual', { scope: 'data', subject: 'daten: 7' });
    host.errors.report('level', 'actual.daten: 7', 'actual', { scope: 'data' });
    expect(fired).to.have.length(0, 'not before the update');
    await host.updateComplete;
    expect(fired).to.deep.equal([{ code: 'level', message: 'actual.daten: 7', source: 'actual' }]);
    expect(host.errors.problems).to.have.length(1);
    expect(host.errors.problems[0].subject).to.equal('daten: 7');
    host.errors.clear('data');
    expect(host.errors.problems).to.have.length(0);
    host.errors.report('level', 'actual.daten: 7', 'actual', { scope: 'data' });
    await host.updateComplete;
    expect(fired).to.have.length(1, 'a known problem is shown again but not announced again');
    expect(host.errors.problems).to.have.length(1);
  });
});

describe('wheel keys and table cells', () => {
  it('maps the keys the roving focus leaves to the wheel: select, step and set', () => {
    expect(spokeKey({ key: 'ArrowUp' }, true)).to.deep.equal({ kind: 'step', by: 1 });
    expect(spokeKey({ key: 'ArrowDown' }, true)).to.deep.equal({ kind: 'step', by: -1 });
    expect(spokeKey({ key: 'ArrowUp' }, false)).to.equal(undefined, 'moving is the roving focus’s');
    expect(spokeKey({ key: 'ArrowRight' }, true)).to.equal(undefined);
    expect(spokeKey({ key: '2' }, true)).to.deep.equal({ kind: 'set', level: 2 });
    expect(spokeKey({ key: '2' }, false)).to.equal(undefined);
    expect(spokeKey({ key: '4' }, true)).to.equal(undefined);
    expect(spokeKey({ key: ' ' }, true)).to.deep.equal({ kind: 'select' });
    expect(spokeKey({ key: 'Enter' }, false)).to.deep.equal({ kind: 'select' });
    expect(spokeKey({ key: '2', ctrlKey: true }, true)).to.equal(undefined);
    expect(spokeKey({ key: 'PageUp' }, true), 'a vertical slider’s larger step').to.deep.equal({ kind: 'set', level: 3 });
    expect(spokeKey({ key: 'PageDown' }, true)).to.deep.equal({ kind: 'set', level: 0 });
    expect(spokeKey({ key: 'PageUp' }, false)).to.equal(undefined);
    expect(spokeKey({ key: 'End' }, true), 'a slider’s ends').to.deep.equal({ kind: 'set', level: 3 });
    expect(spokeKey({ key: 'Home' }, true)).to.deep.equal({ kind: 'set', level: 0 });
    expect(spokeKey({ key: 'Home' }, false), 'read-only, Home and End go to the first and last competency').to.equal(undefined);
  });

  it('reads level cells as numbers or level names, umlauts written out, or both when they agree', () => {
    expect(['3', 'Kenner', 'könner', 'EXPERT', 'Practitioner', '—', 'none', '', '7', '1,5', 'viel'].map(readLevel)).to.deep.equal([
      3, 1, 2, 3, 2, 0, 0, undefined, 7, 1.5, 'viel',
    ]);
    expect(['Koenner', 'KOENNER', '1 (Kenner)', '2 – Könner', '3: Experte', 'Könner (2)', 'Expert (3)', '1 (Experte)', '2 (viel)'].map(readLevel)).to.deep.equal([
      2, 2, 1, 2, 3, 2, 3, '1 (Experte)', '2 (viel)',
    ]);
  });

  it('reads a table and reports unknown competencies', async () => {
    const table = (await mount(html`<table>
      <tr><td>Datenkompetenz</td><td>3</td><td>viel</td></tr>
      <tr><td>Unbekannt</td><td>1</td><td>1</td></tr>
    </table>`)).querySelector('table')!;
    const data = readTable(table, DEFAULT_CATALOGUE);
    expect(data.target).to.deep.equal({ daten: 3 });
    expect(data.actual, 'a cell that is no level is left out').to.equal(undefined);
    expect(data.problems.map((problem) => [problem.code, problem.subject])).to.deep.equal([
      ['level', 'Datenkompetenz: viel'],
      ['unknown-competency', 'Unbekannt'],
    ]);
  });

  it('takes the columns from the header words, never from the order: a first header it cannot read is the competency, another is reported and left out', () => {
    const read = (header: string[], row = ['Datenkompetenz', '1', '3']) => {
      const table = document.createElement('table');
      for (const [cells, tag] of [[header, 'th'], [row, 'td']] as const) {
        const line = table.insertRow();
        for (const text of cells) line.append(Object.assign(document.createElement(tag), { textContent: text }));
      }
      return readTable(table, DEFAULT_CATALOGUE);
    };
    const swapped = read(['Bereich', 'Ist', 'Soll']);
    expect([swapped.actual, swapped.target, swapped.problems]).to.deep.equal([{ daten: 1 }, { daten: 3 }, []]);
    const unknown = read(['Kompetenz', 'Ist', 'Bemerkung'], ['daten', '2', 'gut']);
    expect([unknown.actual, unknown.target]).to.deep.equal([{ daten: 2 }, undefined]);
    expect(unknown.problems.map((problem) => [problem.code, problem.subject])).to.deep.equal([['table-column', 'Bemerkung']]);
    const twice = read(['Kompetenz', 'Ist', 'Selbsteinschätzung'], ['daten', '2', '3']);
    expect(twice.actual).to.deep.equal({ daten: 2 });
    expect(twice.problems.map((problem) => problem.code)).to.deep.equal(['table-column']);
    const words = read(['Kompetenzliste', 'Zielstufe laut Vorgesetzten', 'Einschätzung Vorgesetzte']);
    expect([words.target, words.external, words.problems]).to.deep.equal([{ daten: 1 }, { daten: 3 }, []]);
    const grouped = read(['Kompetenzbereich', 'Kompetenz', 'Soll', 'Ist'], ['Digitale Fachkompetenzen', 'Datenkompetenz', '3', '1']);
    expect([grouped.target, grouped.actual, grouped.problems]).to.deep.equal([{ daten: 3 }, { daten: 1 }, []]);
    const level = read(['Kompetenz', 'Stufe'], ['Datenkompetenz', '2']);
    expect([level.target, level.problems], 'a heading that names nothing keeps its place in the fixed order').to.deep.equal([{ daten: 2 }, []]);
    const manager = read(['Kompetenz', 'Selbst', 'Einschätzung Führungskraft'], ['Datenkompetenz', '2', '1']);
    expect([manager.actual, manager.external]).to.deep.equal([{ daten: 2 }, { daten: 1 }]);
  });

  it('reads a competency once: a later row of it is reported and left out', async () => {
    const table = (await mount(html`<table>
      <tr><td>Datenkompetenz</td><td>2</td><td>2</td></tr>
      <tr><td>Data literacy</td><td>3</td><td>1</td></tr>
    </table>`)).querySelector('table')!;
    const data = readTable(table, DEFAULT_CATALOGUE);
    expect([data.target, data.actual]).to.deep.equal([{ daten: 2 }, { daten: 2 }]);
    expect(data.problems.map((problem) => [problem.code, problem.subject, problem.params?.first])).to.deep.equal([['table-row-twice', 'Data literacy', 'Datenkompetenz']]);
    expect(data.problems[0].params).to.deep.include({ row: 2, firstRow: 1 });
  });
});
