import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';

export interface MediaFeatures {
  colorScheme?: 'light' | 'dark';
  forcedColors?: 'active' | 'none';
}

/**
 * Emulates colour scheme and forced colours. `emulateMedia` handles the colour scheme; for
 * forced colours under Puppeteer it also asks the `kr-emulate-media` server command
 * (test/helpers/media-plugin.mjs), if the config registers it. Returns whether the page now
 * matches what was asked, so a test can skip when the runner cannot emulate it.
 */
export async function emulateMediaFeatures(features: MediaFeatures): Promise<boolean> {
  await emulateMedia(features);
  const wantsForced = features.forcedColors === 'active';
  if (wantsForced && !matchMedia('(forced-colors: active)').matches) {
    try {
      await executeServerCommand('kr-emulate-media', features);
    } catch {
      // The plugin is not registered: reported through the return value.
    }
  }
  const scheme = features.colorScheme === undefined || matchMedia(`(prefers-color-scheme: ${features.colorScheme})`).matches;
  const forced = !wantsForced || matchMedia('(forced-colors: active)').matches;
  return scheme && forced;
}

/** Back to the browser's own media features. */
export async function resetMediaFeatures(): Promise<void> {
  await emulateMedia({});
  try {
    await executeServerCommand('kr-emulate-media', {});
  } catch {
    // not registered
  }
}
