/**
 * The README's React 19 example, run for real: React 19 sets object props as properties on
 * custom elements and listens to custom events through `on<event-name>` props.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { Root } from 'react-dom/client';

type ReactBundle = Pick<typeof import('react'), 'createElement' | 'useState'> &
  Pick<typeof import('react-dom'), 'flushSync'> &
  Pick<typeof import('react-dom/client'), 'createRoot'>;
// React as one ES module, bundled by the test server (web-test-runner.config.mjs).
const REACT_BUNDLE = '/__react-test-bundle.js';
const { createElement, createRoot, flushSync, useState } = (await import(REACT_BUNDLE)) as ReactBundle;
import '../../../src/define/kompetenz-rad.js';
import type { KompetenzRad } from '../../../src/components/kompetenz-rad/kompetenz-rad.js';
import type { KrLevelChangeDetail } from '../../../src/internal/events.js';
import type { Profile } from '../../../src/domain/types.js';

let changes: KrLevelChangeDetail[] = [];

// The README example, without JSX: <kompetenz-rad target-role="cdo" actual={actual} editable onkr-level-change={...} />
function SelfAssessment() {
  const [actual, setActual] = useState<Profile>({ daten: 1 });
  return createElement('kompetenz-rad', {
    'target-role': 'cdo',
    actual,
    editable: true,
    'onkr-level-change': (event: CustomEvent<KrLevelChangeDetail>) => {
      changes.push(event.detail);
      setActual((previous) => ({ ...previous, [event.detail.competencyId]: event.detail.level }));
    },
  });
}

describe('<kompetenz-rad> in React 19', () => {
  let host: HTMLElement;
  let root: Root;

  beforeEach(() => {
    changes = [];
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    flushSync(() => root.render(createElement(SelfAssessment)));
  });

  afterEach(() => {
    root.unmount();
    host.remove();
  });

  it('passes the profile as a property object and the role as an attribute', async () => {
    const wheel = host.querySelector('kompetenz-rad') as KompetenzRad;
    await wheel.updateComplete;
    expect(wheel.getAttribute('target-role')).to.equal('cdo');
    expect(wheel.actual).to.deep.equal({ daten: 1 });
  });

  it('hears kr-level-change and feeds the new profile back as a property', async () => {
    const wheel = host.querySelector('kompetenz-rad') as KompetenzRad;
    await wheel.updateComplete;
    wheel.dispatchEvent(
      new CustomEvent('kr-level-change', { bubbles: true, composed: true, detail: { competencyId: 'technik', level: 2, previous: 0, series: 'self' } }),
    );
    expect(changes).to.have.length(1);
    await waitUntil(() => (wheel.actual as Profile | undefined)?.technik === 2, 'React did not pass the new profile');
    expect(wheel.actual).to.deep.equal({ daten: 1, technik: 2 });
  });
});
