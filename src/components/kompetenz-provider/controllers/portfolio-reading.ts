import type { Result } from '../../../domain/errors.js';
import { parseJsonInSteps } from '../../../domain/json-steps.js';
import { migratePortfolio } from '../../../domain/migrations.js';
import { parsePortfolio, PORTFOLIO_LIMITS } from '../../../domain/portfolio.js';
import { PORTFOLIO_VERSION, type Portfolio } from '../../../domain/types.js';
import { TimeSlice } from '../../../internal/time-slice.js';
import { freezeDeep } from '../model/frozen.js';
import { listLengths, type PortfolioCheck } from '../model/portfolio-check.js';

/** From this many characters (about 1,000 people) a document is read without blocking the page. */
export const LARGE_DOCUMENT = 2_000_000;
/** The longest stretch the page's own parse keeps the thread, in ms. */
const SLICE_MS = 25;
/** The worker file beside this module (in the npm build and in the CDN chunk folder alike). */
const WORKER_URL = new URL('./portfolio-check.worker.js', import.meta.url).href;

/**
 * `parsePortfolio` for documents loaded from `src`, without a long task for large ones: a worker
 * parses and validates the text while the page parses its own copy in slices between frames;
 * the page's copy is used once the worker has found the document valid. Where no worker can be
 * started (a policy that forbids it, the one-file build without the worker file beside it) the
 * document is read on the page's thread as before.
 */
export async function readPortfolioText(text: string): Promise<Result<Portfolio>> {
  if (text.length < LARGE_DOCUMENT || text.length > PORTFOLIO_LIMITS.maxTextLength) return parsePortfolio(text);
  const worker = startWorker();
  if (!worker) return parsePortfolio(text);
  try {
    let answered = false;
    let check: PortfolioCheck | undefined;
    const answer = checkIn(worker, text).then((found) => {
      answered = true;
      return (check = found);
    });
    const own = await parseInSlices(text, () => answered);
    // While the worker validates: the provider keeps its state frozen, and freezing 10,000 people at once is a long task.
    if (isCurrent(own)) await freezeInSlices(own, () => answered && !check?.ok);
    await answer;
    if (!check) return parsePortfolio(text);
    if (!check.ok) return { ok: false, errors: check.errors };
    const migrated = own === STOPPED ? undefined : migratePortfolio(own);
    // The worker validated its own parse of the same text; a different parse here is read again in full.
    if (!migrated?.ok || !sameLists(listLengths(migrated.value as object), check.lists)) return parsePortfolio(text);
    return { ok: true, value: migrated.value as Portfolio };
  } finally {
    worker.terminate();
  }
}

const STOPPED = Symbol('stopped');

/** A document of the current version (older ones are upgraded from the parse, so it stays unfrozen until then). */
function isCurrent(document: unknown): document is object {
  return typeof document === 'object' && document !== null && (document as { version?: unknown }).version === PORTFOLIO_VERSION;
}

/** The worker's answer, or undefined when it failed (its file missing, an error inside it). */
function checkIn(worker: Worker, text: string): Promise<PortfolioCheck | undefined> {
  return new Promise((resolve) => {
    worker.addEventListener('message', (event: MessageEvent<PortfolioCheck>) => resolve(event.data));
    worker.addEventListener('error', () => resolve(undefined));
    worker.addEventListener('messageerror', () => resolve(undefined));
    worker.postMessage(text);
  });
}

/** JSON.parse in slices of at most SLICE_MS; STOPPED when `stop()` says the value is not needed (or the text is no JSON). */
async function parseInSlices(text: string, stop: () => boolean): Promise<unknown> {
  const steps = parseJsonInSteps(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const slice = new TimeSlice(SLICE_MS);
  try {
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      if (slice.due()) {
        await slice.pause();
        if (stop()) return STOPPED;
      }
    }
  } catch {
    // Not JSON: the worker's answer says why.
    return STOPPED;
  }
}

/** `freezeDeep` on each element of the document's lists, in slices; ends early when `stop()`. */
async function freezeInSlices(document: object, stop: () => boolean): Promise<void> {
  const slice = new TimeSlice(SLICE_MS);
  for (const value of Object.values(document)) {
    if (!Array.isArray(value)) continue;
    for (const element of value) {
      freezeDeep(element);
      if (slice.due()) {
        await slice.pause();
        if (stop()) return;
      }
    }
  }
}

function sameLists(mine: Record<string, number>, theirs: Record<string, number>): boolean {
  const keys = Object.keys(mine);
  return keys.length === Object.keys(theirs).length && keys.every((key) => mine[key] === theirs[key]);
}

type ScriptUrlPolicy = { createScriptURL(url: string): unknown };
let policy: ScriptUrlPolicy | undefined;

function startWorker(): Worker | undefined {
  try {
    return new Worker(workerScriptUrl() as string, { type: 'module', name: 'kompetenzrad' });
  } catch {
    // Workers not allowed on this page.
    return undefined;
  }
}

/**
 * WORKER_URL; where the browser has Trusted Types, through a policy `kompetenzrad-worker` that
 * allows only that URL (a page that lists its policies in `trusted-types` has to name it).
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
    return WORKER_URL;
  }
  return policy.createScriptURL(WORKER_URL);
}
