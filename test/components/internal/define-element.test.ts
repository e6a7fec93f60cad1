import { expect } from '@open-wc/testing';
import { defineElement } from '../../../src/internal/define-element.js';

describe('defineElement', () => {
  let warnings: unknown[][];
  const original = console.warn;
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
  });
  afterEach(() => {
    console.warn = original;
  });

  it('registers a free tag', () => {
    class First extends HTMLElement {}
    defineElement('kr-test-define-free', First);
    expect(customElements.get('kr-test-define-free')).to.equal(First);
    expect(warnings).to.have.length(0);
  });

  it('stays silent when the same class is registered again', () => {
    class Same extends HTMLElement {}
    defineElement('kr-test-define-same', Same);
    defineElement('kr-test-define-same', Same);
    expect(warnings).to.have.length(0);
  });

  it('warns once, naming the tag, when another class already has it', () => {
    class Theirs extends HTMLElement {}
    class Ours extends HTMLElement {}
    customElements.define('kr-test-define-taken', Theirs);
    defineElement('kr-test-define-taken', Ours);
    defineElement('kr-test-define-taken', Ours);
    expect(customElements.get('kr-test-define-taken')).to.equal(Theirs);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0][0])).to.include('<kr-test-define-taken>');
  });
});
