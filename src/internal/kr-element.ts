import { html, LitElement, nothing, render, type PropertyDeclaration, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { shortValue } from '../domain/errors.js';
import { krElementStyles } from './base.styles.js';
import { ensureContextRoot } from './context-root.js';
import { ErrorReporter, type Problem, type ReportOptions } from './error-reporter.js';
import { createKrEvent, type KrEventDetailMap, type KrEventName } from './events.js';
import { langProblem, numberAttribute, switchAttribute, switchProblem, type InputProblem } from './inputs.js';
import { isObjectAsText, objectAsTextMessage, withAttributeSink, type AttributeErrorSink } from './json-attribute.js';
import { LocalizeController } from './localize.js';
import { roleAttributeProblem } from './role-attribute.js';
import { SHARED_STRINGS } from './strings.js';

/** `options` with another converter; its own settings stay as they are (also those it inherits, see Lit's `createProperty`). */
function withConverter(options: PropertyDeclaration, converter: PropertyDeclaration['converter']): PropertyDeclaration {
  const next = Object.create(options) as PropertyDeclaration & { converter?: PropertyDeclaration['converter'] };
  next.converter = converter;
  return next;
}

/** The classes whose attribute converters and switch lists `KrElement.finalize` has set. */
const finalizedHere = new WeakSet<object>();

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
 * - Every attribute reports a bad value the same way (source = the attribute name, the text as
 *   the page wrote it in the message): `lang` the elements do not speak (code `lang`; the
 *   surrounding language applies); a switch (`type: Boolean`) with a text other than empty,
 *   `true` or its own name (code `boolean`; it stays off); a number (`type: Number`) that is no
 *   number keeps its text in the property, so that the element's range check names it (`"abc"`,
 *   not `NaN`), and an empty one counts as not given (see `numberAttribute`, `switchAttribute`).
 * - An element with a `targetRole` property reports a `role` attribute that names no ARIA role
 *   (code `role-attribute`, source `role`): the page meant `target-role` (see `observedAttributes`).
 * - A guard: an exception during an update is reported as `render-failed` and the notice is
 *   drawn instead; nothing is thrown into the host page.
 *
 * Subclasses: `static override styles = [krElementStyles, myStyles]`, render
 * `${this.renderNotice()}` near the top of their template, call `super.willUpdate(changed)`
 * when they override it, and re-check their inputs in `willUpdate` (clear a scope, report
 * again) so that problems are shown in the same update. `problems` lists the current ones.
 *
 * @cssproperty [--kr-font-family=system-ui, sans-serif] - Font of the element's text.
 * @cssproperty [--kr-notice-color=#6b2c00] - Text of the notice of inputs that could not be used (dark: #ffd8b0).
 * @cssproperty [--kr-notice-background=#fff4e5] - Its background (dark: #3a2410).
 * @cssproperty [--kr-notice-border=#b35900] - Its bar at the start (dark: #ffa657).
 */
export abstract class KrElement extends LitElement {
  static override styles = [krElementStyles];

  /**
   * The element's language (`de` or `en`; regional forms like `de-AT` count). Without it the
   * nearest ancestor's `lang` decides, else German. Any other value is reported (code `lang`)
   * and counts as not given.
   */
  @property({ reflect: true }) override lang!: string;

  protected readonly localize = new LocalizeController(this, SHARED_STRINGS);
  protected readonly errors = new ErrorReporter(this);

  private readonly attributeSink: AttributeErrorSink = {
    attributeError: (attribute, code, message, params) => this.reportError(code, message, attribute, { scope: `attribute:${attribute}`, ...(params ? { params } : {}) }),
    attributeOk: (attribute) => this.clearErrors(`attribute:${attribute}`),
  };

  /** The switch attributes of this class (see `finalize`). */
  private static switches: ReadonlySet<string> = new Set();
  /** Every `type: Boolean` property of this class, with its attribute (see `finalize`). */
  private static switchProperties: ReadonlyMap<string, string> = new Map();
  /** Properties that have no attribute: an attribute of their name is reported (a framework that set it before the element was defined). */
  protected static propertyOnly: readonly string[] = [];

  /**
   * Gives every `type: Number` and (not reflected) `type: Boolean` property without a converter
   * of its own the converters of `src/internal/inputs.ts` (`numberAttribute`, `switchAttribute`),
   * so that every element reads and reports these attributes one way.
   */
  protected static override finalize(): void {
    super.finalize();
    // Lit finalizes a class again (doing nothing) when a subclass of it is finalized: only the first time counts here.
    if (finalizedHere.has(this)) return;
    finalizedHere.add(this);
    const switches = new Set<string>();
    const switchProperties = new Map<string, string>();
    const propertyOnly = new Set(this.propertyOnly);
    const parent = Object.getPrototypeOf(this) as typeof KrElement;
    for (const [name, options] of this.elementProperties) {
      if (typeof name !== 'string') continue;
      // Internal state (`@state()`) has no attribute either, but is no input a page could set.
      if (options.attribute === false && !options.state) propertyOnly.add(name);
      if (options.converter !== undefined || options.attribute === false) continue;
      const attribute = typeof options.attribute === 'string' ? options.attribute : name.toLowerCase();
      if (options.type === Boolean) switchProperties.set(name, attribute);
      if (options.type === Number) this.elementProperties.set(name, withConverter(options, numberAttribute));
      // A reflected switch (`disabled` of a form control) keeps HTML's rule, present means on:
      // reading "false" as off would make the element remove the page's attribute, and a form
      // control's `disabled` is decided by the browser, not by us.
      else if (options.type === Boolean && !options.reflect) {
        this.elementProperties.set(name, withConverter(options, switchAttribute(attribute)));
        switches.add(attribute);
      }
    }
    if (switches.size > 0) this.switches = new Set([...(parent.switches ?? []), ...switches]);
    // A subclass inherits its parent's switches with their converters set (skipped above).
    this.switchProperties = new Map([...(parent.switchProperties ?? []), ...switchProperties]);
    this.propertyOnly = [...propertyOnly];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    for (const name of (this.constructor as typeof KrElement).propertyOnly) {
      const text = this.getAttribute(name.toLowerCase());
      if (text === null) {
        this.clearErrors(`attribute:${name}`);
        continue;
      }
      const asText = isObjectAsText(text);
      const message = asText ? objectAsTextMessage(name, text) : `${name}: a property, not an attribute; set it from script`;
      this.reportError(asText ? 'object-as-text' : 'property-only', message, name, { scope: `attribute:${name}` });
    }
  }

  constructor() {
    super();
    // Before any consumer connects, so a provider defined or added later still answers it.
    ensureContextRoot();
  }

  /**
   * An element with a target role also observes `role`, to report a value that is no ARIA role
   * (`roleAttributeProblem`; the page's attribute stays as written). Not an attribute of its own,
   * so the manifest does not list it.
   */
  static override get observedAttributes(): string[] {
    const names = super.observedAttributes;
    return this.elementProperties.has('targetRole') ? [...names, 'role'] : names;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'role') {
      const problem = roleAttributeProblem(value);
      this.setProblems('attribute:role', problem ? [problem] : []);
      return;
    }
    withAttributeSink(this.attributeSink, name, () => super.attributeChangedCallback(name, old, value));
    if ((this.constructor as typeof KrElement).switches.has(name)) {
      const problem = switchProblem(name, value);
      if (problem) this.setProblems(`attribute:${name}`, [problem]);
      else this.clearErrors(`attribute:${name}`);
    }
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
      const given = String(shortValue(value));
      this.reportError('enum', `${attribute}: expected one of ${allowed.join(', ')}, got "${given}"`, attribute, { subject: given, params: { allowed: [...allowed] } });
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
    const texts = this.waitsForTexts() ? this.localize.textsLoading() : undefined;
    if (texts === undefined) return super.scheduleUpdate();
    return texts.then(
      () => this.scheduleUpdate(),
      (error: unknown) => {
        this.emit('kr-error', { code: 'texts-unavailable', message: `${this.localName}: ${describeError(error)}`, source: 'lang' });
        return this.scheduleUpdate();
      },
    );
  }

  /** Whether this update waits for the texts (see `scheduleUpdate`); an element that draws no words before they are there may say no. */
  protected waitsForTexts(): boolean {
    return true;
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
    const own = this.constructor as typeof KrElement;
    for (const [name, attribute] of own.switchProperties) {
      if (changed.has(name)) this.checkSwitchProperty(name, attribute);
    }
    // An object set by code (a framework's second render) replaces what a refused attribute of its name said.
    for (const name of changed.keys()) {
      if (typeof name !== 'string' || typeof (this as unknown as Record<string, unknown>)[name] !== 'object' || (this as unknown as Record<string, unknown>)[name] === null) continue;
      const options = own.elementProperties.get(name);
      const attribute = options?.attribute === false || own.propertyOnly.includes(name) ? name : typeof options?.attribute === 'string' ? options.attribute : name.toLowerCase();
      this.clearErrors(`attribute:${attribute}`);
    }
    if (changed.has('lang')) {
      const problem = langProblem(this.lang);
      this.setProblems('lang', problem ? [problem] : []);
    }
  }

  /**
   * A switch set as a property to something other than a boolean (a framework passing the text
   * "false") is read as its attribute would be, and reported the same way: "", "true" or its own
   * name are on, any other value is reported (code `boolean`) and off.
   */
  private checkSwitchProperty(name: string, attribute: string): void {
    const own = this as unknown as Record<string, unknown>;
    const value = own[name];
    if (typeof value === 'boolean' || value === undefined || value === null) {
      this.clearErrors(`property:${name}`);
      return;
    }
    const problem = switchProblem(attribute, typeof value === 'string' ? value : JSON.stringify(value) ?? String(value));
    this.setProblems(`property:${name}`, problem ? [problem] : []);
    own[name] = problem === undefined;
  }
}
