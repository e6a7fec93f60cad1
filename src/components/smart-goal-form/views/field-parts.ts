import { html, type TemplateResult } from 'lit';
import type { SmartFinding } from '../../../domain/goals.js';
import type { Lang, SmartLetter } from '../../../domain/types.js';
import { findingText } from '../model/check.js';
import { CONTROL_ID, type FieldKey } from '../model/fields.js';
import type { GoalFormStrings } from '../strings/index.js';

/** The id of the element that holds a field's messages. */
export const messageId = (field: FieldKey): string => `msg-${CONTROL_ID[field]}`;

/** The id of a field's help text. */
export const helpId = (field: FieldKey): string => `help-${CONTROL_ID[field]}`;

/** `aria-describedby` of a field: its messages first (what to change), then its help. */
export function describedBy(field: FieldKey, withHelp = true): string {
  return withHelp ? `${messageId(field)} ${helpId(field)}` : messageId(field);
}

/** Whether a group's `focusout` moves focus out of the whole group (not to another control in it). */
export function leftGroup(event: FocusEvent): boolean {
  const group = event.currentTarget as HTMLElement;
  return !(event.relatedTarget instanceof Node && group.contains(event.relatedTarget));
}

/** The SMART letter in front of a label; hidden from screen readers, which hear the checklist's words instead. */
export function letterBadge(letter: SmartLetter): TemplateResult {
  return html`<span class="letter" aria-hidden="true">${letter}</span>`;
}

/** A field's messages: problems introduced in words ("Please change:"), hints without. Empty and hidden when there is nothing to say. */
export function renderMessages(field: FieldKey, findings: readonly SmartFinding[], strings: GoalFormStrings, lang: Lang): TemplateResult {
  return html`<div part="messages" class="messages" id=${messageId(field)} ?hidden=${findings.length === 0}>
    ${findings.map((finding) =>
      finding.severity === 'problem'
        ? html`<p part="message problem" class="problem"><strong>${strings.problemPrefix}</strong> ${findingText(finding, strings, lang)}</p>`
        : html`<p part="message hint" class="hint">${findingText(finding, strings, lang)}</p>`,
    )}
  </div>`;
}

/** The visible label of each field, as the checklist's links name them. */
export function fieldLabel(strings: GoalFormStrings, field: FieldKey): string {
  const labels: Record<FieldKey, string> = {
    competencyIds: strings.competenciesLegend,
    targetLevel: strings.targetLevelLegend,
    measure: strings.measureLabel,
    challenge: strings.challengeLabel,
    'resources.hours': strings.hoursLabel,
    'resources.budget': strings.budgetLabel,
    'resources.supportPerson': strings.supportLabel,
    due: strings.dueLabel,
    notes: strings.notesLabel,
  };
  return labels[field];
}

/** The control a message about `field` is anchored at and the checklist moves focus to (the first of a group, the chosen level). */
export function fieldAnchor(root: ParentNode, field: FieldKey): HTMLElement | undefined {
  const id = CONTROL_ID[field];
  if (field === 'competencyIds') return root.querySelector<HTMLElement>(`#${id} input`) ?? undefined;
  if (field === 'targetLevel') return root.querySelector<HTMLElement>(`#${id} input:checked`) ?? root.querySelector<HTMLElement>(`#${id} input`) ?? undefined;
  return root.querySelector<HTMLElement>(`#${id}`) ?? undefined;
}
