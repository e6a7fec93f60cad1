/**
 * The elements make no network request of their own: fetch, XMLHttpRequest, sendBeacon,
 * WebSocket and EventSource are wrapped and counted, and every resource the page loads is
 * observed (Resource Timing), while every element is mounted with data, edited and exported.
 * The provider's `src` is the only request allowed, and it is made exactly once.
 */
import { expect, html } from '@open-wc/testing';
import { mountCollecting, mountWidget, settle, TODAY, WIDGETS } from './fixtures.js';

const SRC = '/demo/data/sample-portfolio.json';

interface Recorder {
  requests: string[];
  resources: string[];
  stop(): void;
}

function recordRequests(): Recorder {
  const requests: string[] = [];
  const resources: string[] = [];
  const original = {
    fetch: window.fetch,
    open: XMLHttpRequest.prototype.open,
    beacon: navigator.sendBeacon,
    WebSocket: window.WebSocket,
    EventSource: window.EventSource,
  };
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    requests.push(`fetch ${input instanceof Request ? input.url : String(input)}`);
    return original.fetch.call(window, input, init);
  };
  XMLHttpRequest.prototype.open = function open(this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
    requests.push(`xhr ${method} ${String(url)}`);
    return (original.open as (...args: unknown[]) => void).call(this, method, url, ...rest);
  } as typeof XMLHttpRequest.prototype.open;
  navigator.sendBeacon = (url: string | URL) => (requests.push(`beacon ${String(url)}`), true);
  window.WebSocket = function (url: string | URL) {
    requests.push(`websocket ${String(url)}`);
    throw new Error('no WebSocket in this test');
  } as unknown as typeof WebSocket;
  window.EventSource = function (url: string | URL) {
    requests.push(`eventsource ${String(url)}`);
    throw new Error('no EventSource in this test');
  } as unknown as typeof EventSource;
  // The observer sees entries even when the resource-timing buffer of the page is full.
  const observer = new PerformanceObserver((list) => resources.push(...list.getEntries().map((entry) => entry.name)));
  observer.observe({ type: 'resource', buffered: false });
  return {
    requests,
    resources,
    stop() {
      observer.disconnect();
      window.fetch = original.fetch;
      XMLHttpRequest.prototype.open = original.open;
      navigator.sendBeacon = original.beacon;
      window.WebSocket = original.WebSocket;
      window.EventSource = original.EventSource;
    },
  };
}

/** Resource entries of the test runner itself (its event stream, coverage), not of the page under test. */
const ownRunner = (url: string) => /\/__web-dev-server|\/__wds|\/__web-test-runner/.test(url);

/** The library's own text modules, which an element imports in its language on first use (the sources, same origin). */
const ownTexts = (url: string) => new URL(url).origin === location.origin && /^\/src\/.+[/.](de|en)\.ts$/.test(new URL(url).pathname);
/** The library's own modules those text modules import (the sources, same origin): no request to anywhere else. */
const ownModules = (url: string) => new URL(url).origin === location.origin && /^\/src\/.+\.ts$/.test(new URL(url).pathname);

describe('network: no request but the provider’s src', () => {
  let recorder: Recorder;
  afterEach(() => recorder?.stop());

  it('every widget standalone, with data, while editing and exporting: no request at all', async () => {
    recorder = recordRequests();
    for (const widget of WIDGETS) {
      for (const state of ['full', 'editing', 'errors'] as const) {
        const { el } = await mountWidget(widget, state);
        const exporting = el as HTMLElement & Partial<{ toSVG(): string; toCSV(): string }>;
        if (exporting.toSVG) expect(exporting.toSVG()).to.include('<svg');
        // In the error state a person matrix has no target to compare with, hence nothing to export.
        if (exporting.toCSV) expect(exporting.toCSV().length > 0 || state === 'errors', `${widget} ${state}: a CSV`).to.equal(true);
      }
    }
    // An edit on the wheel outside a provider updates the wheel itself.
    const wheel = (await mountWidget('kompetenz-rad', 'editing')).el as HTMLElement & { updateComplete: Promise<unknown>; actual?: Record<string, number> };
    const sector = wheel.shadowRoot!.querySelector('[part="sector"]')!;
    sector.querySelector('[data-level="3"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await wheel.updateComplete;
    expect(wheel.actual?.[sector.getAttribute('data-competency')!], 'the click set the level').to.equal(3);
    await settle(50);
    expect(recorder.requests).to.deep.equal([]);
    expect(recorder.resources.filter((url) => !ownRunner(url) && !ownModules(url))).to.deep.equal([]);
    expect(recorder.resources.filter((url) => ownTexts(url) && !/[/.]de\.ts$/.test(url)), 'a German page loads German texts only').to.deep.equal([]);
  });

  it('a provider with src loads that one document, once, and nothing else while its widgets work', async () => {
    recorder = recordRequests();
    const { box, el, errors } = await mountCollecting<HTMLElement & { loadComplete: Promise<void>; portfolio: { people: unknown[] }; saveComplete: Promise<void> }>(
      html`<kompetenz-provider storage="none" src=${SRC} today=${TODAY}>
        <kompetenz-rad editable></kompetenz-rad>
        <gap-matrix></gap-matrix>
        <gap-matrix mode="team" synergy></gap-matrix>
        <smart-goal-form></smart-goal-form>
        <lernplan-timeline editable></lernplan-timeline>
      </kompetenz-provider>`,
    );
    await el.loadComplete;
    expect(errors).to.deep.equal([]);
    expect(el.portfolio.people.length, 'the document at src was loaded').to.be.greaterThan(0);
    // Work with the widgets: an edit goes through the provider into (memory) storage.
    const wheel = box.querySelector('kompetenz-rad')!;
    await (wheel as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const before = el.portfolio;
    wheel.shadowRoot!.querySelector('[part="sector"] [data-level="3"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.saveComplete;
    expect(el.portfolio, 'the edit reached the provider').to.not.equal(before);
    await settle(50);
    const src = new URL(SRC, document.baseURI).href;
    expect(recorder.requests).to.deep.equal([`fetch ${src}`]);
    expect(recorder.resources.filter((url) => !ownRunner(url) && !ownModules(url))).to.deep.equal([src]);
  });
});
