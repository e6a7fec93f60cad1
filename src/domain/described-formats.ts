import { builtInFormats, FORMATS } from './default-formats.js';
import { frozenDefault } from './frozen.js';
import { text as t } from './localized.js';
import { FORMAT_DESCRIPTIONS_DE } from './messages/format-descriptions.de.js';
import { FORMAT_DESCRIPTIONS_EN } from './messages/format-descriptions.en.js';
import type { Format } from './types.js';

// Re-exported by formats.ts; a module of its own so that only code that uses it loads the descriptions.

/**
 * The seven formats of DOMAIN.md §8 with the descriptions of both language modules; deeply frozen.
 * A page that needs one language only uses `DEFAULT_FORMATS_LEAN` and `messages/format-descriptions.<lang>`.
 */
export const DEFAULT_FORMATS: Format[] = /*#__PURE__*/ frozenDefault(() =>
  builtInFormats(FORMATS.map(({ id, label, ...rest }) => ({ id, label, description: t(FORMAT_DESCRIPTIONS_DE[id], FORMAT_DESCRIPTIONS_EN[id]), ...rest }))),
);
