/** Decodes a batch's bytes as they decode within the whole document (a byte order mark there is a character, not a mark). */
const batchDecoder = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * The records of a batch's bytes (records and what stands between them), parsed as one list;
 * undefined when they are not `count` JSON values separated by commas.
 */
export function parseRecords(bytes: Uint8Array, count: number): unknown[] | undefined {
  try {
    const records = JSON.parse(`[${batchDecoder.decode(bytes)}]`) as unknown[];
    return records.length === count ? records : undefined;
  } catch {
    return undefined;
  }
}
