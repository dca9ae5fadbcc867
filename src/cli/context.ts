// One run of the command line as one object: the streams, what was asked, the clean() options,
// the inputs, the threads, the colours, and what the run has found so far. Files and JSON Lines
// runs start and end through it the same way.
import { resolve } from 'node:path';
import { RULES, type CleanOptions } from '../index.js';
import type { HtmlReport } from '../report/html.js';
import { formatSize, UsageError, type Format, type Options } from './args.js';
import { STDIN } from './input.js';
import type { InputPlan } from './inputs.js';
import { createPaint, wantsColor, type Paint } from './paint.js';
import { formatCheckJson, formatCheckText, formatGithub, formatSarif, formatSummary, wouldChange, type FileResult } from './report.js';
import { VERSION } from './version.js';
import type { Workers } from './workers.js';
import { writeNewFile } from './write.js';

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
export class Interrupted extends Error {}

export interface RunContext {
  readonly io: CliStreams;
  readonly cwd: string;
  readonly options: Options;
  readonly cleanOptions: CleanOptions;
  readonly plan: InputPlan;
  readonly workers: Workers;
  /** Colours for standard output and for standard error. */
  readonly paint: Paint;
  readonly errPaint: Paint;
  /** Findings per input, for the --check report. */
  readonly results: FileResult[];
  /** The HTML page, with --report. */
  readonly report: HtmlReport | undefined;
  /** Reports an input that failed (printed at once); the run goes on and exits 2. */
  fail(label: string, message: string): void;
  /** Throws Interrupted, with `message`, once the user has pressed Ctrl-C. */
  stopIfInterrupted(message: () => string): void;
  /** Writes the report and the --check summary, and returns the exit code. */
  finish(): Promise<number>;
}

export async function createRunContext(
  io: CliStreams,
  cwd: string,
  options: Options,
  cleanOptions: CleanOptions,
  plan: InputPlan,
  workers: Workers,
): Promise<RunContext> {
  const paint = await createPaint(wantsColor(options.color, io.env, io.stdout));
  const errPaint = await createPaint(wantsColor(options.color, io.env, io.stderr));
  const results: FileResult[] = [];
  const errors: { label: string; message: string }[] = [];
  const report = options.report === undefined ? undefined : await createHtmlReport();
  const context: RunContext = {
    io,
    cwd,
    options,
    cleanOptions,
    plan,
    workers,
    paint,
    errPaint,
    results,
    report,
    fail(label, message) {
      errors.push({ label, message });
      report?.addError(label, message);
      io.stderr.write(`${errPaint.error('newsclean:')} ${message}\n`);
    },
    stopIfInterrupted(message) {
      if (io.signal?.aborted) throw new Interrupted(message());
    },
    async finish() {
      if (report) await writeHtmlReport(report, options.report!, io, cwd, errPaint);
      // --diff and --word-diff print their own report.
      if (options.check && !options.diff && !options.wordDiff) await write(io.stdout, formatReport(options.format, results, errors, paint, cwd));
      if (errors.length > 0) return EXIT_ERROR;
      if (options.check && results.some(wouldChange)) return EXIT_CHANGES;
      return EXIT_OK;
    },
  };
  for (const error of plan.errors) context.fail(error.label, error.message);
  return context;
}

/** The path to open for an input given on the command line. */
export function resolveInput(path: string, cwd: string): string {
  return path === STDIN ? STDIN : resolve(cwd, path);
}

/** Writes and waits until the stream has taken the text (back-pressure for large outputs). */
export function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (text === '') return Promise.resolve();
  return new Promise((resolvePromise, reject) => {
    stream.write(text, (error) => (error ? reject(error) : resolvePromise()));
  });
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
