import { expect } from '@open-wc/testing';
describe('debug', () => {
  it('visibility', async () => {
    for (let i = 0; i < 5; i++) {
      const raf = await Promise.race([new Promise((r) => requestAnimationFrame(() => r('raf'))), new Promise((r) => setTimeout(() => r('timeout'), 1000))]);
      console.log('vis', document.visibilityState, document.hasFocus(), raf);
    }
    expect(1).to.equal(1);
  });
});
