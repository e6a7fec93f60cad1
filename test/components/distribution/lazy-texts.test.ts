/**
 * Texts per language loaded on demand (`defineStrings` with one loader per language): an element
 * waits for its language's texts before it renders, loads only that language, and loads the
 * other one when `lang` changes. The tests run in order: the loaded texts are shared by the page.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import { KrElement } from '../../../src/internal/kr-element.js';
import { defineStrings } from '../../../src/internal/localize.js';
import type { Lang } from '../../../src/domain/types.js';

interface Greeting {
  hello: string;
}

function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: Error) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const calls: Record<Lang, number> = { de: 0, en: 0 };
const german = deferred<{ default: Greeting }>();
const english = deferred<Greeting>();
// German as a module with a default export (`() => import('./de.js')`), English as the table itself.
const GREETING = defineStrings<Greeting>({
  de: () => {
    calls.de += 1;
    return german.promise;
  },
  en: () => {
    calls.en += 1;
    return english.promise;
  },
});

class LazyTextsElement extends KrElement {
  protected override render(): TemplateResult {
    return html`<p>${this.localize.of(GREETING).hello}</p>`;
  }
}
customElements.define('kr-lazy-texts-test', LazyTextsElement);

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));
const text = (element: Element): string => element.shadowRoot!.textContent!.trim();

describe('texts loaded per language', () => {
  let element: LazyTextsElement;

  after(() => document.querySelectorAll('kr-lazy-texts-test').forEach((each) => each.remove()));

  it('renders nothing until the texts of its language are there, and loads no other language', async () => {
    element = document.createElement('kr-lazy-texts-test') as LazyTextsElement;
    document.body.append(element);
    let complete = false;
    void element.updateComplete.then(() => (complete = true));
    await nextTask();
    expect(element.shadowRoot!.childElementCount).to.equal(0);
    expect(complete, 'updateComplete waits for the texts').to.be.false;
    expect(calls).to.deep.equal({ de: 1, en: 0 });
    german.resolve({ default: { hello: 'Hallo' } });
    await element.updateComplete;
    expect(text(element)).to.equal('Hallo');
    expect(calls).to.deep.equal({ de: 1, en: 0 });
  });

  it('loads English when lang changes, and keeps German until the English texts are there', async () => {
    element.setAttribute('lang', 'en');
    await nextTask();
    expect(text(element)).to.equal('Hallo');
    expect(calls.en).to.equal(1);
    english.resolve({ hello: 'Hello' });
    await element.updateComplete;
    expect(text(element)).to.equal('Hello');
  });

  it('loads each language once: another element renders in its first update', async () => {
    const second = document.createElement('kr-lazy-texts-test') as LazyTextsElement;
    second.lang = 'de';
    document.body.append(second);
    await second.updateComplete;
    expect(text(second)).to.equal('Hallo');
    expect(calls).to.deep.equal({ de: 1, en: 1 });
  });

  it('reports texts that cannot be loaded once (kr-error) and stays in the language it has', async () => {
    const broken = deferred<Greeting>();
    defineStrings<Greeting>({ de: () => Promise.resolve({ hello: 'egal' }), en: () => broken.promise });
    const third = document.createElement('kr-lazy-texts-test') as LazyTextsElement;
    third.lang = 'de';
    document.body.append(third);
    await third.updateComplete;
    expect(text(third)).to.equal('Hallo');
    third.lang = 'en';
    const reported = oneEvent(third, 'kr-error');
    broken.reject(new Error('en.js is missing'));
    const event = await reported;
    expect(event.detail).to.deep.equal({ code: 'texts-unavailable', message: 'kr-lazy-texts-test: Error: en.js is missing', source: 'lang' });
    expect(event.bubbles && event.composed).to.be.true;
    await third.updateComplete;
    expect(text(third)).to.equal('Hallo');
    let more = 0;
    third.addEventListener('kr-error', () => (more += 1));
    third.requestUpdate();
    await third.updateComplete;
    expect(more).to.equal(0);
  });
});
