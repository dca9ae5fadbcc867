// npm run bench: builds a reproducible corpus from the seed and the fixtures (≈64 MB of articles
// with artifacts, ≈2,000 small article files, the same as JSON Lines), times newsclean on it and
// two yardsticks on the same big file (sed -E with ~25 substitutions; a plain Node.js script with
// the same regexes in 64 KiB chunks), and prints MB/s, peak memory and ratios, and how the time
// grows from a 1 MB slice to a 4 MB one (linear: about 4×). The machine is noisy: compare ratios
// within one run. Needs `npm run build` first (npm ci does it).
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const bin = join(root, 'bin/newsclean.js');
const yardstick = join(root, 'tests/bench/yardstick.mjs');
const work = process.env.NEWSCLEAN_BENCH_DIR ?? join(tmpdir(), 'newsclean-bench');
const BIG_BYTES = Number(process.env.NEWSCLEAN_BENCH_MB ?? 64) * 1024 * 1024;
const SMALL_FILES = 2000;

// ------------------------------------------------------------------------------- corpus --

/** A seeded PRNG (mulberry32): the same corpus on every machine. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sourceTexts() {
  const read = (dir, filter) =>
    readdirSync(join(root, dir))
      .filter(filter)
      .sort()
      .map((name) => readFileSync(join(root, dir, name), 'utf8'));
  return [
    ...read('seeds', (name) => name.endsWith('.txt')),
    ...read('fixtures/articles', (name) => name.endsWith('.txt') && !name.endsWith('.expected.txt')),
    ...read('fixtures/clean', (name) => name.endsWith('.txt')),
    ...read('fixtures/clean-extra', (name) => name.endsWith('.txt')),
  ];
}

/** Artifacts sprinkled over a copy of an article, so that every copy differs. */
const ARTIFACTS = [
  (t) => t.replace('Antony Blinken', 'Anthony Blingen'),
  (t) => t.replace('Vladimir Putin', 'Wladimir Putin'),
  (t) => t.replace(/\. ([A-Z])/, '.$1'),
  (t) => t.replace(/ (the|and) /, '  $1 '),
  (t) => t.replace('. ', ' . '),
  (t) => t.replace(/([a-z]+) ([A-Z][a-z]+)/, '$1$2'),
  (t) => `${t}\n\nSee also: More news from Rome and Kyiv\n`,
  (t) => `${t}\n\nReproduction reserved © Copyright ANSA\n`,
  (t) => t.replace('”', '“'),
  (t) => t.replace(' Kyiv', ' kyiv'),
];

function variant(text, next) {
  let out = text;
  const n = Math.floor(next() * 4);
  for (let i = 0; i < n; i++) out = ARTIFACTS[Math.floor(next() * ARTIFACTS.length)](out);
  return out.trimEnd();
}

function buildCorpus() {
  const stamp = join(work, `corpus-${BIG_BYTES}.done`);
  if (existsSync(stamp)) return;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, 'small'), { recursive: true });
  const sources = sourceTexts();
  const next = random(20261127);
  const big = openSync(join(work, 'big.txt'), 'w');
  const jsonl = openSync(join(work, 'big.jsonl'), 'w');
  let written = 0;
  for (let i = 0; written < BIG_BYTES; i++) {
    const article = variant(sources[i % sources.length], next);
    const chunk = `${article}\n\n`;
    writeFileSync(big, chunk);
    writeFileSync(jsonl, `${JSON.stringify({ id: i, source: `bench/${i}`, text: article })}\n`);
    written += Buffer.byteLength(chunk);
  }
  closeSync(big);
  closeSync(jsonl);
  for (let i = 0; i < SMALL_FILES; i++) {
    writeFileSync(join(work, 'small', `${String(i).padStart(4, '0')}.txt`), `${variant(sources[i % sources.length], next)}\n`);
  }
  writeFileSync(stamp, '');
}

// ------------------------------------------------------------------------------ measuring --

/** Peak resident memory of a running process, from /proc (Linux); 0 elsewhere. */
function highWaterMark(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

/** Runs a command with stdin from a file and stdout to /dev/null; wall time and peak memory. */
function measure(command, args, { input, env } = {}) {
  return new Promise((resolve, reject) => {
    const stdin = input ? openSync(input, 'r') : 'ignore';
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { stdio: [stdin, 'ignore', 'pipe'], env: { ...process.env, ...env } });
    let peak = 0;
    let stderr = '';
    child.stderr.on('data', (data) => (stderr += data));
    const timer = setInterval(() => (peak = Math.max(peak, highWaterMark(child.pid))), 20);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (typeof stdin === 'number') closeSync(stdin);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0 && code !== 1) reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr.slice(0, 500)}`));
      else resolve({ seconds, peak });
    });
  });
}

/** The same substitutions as the Node.js yardstick, written for sed -E. */
const SED_SCRIPT = [
  's/Anthony Blinken/Antony Blinken/g',
  's/Blingen/Blinken/g',
  's/Riya Novosti/RIA Novosti/g',
  's/Toss reports/TASS reports/g',
  's/Vladimir Zelensky/Volodymyr Zelensky/g',
  's/Wladimir Putin/Vladimir Putin/g',
  's/Sergej Lawrow/Sergei Lavrov/g',
  's/([a-z])([A-Z][a-z]+)/\\1 \\2/g',
  's/([a-z]{2}[.!?])([A-Z][a-z])/\\1 \\2/g',
  's/,([a-z]{2})/, \\1/g',
  's/ +([,.;:!?])/\\1/g',
  's/ {2,}/ /g',
  's/[ \t]+$//',
  '/^See also/d',
  '/^Read also/d',
  '/^Read more/d',
  '/^Related Posts$/d',
  '/© Copyright/d',
  's/“([^”“]*)“([A-Z])/“\\1” \\2/g',
  's/ ”([a-z])/” \\1/g',
  's/:” ([A-Z])/: “\\1/g',
  's/\\. “$/.”/',
  's/The (Russia|Ukraine) (wants|accuses)/\\1 \\2/g',
  's/& quot;/"/g',
  's/ in kyiv/ in Kyiv/g',
];

function sedArgs() {
  return SED_SCRIPT.flatMap((expression) => ['-e', expression]);
}

const mb = (bytes) => bytes / 1024 / 1024;

/** The first `megabytes` MB of a file (whole characters only), written once beside it. */
function sliceOf(file, megabytes) {
  const slice = join(work, `slice-${megabytes}mb.txt`);
  if (!existsSync(slice)) writeFileSync(slice, readFileSync(file).subarray(0, megabytes * 1024 * 1024).toString('utf8').replace(/\uFFFD+$/, ''));
  return slice;
}
const fmt = (n, digits = 1) => n.toFixed(digits);

async function median(times, run) {
  const results = [];
  for (let i = 0; i < times; i++) results.push(await run());
  results.sort((a, b) => a.seconds - b.seconds);
  return results[Math.floor(results.length / 2)];
}

async function main() {
  if (!existsSync(join(root, 'dist/cli/main.js'))) throw new Error('run "npm run build" first');
  const t0 = Date.now();
  buildCorpus();
  const bigFile = join(work, 'big.txt');
  const bigBytes = statSync(bigFile).size;
  const jsonlBytes = statSync(join(work, 'big.jsonl')).size;
  const smallDir = join(work, 'small');
  const smallBytes = readdirSync(smallDir).reduce((sum, name) => sum + statSync(join(smallDir, name)).size, 0);
  console.log(`corpus: ${fmt(mb(bigBytes))} MB text, ${fmt(mb(jsonlBytes))} MB JSON Lines, ${SMALL_FILES} small files (${fmt(mb(smallBytes))} MB) in ${work} (built in ${fmt((Date.now() - t0) / 1000)} s)`);
  console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, ${fmt(totalmem() / 2 ** 30)} GiB, Node.js ${process.version}\n`);

  const rows = [];
  const row = (task, bytes, { seconds, peak }, note = '') => {
    rows.push({ task, mbps: mb(bytes) / seconds, seconds, peak, note });
    console.log(`${task.padEnd(44)} ${fmt(mb(bytes) / seconds, 2).padStart(8)} MB/s ${fmt(seconds, 2).padStart(8)} s ${fmt(mb(peak), 0).padStart(6)} MiB  ${note}`);
  };
  console.log(`${'task'.padEnd(44)} ${'speed'.padStart(13)} ${'time'.padStart(10)} ${'peak'.padStart(10)}`);

  const sed = await measure('sed', ['-E', ...sedArgs()], { input: bigFile, env: { LC_ALL: 'C.UTF-8' } });
  row('yardstick: sed -E, 25 substitutions', bigBytes, sed);
  const node = await measure(process.execPath, [yardstick], { input: bigFile });
  row('yardstick: Node.js, 25 regexes, 64 KiB chunks', bigBytes, node);
  const big = await measure(process.execPath, [bin], { input: bigFile });
  row('newsclean < big.txt (stdin → stdout)', bigBytes, big);
  const bigFileRun = await measure(process.execPath, [bin, '--max-size', '1GB', bigFile]);
  row('newsclean --max-size 1GB big.txt (file → stdout)', bigBytes, bigFileRun);
  const small = await measure(process.execPath, [bin, '--check', smallDir]);
  row(`newsclean --check small/ (${SMALL_FILES} files)`, smallBytes, small, `${fmt((small.seconds / SMALL_FILES) * 1000, 2)} ms a file`);
  const jsonl = await measure(process.execPath, [bin, '--jsonl', join(work, 'big.jsonl')]);
  row('newsclean --jsonl big.jsonl', jsonlBytes, jsonl);

  // Peak memory on a 4 MB slice, to compare with the 64 MB peak: flat memory means close.
  const slice = sliceOf(bigFile, 4);
  const small4 = await measure(process.execPath, [bin], { input: slice });
  row('newsclean < 4 MB slice (memory baseline)', statSync(slice).size, small4);

  // Linearity: 4 times the text should take about 4 times as long (one thread, median of 3).
  const slice1 = sliceOf(bigFile, 1);
  const one = await median(3, () => measure(process.execPath, [bin, '--jobs', '1'], { input: slice1 }));
  const four = await median(3, () => measure(process.execPath, [bin, '--jobs', '1'], { input: slice }));

  // Start-up: node -e 0, newsclean --version, cleaning a 3 KB file.
  const article = join(smallDir, '0000.txt');
  const nodeStart = await median(9, () => measure(process.execPath, ['-e', '0']));
  const version = await median(9, () => measure(process.execPath, [bin, '--version']));
  const clean3k = await median(9, () => measure(process.execPath, [bin, article]));
  console.log(`\nstart-up (median of 9): node -e 0 ${fmt(nodeStart.seconds * 1000, 0)} ms; newsclean --version ${fmt(version.seconds * 1000, 0)} ms (+${fmt((version.seconds - nodeStart.seconds) * 1000, 0)}); cleaning ${fmt(statSync(article).size / 1024, 1)} KB ${fmt(clean3k.seconds * 1000, 0)} ms (+${fmt((clean3k.seconds - nodeStart.seconds) * 1000, 0)})`);

  const nodeRate = rows[1].mbps;
  const sedRate = rows[0].mbps;
  console.log('\nratios (newsclean ÷ yardstick, same run):');
  for (const r of rows.slice(2)) console.log(`  ${r.task.padEnd(44)} ${fmt(r.mbps / nodeRate, 2)}× Node.js yardstick, ${fmt(r.mbps / sedRate, 2)}× sed`);
  console.log(`  peak memory 64 MB vs 4 MB: ${fmt(mb(big.peak), 0)} MiB vs ${fmt(mb(small4.peak), 0)} MiB (${fmt((big.peak / small4.peak - 1) * 100, 0)} %)`);
  const bytes1 = statSync(slice1).size;
  const bytes4 = statSync(slice).size;
  console.log(
    `\nlinearity (--jobs 1, median of 3): ${fmt(mb(bytes1), 2)} MB in ${fmt(one.seconds, 2)} s, ${fmt(mb(bytes4), 2)} MB in ${fmt(four.seconds, 2)} s: ` +
      `${fmt(bytes4 / bytes1, 2)}× the text took ${fmt(four.seconds / one.seconds, 2)}× the time (expected about the same; at most 5×)`,
  );
  console.log(`\nbench finished in ${fmt((Date.now() - t0) / 1000, 0)} s`);
}

main().catch((error) => {
  console.error(`bench: ${error.message}`);
  process.exitCode = 1;
});
