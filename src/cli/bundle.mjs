// Build step, after tsc (run from the sources: `node src/cli/bundle.mjs`): bundles the command line (dist/cli/main.js and everything it imports,
// dependencies included) into dist/bundle/, so that starting newsclean reads a few files instead
// of resolving and compiling some ninety modules one by one. Code only some runs need (the HTML
// report, configuration checking, diffs, the worker pool) stays in chunks loaded on first use.
// The library (dist/index.js) and the worker threads keep using the unbundled modules.
//
// Modules find their data next to themselves (new URL('./names.json', import.meta.url)); in the
// bundle, each module's import.meta.url is rewritten to the URL its unbundled file has, so
// dist/data/*, dist/config/schema.json and package.json are found exactly as before.
import { rm, readFile } from 'node:fs/promises';
import { dirname, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = `${root}dist${sep}`;
const outdir = `${dist}bundle`;

/** Gives every module of dist/ its own import.meta.url, as if it had not been bundled. */
const ownImportMetaUrl = {
  name: 'own-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.js$/ }, async (args) => {
      if (!args.path.startsWith(dist)) return undefined;
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return { contents: source, loader: 'js' };
      const path = relative(outdir, args.path).split(sep).join('/');
      return { contents: source.replaceAll('import.meta.url', `new URL(${JSON.stringify(path)}, import.meta.url).href`), loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

// Chunk names carry a hash: clear the old ones.
await rm(outdir, { recursive: true, force: true });

await build({
  entryPoints: { cli: `${dist}cli/main.js` },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // piscina starts its own worker script from its package; word-list is read (through createRequire)
  // only when no built lexicon exists; the Markdown parser is loaded on the first Markdown text,
  // from its own bundle (below).
  external: ['piscina', 'word-list', 'micromark', 'micromark-extension-gfm', 'micromark-extension-frontmatter'],
  // Bundled CommonJS dependencies (commander) require Node's built-in modules.
  banner: { js: "import { createRequire as __newscleanRequire } from 'node:module'; const require = __newscleanRequire(import.meta.url);" },
  plugins: [ownImportMetaUrl],
  logLevel: 'warning',
  legalComments: 'none',
});

// The Markdown parser (micromark, GFM, front matter), in one CommonJS file beside the module that
// loads it on the first Markdown text (dist/engine/markdown.js): plain text never reads it, and a
// Markdown text reads one file instead of some forty modules.
await build({
  stdin: {
    contents: [
      "export { parse, preprocess, postprocess } from 'micromark';",
      "export { gfm } from 'micromark-extension-gfm';",
      "export { frontmatter } from 'micromark-extension-frontmatter';",
    ].join('\n'),
    resolveDir: root,
    loader: 'js',
  },
  outfile: `${dist}engine${sep}micromark.cjs`,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: true,
  logLevel: 'warning',
  legalComments: 'none',
});
