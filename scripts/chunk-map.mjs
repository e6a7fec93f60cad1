/**
 * The chunk map of the CDN build, from rollup's chunk graph: per tag, the chunks a page needs
 * for it (the element's entry chunk and every static dependency) and its text chunks per
 * language (the language modules it imports dynamically). `dist/kompetenzrad.chunks.json` holds
 * it for tools (`npm run size`, tests); the loader gets a compact copy (`loaderMap`).
 *
 * Chunks have plain names (`kompetenz-rad.js`; texts `de/kompetenz-rad.js`, `en/kompetenz-rad.js`);
 * the folder they are in is named after a hash of them all (`chunks-<hash>/`), so a browser never
 * mixes chunks of two builds, and a text chunk's German and English files differ only in the
 * language folder.
 */
import { createHash } from 'node:crypto';
import { relative, sep } from 'node:path';

export const LANGS = ['de', 'en'];

/** `strings/de.js`, `messages/en.js`, `catalogue-descriptions.de.js` are language modules. */
const LANGUAGE_MODULE = /(?:^|[/.-])(de|en)\.js$/;

/**
 * The name of a text chunk without its language: its module's name, or its folder's for
 * `de.js`/`en.js` (the element's for `strings/de.js`): `components/kompetenz-rad/strings/de.js`
 * → `kompetenz-rad`, `domain/messages/de.js` → `messages`, `messages/findings.de.js` → `findings`.
 */
function textStem(moduleId) {
  const path = relative('dist', moduleId).split(sep).join('/').replace(/\/strings\/(de|en)\.js$/, '/$1.js');
  const [folder, file] = path.split('/').slice(-2);
  const stem = file.replace(LANGUAGE_MODULE, '');
  return stem === '' ? folder : stem;
}

/**
 * rollup's `manualChunks`: a language module of plain text (it imports nothing) that another
 * language module imports keeps a chunk of its own, `<lang>/<stem>.js` (the wheel's German texts
 * take the roles' source note from `messages/role-source-note.de`, which the default roles also
 * use). Left to rollup, so small a module joins a chunk of code that every page loads
 * (`experimentalMinChunkSize`), and a page would get it in both languages.
 */
export function textChunk(id, { getModuleInfo }) {
  const lang = LANGUAGE_MODULE.exec(id)?.[1];
  const info = lang && getModuleInfo(id);
  if (info && info.importedIds.length === 0 && info.importers.some((importer) => LANGUAGE_MODULE.test(importer))) return `${textStem(id)}.${lang}`;
  return undefined;
}

/** The language of a chunk whose modules are language modules of one language, else undefined. */
function languageOf(chunk) {
  const langs = new Set(chunk.moduleIds.map((id) => LANGUAGE_MODULE.exec(id)?.[1]));
  return langs.size === 1 ? [...langs][0] : undefined;
}

/** rollup's `chunkFileNames`: chunks of one language's texts are `<lang>/<stem>.js`, others `<name>.js`. */
export function chunkFileName(chunk) {
  const lang = languageOf(chunk);
  const name = lang && chunk.facadeModuleId ? textStem(chunk.facadeModuleId) : chunk.name.replace(/[.-](de|en)$/, '');
  return lang ? `${lang}/${name}.js` : `${name}.js`;
}

/** A short hash of every chunk and of the `extra` texts (files copied into the folder), for the folder name. */
export function bundleHash(bundle, extra = []) {
  const hash = createHash('sha256');
  for (const text of extra) hash.update(text);
  for (const fileName of Object.keys(bundle).sort()) {
    const file = bundle[fileName];
    hash.update(fileName).update(file.type === 'chunk' ? file.code : file.source);
  }
  return hash.digest('hex').slice(0, 8);
}

function staticClosure(bundle, fileName, into = new Set()) {
  if (into.has(fileName)) return into;
  into.add(fileName);
  for (const dependency of bundle[fileName].imports) staticClosure(bundle, dependency, into);
  return into;
}

/** `{ folder, tags: { [tag]: { chunks, de, en } } }` (file names in `folder`) from a bundle whose entries are named by tag. */
export function chunkManifest(bundle, folder) {
  const tags = {};
  for (const entry of Object.values(bundle)) {
    if (entry.type !== 'chunk' || !entry.isEntry) continue;
    const statics = staticClosure(bundle, entry.fileName);
    const chunks = new Set(statics);
    const texts = Object.fromEntries(LANGS.map((lang) => [lang, new Set()]));
    for (const fileName of statics) {
      for (const dynamic of bundle[fileName].dynamicImports) {
        if (!languageOf(bundle[dynamic])) continue;
        // Text chunks and what they import; what they share (in no language) is needed either way.
        for (const file of staticClosure(bundle, dynamic)) {
          if (statics.has(file)) continue;
          const lang = languageOf(bundle[file]);
          if (lang) texts[lang].add(file);
          else chunks.add(file);
        }
      }
    }
    tags[entry.name] = { chunks: [...chunks], ...Object.fromEntries(LANGS.map((lang) => [lang, [...texts[lang]]])) };
  }
  return { folder, tags };
}

/**
 * The loader's form (see `ChunkMap` in src/loader.ts): per tag `"name name *stem"`, names without
 * `.js`, texts without `<lang>/`, and without the two every tag has, named by the tag: its own
 * chunk and its own texts (the loader adds them).
 */
export function loaderMap(manifest) {
  return Object.fromEntries(
    Object.entries(manifest.tags).map(([tag, need]) => {
      const stems = LANGS.map((lang) => need[lang].map((file) => file.slice(`${lang}/`.length, -'.js'.length)).sort());
      if (stems[0].join() !== stems[1].join()) throw new Error(`<${tag}>: the German and English text chunks do not pair up: ${stems.join(' / ')}`);
      const names = [...need.chunks.map((file) => file.slice(0, -'.js'.length)), ...stems[0].map((stem) => `*${stem}`)];
      const others = names.filter((name) => name !== tag && name !== `*${tag}`);
      if (others.length !== names.length - 2 || others.length === 0) {
        throw new Error(`<${tag}>: the loader expects a chunk ${tag}.js, texts <lang>/${tag}.js and at least one more, got ${names.join(' ')}`);
      }
      // In one order for every tag (the files load at once, the order does not matter): runs that repeat compress better.
      return [tag, [...others.filter((name) => name[0] !== '*').sort(), ...others.filter((name) => name[0] === '*')].join(' ')];
    }),
  );
}
