// Build step, after tsc (run from the sources: `node src/cli/bundle.mjs`): bundles the command line
// (dist/cli/main.js and everything it imports, dependencies included) into one CommonJS file,
// dist/bundle/cli.cjs, then runs it once on the seed article in a fresh process and stores V8's
// code cache of what that compiled (dist/bundle/cli.cache). bin/newsclean.js loads the bundle
// with the cache (src/cli/load-bundle.ts): starting newsclean reads two files and compiles almost
// nothing. Code only some runs need (the HTML report, configuration checking, diffs, the worker
// pool) is in the file but runs, and is compiled, only when first used.
// The library (dist/index.js) and the worker threads keep using the unbundled modules.
//
// Modules find their data next to themselves (new URL('./names.json', import.meta.url)); in the
// bundle, each module's import.meta.url is rewritten to the URL its unbundled file has, so
// dist/data/*, dist/config/schema.json and package.json are found exactly as before.
import { spawnSync } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { dirname, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = `${root}dist${sep}`;
const outdir = `${dist}bundle`;

if (process.argv[2] === '--warm') {
  await warm(process.argv[3]);
} else {
  await bundle();
  // The warm-up runs in a process of its own, started as newsclean is (no flags of this one):
  // V8 takes a code cache only in a process with the same flags as the one that made it.
  const warmed = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--warm', `${root}seeds/000_074836f2c1ba7ac7.txt`], {
    stdio: 'inherit',
    execArgv: [],
  });
  if (warmed.status !== 0) throw new Error(`bundle: the warm-up run failed (exit ${warmed.status}); dist/bundle/cli.cache not written`);
}

async function bundle() {
  const { build } = await import('esbuild');
  /** Gives every module of dist/ its own import.meta.url, as if it had not been bundled. */
  const ownImportMetaUrl = {
    name: 'own-import-meta-url',
    setup(build) {
      build.onLoad({ filter: /\.js$/ }, async (args) => {
        if (!args.path.startsWith(dist)) return undefined;
        let source = await readFile(args.path, 'utf8');
        // The worker pool's package is loaded by require (the bundle is CommonJS), not import().
        if (args.path.endsWith(`${sep}cli${sep}pool.js`)) source = replaceOnce(source, "await import('piscina')", "require('piscina')", args.path);
        if (!source.includes('import.meta.url')) return { contents: source, loader: 'js' };
        const path = relative(outdir, args.path).split(sep).join('/');
        return { contents: source.replaceAll('import.meta.url', `new URL(${JSON.stringify(path)}, __bundleUrl).href`), loader: 'js', resolveDir: dirname(args.path) };
      });
      // commander loads child_process (and with it net, dgram, …) for subcommands that are
      // programs of their own; newsclean has none: load it only if it is ever used.
      build.onLoad({ filter: /commander[\\/]lib[\\/]command\.js$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        const lazy = "const childProcess = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });";
        return { contents: replaceOnce(source, "const childProcess = require('node:child_process');", lazy, args.path), loader: 'js' };
      });
    },
  };

  await rm(outdir, { recursive: true, force: true });
  await build({
    // The command line and what its worker threads run (bundled-worker.ts), in one file with one cache.
    stdin: {
      contents: "export { main } from './main.js'; export { default as runTask } from './worker.js';",
      resolveDir: `${dist}cli`,
      sourcefile: 'cli.js',
      loader: 'js',
    },
    outfile: `${outdir}/cli.cjs`,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    // piscina starts its own worker script from its package; word-list is read (through createRequire)
    // only when no built lexicon exists; the Markdown parser is loaded on the first Markdown text,
    // from its own bundle (below).
    external: ['piscina', 'word-list', 'micromark', 'micromark-extension-gfm', 'micromark-extension-frontmatter'],
    plugins: [ownImportMetaUrl],
    // Dependencies that ask for their own URL (fdir, for createRequire) get the bundle's: what they
    // resolve from it is found the same way, up the folders to node_modules.
    define: { 'import.meta.url': '__bundleUrl' },
    logLevel: 'warning',
    legalComments: 'none',
  });
  // The loader itself as CommonJS (dist/bundle/load.cjs), for bin/newsclean.js, which is CommonJS
  // (bin/package.json): a start that needs no ES module loader is some 10 ms shorter. Its
  // import.meta.url is that of dist/cli/load-bundle.js, so it finds the bundle as that module does.
  await build({
    entryPoints: [`${dist}cli${sep}load-bundle.js`],
    outfile: `${outdir}/load.cjs`,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    define: { 'import.meta.url': '__loaderUrl' },
    banner: { js: "var __loaderUrl = require('node:url').pathToFileURL(require('node:path').join(__dirname, '../cli/load-bundle.js')).href;" },
    logLevel: 'warning',
    legalComments: 'none',
  });
  const code = readFileSync(`${outdir}/cli.cjs`, 'utf8');
  if (/\bimport\(/.test(code)) throw new Error('bundle: dist/bundle/cli.cjs still has an import(): the loader gives the bundle no module loader');
  if (/\bimport_meta\d* = \{\}/.test(code)) throw new Error('bundle: a module of dist/bundle/cli.cjs reads import.meta, which a CommonJS bundle does not have');

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
}

/** The source with `from` replaced by `to`, exactly once; the build stops if `from` is not there. */
function replaceOnce(source, from, to, path) {
  const at = source.indexOf(from);
  if (at < 0 || source.indexOf(from, at + 1) >= 0) throw new Error(`bundle: expected "${from}" once in ${path}; update src/cli/bundle.mjs`);
  return source.replace(from, to);
}

/** Runs the bundle on an article (printing and --check, output dropped), then stores its code cache. */
async function warm(article) {
  const { Writable } = await import('node:stream');
  const { loadBundle } = await import(pathToFileURL(`${dist}cli/load-bundle.js`).href);
  const { main, saveCodeCache } = loadBundle();
  const sink = () => new Writable({ write: (_chunk, _encoding, done) => done() });
  for (const argv of [[article], ['--check', article]]) {
    const code = await main({ argv, stdin: process.stdin, stdout: sink(), stderr: sink(), env: { ...process.env, NO_COLOR: '1' } });
    if (code !== 0 && code !== 1) throw new Error(`bundle: the warm-up run "newsclean ${argv.join(' ')}" exited ${code}`);
  }
  saveCodeCache();
}
