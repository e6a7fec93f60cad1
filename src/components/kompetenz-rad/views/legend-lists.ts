import type { Catalogue, Lang } from '../../../domain/types.js';
import { categoryClass } from './scene.js';
import { svgNode } from './svg-dom.js';

const lists = new WeakMap<Catalogue, Map<string, HTMLElement>>();

/** A list of `catalogue`, built once per `key` (its kind, language and name) for every wheel of the page; a wheel draws a copy (`StaticCopies`). */
function builtOnce(catalogue: Catalogue, key: string, build: () => HTMLElement): HTMLElement {
  let built = lists.get(catalogue);
  if (!built) lists.set(catalogue, (built = new Map()));
  let list = built.get(key);
  if (!list) built.set(key, (list = build()));
  return list;
}

function list(tag: 'ul' | 'ol', className: string, title: string): HTMLElement {
  const element = document.createElement(tag);
  element.className = className;
  element.setAttribute('aria-label', title);
  return element;
}

/** The categories with their colours (`<ul class="categories">` named `title`). */
export function categoryList(catalogue: Catalogue, lang: Lang, title: string): HTMLElement {
  return builtOnce(catalogue, `categories|${lang}|${title}`, () => {
    const categories = list('ul', 'categories', title);
    for (const category of catalogue.categories) {
      const swatch = svgNode('svg', { class: 'swatch', width: 14, height: 14, 'aria-hidden': 'true' });
      svgNode('rect', { class: `band ${categoryClass(catalogue, category.id)}`, width: 14, height: 14 }, swatch);
      categories.appendChild(document.createElement('li')).append(swatch, category.label[lang]);
    }
    return categories;
  });
}

/**
 * The names behind numbered spokes, `<ol class="numbers">` named `title`: per competency its
 * number (hidden from assistive technology, which numbers the list items itself) and its name,
 * with a line-break opportunity after each "/" ("Konfliktlöse-/<wbr>Deeskalationsfähigkeit").
 */
export function numberedNames(catalogue: Catalogue, lang: Lang, title: string): HTMLElement {
  return builtOnce(catalogue, `numbers|${lang}|${title}`, () => {
    const numbers = list('ol', 'numbers', title);
    catalogue.competencies.forEach((competency, index) => {
      const number = document.createElement('span');
      number.className = 'number';
      number.setAttribute('aria-hidden', 'true');
      number.textContent = String(index + 1);
      const name = document.createElement('span');
      name.className = 'name';
      competency.label[lang].split('/').forEach((part, at) => (at === 0 ? name.append(part) : name.append('/', document.createElement('wbr'), part)));
      numbers.appendChild(document.createElement('li')).append(number, name);
    });
    return numbers;
  });
}
