// The command line: parses arguments, finds the configuration and the inputs, calls the library,
// hands results to a reporter and returns the exit code. It holds no text pattern and touches no
// global state (the working directory comes in with the streams), so tests drive it in memory.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import {
  CycleError,
  resolveRules,
  RuleError,
  RULES,
  UnknownRuleError,
  type CleanOptions,
  type RuleMode,
} from '../index.js';
import type { Finding } from '../engine/types.js';
import { ConfigFileError, loadConfig, type LoadedConfig } from './config-file.js';
import { describeReadError, InputError, readSource, STDIN, type Source } from './input.js';
import { cleanStream, decodeStream, type PieceCleaner } from './stream.js';
import { cleanJsonl, JsonlError, readLines, type BatchCleaner, type JsonlOptions } from './jsonl.js';
import { optionsFromSpec, type OptionsSpec } from './spec.js';
import { inOrderOrThrow } from './schedule.js';
import type { CleanPool } from './pool.js';
import { cleanText, outcomeError, type TextOutcome } from './clean-text.js';
import { DEFAULT_EXTENSIONS, expandInputs, IGNORE_FILE, ignoreList, readIgnoreFile, type IgnoreList, type InputPlan } from './inputs.js';
import { createPaint, wantsColor, type Paint } from './paint.js';
import {
  formatCheckJson,
  formatCheckText,
  formatFinding,
  formatGithub,
  formatRules,
  formatSarif,
  formatSummary,
  wouldChange,
  type FileResult,
} from './report.js';
import { ChangedFileError, openAtomicWriter, writeAtomically, writeNewFile } from './write.js';
import type { HtmlReport } from '../report/html.js';
import { VERSION } from './version.js';

export interface CliStreams {
  readonly argv: readonly string[];
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly env: NodeJS.ProcessEnv;
  /** The working directory: where configuration, ignore file and relative paths are looked up. */
  readonly cwd?: string;
  /**
   * Aborted when the user interrupts (Ctrl-C): the run stops before the next input, a file being
   * written is left as it was, and the exit code is 130.
   */
  readonly signal?: AbortSignal;
}

export const EXIT_OK = 0;
export const EXIT_CHANGES = 1;
export const EXIT_ERROR = 2;
/** Stopped by an interrupt (128 + SIGINT), as shells report it. */
export const EXIT_INTERRUPTED = 130;

/** The run was interrupted; what was done stays done, nothing is left half-written. */
class Interrupted extends Error {}

const FORMATS = ['text', 'json', 'github', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

interface Options {
  check?: boolean;
  diff?: boolean;
  write?: boolean;
  explain?: boolean;
  format: Format;
  enable: string[];
  disable: string[];
  only?: string[];
  ext?: string[];
  ignorePath?: string;
  config?: string | boolean;
  printConfig?: string;
  color?: boolean;
  jsonl?: boolean;
  field: string;
  stats?: boolean;
  strict?: boolean;
  jobs?: number;
  maxSize?: number;
  report?: string;
}

/** A mistake in how newsclean was called, or a configuration it cannot use; one line, exit 2. */
class UsageError extends Error {}

const EXIT_CODES_HELP = 'Exit codes: 0 nothing to report, 1 --check found changes, 2 usage or input error.';

export async function main(io: CliStreams): Promise<number> {
  let exitCode = EXIT_OK;
  const cwd = io.cwd ?? process.cwd();
  const program = new Command('newsclean')
    .description('Clean machine-translated, scraped news text with deterministic, explainable rules.')
    .version(VERSION, '-V, --version')
    .argument('[inputs...]', 'files, directories or glob patterns to clean; none or - reads standard input')
    .option('--check', 'report what would change, one finding a line; exit 1 if anything would')
    .option('--diff', 'print a unified diff instead of the cleaned text')
    .option('--write', 'rewrite the files in place (atomically), only those that change')
    .option('--explain', 'print the cleaned text, and every edit with its rule and reason on stderr')
    .addOption(new Option('--format <format>', 'report format for --check').choices(FORMATS).default('text'))
    .option('--enable <rules>', 'turn on rules that are off by default or by configuration (comma-separated)', collectList, [])
    .option('--disable <rules>', 'turn rules off (comma-separated)', collectList, [])
    .option('--only <rules>', 'run only these rules (comma-separated)', collectList)
    .option('--ext <extensions>', `extensions to clean in directories (default: ${DEFAULT_EXTENSIONS.join(',')})`, collectList)
    .option('--ignore-path <file>', `ignore file in .gitignore syntax (default: ./${IGNORE_FILE})`)
    .option('--config <file>', 'use this configuration file instead of searching for one')
    .option('--no-config', 'use no configuration file')
    .option('--print-config <file>', 'print the configuration that applies to a file, as JSON, and exit')
    .option('--jsonl', 'read and write JSON Lines: clean one field of every record, keep the rest as it is')
    .option('--field <name>', 'with --jsonl: the field to clean', 'text')
    .option('--stats', 'with --jsonl: add "newsclean": {edits, rules} to every cleaned record')
    .option('--strict', 'with --jsonl: stop (exit 2) at a line that is not JSON, instead of passing it through')
    .option('--report <file>', 'also write an HTML page to review every edit (self-contained; open it in a browser)')
    .option('--max-size <size>', 'skip files larger than this (e.g. 500KB, 64MB, 1GB; default 64MB); standard input has no limit', parseSize)
    .option('-j, --jobs <n>', 'worker threads for many files or JSON Lines (default: one per core; 1 cleans in this thread)', parseJobs)
    .option('--color', 'colour the output even when it is not a terminal')
    .option('--no-color', 'never colour the output (NO_COLOR=1 does the same)')
    .addHelpText(
      'after',
      [
        '',
        'Commands:',
        '  newsclean rules [--verbose]   list every rule with what it fixes',
        '',
        EXIT_CODES_HELP,
        'Configuration: newsclean.config.json, .newscleanrc.json or "newsclean" in package.json,',
        'in the working directory or above it. Ignore file: .newscleanignore.',
        '',
        'Examples:',
        '  newsclean article.txt                   print the cleaned article',
        '  cat article.txt | newsclean --diff      show what would change',
        '  newsclean --check articles/             CI gate: exit 1 if anything would change',
        '  newsclean --check --format github "articles/**/*.md"',
        '  newsclean --write articles/             fix the files in place',
        '  newsclean --check --report r.html dir/  review every edit in a browser',
      ].join('\n'),
    )
    .action(async (inputs: string[], options: Options) => {
      try {
        exitCode = await run(inputs, options, io, cwd);
      } catch (error) {
        if (!(error instanceof Interrupted)) throw error;
        io.stderr.write(`newsclean: ${error.message}\n`);
        exitCode = EXIT_INTERRUPTED;
      }
    });
  program
    .command('rules')
    .description('list every rule with what it fixes')
    .option('--verbose', 'also say what each rule deliberately leaves alone')
    .option('--no-color', 'never colour the output')
    .action(async (options: { verbose?: boolean; color?: boolean }) => {
      const paint = await createPaint(wantsColor(options.color === false ? false : undefined, io.env, io.stdout));
      await write(io.stdout, formatRules(RULES, options.verbose === true, paint));
    });
  program.exitOverride();
  program.configureOutput({
    writeOut: (text) => io.stdout.write(text),
    writeErr: (text) => io.stderr.write(text),
  });
  try {
    await program.parseAsync([...io.argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_ERROR;
    if (error instanceof UsageError || error instanceof ConfigFileError || (error instanceof Error && error.name === 'ConfigError')) {
      io.stderr.write(`newsclean: ${error.message}\n`);
      return EXIT_ERROR;
    }
    throw error;
  }
  return exitCode;
}

const DEFAULT_MAX_SIZE = 64 * 1024 * 1024;
const SIZE_UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** `500KB`, `64MB`, `1G`, `1048576`: a size in bytes (units of 1024). */
export function parseSize(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?b?)\s*$/i.exec(value);
  const unit = m ? SIZE_UNITS[m[2]!.toLowerCase()] : undefined;
  if (!m || unit === undefined || Number(m[1]) <= 0) throw new InvalidArgumentError('expected a size such as 500KB, 64MB or 1GB.');
  return Math.round(Number(m[1]) * unit);
}

function formatSize(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new InvalidArgumentError('expected a whole number from 1 to 256.');
  return n;
}

function collectList(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), ...value.split(',').map((item) => item.trim()).filter((item) => item !== '')];
}

async function run(inputs: string[], options: Options, io: CliStreams, cwd: string): Promise<number> {
  checkUsage(inputs, options);
  const loaded = await loadConfig(cwd, typeof options.config === 'string' ? options.config : undefined, options.config !== false);
  const { spec, cleanOptions } = await buildCleanOptions(options, loaded);
  if (options.printConfig !== undefined) {
    await write(io.stdout, printConfig(options.printConfig, loaded, cleanOptions, cwd));
    return EXIT_OK;
  }
  const plan = await expandInputs(inputs, {
    cwd,
    extensions: options.ext ?? loaded.config.extensions ?? (options.jsonl ? ['.jsonl'] : DEFAULT_EXTENSIONS),
    ignores: ignoreLists(options, loaded, cwd),
  });
  const jobs = new Jobs(options.jobs ?? availableParallelism(), spec);
  try {
    if (options.jsonl) return await runJsonl(plan, cleanOptions, options, io, cwd, jobs);
    return await runFiles(plan, cleanOptions, options, io, cwd, jobs);
  } finally {
    await jobs.close();
  }
}

/**
 * What a run over files or JSON Lines shares: findings per input, errors (printed as they come,
 * the run goes on), the HTML report when asked for, and the ending: the report written, the
 * --check report printed, the exit code.
 */
async function startRun(plan: InputPlan, options: Options, io: CliStreams, cwd: string) {
  const paint = await createPaint(wantsColor(options.color, io.env, io.stdout));
  const errPaint = await createPaint(wantsColor(options.color, io.env, io.stderr));
  const results: FileResult[] = [];
  const errors: { label: string; message: string }[] = [];
  const report = options.report === undefined ? undefined : await createHtmlReport();
  const fail = (label: string, message: string): void => {
    errors.push({ label, message });
    report?.addError(label, message);
    io.stderr.write(`${errPaint.error('newsclean:')} ${message}\n`);
  };
  for (const error of plan.errors) fail(error.label, error.message);
  const finish = async (): Promise<number> => {
    if (report) await writeHtmlReport(report, options.report!, io, cwd, errPaint);
    // --diff prints its own report (and --jsonl never diffs).
    if (options.check && !options.diff) await write(io.stdout, formatReport(options.format, results, errors, paint, cwd));
    if (errors.length > 0) return EXIT_ERROR;
    if (options.check && results.some(wouldChange)) return EXIT_CHANGES;
    return EXIT_OK;
  };
  return { paint, errPaint, results, report, fail, finish };
}

async function runFiles(plan: InputPlan, cleanOptions: CleanOptions, options: Options, io: CliStreams, cwd: string, jobs: Jobs): Promise<number> {
  if (options.write && plan.paths.includes(STDIN)) {
    throw new UsageError('--write rewrites files, not standard input. Pass file paths, or leave out --write to print the result.');
  }
  const { paint, errPaint, results, report, fail, finish } = await startRun(plan, options, io, cwd);

  const maxSize = options.maxSize ?? DEFAULT_MAX_SIZE;
  // Each input is read and cleaned (in a worker when there are several) ahead of its turn; what
  // it prints, writes and reports happens in input order.
  const prepare = async (path: string): Promise<Prepared> => {
    const label = path === STDIN ? '<stdin>' : path;
    const size = path === STDIN ? 0 : await sizeOf(resolveInput(path, cwd));
    if (size > maxSize) {
      const message = `${label}: is ${formatSize(size)}, over the --max-size of ${formatSize(maxSize)}; skipped. Raise the limit with --max-size.`;
      return { kind: 'error', label, message };
    }
    // A report shows whole documents, so with --report every input is read whole.
    if (!options.diff && !report && (path === STDIN || size > WHOLE_READ_LIMIT)) return { kind: 'stream', label };
    let source: Source;
    try {
      source = await readSource(resolveInput(path, cwd), io.stdin, label);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      return { kind: 'error', label, message: error.message };
    }
    const outcome = await jobs.cleanText(source.text, cleanOptions, plan.paths.length);
    if (!outcome.ok) return { kind: 'error', label, message: `${label}: ${outcome.error}` };
    return { kind: 'cleaned', label, source, outcome };
  };
  const progress = new Progress(io.stderr, plan.paths.length);
  let done = 0;
  for await (const [path, prepared] of inOrderOrThrow(plan.paths, jobs.width(plan.paths.length), prepare)) {
    if (io.signal?.aborted) {
      progress.finish();
      throw new Interrupted(`interrupted after ${done} of ${plan.paths.length} input(s); the rest were not touched.`);
    }
    done++;
    const { label } = prepared;
    progress.done(prepared.kind === 'cleaned' ? prepared.source.text.length : 0);
    if (prepared.kind === 'stream') {
      // Standard input and large files: cleaned piece by piece with flat memory.
      try {
        const findings = await streamInput(path, label, cleanOptions, options, io, cwd, errPaint, jobs);
        if (findings) results.push({ label, findings });
      } catch (error) {
        if (error instanceof ChangedFileError) {
          fail(label, describeWriteError(label, error));
          continue;
        }
        if (!(error instanceof InputError || error instanceof CycleError || error instanceof RuleError)) throw error;
        fail(label, error instanceof InputError ? error.message : `${label}: ${error.message}`);
      }
      continue;
    }
    if (prepared.kind === 'error') {
      // An unreadable input or a rule bug stops this input only; the others still run.
      fail(label, prepared.message);
      continue;
    }
    const { source, outcome } = prepared;
    const findings = outcome.findings;
    results.push({ label: source.label, findings });
    report?.add({ label: source.label, input: source.text, output: outcome.text, findings, changes: outcome.changes });
    if (options.explain) {
      const text = findings.map((finding) => formatFinding(source.label, finding, errPaint)).join('\n');
      if (text) io.stderr.write(`${text}\n`);
    }
    if (options.diff) {
      await write(io.stdout, await formatDiff(source, outcome.text, paint));
    } else if (options.write) {
      if (outcome.text !== source.text) {
        try {
          await writeAtomically(source.path, outcome.text, source.stamp);
          const n = outcome.edits;
          await write(io.stdout, `fixed ${source.label} (${n} edit${n === 1 ? '' : 's'})\n`);
        } catch (error) {
          fail(source.label, describeWriteError(source.label, error));
        }
      }
    } else if (!options.check) {
      await write(io.stdout, outcome.text);
    }
  }
  progress.finish();

  return finish();
}

/** Loaded only for --report: most runs never pay for it. */
async function createHtmlReport(): Promise<HtmlReport> {
  const { HtmlReport } = await import('../report/html.js');
  return new HtmlReport(RULES);
}

/** Writes the HTML report (atomically) and says on stderr where it is and how big. */
async function writeHtmlReport(report: HtmlReport, path: string, io: CliStreams, cwd: string, paint: Paint): Promise<void> {
  const html = report.render({ version: VERSION, subject: ['newsclean', ...io.argv].map(quoteArgument).join(' ') });
  const target = resolve(cwd, path);
  try {
    await writeNewFile(target, html);
  } catch (error) {
    throw new UsageError(`cannot write the report "${path}": ${(error as Error).message}`);
  }
  const { inputs, changed } = report.summary();
  io.stderr.write(`${paint.dim('newsclean:')} report ${path}: ${report.size} document(s) with findings, ${changed} of ${inputs} changed, ${formatSize(Buffer.byteLength(html))}\n`);
}

function quoteArgument(argument: string): string {
  return /^[\w./:=,@%+-]+$/.test(argument) ? argument : `'${argument.replaceAll("'", "'\\''")}'`;
}

function describeWriteError(label: string, error: unknown): string {
  if (error instanceof ChangedFileError) {
    return `${label}: changed after newsclean read it; not written, the other program's version stays. Run again to clean it.`;
  }
  return `cannot write "${label}": ${(error as Error).message}. The file is unchanged.`;
}

/** Files larger than this are cleaned piece by piece (standard input always is). */
const WHOLE_READ_LIMIT = 1024 * 1024;

async function sizeOf(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch {
    return 0; // reading will report what is wrong with it
  }
}

/**
 * Cleans one input as a stream of pieces: printed, written through an atomic writer, or only
 * checked. Returns the findings, or undefined when a write failed (already reported).
 */
async function streamInput(
  path: string,
  label: string,
  cleanOptions: CleanOptions,
  options: Options,
  io: CliStreams,
  cwd: string,
  errPaint: Paint,
  jobs: Jobs,
): Promise<Finding[]> {
  const input = path === STDIN ? io.stdin : createReadStream(resolveInput(path, cwd));
  const source = readable(input, label);
  const parallel = jobs.parallelPieces(options.check === true || options.explain === true);
  const stopIfInterrupted = (): void => {
    if (io.signal?.aborted) throw new Interrupted(`interrupted while cleaning ${label}; ${options.write ? 'the file is unchanged' : 'output stopped there'}.`);
  };
  // Findings are kept only for a report: printing or writing a corpus keeps memory flat.
  const collect = options.check === true || options.explain === true;
  if (options.write) {
    const writer = await openAtomicWriter(resolveInput(path, cwd));
    try {
      const outcome = await cleanStream(source, label, cleanOptions, (text) => (stopIfInterrupted(), writer.write(text)), collect, parallel);
      if (!outcome.changed) {
        await writer.abort();
        return outcome.findings;
      }
      await writer.commit();
      const n = outcome.fixes;
      await write(io.stdout, `fixed ${label} (${n} edit${n === 1 ? '' : 's'})\n`);
      return outcome.findings;
    } catch (error) {
      await writer.abort();
      throw error;
    }
  }
  const print = !options.check;
  const outcome = await cleanStream(source, label, cleanOptions, (text) => (stopIfInterrupted(), print ? write(io.stdout, text) : undefined), collect, parallel);
  if (options.explain) {
    const text = outcome.findings.map((finding) => formatFinding(label, finding, errPaint)).join('\n');
    if (text) io.stderr.write(`${text}\n`);
  }
  return outcome.findings;
}

/** The chunks of a stream, with read errors turned into an InputError naming the input. */
async function* readable(stream: NodeJS.ReadableStream, label: string): AsyncGenerator<Buffer | string> {
  try {
    for await (const chunk of stream) yield chunk as Buffer | string;
  } catch (error) {
    throw new InputError(describeReadError(label, error));
  }
}

function formatReport(format: Format, results: readonly FileResult[], errors: { label: string; message: string }[], paint: Paint, cwd: string): string {
  switch (format) {
    case 'json':
      return formatCheckJson(results, errors);
    case 'github':
      return formatGithub(results, errors);
    case 'sarif':
      return formatSarif(results, errors, { rules: RULES, version: VERSION, cwd });
    case 'text':
      return formatCheckText(results, paint) + formatSummary(results, errors.length, paint);
  }
}

function resolveInput(path: string, cwd: string): string {
  return path === STDIN ? STDIN : resolve(cwd, path);
}

/** Rejects option combinations that make no sense. */
function checkUsage(inputs: readonly string[], options: Options): void {
  if (options.check && options.write) throw new UsageError('--check and --write do opposite things; use one of them.');
  if (options.write && options.diff) throw new UsageError('--write and --diff: use --diff to preview, then --write to apply.');
  if (options.write && (inputs.length === 0 || inputs.includes(STDIN))) {
    throw new UsageError('--write rewrites files, not standard input. Pass file paths, or leave out --write to print the result.');
  }
  if (options.format !== 'text' && !options.check) throw new UsageError(`--format ${options.format} applies to --check reports.`);
  if (options.jsonl && (options.write || options.diff)) {
    throw new UsageError('--jsonl writes JSON Lines to standard output; --write and --diff do not apply. Redirect the output to a file.');
  }
  if (!options.jsonl && (options.stats || options.strict || options.field !== 'text')) {
    throw new UsageError('--field, --stats and --strict apply to --jsonl.');
  }
}

/** --jsonl: every input read as JSON Lines, the records written to standard output in order. */
async function runJsonl(plan: InputPlan, cleanOptions: CleanOptions, options: Options, io: CliStreams, cwd: string, jobs: Jobs): Promise<number> {
  const { errPaint, results, report, fail, finish } = await startRun(plan, options, io, cwd);
  const jsonl = { field: options.field, stats: options.stats === true, strict: options.strict === true, report: report !== undefined };
  for (const path of plan.paths) {
    const label = path === STDIN ? '<stdin>' : path;
    const input = path === STDIN ? io.stdin : createReadStream(resolveInput(path, cwd));
    try {
      const lines = readLines(decodeStream(readable(input, label), label));
      const print = !options.check;
      const collect = options.check === true || report !== undefined;
      const outcome = await cleanJsonl(
        lines,
        label,
        cleanOptions,
        jsonl,
        (line) => {
          if (io.signal?.aborted) throw new Interrupted(`interrupted while cleaning ${label}; output stopped at a record boundary.`);
          return print ? write(io.stdout, line) : undefined;
        },
        (message) => io.stderr.write(`${errPaint.warn('newsclean:')} ${message}\n`),
        collect,
        jobs.parallelLines(label, jsonl, collect),
        report ? (record) => report.add({ label: record.label, findings: record.findings, ...record.document! }) : undefined,
      );
      for (const record of outcome.results) results.push({ label: record.label, findings: record.findings });
      if (outcome.malformed > 0) {
        io.stderr.write(`${errPaint.warn('newsclean:')} ${label}: ${outcome.malformed} line(s) not JSON, passed through unchanged (--strict stops instead).\n`);
      }
    } catch (error) {
      if (!(error instanceof InputError || error instanceof CycleError || error instanceof RuleError)) throw error;
      fail(label, error instanceof InputError ? error.message : `${label}: ${error.message}`);
      if (error instanceof JsonlError) break;
    }
  }
  return finish();
}

/** The configuration's options with the command line's rule flags on top; checks every rule id. */
async function buildCleanOptions(options: Options, loaded: LoadedConfig): Promise<{ spec: OptionsSpec; cleanOptions: CleanOptions }> {
  const spec: OptionsSpec = {
    ...(loaded.path === undefined ? {} : { config: loaded.config }),
    enable: options.enable,
    disable: options.disable,
    ...(options.only ? { only: options.only } : {}),
  };
  const cleanOptions = await optionsFromSpec(spec);
  try {
    resolveRules(cleanOptions);
  } catch (error) {
    if (!(error instanceof UnknownRuleError)) throw error;
    const flag = options.disable.includes(error.ruleId) ? '--disable' : options.enable.includes(error.ruleId) ? '--enable' : '--only';
    const hint = error.suggestion ? ` Did you mean "${error.suggestion}"?` : '';
    throw new UsageError(`unknown rule "${error.ruleId}" in ${flag}.${hint} (newsclean rules lists them)`);
  }
  return { spec, cleanOptions };
}

type Prepared =
  | { readonly kind: 'stream'; readonly label: string }
  | { readonly kind: 'error'; readonly label: string; readonly message: string }
  | { readonly kind: 'cleaned'; readonly label: string; readonly source: Source; readonly outcome: Extract<TextOutcome, { ok: true }> };

/**
 * The --jobs setting: cleans in worker threads when there is enough work for them (two files or
 * more, or JSON Lines), in this thread otherwise. The pool starts on first use.
 */
class Jobs {
  private pool: Promise<CleanPool> | undefined;

  constructor(
    private readonly threads: number,
    private readonly spec: OptionsSpec,
  ) {}

  /** How many inputs to have in flight: a few per thread, one when cleaning here. */
  width(inputs: number): number {
    return this.useful(inputs) ? this.threads * 2 : 1;
  }

  async cleanText(text: string, options: CleanOptions, inputs: number): Promise<TextOutcome> {
    if (!this.useful(inputs)) return cleanHere(text, options);
    return (await this.getPool()).cleanText({ text, spec: this.spec });
  }

  parallelLines(label: string, jsonl: JsonlOptions, collectFindings: boolean): { cleanBatch: BatchCleaner; inFlight: number } | undefined {
    if (this.threads < 2) return undefined;
    return {
      cleanBatch: async (batch) => (await this.getPool()).cleanLines({ batch, label, jsonl, collectFindings, spec: this.spec }),
      inFlight: this.threads * 2,
    };
  }

  /** Pieces of a large input cleaned in workers, a few per thread in flight. */
  parallelPieces(collectFindings: boolean): { cleanPiece: PieceCleaner; inFlight: number } | undefined {
    if (this.threads < 2) return undefined;
    return {
      cleanPiece: async (piece, edges) => {
        const outcome = await (await this.getPool()).cleanText({ text: piece, spec: this.spec, edges, collectFindings });
        if (!outcome.ok) throw outcomeError(outcome);
        return outcome;
      },
      inFlight: this.threads * 2,
    };
  }

  async close(): Promise<void> {
    if (this.pool) await (await this.pool).close();
  }

  private useful(inputs: number): boolean {
    return this.threads >= 2 && inputs >= 2;
  }

  private getPool(): Promise<CleanPool> {
    this.pool ??= import('./pool.js').then(({ createPool }) => createPool(this.threads));
    return this.pool;
  }
}

function cleanHere(text: string, options: CleanOptions): TextOutcome {
  return cleanText(text, options);
}

/**
 * Files done out of the total and the rate, on stderr, when it is a terminal and the run takes
 * more than a second; nothing otherwise.
 */
class Progress {
  private readonly started = Date.now();
  private shown = 0;
  private count = 0;
  private chars = 0;
  private drawn = false;

  constructor(
    private readonly stream: NodeJS.WritableStream & { isTTY?: boolean },
    private readonly total: number,
  ) {}

  done(chars: number): void {
    this.count++;
    this.chars += chars;
    const now = Date.now();
    if (!this.stream.isTTY || this.total < 2 || now - this.started < 1000 || now - this.shown < 100) return;
    this.shown = now;
    const rate = this.chars / 1e6 / ((now - this.started) / 1000);
    this.stream.write(`\r\x1b[Knewsclean: ${this.count}/${this.total} files, ${rate.toFixed(1)} MB/s`);
    this.drawn = true;
  }

  finish(): void {
    if (this.drawn) this.stream.write('\r\x1b[K');
  }
}

function ignoreLists(options: Options, loaded: LoadedConfig, cwd: string): IgnoreList[] {
  const lists: IgnoreList[] = [];
  const path = resolve(cwd, options.ignorePath ?? IGNORE_FILE);
  const fromFile = readIgnoreFile(path, cwd);
  if (!fromFile && options.ignorePath !== undefined) throw new UsageError(`cannot read ignore file "${options.ignorePath}": no such file.`);
  if (fromFile) lists.push(fromFile);
  if (loaded.config.ignore && loaded.path) lists.push(ignoreList(loaded.config.ignore, resolve(loaded.path.replace(/#newsclean$/, ''), '..')));
  return lists;
}

/** The effective configuration for a file, as JSON: where it came from and every rule's mode. */
function printConfig(file: string, loaded: LoadedConfig, options: CleanOptions, cwd: string): string {
  const { rules, reportOnly } = resolveRules(options);
  const on = new Set(rules.map((rule) => rule.id));
  const modes: Record<string, RuleMode> = {};
  for (const rule of RULES) modes[rule.id] = !on.has(rule.id) ? 'off' : reportOnly.has(rule.id) ? 'report' : 'fix';
  const { config } = loaded;
  const effective = {
    file: resolve(cwd, file),
    configFile: loaded.path ?? null,
    rules: modes,
    names: { add: config.names?.add ?? [], disable: config.names?.disable ?? [] },
    boilerplate: config.boilerplate ?? [],
    seeAlso: config.seeAlso ?? [],
    keep: config.keep ?? [],
    extensions: config.extensions ?? DEFAULT_EXTENSIONS,
    ignore: config.ignore ?? [],
  };
  return `${JSON.stringify(effective, null, 2)}\n`;
}

async function formatDiff(source: Source, cleaned: string, paint: Paint): Promise<string> {
  if (cleaned === source.text) return '';
  const { createTwoFilesPatch } = await import('diff');
  const name = source.label === '<stdin>' ? 'stdin' : source.label;
  const patch = createTwoFilesPatch(name, name, source.text, cleaned, '', '', { context: 3 });
  // Drop the "Index:"/separator lines some versions emit; keep ---/+++ headers (without the
  // empty timestamp after a tab) for patch -p0 and git apply.
  const lines = patch.split('\n').filter((line) => !line.startsWith('Index: ') && !/^=+$/.test(line));
  return lines
    .map((line) => {
      if (line.startsWith('+++ ') || line.startsWith('--- ')) return paint.bold(line.replace(/\t$/, ''));
      if (line.startsWith('@@')) return paint.hunk(line);
      if (line.startsWith('+')) return paint.added(line);
      if (line.startsWith('-')) return paint.removed(line);
      return line;
    })
    .join('\n');
}

/** Writes and waits until the stream has taken the text (back-pressure for large outputs). */
function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (text === '') return Promise.resolve();
  return new Promise((resolvePromise, reject) => {
    stream.write(text, (error) => (error ? reject(error) : resolvePromise()));
  });
}
