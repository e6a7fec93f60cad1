/** The strict policy the library must work under (issue: distribution). The demo server sends it. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; require-trusted-types-for 'script'";
