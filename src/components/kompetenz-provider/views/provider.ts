import { html, nothing, type TemplateResult } from 'lit';
import type { KrErrorDetail } from '../../../internal/events.js';
import type { Lang } from '../../../domain/types.js';
import { describeIssues } from '../../../internal/issue-texts.js';
import type { HeldProblem, ProblemScope } from '../controllers/problem-log.js';
import { DEFAULT_STORAGE_TIMEOUT_MS } from '../controllers/time-limit.js';
import { MAX_STORE_NAME_LENGTH } from '../model/store-name.js';
import type { ProviderNoticeStrings } from '../strings/index.js';

/** The problems the notice lists: what the page gave the provider (a storage that fails has a line of its own, `NoticeWords.storage`). */
export const NOTICE_SCOPES: readonly ProblemScope[] = ['src', 'storage-attribute', 'storage-adapter-property', 'storage-timeout-property', 'store-name', 'today', 'person', 'portfolio'];

/** The values of the provider's attributes a notice line names. */
export interface NoticeValues {
  src?: string;
  storage?: unknown;
  today?: unknown;
  person?: unknown;
}

/** A problem in words (`why`: the refused data's issues in words); a problem without words of its own gives its `kr-error` message. */
function noticeLine(words: ProviderNoticeStrings, detail: KrErrorDetail, why: string, values: NoticeValues): string {
  const src = values.src ?? '';
  switch (detail.code) {
    case 'src-load':
      return words.srcLoad(src, typeof detail.params?.status === 'number' ? detail.params.status : undefined);
    case 'src-invalid':
      return words.srcInvalid(src, why);
    case 'invalid-storage':
      return words.storage(String(values.storage));
    case 'invalid-storage-adapter':
      return words.storageAdapter(Array.isArray(detail.params?.missing) ? detail.params.missing.map(String) : []);
    case 'invalid-storage-timeout':
      return words.storageTimeout(String(detail.params?.got), DEFAULT_STORAGE_TIMEOUT_MS / 1000);
    case 'invalid-store-name':
      return words.storeName(String(detail.params?.got), MAX_STORE_NAME_LENGTH, detail.params?.used !== false);
    case 'invalid-today':
      return words.today(String(values.today));
    case 'unknown-person':
      return words.person(String(values.person));
    case 'invalid-portfolio':
      return words.portfolio(why);
    default:
      return detail.message;
  }
}

/**
 * The provider draws no box: the notice of what it could not use (empty, and then not shown, while
 * everything is fine), its content, the open conflicts (if any) and the live regions of its status messages.
 */
export function providerView(notice: TemplateResult, status: TemplateResult, conflicts: TemplateResult | typeof nothing): TemplateResult {
  return html`${notice}<slot></slot>${conflicts}${status}`;
}

/** The words of the notice: its title, the provider's lines, and what it says about a storage that cannot be read or written now. */
export interface NoticeWords {
  title: (count: number) => string;
  lines: ProviderNoticeStrings;
  storage: string | undefined;
}

/**
 * The notice of the storage's trouble and the problems that hold (`held`), in an always present
 * live region as the other elements draw it; empty until its words are there (`words` undefined).
 */
export function problemNotice(held: readonly HeldProblem[], words: NoticeWords | undefined, lang: Lang, values: NoticeValues): TemplateResult {
  const lines = words ? held.map(({ detail, issues }) => noticeLine(words.lines, detail, issues ? describeIssues(issues, lang) : '', values)) : [];
  const storage = words?.storage;
  return html`<div part="notice" role="status" class=${lines.length === 0 && !storage ? 'empty' : ''}>
    ${storage ? html`<p>${storage}</p>` : nothing}
    ${lines.length === 0 ? nothing : html`<span>${words?.title(lines.length)}</span><ul>${lines.map((line) => html`<li>${line}</li>`)}</ul>`}
  </div>`;
}
