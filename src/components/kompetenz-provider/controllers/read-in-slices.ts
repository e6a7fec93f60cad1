import type { Result } from '../../../domain/errors.js';
import { PortfolioJsonReader } from '../../../domain/portfolio-json-reader.js';
import { PortfolioPrecheck } from '../../../domain/portfolio-precheck.js';
import { portfolioFromJson } from '../../../domain/portfolio.js';
import type { Portfolio } from '../../../domain/types.js';
import { nextTask } from '../../../internal/next-task.js';
import { freezeParsed, freezeParsedList } from '../model/frozen.js';
import { ArrivingPeople, type OfferPeople } from './arriving-people.js';

/** Bytes handed to the reader at a time: a few milliseconds of work even while the page's code is not optimised yet. */
const STEP = 65_536;
/** Work between two breaks for the page, in milliseconds: the slices follow the device and the records (people are small, plans large). */
const SLICE_MS = 10;

/**
 * A large document read on the page in slices as it arrives (`pieces` so far, then the rest of
 * `body`, if any): each batch of records is parsed, checked alone (`PortfolioPrecheck`) and frozen; at the
 * end the checks across records run. The result, refusals included, is what `parsePortfolio` gives.
 * The people are offered to `offer` once their list is read (`ArrivingPeople`).
 */
export async function readInSlices(pieces: readonly Uint8Array[], body?: ReadableStreamDefaultReader<Uint8Array>, offer?: OfferPeople): Promise<Result<Portfolio>> {
  const precheck = new PortfolioPrecheck();
  const arriving = offer && new ArrivingPeople(offer);
  const reader = new PortfolioJsonReader(({ key, from, records }) => {
    precheck.add(key, from, records);
    records.forEach(freezeParsed);
    arriving?.take(key, from, records, reader.keys, key !== 'people' || precheck.passedAlone(key, from, records));
  });
  let sliceStart = performance.now();
  const take = async (piece: Uint8Array): Promise<void> => {
    for (let at = 0; at < piece.length; at += STEP) {
      reader.push(piece.subarray(at, at + STEP));
      if (performance.now() - sliceStart < SLICE_MS) continue;
      await aBreak();
      sliceStart = performance.now();
    }
  };
  for (const piece of pieces) await take(piece);
  if (body) for (let read = await body.read(); !read.done; read = await body.read()) await take(read.value);
  const parsed = reader.finish();
  if (!parsed.ok) return parsed;
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
