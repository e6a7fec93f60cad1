import { expect } from '@open-wc/testing';
import 'axe-core/axe.min.js';

/** The axe tags of WCAG 2.0, 2.1 and 2.2, levels A and AA (what BITV 2.0 / EN 301 549 ask for). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] as const;

interface AxeRule {
  ruleId: string;
  tags: string[];
}
interface AxeGlobal {
  getRules(tags?: string[]): AxeRule[];
  configure(spec: { rules: { id: string; enabled: boolean }[] }): void;
}

function axe(): AxeGlobal {
  const found = (window as unknown as { axe?: AxeGlobal }).axe;
  if (!found) throw new Error('axe-core did not load');
  return found;
}

let rulesOutsideWcag: string[] | undefined;

/**
 * chai-a11y-axe (`expect(el).to.be.accessible()`) takes only `ignoredRules`, not axe's `runOnly`.
 * So the set is restricted here: every rule that carries none of the WCAG A/AA tags is ignored
 * (best practices, AAA, experimental), and WCAG A/AA rules that axe ships disabled are enabled.
 */
function wcagOnly(): string[] {
  if (rulesOutsideWcag) return rulesOutsideWcag;
  const all = axe().getRules();
  const wcag = new Set(axe().getRules([...WCAG_TAGS]).map((rule) => rule.ruleId));
  axe().configure({ rules: [...wcag].map((id) => ({ id, enabled: true })) });
  rulesOutsideWcag = all.filter((rule) => !wcag.has(rule.ruleId) || rule.tags.includes('experimental')).map((rule) => rule.ruleId);
  return rulesOutsideWcag;
}

/** Runs axe on `element` (and its shadow DOM) against WCAG 2.0/2.1/2.2 A and AA. */
export async function expectAccessible(element: Element, { ignoredRules = [] as string[] } = {}): Promise<void> {
  await expect(element).to.be.accessible({ ignoredRules: [...wcagOnly(), ...ignoredRules] });
}
