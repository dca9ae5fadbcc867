// npm run bench: builds a reproducible corpus from the seed and the fixtures (≈64 MB of articles
// with artifacts, ≈2,000 small article files, the same as JSON Lines), times newsclean on it and
// two yardsticks that do a fraction of its work (sed -E with ~25 substitutions; the streaming
// Node.js yardstick, tests/bench/node-yardstick.mjs with the 27 regexes of rules.mjs), and prints
// MB/s, peak memory and ratios: the default --jobs against --jobs 1 on 1 MB, 4 MB and the whole
// file; 2,000 small files against the yardstick reading the same files in one process
// (node-yardstick-files.mjs); start-up on a 2 KB article against `node -e 0`; and how the time
// grows from 1 MB to 4 MB (linear: about 4×). The machine is noisy: compare ratios within one
// run (default and --jobs 1 on 1 and 4 MB take turns). It ends with the figures as a Markdown
// table with their ratios. NEWSCLEAN_BENCH_MB sets the size of the big file (default 64),
// NEWSCLEAN_BENCH_DIR where the corpus goes, NEWSCLEAN_BENCH_ROOT another checkout to time (its
// bin/ and build, this bench's corpus and yardsticks). Needs `npm run build`.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';

const here = new URL('../../', import.meta.url).pathname;
// NEWSCLEAN_BENCH_ROOT: time another checkout's build (an earlier commit) with this bench and its
// yardsticks, for a before/after table in one sitting. The corpus is built from this checkout.
const root = here;
const bin = join(process.env.NEWSCLEAN_BENCH_ROOT ?? root, 'bin/newsclean.js');
// The yardstick is ../shared/bench/node-yardstick.mjs and rules.mjs of the project workspace,
// copied here unchanged but for a comment (the repository never reads ../shared).
const yardstick = join(here, 'tests/bench/node-yardstick.mjs');
const yardstickFiles = join(here, 'tests/bench/node-yardstick-files.mjs');
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

/** The first paragraphs of an article that fit in `bytes`, written once: the start-up probe. */
function articleOf(bytes) {
  const file = join(work, `article-${bytes}.txt`);
  if (!existsSync(file)) {
    const text = readFileSync(join(work, 'big.txt'), 'utf8').slice(0, bytes * 2);
    let cut = text.lastIndexOf('\n\n', bytes);
    while (Buffer.byteLength(text.slice(0, cut)) > bytes) cut = text.lastIndexOf('\n\n', cut - 1);
    writeFileSync(file, `${text.slice(0, cut)}\n`);
  }
  return file;
}

async function main() {
  if (!existsSync(join(root, 'bin/newsclean.js'))) throw new Error('run "npm run build" first');
  const t0 = Date.now();
  buildCorpus();
  const bigFile = join(work, 'big.txt');
  const bigBytes = statSync(bigFile).size;
  const jsonlBytes = statSync(join(work, 'big.jsonl')).size;
  const smallDir = join(work, 'small');
  const smallBytes = readdirSync(smallDir).reduce((sum, name) => sum + statSync(join(smallDir, name)).size, 0);
  console.log(`corpus: ${fmt(mb(bigBytes))} MB text, ${fmt(mb(jsonlBytes))} MB JSON Lines, ${SMALL_FILES} small files (${fmt(mb(smallBytes))} MB) in ${work} (built in ${fmt((Date.now() - t0) / 1000)} s)`);
  console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, ${fmt(totalmem() / 2 ** 30)} GiB, Node.js ${process.version}\n`);

  const big = `${fmt(mb(bigBytes), 0)} MB`;
  const row = (task, bytes, { seconds, peak }, note = '') => {
    console.log(`${task.padEnd(52)} ${fmt(mb(bytes) / seconds, 2).padStart(8)} MB/s ${fmt(seconds, 2).padStart(8)} s ${fmt(mb(peak), 0).padStart(6)} MiB  ${note}`);
    return { mbps: mb(bytes) / seconds, seconds, peak };
  };
  console.log(`${'task'.padEnd(52)} ${'speed'.padStart(13)} ${'time'.padStart(10)} ${'peak'.padStart(10)}`);

  const sed = row(`yardstick: sed -E, 25 substitutions (${big})`, bigBytes, await measure('sed', ['-E', ...sedArgs()], { input: bigFile, env: { LC_ALL: 'C.UTF-8' } }));
  const node = row(`yardstick: node-yardstick.mjs, 27 regexes (${big})`, bigBytes, await measure(process.execPath, [yardstick], { input: bigFile }));
  const vsNode = (r) => `${fmt(r.mbps / node.mbps, 2)}× yardstick, ${fmt(r.mbps / sed.mbps, 2)}× sed`;
  const bigDefault = row(`newsclean < ${big} (stdin, default --jobs)`, bigBytes, await measure(process.execPath, [bin], { input: bigFile }));
  const bigOne = row(`newsclean --jobs 1 < ${big}`, bigBytes, await measure(process.execPath, [bin, '--jobs', '1'], { input: bigFile }));
  const bigPath = row(`newsclean --max-size 1GB ${big} file`, bigBytes, await measure(process.execPath, [bin, '--max-size', '1GB', bigFile]));
  const jsonl = row(`newsclean --jsonl (${fmt(mb(jsonlBytes), 0)} MB)`, jsonlBytes, await measure(process.execPath, [bin, '--jsonl', join(work, 'big.jsonl')]));

  // 2,000 small files: newsclean printing them all in one call, against the yardstick reading
  // the same files in one process and printing them; and --check, which prints only findings.
  const smallYardstick = row(`yardstick: node-yardstick-files.mjs small/ (${SMALL_FILES})`, smallBytes, await measure(process.execPath, [yardstickFiles, smallDir]));
  const smallPrint = row(`newsclean small/ (${SMALL_FILES} files, one call)`, smallBytes, await measure(process.execPath, [bin, smallDir]));
  const smallCheck = row(`newsclean --check small/`, smallBytes, await measure(process.execPath, [bin, '--check', smallDir]));

  // Default --jobs against --jobs 1 on 1 MB and 4 MB slices (median of 3), and the 4 MB peak as
  // the memory baseline: flat memory means the whole file peaks close to it.
  const slices = {};
  for (const size of [1, 4]) {
    const slice = sliceOf(bigFile, size);
    const bytes = statSync(slice).size;
    // The two settings take turns (default, --jobs 1, default, …): a neighbour's burst of work
    // falls on both, not on one of them.
    const pairs = [];
    for (let i = 0; i < 3; i++) {
      pairs.push({
        auto: await measure(process.execPath, [bin], { input: slice }),
        one: await measure(process.execPath, [bin, '--jobs', '1'], { input: slice }),
      });
    }
    const mid = (key) => [...pairs].sort((a, b) => a[key].seconds - b[key].seconds)[1][key];
    const auto = row(`newsclean < ${size} MB (default --jobs, median of 3)`, bytes, mid('auto'));
    const one = row(`newsclean --jobs 1 < ${size} MB (median of 3, in turn with the default)`, bytes, mid('one'));
    slices[size] = { bytes, auto, one };
  }

  // Start-up: node -e 0, newsclean --version, cleaning a 2 KB article (median of 9).
  const article = articleOf(2048);
  const nodeStart = await median(9, () => measure(process.execPath, ['-e', '0']));
  const version = await median(9, () => measure(process.execPath, [bin, '--version']));
  const clean2k = await median(9, () => measure(process.execPath, [bin, article]));
  const ms = (s) => fmt(s * 1000, 0);

  console.log('\nsummary (same run):');
  console.log(`  ${big} stdin, default --jobs: ${vsNode(bigDefault)}; --jobs 1: ${vsNode(bigOne)}; file: ${vsNode(bigPath)}; JSON Lines: ${vsNode(jsonl)}`);
  for (const size of [1, 4]) {
    const { auto, one } = slices[size];
    console.log(`  default --jobs ÷ --jobs 1, speed: ${size} MB ${fmt(one.seconds / auto.seconds, 2)}×`);
  }
  console.log(`  default --jobs ÷ --jobs 1, speed: ${big} ${fmt(bigOne.seconds / bigDefault.seconds, 2)}×`);
  console.log(`  ${SMALL_FILES} small files in one call: ${fmt(smallYardstick.seconds / smallPrint.seconds, 2)}× the yardstick over the same files in one process (${fmt(smallPrint.seconds, 2)} s vs ${fmt(smallYardstick.seconds, 2)} s; --check ${fmt(smallCheck.seconds, 2)} s)`);
  console.log(`  start-up: node -e 0 ${ms(nodeStart.seconds)} ms; newsclean --version ${ms(version.seconds)} ms (+${ms(version.seconds - nodeStart.seconds)}); cleaning a ${fmt(statSync(article).size / 1024, 1)} KB article ${ms(clean2k.seconds)} ms (+${ms(clean2k.seconds - nodeStart.seconds)})`);
  console.log(`  peak memory, default --jobs: ${big} ${fmt(mb(bigDefault.peak), 0)} MiB, 4 MB ${fmt(mb(slices[4].auto.peak), 0)} MiB (${fmt((bigDefault.peak / slices[4].auto.peak - 1) * 100, 0)} %); --jobs 1: ${big} ${fmt(mb(bigOne.peak), 0)} MiB, 4 MB ${fmt(mb(slices[4].one.peak), 0)} MiB`);
  console.log(
    `  linearity (--jobs 1, median of 3): ${fmt(mb(slices[1].bytes), 2)} MB in ${fmt(slices[1].one.seconds, 2)} s, ${fmt(mb(slices[4].bytes), 2)} MB in ${fmt(slices[4].one.seconds, 2)} s: ` +
      `${fmt(slices[4].bytes / slices[1].bytes, 2)}× the text took ${fmt(slices[4].one.seconds / slices[1].one.seconds, 2)}× the time (expected about the same; at most 5×)`,
  );
  // The same figures as a Markdown table, for the README and the issue.
  const yard = (r) => `${fmt(r.mbps / node.mbps, 2)}×`;
  const table = [
    '| measure | newsclean | ratio |',
    '|---|---|---|',
    `| ${big} stdin, \`--jobs 1\` | ${fmt(bigOne.mbps, 2)} MB/s, ${fmt(mb(bigOne.peak), 0)} MiB | ${yard(bigOne)} the Node yardstick (${fmt(node.mbps, 2)} MB/s) |`,
    `| ${big} stdin, default jobs | ${fmt(bigDefault.mbps, 2)} MB/s, ${fmt(mb(bigDefault.peak), 0)} MiB | ${yard(bigDefault)} the yardstick; ${fmt(bigOne.seconds / bigDefault.seconds, 2)}× \`--jobs 1\` |`,
    `| ${big} file, default jobs | ${fmt(bigPath.mbps, 2)} MB/s, ${fmt(mb(bigPath.peak), 0)} MiB | ${yard(bigPath)} the yardstick |`,
    `| JSON Lines, default jobs | ${fmt(jsonl.mbps, 2)} MB/s, ${fmt(mb(jsonl.peak), 0)} MiB | ${yard(jsonl)} the yardstick |`,
    ...[1, 4].map((size) => {
      const { auto, one } = slices[size];
      return `| ${size} MB stdin, default ÷ \`--jobs 1\` | ${fmt(auto.mbps, 2)} / ${fmt(one.mbps, 2)} MB/s, ${fmt(mb(auto.peak), 0)} / ${fmt(mb(one.peak), 0)} MiB | ${fmt(one.seconds / auto.seconds, 2)}× |`;
    }),
    `| peak memory, default jobs, 4 MB → ${big} | ${fmt(mb(slices[4].auto.peak), 0)} → ${fmt(mb(bigDefault.peak), 0)} MiB | ${fmt((bigDefault.peak / slices[4].auto.peak - 1) * 100, 0)} % |`,
    `| ${SMALL_FILES} small files, one call | ${fmt(smallPrint.seconds, 2)} s (\`--check\` ${fmt(smallCheck.seconds, 2)} s) | ${fmt(smallYardstick.seconds / smallPrint.seconds, 2)}× the yardstick's one-call run (${fmt(smallYardstick.seconds, 2)} s) |`,
    `| a ${fmt(statSync(article).size / 1024, 1)} KB article | ${ms(clean2k.seconds)} ms | \`node -e 0\` + ${ms(clean2k.seconds - nodeStart.seconds)} ms (\`--version\` + ${ms(version.seconds - nodeStart.seconds)} ms) |`,
  ];
  console.log(`\n${table.join('\n')}`);
  console.log(`\nbench finished in ${fmt((Date.now() - t0) / 1000, 0)} s`);
}

main().catch((error) => {
  console.error(`bench: ${error.message}`);
  process.exitCode = 1;
});
