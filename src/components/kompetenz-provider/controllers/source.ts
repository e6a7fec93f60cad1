/** The text of the document at `src` (relative to the page); the only network request of the library. */
export async function fetchSource(src: string): Promise<string> {
  const response = await fetch(new URL(src, document.baseURI), { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
  return response.text();
}
