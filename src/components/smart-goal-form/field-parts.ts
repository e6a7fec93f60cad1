import { html, type TemplateResult } from 'lit';
import type { SmartFinding } from '../../domain/goals.js';
import type { Lang, SmartLetter } from '../../domain/types.js';
import { CONTROL_ID, type FieldKey } from './goal-fields.js';
import type { GoalFormStrings } from './strings.js';

/** The id of the element that holds a field's messages. */
export const messageId = (field: FieldKey): string => `msg-${CONTROL_ID[field]}`;

/** The id of a field's help text. */
export const helpId = (field: FieldKey): string => `help-${CONTROL_ID[field]}`;

/** `aria-describedby` of a field: its messages first (what to change), then its help. */
export function describedBy(field: FieldKey, withHelp = true): string {
  return withHelp ? `${messageId(field)} ${helpId(field)}` : messageId(field);
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
        ? html`<p part="message problem" class="problem"><strong>${strings.problemPrefix}</strong> ${finding.message[lang]}</p>`
        : html`<p part="message hint" class="hint">${finding.message[lang]}</p>`,
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
