import { ROLE_LABELS, ROLE_IDS, defaultTarget } from './default-roles.js';
import { frozenDefault } from './frozen.js';
import { text as t } from './localized.js';
import { ROLE_SOURCE_NOTE_DE, ROLE_TASKS_DE } from './messages/role-texts.de.js';
import { ROLE_SOURCE_NOTE_EN, ROLE_TASKS_EN } from './messages/role-texts.en.js';
import type { LocalizedText, Role } from './types.js';

// Re-exported by roles.ts; a module of its own so that only pages that use it load the tasks and
// the source note in both languages.

/** Where the default target profiles come from (DOMAIN.md §4), from both language modules. */
export const ROLE_SOURCE_NOTE: LocalizedText = /*#__PURE__*/ frozenDefault(() => t(ROLE_SOURCE_NOTE_DE, ROLE_SOURCE_NOTE_EN));

/**
 * The five roles of the paper (§3) with their tasks (from both language modules) and target
 * profiles over the default catalogue. The targets are derived from the paper's text (the
 * figures are not in it), which `source` says (`ROLE_SOURCE_NOTE`). Deeply frozen. A page that
 * needs one language only uses `DEFAULT_ROLES_LEAN` (without tasks and source note) and
 * `messages/role-texts.<lang>`.
 */
export const DEFAULT_ROLES: Role[] = /*#__PURE__*/ frozenDefault(() =>
  ROLE_IDS.map((id) => {
    const tasks = ROLE_TASKS_DE[id].map((de, index) => t(de, ROLE_TASKS_EN[id][index]));
    return { id, label: ROLE_LABELS[id], tasks, target: defaultTarget(id), source: ROLE_SOURCE_NOTE };
  }),
);
