import { html, LitElement, nothing, render, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { krElementStyles } from './base.styles.js';
import { ensureContextRoot } from './context-root.js';
import { ErrorReporter, type Problem, type ReportOptions } from './error-reporter.js';
import { createKrEvent, type KrEventDetailMap, type KrEventName } from './events.js';
import type { InputProblem } from './inputs.js';
import { withAttributeSink, type AttributeErrorSink } from './json-attribute.js';
import { LocalizeController } from './localize.js';
import { SHARED_STRINGS } from './strings.js';

/** A short description of anything thrown, for `kr-error` messages. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

/**
 * The base of every kompetenzrad element. It adds, and nothing more:
 *
 * - `lang`: a property for the element's own language; `localize` resolves the language
 *   (own `lang`, nearest ancestor's `lang` across shadow roots, a fallback, German) and hands
 *   out strings: `this.localize.of(MY_STRINGS)`; `this.localize.strings` are the shared ones.
 * - `emit(name, detail)`: dispatches a bubbling, composed, typed `kr-*` CustomEvent.
 * - `checkEnum(attribute, value, allowed)`: the check of an attribute with a fixed set of values.
 * - `reportError(code, message, source, {scope, subject})` / `clearErrors(scope)`: input
 *   problems; `kr-error` fires once per distinct problem while it holds, `renderNotice()` shows the current
 *   ones in `part="notice"` (`role="status"`). `reportProblem(problem)` and
 *   `setProblems(scope, problems)` take the `InputProblem`s of `src/internal/inputs.ts`.
 * - JSON attributes declared with `jsonAttribute()` report bad JSON here (`invalid-json`,
 *   `json-type`, source = the attribute name).
 * - A guard: an exception during an update is reported as `render-failed` and the notice is
 *   drawn instead; nothing is thrown into the host page.
 *
 * Subclasses: `static override styles = [krElementStyles, myStyles]`, render
 * `${this.renderNotice()}` near the top of their template, call `super.willUpdate(changed)`
 * when they override it, and re-check their inputs in `willUpdate` (clear a scope, report
 * again) so that problems are shown in the same update. `problems` lists the current ones.
 */
export abstract class KrElement extends LitElement {
  static override styles = [krElementStyles];

  /**
   * The element's language (`de` or `en`; regional forms like `de-AT` count). Without it the
   * nearest ancestor's `lang` decides, else German.
   */
  @property({ reflect: true }) override lang!: string;

  protected readonly localize = new LocalizeController(this, SHARED_STRINGS);
  protected readonly errors = new ErrorReporter(this);

  private readonly attributeSink: AttributeErrorSink = {
    attributeError: (attribute, code, message) => this.reportError(code, message, attribute, { scope: `attribute:${attribute}` }),
    attributeOk: (attribute) => this.clearErrors(`attribute:${attribute}`),
  };

  constructor() {
    super();
    // Before any consumer connects, so a provider defined or added later still answers it.
    ensureContextRoot();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    withAttributeSink(this.attributeSink, name, () => super.attributeChangedCallback(name, old, value));
  }

  /** Dispatches a `kr-*` event (bubbles, composed); returns `false` when a listener cancelled it. */
  protected emit<K extends KrEventName>(name: K, detail: KrEventDetailMap[K], init: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(createKrEvent(name, detail, init));
  }

  /** Records an input problem: shown in the notice, announced once as `kr-error`. */
  protected reportError(code: string, message: string, source: string, options?: ReportOptions): void {
    this.errors.report(code, message, source, options);
  }

  protected clearErrors(scope: string): void {
    this.errors.clear(scope);
  }

  /** Records an `InputProblem` (scope = its source unless given), like `reportError`. */
  protected reportProblem(problem: InputProblem, options?: { scope?: string }): void {
    this.errors.reportProblem(problem, options);
  }

  /** Replaces the problems of `scope` with these (clears the scope, reports each); `[]` withdraws them. */
  protected setProblems(scope: string, problems: readonly InputProblem[]): void {
    this.errors.setProblems(scope, problems);
  }

  /**
   * Checks an attribute with a fixed set of values: anything else is reported (code `enum`,
   * source and scope = the attribute name) and the element goes on with its default. A removed
   * attribute (null) means the default without a report.
   */
  protected checkEnum(attribute: string, value: unknown, allowed: readonly string[]): void {
    this.clearErrors(attribute);
    if (value != null && (typeof value !== 'string' || !allowed.includes(value))) {
      this.reportError('enum', `${attribute}: expected one of ${allowed.join(', ')}, got "${String(value)}"`, attribute, { subject: String(value) });
    }
  }

  /** The problems that hold now. */
  get problems(): readonly Problem[] {
    return this.errors.problems;
  }

  /** The notice of input problems; always in the DOM (an empty live region) so that additions are announced. */
  protected renderNotice(): TemplateResult {
    const problems = this.errors.problems;
    const shared = this.localize.strings;
    return html`<div part="notice" role="status" class=${problems.length === 0 ? 'empty' : ''}>
      ${problems.length === 0
        ? nothing
        : html`<span>${shared.noticeTitle(problems.length)}</span>
            <ul>
              ${problems.map((problem) => html`<li>${shared.problem(problem)}</li>`)}
            </ul>`}
    </div>`;
  }

  /**
   * Each update waits until the texts of the element's language are loaded (lazy dictionaries,
   * see `defineStrings`), so nothing is drawn half translated; `updateComplete` includes the wait.
   * Texts that cannot be loaded are reported (`kr-error`, code `texts-unavailable`) and the
   * element stays in the language it has.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const texts = this.localize.textsLoading();
    if (texts === undefined) return super.scheduleUpdate();
    return texts.then(
      () => this.scheduleUpdate(),
      (error: unknown) => {
        this.emit('kr-error', { code: 'texts-unavailable', message: `${this.localName}: ${describeError(error)}`, source: 'lang' });
        return this.scheduleUpdate();
      },
    );
  }

  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (error) {
      this.recoverFromUpdateError(error);
    }
  }

  private recoverFromUpdateError(error: unknown): void {
    try {
      // No new update: it would fail the same way. The notice is drawn here instead.
      this.reportError('render-failed', `${this.localName}: ${describeError(error)}`, 'render', { scope: 'render', update: false });
      render(this.renderNotice(), this.renderRoot, this.renderOptions);
      this.errors.hostUpdated();
    } catch {
      // Nothing more can be done without risking the host page.
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Each update tries again; if it fails the same way, the problem is listed again (not re-announced).
    this.clearErrors('render');
  }
}
