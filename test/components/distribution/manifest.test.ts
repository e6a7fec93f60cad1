/** Every attribute an element observes is documented in custom-elements.json. */
import { expect } from '@open-wc/testing';
import '../../../src/index.js';

interface Declaration {
  tagName?: string;
  attributes?: { name: string }[];
}

describe('custom-elements.json', () => {
  let manifest: { modules: { declarations?: Declaration[] }[] };

  before(async () => {
    manifest = await (await fetch('/custom-elements.json')).json();
  });

  for (const tag of ['kompetenz-provider', 'kompetenz-rad', 'gap-matrix', 'smart-goal-form', 'lernplan-timeline']) {
    it(`lists every attribute that <${tag}> observes`, () => {
      const declaration = manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.tagName === tag);
      expect(declaration, tag).to.exist;
      const documented = new Set((declaration!.attributes ?? []).map((attribute) => attribute.name));
      const observed = (customElements.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes;
      // `role` is observed to report a role id written where `target-role` was meant; it is no attribute of the element's own.
      const missing = observed.filter((name) => !documented.has(name) && name !== 'role');
      expect(missing, `${tag} attributes missing from the manifest`).to.deep.equal([]);
    });
  }
});
