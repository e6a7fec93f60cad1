import type { Catalogue, Lang } from '../../../domain/types.js';

const lists = new WeakMap<Catalogue, Map<string, HTMLOListElement>>();

/**
 * The names behind numbered spokes, `<ol class="numbers">` named `title`: per competency its
 * number (hidden from assistive technology, which numbers the list items itself) and its name,
 * with a line-break opportunity after each "/" ("Konfliktlöse-/<wbr>Deeskalationsfähigkeit").
 * Built once per catalogue, language and title for every wheel of the page; a wheel draws a copy
 * (`StaticCopies`).
 */
export function numberedNames(catalogue: Catalogue, lang: Lang, title: string): HTMLOListElement {
  let built = lists.get(catalogue);
  if (!built) lists.set(catalogue, (built = new Map()));
  const key = `${lang}|${title}`;
  let list = built.get(key);
  if (!list) built.set(key, (list = buildList(catalogue, lang, title)));
  return list;
}

function buildList(catalogue: Catalogue, lang: Lang, title: string): HTMLOListElement {
  const list = document.createElement('ol');
  list.className = 'numbers';
  list.setAttribute('aria-label', title);
  catalogue.competencies.forEach((competency, index) => {
    const number = document.createElement('span');
    number.className = 'number';
    number.setAttribute('aria-hidden', 'true');
    number.textContent = String(index + 1);
    const name = document.createElement('span');
    name.className = 'name';
    competency.label[lang].split('/').forEach((part, at) => (at === 0 ? name.append(part) : name.append('/', document.createElement('wbr'), part)));
    list.appendChild(document.createElement('li')).append(number, name);
  });
  return list;
}
