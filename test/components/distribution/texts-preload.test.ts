/**
 * Registering an element (`defineElement`) starts loading its texts in the page's language, so
 * that an element inserted later is drawn without waiting for them, as with the loader, which
 * fetches them with the element's code.
 */
import { expect } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import { defineElement } from '../../../src/internal/define-element.js';
import { KrElement } from '../../../src/internal/kr-element.js';
import { defineStrings } from '../../../src/internal/localize.js';
import type { Lang } from '../../../src/domain/types.js';

interface Greeting {
  hello: string;
}

const calls: Record<Lang, number> = { de: 0, en: 0 };
const GREETING = defineStrings<Greeting>({
  de: () => {
    calls.de += 1;
    return Promise.resolve({ hello: 'Hallo' });
  },
  en: () => {
    calls.en += 1;
    return Promise.resolve({ hello: 'Hello' });
  },
});

class PreloadedTextsElement extends KrElement {
  protected override render(): TemplateResult {
    return html`<p>${this.localize.of(GREETING).hello}</p>`;
  }
}

describe('texts loaded when an element is registered', () => {
  const pageLang = document.documentElement.getAttribute('lang');
  after(() => {
    if (pageLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', pageLang);
  });

  it('loads the texts in the page’s language only, before any element is made, and the element draws with them', async () => {
    document.documentElement.setAttribute('lang', 'en');
    expect(calls).to.deep.equal({ de: 0, en: 0 });
    defineElement('kr-preloaded-texts-test', PreloadedTextsElement);
    expect(calls).to.deep.equal({ de: 0, en: 1 });
    const element = document.createElement('kr-preloaded-texts-test') as PreloadedTextsElement;
    document.body.append(element);
    await element.updateComplete;
    expect(element.shadowRoot!.textContent!.trim()).to.equal('Hello');
    expect(calls).to.deep.equal({ de: 0, en: 1 });
    element.remove();
  });
});
