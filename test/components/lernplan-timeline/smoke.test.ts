import { expect } from '@open-wc/testing';
import { expectAccessible } from '../../helpers/a11y.js';
import { all, sampleTimeline } from './util.js';

describe('smoke', () => {
  it('renders accessibly', async () => {
    const { el } = await sampleTimeline({ editable: true });
    expect(all(el, '[part="bar"]').length).to.equal(4);
    await expectAccessible(el);
  });
  it('list accessibly', async () => {
    const { el } = await sampleTimeline({ editable: true });
    el.view = 'list';
    await el.updateComplete;
    await expectAccessible(el);
  });
});
