/**
 * A rollup plugin for the self-contained bundles: collapses the indentation inside Lit's
 * `css`, `html` and `svg` template literals (and drops CSS comments). A run of white space
 * that contains a line break renders like one space in HTML, SVG and CSS, so nothing changes
 * but the size. Templates that hold `<pre` or `<textarea` are left alone.
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
        for (const quasi of quasis) {
          let raw = quasi.value.raw;
          if (tag === 'css') raw = raw.replace(/\/\*[\s\S]*?\*\//g, '');
          raw = raw.replace(/\s*\n\s*/g, ' ');
          if (tag === 'css') raw = raw.replace(/\s*([{};,>])\s*/g, '$1');
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
