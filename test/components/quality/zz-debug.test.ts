import { html } from '@open-wc/testing';
import { mountCollecting, SAMPLE, TODAY } from './fixtures.js';

describe('debug', () => {
  it('team filter removal', async () => {
    const { el, errors } = await mountCollecting(html`<gap-matrix mode="team" today=${TODAY} .people=${SAMPLE.people} .assessments=${SAMPLE.assessments}></gap-matrix>`);
    const m = el as any;
    m.setAttribute('filter-department', 'IT'); await m.analysisComplete; await m.updateComplete;
    m.removeAttribute('filter-department'); await m.analysisComplete; await m.updateComplete;
    console.log(JSON.stringify(errors), m.shadowRoot.querySelectorAll('.body [role=row]').length);
    m.filterDepartment = ''; await m.updateComplete;
    console.log('after reset', m.shadowRoot.querySelectorAll('.body [role=row]').length, JSON.stringify(m.problems));
    const p = document.createElement('gap-matrix') as any;
    p.setAttribute('sort', 'gap'); document.body.append(p); await p.updateComplete;
    p.removeAttribute('sort'); await p.updateComplete;
    console.log('person sort removed', JSON.stringify(p.problems), p.shadowRoot.querySelector('[role=grid]') !== null);
    p.remove();
  });
});
