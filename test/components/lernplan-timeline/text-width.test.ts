import { expect } from '@open-wc/testing';
import { TextWidth } from '../../../src/components/lernplan-timeline/controllers/text-width.js';

/** A host in the page with the given style, for the controller alone. */
function widthIn(style: string) {
  const host = Object.assign(document.createElement('div'), { addController() {}, removeController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true), renderRoot: document.createDocumentFragment() });
  host.setAttribute('style', style);
  document.body.append(host);
  const text = new TextWidth(host);
  text.hostUpdate();
  return { of: (size: number, weight: number) => text.of(size, weight), remove: () => host.remove() };
}

/** The width the browser gives the text in `font` on a canvas of its own. */
function canvasWidth(font: string, text: string): number {
  const context = document.createElement('canvas').getContext('2d')!;
  context.font = font;
  return context.measureText(text).width;
}

describe('lernplan-timeline: text widths for fitting labels', () => {
  it('adds up the widths of the characters, as the canvas measures them one by one', () => {
    const host = widthIn('font-family: sans-serif');
    const widthOf = host.of(11, 600);
    const text = 'Präsenz-Seminar: Führen in Projekten';
    const sum = Array.from(text).reduce((width, character) => width + canvasWidth('600 11px sans-serif', character), 0);
    expect(widthOf(text)).to.be.closeTo(sum, 0.001);
    expect(widthOf('')).to.equal(0);
    expect(widthOf('ab'), 'measured once, the same each time').to.equal(widthOf('a') + widthOf('b'));
    host.remove();
  });

  it('takes a character outside Latin-1, and a pair of surrogates as one character', () => {
    // Spacing is kept in em of the host's font: 1px at 16px is 0.75px at 12px.
    const host = widthIn('font-family: sans-serif; font-size: 16px; letter-spacing: 1px');
    const widthOf = host.of(12, 400);
    const spacing = 0.75;
    expect(widthOf('€'), 'one character, one letter spacing').to.be.closeTo(canvasWidth('400 12px sans-serif', '€') + spacing, 0.001);
    expect(widthOf('😀'), 'an emoji is one character: one letter spacing').to.be.closeTo(canvasWidth('400 12px sans-serif', '😀') + spacing, 0.001);
    expect(widthOf('a😀b')).to.be.closeTo(widthOf('a') + widthOf('😀') + widthOf('b'), 0.001);
    host.remove();
  });

  it('keeps the widths of each font apart, and adds word spacing to spaces only', () => {
    const host = widthIn('font-family: sans-serif; font-size: 10px; word-spacing: 4px');
    const bold = host.of(10, 700);
    const regular = host.of(10, 400);
    const large = host.of(20, 400);
    for (const character of 'Wim') {
      expect(bold(character), `${character} in bold`).to.be.closeTo(canvasWidth('700 10px sans-serif', character), 0.001);
      expect(regular(character), `${character} in regular`).to.be.closeTo(canvasWidth('400 10px sans-serif', character), 0.001);
      expect(large(character), `${character} at 20px`).to.be.closeTo(canvasWidth('400 20px sans-serif', character), 0.001);
    }
    expect(regular('a b')).to.be.closeTo(regular('a') + regular(' ') + regular('b'), 0.001);
    expect(regular(' ') - canvasWidth('400 10px sans-serif', ' ')).to.be.closeTo(4, 0.001);
    expect(large(' ') - canvasWidth('400 20px sans-serif', ' '), 'in em of the host: twice at twice the size').to.be.closeTo(8, 0.001);
    host.remove();
  });
});
