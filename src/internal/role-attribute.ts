import { ROLE_IDS } from '../domain/default-roles.js';
import { shortValue } from '../domain/errors.js';
import type { InputProblem } from './inputs.js';

/** The roles of WAI-ARIA 1.2 an element may take (no abstract ones), and those ARIA 1.3 adds. */
const ARIA_ROLES = new Set(
  (
    'alert alertdialog application article banner blockquote button caption cell checkbox code columnheader combobox comment ' +
    'complementary contentinfo definition deletion dialog directory document emphasis feed figure form generic grid gridcell ' +
    'group heading image img insertion link list listbox listitem log main mark marquee math menu menubar menuitem ' +
    'menuitemcheckbox menuitemradio meter navigation none note option paragraph presentation progressbar radio radiogroup ' +
    'region row rowgroup rowheader scrollbar search searchbox sectionfooter sectionheader separator slider spinbutton status ' +
    'strong subscript suggestion superscript switch tab table tablist tabpanel term textbox time timer toolbar tooltip tree treegrid treeitem'
  ).split(' '),
);

// The roles of the DPUB and Graphics modules count by their prefix.
const isAriaRole = (token: string): boolean => ARIA_ROLES.has(token) || token.startsWith('doc-') || token.startsWith('graphics-');

/** How many letters must be inserted, removed or replaced to turn `a` into `b`. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}

/**
 * The problem of a `role` attribute on an element that takes a target role (`target-role`): a
 * page that wrote `role="cdo"` meant the target role and gave the host an ARIA role that does not
 * exist. Like assistive technology, it looks for one ARIA role among the words (fallback roles
 * such as `role="switch checkbox"` are fine); absent or empty is no problem.
 */
export function roleAttributeProblem(text: string | null): InputProblem | undefined {
  const tokens = text?.toLowerCase().split(/\s+/).filter(Boolean) ?? [];
  if (tokens.length === 0 || tokens.some(isAriaRole)) return undefined;
  const given = shortValue(text!.trim()) as string;
  // A typo of a built-in role is not offered back as the target role, the role it misspells is. A page's own roles are not known
  // here: short ids (cdo, cio) are left out, a page's cto or ciso is as near to them as a typo.
  const word = given.toLowerCase();
  const meant = (ROLE_IDS as readonly string[]).includes(word) ? given : (ROLE_IDS.find((id) => id.length >= 8 && editDistance(id, word) <= 2) ?? given);
  return {
    code: 'role-attribute',
    source: 'role',
    subject: given,
    params: { got: given, ...(meant === given ? {} : { meant }) },
    message: `role: "${given}" is no ARIA role; role tells assistive technology what the element is. Set the target role with target-role="${meant}"`,
  };
}
