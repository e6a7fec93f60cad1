import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lengthInPx } from '../../src/internal/css-length.ts';

const basis = { em: 14, rem: 16, height: 800 };

describe('lengthInPx (a length a page writes into a custom property)', () => {
  it('reads px, rem, em and vh against their basis', () => {
    assert.equal(lengthInPx('600px', basis), 600);
    assert.equal(lengthInPx('32rem', basis), 512);
    assert.equal(lengthInPx('2em', basis), 28);
    assert.equal(lengthInPx('50vh', basis), 400);
  });

  it('takes decimals, signs, upper case and the spaces a custom property keeps', () => {
    assert.equal(lengthInPx(' 1.5rem ', basis), 24);
    assert.equal(lengthInPx('.5REM', basis), 8);
    assert.equal(lengthInPx('+10px', basis), 10);
    assert.equal(lengthInPx('-10px', basis), -10);
    assert.equal(lengthInPx('0px', basis), 0);
  });

  it('leaves to the browser what only it can resolve', () => {
    for (const value of ['none', 'auto', '', '50%', 'calc(100vh - 2rem)', 'var(--x)', '10', 'px', '1e3px', '10 px', '3ch', '25vw']) {
      assert.equal(lengthInPx(value, basis), undefined, value);
    }
  });
});
