/**
 * Valid documents and objects that carry a hostile string in every free-text field the elements
 * show (names, labels, descriptions, goal texts, plan titles, providers, participants, notes),
 * plus the checks that nothing of it turned into markup, code or a polluted prototype.
 */
import { expect } from '@open-wc/testing';
import { DEFAULT_CATALOGUE } from '../../../src/domain/catalogue.js';
import { DEFAULT_ROLES } from '../../../src/domain/roles.js';
import type { Catalogue, Goal, Person, Plan, Portfolio, Role } from '../../../src/domain/types.js';
import { shadowTree, tagCounts } from './dom.js';
import { GOAL, PERSON, PERSON_GOALS, PLAN, SAMPLE } from './fixtures.js';

const both = (text: string) => ({ de: text, en: text });

/**
 * More payloads aimed at what these elements do (SVG text and attributes, ARIA id references,
 * custom properties set from code, CSV/iCalendar export, Lit's own markers), on top of the
 * shared fixture (which holds 198 after removing duplicates).
 */
export const EXTRA_PAYLOADS: readonly string[] = [
  '</text><script>window.__krPwned=1</script><text>',
  '<tspan onmouseover="window.__krPwned=1">x</tspan>',
  '<use href="data:image/svg+xml,<svg id=x xmlns=http://www.w3.org/2000/svg><script>window.__krPwned=1</script></svg>#x"/>',
  '<set attributeName="onmouseover" to="window.__krPwned=1"/>',
  '" onfocus="window.__krPwned=1" autofocus tabindex="0" x="',
  "' onfocus='window.__krPwned=1' autofocus x='",
  'summary hint description',
  'kr-hatch-1',
  '--kr-color-digital: url(javascript:window.__krPwned=1)',
  'red; background: url(http://evil.invalid/x)',
  '<!--?lit$1234$-->',
  '?lit$1234$',
  '{{__proto__.polluted}}',
  'BEGIN:VEVENT\r\nSUMMARY:evil\r\nEND:VEVENT',
  'X\r\nEND:VCALENDAR\r\nBEGIN:VCALENDAR',
  '"; =cmd|\' /C calc\'!A0; "',
  '\u2028\u2029',
  '<dialog open onclose="window.__krPwned=1">',
  '<select><option onfocus="window.__krPwned=1">',
  '<textarea autofocus onfocus="window.__krPwned=1">',
];

/** The built-in catalogue with the first category's and the first three competencies' texts replaced. */
export function hostileCatalogue(payload: string): Catalogue {
  return {
    categories: DEFAULT_CATALOGUE.categories.map((category, index) => (index === 0 ? { ...category, label: both(payload), description: both(payload) } : category)),
    competencies: DEFAULT_CATALOGUE.competencies.map((competency, index) =>
      index < 3 ? { ...competency, label: both(`${payload}${index || ''}`), description: both(payload) } : competency,
    ),
  };
}

export function hostileRoles(payload: string): Role[] {
  return DEFAULT_ROLES.map((role) => ({ ...role, label: both(`${payload} ${role.id}`), source: both(payload), tasks: [both(payload)] }));
}

export function hostilePerson(payload: string): Person {
  return { ...PERSON, name: payload, department: payload };
}

export function hostileGoal(payload: string, goal: Goal = GOAL): Goal {
  return { ...goal, measure: payload, challenge: payload, notes: payload, resources: { ...goal.resources, supportPerson: payload } };
}

export function hostilePlan(payload: string): Plan {
  return {
    ...PLAN,
    title: payload,
    items: PLAN.items.map((item) => ({ ...item, provider: payload })),
    reviews: PLAN.reviews.map((review) => ({ ...review, participants: [payload, payload], notes: payload })),
  };
}

/** One person's slice of the sample portfolio with the payload in every text field. */
export function hostilePortfolio(payload: string): Portfolio {
  return {
    format: SAMPLE.format,
    version: SAMPLE.version,
    catalogue: hostileCatalogue(payload),
    roles: hostileRoles(payload),
    people: [hostilePerson(payload)],
    assessments: SAMPLE.assessments
      .filter((assessment) => assessment.personId === PERSON.id)
      .map((assessment) => ({ ...assessment, ...(assessment.rater === 'external' ? { raterRole: payload } : {}), notes: { daten: payload } })),
    goals: PERSON_GOALS.map((goal) => hostileGoal(payload, goal)),
    plans: [hostilePlan(payload)],
  };
}

/** Tags no element may ever render: they run code, load something, or take over the page. */
export const FORBIDDEN_TAGS = [
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'img', 'image', 'picture', 'video', 'audio', 'source', 'track', 'link', 'meta',
  'base', 'style', 'template', 'foreignobject', 'math', 'marquee', 'details', 'a', 'animate', 'animatemotion', 'animatetransform', 'set',
  'kompetenz-rad', 'gap-matrix', 'smart-goal-form', 'lernplan-timeline', 'kompetenz-provider',
];

const URL_ATTRIBUTES = new Set(['href', 'xlink:href', 'src', 'srcdoc', 'action', 'formaction', 'data', 'poster', 'background']);

/**
 * Throws (through chai) when the shadow tree of `host` contains a tag outside `allowed` or a
 * forbidden one, an event-handler attribute, or a script or data URL.
 */
export function expectNoMarkupFromData(host: Element, allowed: ReadonlySet<string>, context: string): void {
  const elements = shadowTree(host);
  const tags = [...tagCounts(elements).keys()];
  const unexpected = tags.filter((tag) => !allowed.has(tag) || FORBIDDEN_TAGS.includes(tag.toLowerCase()));
  expect(unexpected, `${context}: tags that the element never renders by itself`).to.deep.equal([]);
  for (const element of elements) {
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) expect.fail(`${context}: <${element.localName} ${name}> event handler attribute`);
      if (URL_ATTRIBUTES.has(name) && /^\s*(javascript|vbscript|data):/i.test(attribute.value.replace(/[\s\u0000-\u001f]/g, ''))) {
        expect.fail(`${context}: <${element.localName} ${name}="${attribute.value.slice(0, 40)}">`);
      }
    }
  }
}

type Pwnable = Window & { __krPwned?: unknown };

/** Records alert/confirm/prompt and uncaught errors while hostile input is applied; `check()` asserts none happened. */
export function watchPage() {
  const win = window as unknown as Pwnable;
  const dialogs: string[] = [];
  const errors: string[] = [];
  const originals = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };
  window.alert = (message?: unknown) => void dialogs.push(`alert ${String(message)}`);
  window.confirm = (message?: string) => (dialogs.push(`confirm ${message}`), false);
  window.prompt = (message?: string) => (dialogs.push(`prompt ${message}`), null);
  const onError = (event: ErrorEvent) => errors.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort().join();
  const arrayKeys = Object.getOwnPropertyNames(Array.prototype).sort().join();
  return {
    check(context: string): void {
      expect(win.__krPwned, `${context}: a payload ran`).to.equal(undefined);
      expect(dialogs, `${context}: dialogs opened`).to.deep.equal([]);
      expect(errors, `${context}: errors thrown into the page`).to.deep.equal([]);
      expect((({}) as Record<string, unknown>).polluted, `${context}: Object.prototype polluted`).to.equal(undefined);
      expect(Object.getOwnPropertyNames(Object.prototype).sort().join(), `${context}: Object.prototype changed`).to.equal(prototypeKeys);
      expect(Object.getOwnPropertyNames(Array.prototype).sort().join(), `${context}: Array.prototype changed`).to.equal(arrayKeys);
    },
    stop(): void {
      Object.assign(window, originals);
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}
