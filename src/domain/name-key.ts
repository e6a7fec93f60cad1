/** A name as lookups by name compare it: NFC, without surrounding or repeated blanks, in German lower case. */
export function normalizeName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('de');
}
