import type { Result } from '../../../domain/errors.js';
import { PortfolioJsonReader } from '../../../domain/portfolio-json-reader.js';
import { PortfolioPrecheck } from '../../../domain/portfolio-precheck.js';
import { portfolioFromJson } from '../../../domain/portfolio.js';
import type { Person, Portfolio } from '../../../domain/types.js';
import { nextTask } from '../../../internal/next-task.js';
import { freezeParsed, freezeParsedList } from '../model/frozen.js';
import { ArrivingPeople, type OfferPeople } from './arriving-people.js';

/** Bytes handed to the reader at a time: a few milliseconds of work even while the page's code is not optimised yet. */
const STEP = 65_536;
/** The first step: the first people of a document are read while the code is cold, and offered without waiting for a whole step. */
const FIRST_STEP = 16_384;
/** Work between two breaks for the page, in milliseconds: the slices follow the device and the records (people are small, plans large). */
const SLICE_MS = 10;

/**
 * A large document read on the page in slices as it arrives (`pieces` so far, then the rest of
 * `body`, if any; until `signal` aborts): each batch of records is parsed, checked alone (`PortfolioPrecheck`) and frozen; at the
 * end the checks across records run. The result, refusals included, is what `parsePortfolio` gives.
 * The people are offered to `offer` as they are read (`ArrivingPeople`): where a step ends, in a
 * slice with time left to draw them, and the reading goes on in a new task after that.
 */
export async function readInSlices(pieces: readonly Uint8Array[], body?: ReadableStreamDefaultReader<Uint8Array>, offer?: OfferPeople, signal?: AbortSignal): Promise<Result<Portfolio>> {
  const precheck = new PortfolioPrecheck();
  let sliceStart = performance.now();
  const pause = async (): Promise<void> => {
    await aBreak();
    sliceStart = performance.now();
  };
  let due: { people: readonly Person[] | undefined } | undefined;
  const arriving = offer && new ArrivingPeople((people) => (due = { people }));
  const offerDue = async (): Promise<void> => {
    if (!due || !offer) return;
    if (performance.now() - sliceStart >= SLICE_MS) await pause();
    offer(due.people);
    due = undefined;
    await pause();
  };
  const reader = new PortfolioJsonReader(({ key, from, records }) => {
    precheck.add(key, from, records);
    records.forEach(freezeParsed);
    arriving?.take(key, from, records, reader.keys, key !== 'people' || precheck.passedAlone(key, from, records));
  });
  let step = FIRST_STEP;
  const take = async (piece: Uint8Array): Promise<void> => {
    for (let at = 0; at < piece.length; at += step, step = Math.min(STEP, step * 2)) {
      signal?.throwIfAborted();
      reader.push(piece.subarray(at, at + step));
      if (due) await offerDue();
      else if (performance.now() - sliceStart >= SLICE_MS) await pause();
    }
  };
  for (const piece of pieces) await take(piece);
  if (body) for (let read = await body.read(); !read.done; read = await body.read()) await take(read.value);
  const parsed = reader.finish();
  if (!parsed.ok) return parsed;
  await offerDue();
  // The checks across records take tens of milliseconds for 10,000 people: a task of their own.
  await aBreak();
  signal?.throwIfAborted();
  const result = portfolioFromJson(parsed.value, precheck);
  if (result.ok && result.value === parsed.value) {
    for (const value of Object.values(result.value)) if (Array.isArray(value)) freezeParsedList(value);
  }
  // What the page does with the document comes in a task of its own, not after the checks in theirs.
  await aBreak();
  return result;
}

/** Lets the page take its turn: the work goes on in a new task. */
const aBreak = (): Promise<void> => new Promise((resolve) => nextTask(resolve));
