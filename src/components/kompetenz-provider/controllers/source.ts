import { TimeSlice } from '../../../internal/time-slice.js';

/**
 * The text of the document at `src` (relative to the page); the only network request of the
 * library. Decoded piece by piece as it arrives: `response.text()` decodes a large document in
 * long task at the end, and pieces that arrive together would otherwise be decoded in one task too.
 */
export async function fetchSource(src: string): Promise<string> {
  const response = await fetch(new URL(src, document.baseURI), { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const pieces: string[] = [];
  const slice = new TimeSlice(25);
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    pieces.push(decoder.decode(read.value, { stream: true }));
    if (slice.due()) await slice.pause();
  }
  pieces.push(decoder.decode());
  return pieces.join('');
}
