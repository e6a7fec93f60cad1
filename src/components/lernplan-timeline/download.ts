/**
 * Offers `text` as a file to save: a Blob behind an object URL, clicked through a temporary
 * `<a download>` that is removed again at once. Nothing leaves the page.
 */
export function downloadText(text: string, filename: string, type: string, where: Node & ParentNode): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  where.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoke after the click has been handled; revoking at once can cancel the download in some browsers.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

/** A file name from a plan id and a date: letters, digits, `-` and `_` only. */
export function calendarFileName(planId: string): string {
  const safe = planId.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'lernplan';
  return `${safe}.ics`;
}
