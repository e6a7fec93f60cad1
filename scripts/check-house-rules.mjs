// Fails on what breaks the strict-CSP / no-XSS rule in src/, and on impurity in src/domain/.
// Used by `npm run lint` and by a Node test, so `npm test` enforces it too.
import { readFileSync } from 'node:fs';
import { listFiles } from './list-files.mjs';

const FORBIDDEN_EVERYWHERE = [
  [/\bunsafeHTML\b/, 'unsafeHTML'],
  [/\bunsafeSVG\b/, 'unsafeSVG'],
  [/\bunsafeCSS\b/, 'unsafeCSS'],
  [/\.innerHTML\b|\.outerHTML\s*=|insertAdjacentHTML/, 'innerHTML / outerHTML / insertAdjacentHTML'],
  [/\bstyleMap\b/, 'styleMap'],
  [/\sstyle=\$\{|\sstyle="[^"]*\$\{/, 'a bound style attribute'],
  [/\beval\s*\(/, 'eval'],
  [/\bnew\s+Function\s*\(/, 'new Function'],
  [/document\.write\s*\(/, 'document.write'],
];

const FORBIDDEN_IN_DOMAIN = [
  [/from\s+['"](lit|@lit\/[^'"]*|d3-[^'"]*)['"]/, 'an import of lit or d3'],
  [/\b(document|window|globalThis)\./, 'a DOM global'],
  [/\b(HTMLElement|customElements|localStorage|sessionStorage|indexedDB|fetch|XMLHttpRequest)\b/, 'a DOM or storage API'],
];

function stripComments(line) {
  const trimmed = line.trim();
  return trimmed.startsWith('//') || trimmed.startsWith('*') || trimmed.startsWith('/*') ? '' : line;
}

/** Every violation as `file:line: what`. */
export function findViolations(root = '.') {
  const violations = [];
  for (const file of listFiles([`${root}/src`], '.ts')) {
    const inDomain = file.includes('/domain/');
    const rules = inDomain ? [...FORBIDDEN_EVERYWHERE, ...FORBIDDEN_IN_DOMAIN] : FORBIDDEN_EVERYWHERE;
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, index) => {
        const code = stripComments(line);
        for (const [pattern, what] of rules) {
          if (pattern.test(code)) violations.push(`${file}:${index + 1}: ${what}`);
        }
      });
  }
  return violations;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const violations = findViolations();
  for (const violation of violations) console.error(violation);
  if (violations.length > 0) {
    console.error(`${violations.length} house-rule violation(s): see shared/docs/CONVENTIONS.md (strict CSP, pure domain).`);
    process.exit(1);
  }
  console.log('house rules: no unsafe HTML/CSS, eval or bound styles in src/; src/domain is pure');
}
