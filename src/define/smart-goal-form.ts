import { SmartGoalForm } from '../components/smart-goal-form/smart-goal-form.js';
import { defineElement } from '../internal/define-element.js';

export { SmartGoalForm };
export type { KrGoalInvalidDetail, KrGoalSubmitDetail } from '../components/smart-goal-form/smart-goal-form.js';

/** Registers `<smart-goal-form>`: once, and with a console warning when another class already has the tag. */
defineElement('smart-goal-form', SmartGoalForm);
