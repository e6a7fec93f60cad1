// A large `src` document (thousands of people) is parsed and validated by a worker, which hands
// the records to the page; these tests check that the result is the document `parsePortfolio` reads, that
// a refusal is the domain's, and that without a worker the document still loads.
import { expect } from '@open-wc/testing';
import '../../../src/define/kompetenz-provider.js';
import type { KompetenzProvider } from '../../../src/components/kompetenz-provider/kompetenz-provider.js';
import type { KrErrorDetail } from '../../../src/internal/events.js';
import { LARGE_DOCUMENT, readSource, requestSource } from '../../../src/components/kompetenz-provider/controllers/portfolio-reading.js';
import { parsePortfolio, serializePortfolio } from '../../../src/domain/portfolio.js';
import { generatePortfolio } from '../../../src/domain/sample.js';
import type { Portfolio } from '../../../src/domain/types.js';
import { cores, host, patiently } from './helpers.js';

const large: Portfolio = generatePortfolio({ seed: 5, people: 1_400, today: '2025-09-01' });
const text = serializePortfolio(large);

/** A `blob:` URL for `body`, given back when the test ends. */
const urls: string[] = [];
function served(body: string): string {
  const url = URL.createObjectURL(new Blob([body], { type: 'application/json' }));
  urls.push(url);
  return url;
}

/** Records the workers the page starts (their script URL), and lets a test replace how they start. */
const OriginalWorker = window.Worker;
let started: string[] = [];
function watchWorkers(start: (url: string | URL, options?: WorkerOptions) => Worker = (url, options) => new OriginalWorker(url, options)): void {
  started = [];
  window.Worker = function (url: string | URL, options?: WorkerOptions) {
    started.push(String(url));
    return start(url, options);
  } as unknown as typeof Worker;
}

beforeEach(() => cores(8));

afterEach(() => {
  window.Worker = OriginalWorker;
  urls.splice(0).forEach((url) => URL.revokeObjectURL(url));
});

async function load(src: string): Promise<{ provider: KompetenzProvider; errors: KrErrorDetail[] }> {
  const provider = document.createElement('kompetenz-provider');
  const errors: KrErrorDetail[] = [];
  provider.addEventListener('kr-error', (event) => errors.push((event as CustomEvent<KrErrorDetail>).detail));
  provider.setAttribute('storage', 'none');
  provider.setAttribute('src', src);
  host().append(provider);
  await provider.loadComplete;
  return { provider, errors };
}

describe('kompetenz-provider: a large src document', function () {
  this.timeout(patiently.timeout * 2);

  it('is large enough to be read by the worker', () => {
    expect(new TextEncoder().encode(text).length).to.be.greaterThan(LARGE_DOCUMENT);
  });

  it('is read by a worker and gives the portfolio parsePortfolio reads', async () => {
    watchWorkers();
    const expected = parsePortfolio(text);
    const { provider, errors } = await load(served(text));
    expect(started).to.have.length(1);
    expect(started[0]).to.match(/portfolio-check\.worker\.js$/);
    expect(errors).to.deep.equal([]);
    expect(expected.ok && provider.portfolio).to.deep.equal(expected.ok && expected.value);
  });

  it('with a byte order mark at the start', async () => {
    watchWorkers();
    const { provider, errors } = await load(served(`\uFEFF${text}`));
    expect(errors).to.deep.equal([]);
    expect(provider.portfolio.people).to.have.length(large.people.length);
  });

  it('an invalid document is refused with the issues parsePortfolio finds, and nothing is loaded', async () => {
    watchWorkers();
    const broken = JSON.parse(text) as { people: { roleId: string }[]; assessments: { date: string }[] };
    broken.people[1_300].roleId = 'no-such-role';
    broken.assessments[7].date = '2025-02-30';
    const body = JSON.stringify(broken);
    const expected = parsePortfolio(body);
    expect(expected.ok).to.be.false;
    const { provider, errors } = await load(served(body));
    expect(started).to.have.length(1);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include({ code: 'src-invalid', source: 'src' });
    expect(expected.ok ? [] : expected.errors.map((issue) => issue.path)).to.deep.equal(['$.people[1300].roleId', '$.assessments[7].date']);
    expect(errors[0].path).to.equal('$.people[1300].roleId');
    expect(errors[0].message).to.contain('no-such-role');
    expect(provider.portfolio.people).to.deep.equal([]);
  });

  it('a document of an older version is upgraded as parsePortfolio does', async () => {
    watchWorkers();
    const older = JSON.parse(text) as Record<string, unknown>;
    older.version = 0;
    delete older.format;
    const body = JSON.stringify(older);
    const expected = parsePortfolio(body);
    expect(expected.ok).to.be.true;
    const { provider, errors } = await load(served(body));
    expect(started).to.have.length(1);
    expect(errors).to.deep.equal([]);
    expect(expected.ok && provider.portfolio).to.deep.equal(expected.ok && expected.value);
  });

  it('a list given twice is read as JSON.parse reads it: the last one counts', async () => {
    watchWorkers();
    const twice = `{"goals":[${JSON.stringify(large.goals[0])}],${text.slice(1)}`;
    const expected = parsePortfolio(twice);
    expect(expected.ok).to.be.true;
    const { provider, errors } = await load(served(twice));
    expect(errors).to.deep.equal([]);
    expect(provider.portfolio.goals).to.have.length(large.goals.length);
    expect(expected.ok && provider.portfolio).to.deep.equal(expected.ok && expected.value);
  });

  it('the loaded portfolio is frozen, records included', async () => {
    watchWorkers();
    const { provider } = await load(served(text));
    expect(Object.isFrozen(provider.portfolio)).to.be.true;
    expect(Object.isFrozen(provider.portfolio.people)).to.be.true;
    expect(Object.isFrozen(provider.portfolio.assessments[500].levels)).to.be.true;
  });

  it('text that is no JSON is refused with the position JSON.parse names', async () => {
    watchWorkers();
    const { provider, errors } = await load(served(`${text.slice(0, -1)},}`));
    expect(errors.map((error) => error.code)).to.deep.equal(['src-invalid']);
    expect(provider.portfolio.people).to.deep.equal([]);
  });

  it('loads on the page’s thread when no worker may be started', async () => {
    watchWorkers(() => {
      throw new DOMException('workers are not allowed here', 'SecurityError');
    });
    const { provider, errors } = await load(served(text));
    expect(started, 'asked once, not for every piece').to.have.length(1);
    expect(errors).to.deep.equal([]);
    expect(provider.portfolio.people).to.have.length(large.people.length);
  });

  it('requests the document again and reads it on the page’s thread when the worker fails after it took over the bytes', async () => {
    const src = served(text);
    const bytes = new TextEncoder().encode(text);
    let workerRuns: () => void = () => undefined;
    const running = new Promise<void>((resolve) => (workerRuns = resolve));
    const requested: string[] = [];
    const originalFetch = window.fetch;
    // The first request delivers the start of the document, and the rest only once the worker runs.
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      requested.push(url);
      if (url !== src || requested.length > 1) return originalFetch(input, init);
      const head = LARGE_DOCUMENT + 1000;
      const body = new ReadableStream<Uint8Array>({
        async start(controller) {
          controller.enqueue(bytes.slice(0, head));
          await running;
          for (let at = head; at < bytes.length; at += 65_536) controller.enqueue(bytes.slice(at, at + 65_536));
          controller.close();
        },
      });
      const response = new Response(body, { headers: { 'Content-Type': 'application/json' } });
      Object.defineProperty(response, 'url', { value: src });
      return Promise.resolve(response);
    };
    try {
      watchWorkers((url, options) => {
        const worker = new OriginalWorker(url, options);
        // The worker runs (so the page hands it the following bytes), then fails.
        worker.addEventListener('message', (event: MessageEvent<{ kind: string }>) => {
          if (event.data.kind !== 'ready') return;
          // After the page has heard it too.
          setTimeout(() => {
            workerRuns();
            setTimeout(() => worker.dispatchEvent(new Event('error')), 0);
          }, 0);
        });
        return worker;
      });
      const { provider, errors } = await load(src);
      expect(errors).to.deep.equal([]);
      expect(requested, 'requested once more').to.deep.equal([src, src]);
      expect(provider.portfolio).to.deep.equal(large);
    } finally {
      window.fetch = originalFetch;
    }
  });

  it('starts the worker as soon as the response announces a large document, before its bytes arrive', async () => {
    const src = served(text);
    const bytes = new TextEncoder().encode(text);
    let workerStarted: () => void = () => undefined;
    const starting = new Promise<void>((resolve) => (workerStarted = resolve));
    let deliveredWhenStarted = -1;
    let delivered = 0;
    const originalFetch = window.fetch;
    // The body arrives only once a worker has been started.
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input instanceof Request ? input.url : input) !== src) return originalFetch(input, init);
      const body = new ReadableStream<Uint8Array>({
        async start(controller) {
          await starting;
          for (let at = 0; at < bytes.length; at += 65_536) {
            controller.enqueue(bytes.slice(at, at + 65_536));
            delivered = Math.min(bytes.length, at + 65_536);
          }
          controller.close();
        },
      });
      return Promise.resolve(new Response(body, { headers: { 'Content-Type': 'application/json', 'Content-Length': String(bytes.length) } }));
    };
    try {
      watchWorkers((url, options) => {
        deliveredWhenStarted = delivered;
        workerStarted();
        return new OriginalWorker(url, options);
      });
      const { provider, errors } = await load(src);
      expect(started).to.have.length(1);
      expect(deliveredWhenStarted).to.equal(0);
      expect(errors).to.deep.equal([]);
      expect(provider.portfolio).to.deep.equal(large);
    } finally {
      window.fetch = originalFetch;
    }
  });

  it('without a Content-Length, starts the worker once 2 MB have arrived, and reads the document with it', async () => {
    watchWorkers();
    const bytes = new TextEncoder().encode(text);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.length; at += 65_536) controller.enqueue(bytes.slice(at, at + 65_536));
        controller.close();
      },
    });
    const response = new Response(body, { headers: { 'Content-Type': 'application/json' } });
    expect(response.headers.has('Content-Length')).to.be.false;
    const result = await readSource(response);
    expect(started).to.have.length(1);
    expect(result.ok && result.value).to.deep.equal(large);
  });

  it('ends the worker it started for a large response when the request is called off before it is read', async () => {
    const terminated: string[] = [];
    watchWorkers((url, options) => {
      const worker = new OriginalWorker(url, options);
      const terminate = worker.terminate.bind(worker);
      worker.terminate = () => {
        terminated.push(String(url));
        terminate();
      };
      return worker;
    });
    const abort = new AbortController();
    const response = await requestSource(served(text), abort.signal);
    expect(response.headers.get('Content-Length')).to.equal(String(new TextEncoder().encode(text).length));
    expect(started, 'started with the headers').to.have.length(1);
    abort.abort();
    expect(terminated).to.deep.equal(started);
  });

  it('reads a large response with the worker started for it, once', async () => {
    watchWorkers();
    const response = await requestSource(served(text));
    const result = await readSource(response);
    expect(started).to.have.length(1);
    expect(result.ok && result.value).to.deep.equal(large);
  });

  it('loads on the page’s thread when the worker file is missing on the server', async () => {
    watchWorkers((_url, options) => new OriginalWorker('/no-such-folder/portfolio-check.worker.js', options));
    const { provider, errors } = await load(served(text));
    expect(errors).to.deep.equal([]);
    expect(provider.portfolio.people).to.have.length(large.people.length);
  });
});

describe('kompetenz-provider: a large src document on a page with two processor cores', function () {
  this.timeout(patiently.timeout * 2);
  beforeEach(() => cores(2));

  it('is read on the page, without a worker, and gives the portfolio parsePortfolio reads, frozen', async () => {
    watchWorkers();
    const expected = parsePortfolio(text);
    const { provider, errors } = await load(served(text));
    expect(started).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
    expect(expected.ok && provider.portfolio).to.deep.equal(expected.ok && expected.value);
    expect(Object.isFrozen(provider.portfolio.people)).to.be.true;
    expect(Object.isFrozen(provider.portfolio.assessments[500].levels)).to.be.true;
  });

  it('in slices: the page gets its turn while the document is read, even when it arrives in one piece', async () => {
    const bytes = new TextEncoder().encode(text);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes);
        controller.close();
      },
    });
    let done = false;
    let pageRanMeanwhile = false;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => (pageRanMeanwhile = !done);
    const reading = readSource(new Response(body, { headers: { 'Content-Type': 'application/json' } })).then((result) => ((done = true), result));
    channel.port2.postMessage(null);
    const result = await reading;
    channel.port1.close();
    expect(result.ok && result.value).to.deep.equal(large);
    expect(pageRanMeanwhile, 'a task of the page ran before the reading ended').to.be.true;
  });

  it('an invalid document is refused with the issues parsePortfolio finds, and nothing is loaded', async () => {
    const broken = JSON.parse(text) as { people: { roleId: string }[]; assessments: { date: string }[] };
    broken.people[1_300].roleId = 'no-such-role';
    broken.assessments[7].date = '2025-02-30';
    const { provider, errors } = await load(served(JSON.stringify(broken)));
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include({ code: 'src-invalid', source: 'src', path: '$.people[1300].roleId' });
    expect(provider.portfolio.people).to.deep.equal([]);
  });

  it('a document of an older version is upgraded as parsePortfolio does', async () => {
    const older = JSON.parse(text) as Record<string, unknown>;
    older.version = 0;
    delete older.format;
    const body = JSON.stringify(older);
    const expected = parsePortfolio(body);
    const { provider, errors } = await load(served(body));
    expect(errors).to.deep.equal([]);
    expect(expected.ok && provider.portfolio).to.deep.equal(expected.ok && expected.value);
  });

  it('text that is no JSON is refused', async () => {
    const { provider, errors } = await load(served(`${text.slice(0, -1)},}`));
    expect(errors.map((error) => error.code)).to.deep.equal(['src-invalid']);
    expect(provider.portfolio.people).to.deep.equal([]);
  });
});
