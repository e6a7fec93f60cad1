import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define/smart-goal-form.js';
import type { SmartGoalForm } from '../../../src/components/smart-goal-form/smart-goal-form.js';
import { contrastRatio, rgbToHex } from '../../helpers/contrast.js';
import { emulateMediaFeatures, resetMediaFeatures } from '../../helpers/media.js';
import { $, CURRENT, GOOD_GOAL, mount, submit, TODAY } from './helpers.js';

async function brokenForm(): Promise<SmartGoalForm> {
  const el = await fixture<SmartGoalForm>(html`<smart-goal-form person-id="p-1" today=${TODAY} .current=${CURRENT} .goal=${{ ...GOOD_GOAL, measure: '', resources: { hours: 40 } }}></smart-goal-form>`);
  await submit(el);
  return el;
}

function colour(element: Element, property: 'color' | 'background-color' = 'color'): string {
  return rgbToHex(getComputedStyle(element).getPropertyValue(property));
}

/** Every text colour of the form against its background: at least 4.5:1 (WCAG 1.4.3). */
function expectReadable(el: SmartGoalForm): void {
  const background = colour(el, 'background-color');
  const texts: [string, Element][] = [
    ['text', $(el, '.label')],
    ['help', $(el, '.help')],
    ['problem', $(el, '.problem')],
    ['hint', $(el, '.hint')],
    ['open criterion', $(el, '.open .criterion-state')],
    ['met criterion', $(el, '.met .criterion-state')],
    ['link', $(el, '[part="goto"]')],
  ];
  for (const [name, element] of texts) expect(contrastRatio(colour(element), background), name).to.be.at.least(4.5);
  const submitButton = $(el, '[part="submit"]');
  expect(contrastRatio(colour(submitButton), colour(submitButton, 'background-color')), 'submit button').to.be.at.least(4.5);
  const letter = $(el, '.letter');
  expect(contrastRatio(colour(letter), colour(letter, 'background-color')), 'SMART letter').to.be.at.least(4.5);
}

describe('smart-goal-form: colours', () => {
  afterEach(resetMediaFeatures);

  it('keeps every text readable in light mode', async () => {
    await emulateMediaFeatures({ colorScheme: 'light' });
    expectReadable(await brokenForm());
  });

  it('keeps every text readable in dark mode', async () => {
    await emulateMediaFeatures({ colorScheme: 'dark' });
    const el = await brokenForm();
    expect(colour(el, 'background-color')).to.equal('#1b1b1f');
    expectReadable(el);
  });

  it('follows the shared --kr-* custom properties', async () => {
    const wrapper = await mount<HTMLDivElement>(html`<div><smart-goal-form today=${TODAY}></smart-goal-form></div>`);
    const form = wrapper.querySelector('smart-goal-form')!;
    wrapper.style.setProperty('--kr-text-color', '#102030');
    wrapper.style.setProperty('--kr-goal-form-accent', '#004400');
    await form.updateComplete;
    expect(colour(form)).to.equal('#102030');
    expect(colour($(form, '.letter'), 'background-color')).to.equal('#004400');
  });
});
