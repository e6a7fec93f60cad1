import { elementUpdated, fixtureSync } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { SmartGoalForm } from '../../../src/components/smart-goal-form/smart-goal-form.js';
import type { Goal, Portfolio, Profile } from '../../../src/domain/types.js';

export const TODAY = '2025-03-03';
export const CURRENT: Profile = { projektmanagement: 1, kommunikation: 2, daten: 0, partizipation: 1 };
export const CAPACITY = 8;

/** A goal that passes all five checks for CURRENT, CAPACITY and TODAY. */
export const GOOD_GOAL: Goal = {
  id: 'goal-1',
  personId: 'p-1',
  competencyIds: ['projektmanagement'],
  targetLevel: 2,
  measure: 'leitet das Projekt zur E-Akte selbst',
  challenge: 'Erstmals eine Projektleitung mit drei Ämtern',
  resources: { hours: 40, budget: 500, supportPerson: 'Frau Meier' },
  due: '2025-09-01',
  createdAt: TODAY,
  status: 'open',
};

export function shadow(el: SmartGoalForm): ShadowRoot {
  return el.shadowRoot!;
}

export function $<T extends Element = HTMLElement>(el: SmartGoalForm, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in the shadow root`);
  return found;
}

export function $$<T extends Element = HTMLElement>(el: SmartGoalForm, selector: string): T[] {
  return Array.from(el.shadowRoot!.querySelectorAll<T>(selector));
}

/** Types a value into a text control the way a user would end up (value + input event). */
export async function type(el: SmartGoalForm, selector: string, value: string): Promise<void> {
  const control = $<HTMLInputElement | HTMLTextAreaElement>(el, selector);
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
  control.dispatchEvent(new FocusEvent('blur'));
  await elementUpdated(el);
}

export async function check(el: SmartGoalForm, competencyId: string, on = true): Promise<void> {
  const box = $<HTMLInputElement>(el, `#competencies input[type="checkbox"][value="${competencyId}"]`);
  if (box.checked !== on) box.click();
  await elementUpdated(el);
}

export async function chooseLevel(el: SmartGoalForm, level: number): Promise<void> {
  $<HTMLInputElement>(el, `#target-level input[value="${level}"]`).click();
  await elementUpdated(el);
}

/** The text of the messages next to a field (by control id). */
export function messagesOf(el: SmartGoalForm, controlId: string): string {
  return $(el, `#msg-${controlId}`).textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** The state of the checklist: letter → met. */
export function checklist(el: SmartGoalForm): Record<string, boolean> {
  return Object.fromEntries($$(el, '.criteria > li').map((li) => [li.dataset.letter, li.classList.contains('met')]));
}

/** Presses the element's own submit button. */
export async function submit(el: SmartGoalForm): Promise<void> {
  $<HTMLButtonElement>(el, '[part="submit"]').click();
  await elementUpdated(el);
}

/**
 * Like `fixture()` for a plain root element (a `<form>`, a `<div>`), but waits for the goal forms
 * inside instead of an animation frame, which a page in the background never gets.
 */
export async function mount<T extends HTMLElement>(template: TemplateResult): Promise<T> {
  const root = fixtureSync<T>(template);
  const forms = [root, ...root.querySelectorAll('*')].filter((node): node is SmartGoalForm => node.localName === 'smart-goal-form');
  await Promise.all(forms.map((form) => form.updateComplete));
  return root;
}

/** A portfolio of one person (Erika Muster, CDO, 6 hours a month; rated daten 1, technik 2) with `goals`. */
export function portfolioWith(goals: Goal[]): Portfolio {
  return {
    format: 'kompetenzrad-portfolio',
    version: 1,
    people: [{ id: 'p1', name: 'Erika Muster', roleId: 'cdo', capacityHoursPerMonth: 6 }],
    assessments: [{ id: 'a1', personId: 'p1', rater: 'external', date: '2025-01-12', levels: { daten: 1, technik: 2 } }],
    goals,
    plans: [],
  };
}

/** Runs `body` with the store of `name` (the database is made like the provider makes it, if it is not there). */
export async function withStore<T>(name: string, mode: IDBTransactionMode, body: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore('documents');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = db.transaction('documents', mode);
      const request = body(transaction.objectStore('documents'));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onabort = () => reject(transaction.error);
    });
  } finally {
    db.close();
  }
}

/** The drafts a provider stored in database `name` (a `Map` of person id → draft), `undefined` when none. */
export const storedDrafts = (name: string) => withStore<unknown>(name, 'readonly', (store) => store.get('drafts'));
