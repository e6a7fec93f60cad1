import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { FormControl } from '../../../src/internal/controllers/form-control.js';

/** A text control that needs a value; its message is anchored at the inner input. */
class FormControlHost extends LitElement {
  static formAssociated = true;

  @property() value = '';
  @property({ type: Boolean }) disabled = false;

  submits = 0;
  invalids = 0;
  initial = '';

  readonly control = new FormControl(this, {
    role: 'group',
    disabled: () => this.disabled,
    onSubmit: () => (this.submits += 1),
    onInvalid: () => (this.invalids += 1),
    onReset: () => (this.value = this.initial),
    onRestore: (state) => (this.value = state),
  });

  formAssociatedCallback(form: HTMLFormElement | null): void {
    this.control.associated(form);
  }

  formDisabledCallback(): void {
    this.control.disabledChanged();
  }

  formResetCallback(): void {
    this.control.reset();
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    this.control.restore(state);
  }

  get form(): HTMLFormElement | null {
    return this.control.form;
  }

  get validity(): ValidityState {
    return this.control.validity;
  }

  get validationMessage(): string {
    return this.control.validationMessage;
  }

  checkValidity(): boolean {
    return this.control.checkValidity();
  }

  reportValidity(): boolean {
    return this.control.reportValidity();
  }

  get input(): HTMLInputElement {
    return this.renderRoot.querySelector('input')!;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.control.setValue(this.value);
    this.control.setValidity(this.value === '' ? 'Bitte ausfüllen.' : undefined, this.input);
    this.control.setFallbackName('Testfeld');
  }

  protected override render(): TemplateResult {
    return html`<input aria-label="Text" .value=${live(this.value)} ?disabled=${this.disabled || this.control.formDisabled} @input=${this.onInput} />`;
  }

  private readonly onInput = (event: Event): void => {
    this.value = (event.target as HTMLInputElement).value;
  };
}

customElements.define('test-form-control', FormControlHost);

async function inForm(value = ''): Promise<{ form: HTMLFormElement; el: FormControlHost; fieldset: HTMLFieldSetElement }> {
  const form = await fixture<HTMLFormElement>(html`<form @submit=${(event: Event) => event.preventDefault()}>
    <fieldset><test-form-control name="text" .value=${value}></test-form-control></fieldset>
  </form>`);
  const el = form.querySelector<FormControlHost>('test-form-control')!;
  await el.updateComplete;
  return { form, el, fieldset: form.querySelector('fieldset')! };
}

describe('FormControl', () => {
  it('gives the form its value under the host’s name', async () => {
    const { form, el } = await inForm('Anna');
    expect(el.form).to.equal(form);
    expect(new FormData(form).get('text')).to.equal('Anna');
    el.value = 'Bernd';
    await el.updateComplete;
    expect(new FormData(form).get('text')).to.equal('Bernd');
  });

  it('reports validity with the message anchored at the inner field, and custom states', async () => {
    const { form, el } = await inForm('');
    expect(el.validity.valid).to.equal(false);
    expect(el.validity.customError).to.equal(true);
    expect(el.validationMessage).to.equal('Bitte ausfüllen.');
    expect(el.matches(':state(invalid)')).to.equal(true);
    expect(el.matches(':state(valid)')).to.equal(false);
    expect(form.checkValidity()).to.equal(false);
    expect(el.invalids, 'form validation fires invalid on the host').to.equal(1);

    expect(el.reportValidity()).to.equal(false);
    expect(el.shadowRoot!.activeElement, 'reporting focuses the anchor').to.equal(el.input);

    el.value = 'Anna';
    await el.updateComplete;
    expect(el.validity.valid).to.equal(true);
    expect(el.validationMessage).to.equal('');
    expect(el.matches(':state(valid)')).to.equal(true);
    expect(el.matches(':state(invalid)')).to.equal(false);
    expect(form.checkValidity()).to.equal(true);
  });

  it('returns to the initial value on a form reset', async () => {
    const { form, el } = await inForm('Anna');
    el.initial = 'Anfang';
    el.value = 'geändert';
    await el.updateComplete;
    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal('Anfang');
    expect(new FormData(form).get('text')).to.equal('Anfang');
  });

  it('restores a text state and ignores other states', async () => {
    const { form, el } = await inForm('Anna');
    el.formStateRestoreCallback('wiederhergestellt');
    await el.updateComplete;
    expect(el.value).to.equal('wiederhergestellt');
    expect(new FormData(form).get('text')).to.equal('wiederhergestellt');
    el.formStateRestoreCallback(new FormData());
    el.formStateRestoreCallback(null);
    await el.updateComplete;
    expect(el.value).to.equal('wiederhergestellt');
  });

  it('follows a disabled fieldset: inner field disabled, not submitted, submit ignored', async () => {
    const { form, el, fieldset } = await inForm('Anna');
    form.requestSubmit();
    expect(el.submits).to.equal(1);

    fieldset.disabled = true;
    await el.updateComplete;
    expect(el.control.formDisabled).to.equal(true);
    expect(el.input.disabled).to.equal(true);
    expect(new FormData(form).has('text')).to.equal(false);
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(el.submits, 'no submit while disabled').to.equal(1);

    fieldset.disabled = false;
    await el.updateComplete;
    expect(el.control.formDisabled).to.equal(false);
    expect(el.input.disabled).to.equal(false);
    form.requestSubmit();
    expect(el.submits).to.equal(2);
  });

  it('tells a fieldset from its own disabled, and takes input again when its own disabled is unset', async () => {
    const { el, fieldset } = await inForm('Anna');
    el.disabled = true;
    await el.updateComplete;
    expect(el.control.formDisabled, 'its own attribute is not the form').to.equal(false);
    expect(el.input.disabled).to.equal(true);
    el.disabled = false;
    await el.updateComplete;
    expect(el.input.disabled).to.equal(false);

    // In the first legend of a disabled fieldset a control is not disabled; in a nested fieldset it is.
    const legend = document.createElement('legend');
    fieldset.prepend(legend);
    legend.append(el);
    fieldset.disabled = true;
    await el.updateComplete;
    expect(el.control.formDisabled).to.equal(false);
    const inner = document.createElement('fieldset');
    fieldset.append(inner);
    inner.append(el);
    await el.updateComplete;
    expect(el.control.formDisabled).to.equal(true);
    expect(el.input.disabled).to.equal(true);
  });

  it('ignores the submit of a form it has left, and of one while its own disabled is set', async () => {
    const { form, el } = await inForm('Anna');
    el.disabled = true;
    await el.updateComplete;
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(el.submits).to.equal(0);
    el.disabled = false;
    el.remove();
    expect(el.form).to.equal(null);
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(el.submits).to.equal(0);
  });

  it('sets the role and a fallback name unless a label names the host', async () => {
    const { el } = await inForm('Anna');
    expect(el.control.internals.role).to.equal('group');
    expect(el.control.internals.ariaLabel).to.equal('Testfeld');
    const box = await fixture<HTMLDivElement>(html`<div><label for="labelled">Beschriftung</label><test-form-control id="labelled"></test-form-control></div>`);
    const labelled = box.querySelector<FormControlHost>('test-form-control')!;
    await labelled.updateComplete;
    expect(labelled.control.labels.length).to.equal(1);
    expect(labelled.control.internals.ariaLabel).to.equal(null);
  });
});
