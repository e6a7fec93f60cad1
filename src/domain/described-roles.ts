import { ROLE_LABELS, ROLE_IDS, ROLE_SOURCE_NOTE, defaultTarget } from './default-roles.js';
import { frozenDefault } from './frozen.js';
import { text as t } from './localized.js';
import { ROLE_TASKS_DE } from './messages/role-texts.de.js';
import { ROLE_TASKS_EN } from './messages/role-texts.en.js';
import type { Role } from './types.js';

// Re-exported by roles.ts; a module of its own so that only pages that use it load the tasks.

/**
 * The five roles of the paper (§3) with their tasks (from both language modules) and target
 * profiles over the default catalogue. The targets are derived from the paper's text (the
 * figures are not in it), which `source` says. Deeply frozen. A page that needs one language
 * only uses `DEFAULT_ROLES_LEAN` and `messages/role-texts.<lang>`.
 */
export const DEFAULT_ROLES: Role[] = /*#__PURE__*/ frozenDefault(() =>
  ROLE_IDS.map((id) => {
    const tasks = ROLE_TASKS_DE[id].map((de, index) => t(de, ROLE_TASKS_EN[id][index]));
    return { id, label: ROLE_LABELS[id], tasks, target: defaultTarget(id), source: ROLE_SOURCE_NOTE };
  }),
);
