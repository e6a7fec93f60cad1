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
  return {
    code: 'role-attribute',
    source: 'role',
    subject: given,
    params: { got: given },
    message: `role: "${given}" is no ARIA role; role tells assistive technology what the element is. Set the target role with target-role="${given}"`,
  };
}
