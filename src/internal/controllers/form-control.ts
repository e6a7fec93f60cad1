import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface FormControlOptions {
  /** An ARIA role for the host (`ElementInternals.role`), e.g. `group`. */
  role?: string;
  /** The host's own `disabled`: a disabled control is not submitted and ignores the form's submit. */
  disabled?: () => boolean;
  /** The surrounding form is being submitted (not called while the control is disabled). */
  onSubmit?: () => void;
  /** Form validation found the control invalid (the `invalid` event on the host). */
  onInvalid?: () => void;
  /** The form was reset. */
  onReset?: () => void;
  /** The browser restores a state saved with `setValue` (history navigation, autofill); only text states. */
  onRestore?: (state: string) => void;
}

/**
 * Form association of a custom element, as a controller: `ElementInternals`, value, validity
 * (custom error anchored at an inner field, custom states `valid` / `invalid`), the owner form's
 * submit, reset, restore and a disabled fieldset.
 *
 * The class keeps what the platform looks up on it and forwards:
 *
 *     static formAssociated = true;
 *     private readonly control = new FormControl(this, { onReset: () => …, onRestore: (state) => … });
 *     formAssociatedCallback(form: HTMLFormElement | null) { this.control.associated(form); }
 *     formDisabledCallback() { this.control.disabledChanged(); }
 *     formResetCallback() { this.control.reset(); }
 *     formStateRestoreCallback(state: string | File | FormData | null) { this.control.restore(state); }
 *     get form() { return this.control.form; }  // labels, validity, validationMessage, willValidate,
 *                                               // checkValidity(), reportValidity() the same way
 *
 * The controller must be created in the constructor (a field initialiser counts): it calls
 * `attachInternals()`.
 */
export class FormControl implements ReactiveController {
  readonly internals: ElementInternals;
  private owner: HTMLFormElement | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: FormControlOptions = {},
  ) {
    this.internals = host.attachInternals();
    if (options.role) {
      try {
        this.internals.role = options.role;
      } catch {
        // Engines without ARIA reflection on ElementInternals: the host's content names it.
      }
    }
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('invalid', this.onInvalid);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('invalid', this.onInvalid);
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  get labels(): NodeList {
    return this.internals.labels;
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /**
   * Disabled by a `disabled` fieldset around it (not by the host's own `disabled`). Read from the
   * tree, not kept from `formDisabledCallback`: the browser calls that for the host's own
   * attribute too, and when the host reflects it inside its update, after it has drawn.
   */
  get formDisabled(): boolean {
    for (let fieldset = this.host.parentElement?.closest('fieldset'); fieldset; fieldset = fieldset.parentElement?.closest('fieldset')) {
      if (!fieldset.disabled) continue;
      const legend = fieldset.querySelector(':scope > legend');
      if (!legend?.contains(this.host)) return true;
    }
    return false;
  }

  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** The value submitted under the host's `name`, and the state the browser may restore (default: the value). */
  setValue(value: string | null, state: string | null = value): void {
    this.internals.setFormValue(value, state);
  }

  /**
   * Valid without a message; else invalid with `message`, which `reportValidity()` shows at
   * `anchor` (a field in the host's shadow root). Sets the custom states `valid` / `invalid`.
   */
  setValidity(message: string | undefined, anchor?: HTMLElement): void {
    const valid = message === undefined;
    this.setState('valid', valid);
    this.setState('invalid', !valid);
    if (valid) this.internals.setValidity({});
    else if (anchor) this.internals.setValidity({ customError: true }, message, anchor);
    else this.internals.setValidity({ customError: true }, message);
  }

  /** Adds or removes a custom state (`:state(name)`; older engines: `:--name`). */
  setState(name: string, on: boolean): void {
    const states: CustomStateSet | undefined = this.internals.states;
    if (!states) return;
    try {
      if (on) states.add(name);
      else states.delete(name);
    } catch {
      // Engines that only accept the older `--name` form.
      try {
        if (on) states.add(`--${name}`);
        else states.delete(`--${name}`);
      } catch {
        // Custom states not supported: `:invalid`/`:valid` still follow the validity.
      }
    }
  }

  /** Names the host with `name` unless a `<label>` names it. */
  setFallbackName(name: string): void {
    try {
      const label = this.internals.labels.length > 0 ? null : name;
      if (this.internals.ariaLabel !== label) this.internals.ariaLabel = label;
    } catch {
      // No ARIA reflection: the host's content names it.
    }
  }

  // Forwarded from the host's form-associated callbacks.

  associated(form: HTMLFormElement | null): void {
    this.owner?.removeEventListener('submit', this.onSubmit);
    this.owner = form;
    form?.addEventListener('submit', this.onSubmit);
    this.host.requestUpdate();
  }

  disabledChanged(): void {
    this.host.requestUpdate();
  }

  reset(): void {
    this.options.onReset?.();
  }

  restore(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.options.onRestore?.(state);
  }

  private readonly onSubmit = (): void => {
    if (this.formDisabled || this.options.disabled?.()) return;
    this.options.onSubmit?.();
  };

  private readonly onInvalid = (): void => {
    this.options.onInvalid?.();
  };
}
