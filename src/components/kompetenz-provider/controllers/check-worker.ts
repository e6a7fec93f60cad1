/** The worker file beside this module (in the npm build and in the CDN chunk folder alike). */
const WORKER_URL = new URL('./portfolio-check.worker.js', import.meta.url).href;

type ScriptUrlPolicy = { createScriptURL(url: string): unknown };
let policy: ScriptUrlPolicy | undefined;

/** The worker that validates a large document (portfolio-check.worker.ts); undefined where no worker may be started. */
export function startCheckWorker(): Worker | undefined {
  try {
    const url = workerScriptUrl();
    return url === undefined ? undefined : new Worker(url as string, { type: 'module', name: 'kompetenzrad' });
  } catch {
    return undefined;
  }
}

/**
 * WORKER_URL; where the browser has Trusted Types, through a policy `kompetenzrad-worker` that
 * allows only that URL (a page that lists its policies in `trusted-types` has to name it).
 * `undefined` where the page refuses that policy: a plain URL would only be refused as well,
 * with a second violation report.
 */
function workerScriptUrl(): unknown {
  const factory = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: ScriptUrlPolicy): ScriptUrlPolicy } }).trustedTypes;
  if (!factory) return WORKER_URL;
  try {
    policy ??= factory.createPolicy('kompetenzrad-worker', {
      createScriptURL: (url: string) => {
        if (url !== WORKER_URL) throw new TypeError(`kompetenzrad-worker only starts ${WORKER_URL}`);
        return url;
      },
    });
  } catch {
    return undefined;
  }
  return policy.createScriptURL(WORKER_URL);
}
