import { SmartGoalForm } from '../components/smart-goal-form/smart-goal-form.js';

export { SmartGoalForm };
export type { KrGoalInvalidDetail, KrGoalSubmitDetail } from '../components/smart-goal-form/smart-goal-form.js';

// Guarded: a CMS page may load the library twice.
if (!customElements.get('smart-goal-form')) customElements.define('smart-goal-form', SmartGoalForm);
