/**
 * A rollup plugin for the self-contained bundles: collapses the indentation inside Lit's
 * `css`, `html` and `svg` template literals, drops CSS comments and the white space CSS does not
 * need, and quotes markup does not need. A run of white space that contains a line break renders
 * like one space in HTML, SVG and CSS, so nothing changes but the size. Templates that hold
 * `<pre` or `<textarea` are left alone.
 */
const TAGS = new Set(['css', 'html', 'svg']);

function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) value.forEach((child) => walk(child, visit));
    else if (value && typeof value.type === 'string') walk(value, visit);
  }
}

function tagName(tag) {
  if (tag.type === 'Identifier') return tag.name;
  if (tag.type === 'MemberExpression' && tag.property.type === 'Identifier') return tag.property.name;
  return '';
}

/**
 * In markup: the line break before a tag's `>` (prettier's `</span\n>`), and the quotes around an
 * attribute value of letters, digits, `.`, `-` and `_` (HTML reads `part=wheel` as `part="wheel"`;
 * a value before `/>` keeps them, since the slash would join it).
 */
function minifyMarkup(raw) {
  return raw.replace(/\s*\n\s*(?=\/?>)/g, '').replace(/(\s[a-z][\w:-]*)="([\w.-]+)"(?=[\s>])/g, '$1=$2');
}

/**
 * White space around `{};,>` and after a declaration's colon (a selector's colon is never followed
 * by white space), the last `;` of a block, the zero before a decimal point, the quotes around an
 * attribute selector's value that is a name (`[part=tooltip]`), and white space at the template's ends.
 */
function minifyCss(raw, first, last) {
  raw = raw
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/([\w-]):\s+/g, '$1:')
    .replace(/;}/g, '}')
    .replace(/([\s:,(])0\.(\d)/g, '$1.$2')
    .replace(/=(['"])(-?[a-zA-Z_][\w-]*)\1\]/g, '=$2]');
  if (first) raw = raw.trimStart();
  return last ? raw.trimEnd() : raw;
}

export function minifyTemplates() {
  return {
    name: 'kr-minify-templates',
    transform(code, id) {
      if (id.includes('node_modules') || !/\b(css|html|svg)\s*`/.test(code)) return null;
      const edits = [];
      walk(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression') return;
        const tag = tagName(node.tag);
        if (!TAGS.has(tag)) return;
        const quasis = node.quasi.quasis;
        if (quasis.some((quasi) => /<pre|<textarea/i.test(quasi.value.raw))) return;
        for (const [index, quasi] of quasis.entries()) {
          let raw = quasi.value.raw;
          if (tag === 'css') raw = raw.replace(/\/\*[\s\S]*?\*\//g, '');
          if (tag !== 'css') raw = minifyMarkup(raw);
          raw = raw.replace(/\s*\n\s*/g, ' ');
          if (tag === 'css') raw = minifyCss(raw, index === 0, index === quasis.length - 1);
          if (raw !== quasi.value.raw) edits.push([quasi.start, quasi.end, raw]);
        }
      });
      if (edits.length === 0) return null;
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}
