// One run of the command line as one object: the streams, what was asked, the clean() options,
// the inputs, the threads, the colours, and what the run has found so far. Files and JSON Lines
// runs start and end through it the same way.
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { RULES, type CleanOptions, type LocatedWarning } from '../index.js';
import type { HtmlReport } from '../report/html.js';
import { formatSize, UsageError, type Format, type Options } from './args.js';
import { describeReadError, STDIN } from './input.js';
import type { InputPlan } from './inputs.js';
import { createPaint, wantsColor, type Paint } from './paint.js';
import { Progress } from './progress.js';
import {
  formatCheckJson,
  formatCheckText,
  formatGithub,
  formatIgnored,
  formatSarif,
  formatSummary,
  wouldChange,
  type CheckOutcome,
  type FileResult,
  type IgnoredInput,
  type InputProblem,
} from './report.js';
import { VERSION } from './version.js';
import type { Workers } from './workers.js';
import { describeWriteFailure, whyNotWritable, writeNewFile } from './write.js';

export interface CliStreams {
  readonly argv: readonly string[];
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
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
  /** The clock the progress line is timed by (default Date.now); tests pass their own. */
  readonly now?: () => number;
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
  /** The progress line on a terminal. */
  readonly progress: Progress;
  /** Writes to standard output, after clearing the progress line, and waits until it is taken. */
  out(text: string | Uint8Array): Promise<void>;
  /** Writes a line (a notice, a warning) to standard error, after clearing the progress line. */
  note(line: string): void;
  /** Reports an input that failed (printed at once); the run goes on and exits 2. */
  fail(label: string, message: string): void;
  /**
   * An input named on the command line that an ignore list (`by`) excludes. A filter never eats
   * text: printing passes it through unchanged; --check lists it; other modes leave it and say so.
   */
  passIgnored(path: string, label: string, by: string): Promise<void>;
  /** Prints warnings about a text (an unknown rule in a marker) on stderr, at `label:line:column`. */
  warnAbout(label: string, warnings: readonly LocatedWarning[]): void;
  /** Counts `n` JSON Lines records checked (the --check summary counts records, not inputs). */
  countRecords(n: number): void;
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
  const errors: InputProblem[] = [];
  const ignored: IgnoredInput[] = [];
  let records = 0;
  const report = options.report === undefined ? undefined : await createHtmlReport();
  // Cleaned text, diffs and records on the terminal show the progress themselves: a progress line
  // on the same terminal would only get in their way.
  const printsText = options.diff === true || (!options.check && !options.write);
  const progress = new Progress({ stream: io.stderr, enabled: io.stderr.isTTY === true && !(printsText && io.stdout.isTTY === true), now: io.now ?? Date.now });
  const out = (text: string | Uint8Array): Promise<void> => {
    progress.clear();
    return write(io.stdout, text);
  };
  const note = (line: string): void => {
    progress.clear();
    io.stderr.write(`${line}\n`);
  };
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
    progress,
    out,
    note,
    fail(label, message) {
      errors.push({ label, message });
      report?.addError(label, message);
      note(`${errPaint.error('newsclean:')} ${message}`);
    },
    async passIgnored(path, label, by) {
      ignored.push({ label, by });
      if (options.check && !options.diff) return; // listed in the report
      const printing = !options.write && !options.diff;
      if (printing) {
        try {
          for await (const chunk of path === STDIN ? io.stdin : createReadStream(resolveInput(path, cwd))) await out(chunk as Buffer);
        } catch (error) {
          return context.fail(label, describeReadError(label, error));
        }
      }
      const what = printing ? 'printed unchanged' : options.write ? 'not written' : 'not diffed';
      note(`${errPaint.warn('newsclean:')} ${label}: ignored by ${by}; ${what}. Pass --no-ignore to clean it.`);
    },
    warnAbout(label, warnings) {
      for (const warning of warnings) note(`${errPaint.warn('newsclean:')} ${label}:${warning.line}:${warning.column}: ${warning.message}`);
    },
    countRecords(n) {
      records += n;
    },
    stopIfInterrupted(message) {
      if (io.signal?.aborted) throw new Interrupted(message());
    },
    async finish() {
      progress.clear();
      // --diff and --word-diff print their own report.
      if (options.check && !options.diff && !options.wordDiff) {
        const unit: Pick<CheckOutcome, 'noun' | 'checked'> = options.jsonl ? { noun: 'record', checked: records } : { noun: 'input', checked: results.length };
        await out(formatReport(options.format, { results, errors, ignored, ...unit }, paint, cwd));
      }
      // The page comes last: when it cannot be written, the findings are out already.
      if (report) {
        const problem = await writeHtmlReport(report, options.report!, io, cwd, errPaint);
        if (problem) {
          note(`${errPaint.error('newsclean:')} ${problem}`);
          return EXIT_ERROR;
        }
      }
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
export function write(stream: NodeJS.WritableStream, text: string | Uint8Array): Promise<void> {
  if (text.length === 0) return Promise.resolve();
  return new Promise((resolvePromise, reject) => {
    stream.write(text, (error) => (error ? reject(error) : resolvePromise()));
  });
}

function formatReport(format: Format, outcome: CheckOutcome, paint: Paint, cwd: string): string {
  switch (format) {
    case 'json':
      return formatCheckJson(outcome);
    case 'github':
      return formatGithub(outcome);
    case 'sarif':
      return formatSarif(outcome, { rules: RULES, version: VERSION, cwd });
    case 'text':
      return formatCheckText(outcome.results, paint) + formatIgnored(outcome.ignored, paint) + formatSummary(outcome, paint);
  }
}

/** Loaded only for --report: most runs never pay for it. */
async function createHtmlReport(): Promise<HtmlReport> {
  const { HtmlReport } = await import('../report/html.js');
  return new HtmlReport(RULES);
}

/**
 * Writes the HTML report (atomically) and says on stderr where it is and how big; returns what
 * went wrong instead, naming the report's path.
 */
async function writeHtmlReport(report: HtmlReport, path: string, io: CliStreams, cwd: string, paint: Paint): Promise<string | undefined> {
  const html = report.render({ version: VERSION, subject: ['newsclean', ...io.argv].map(quoteArgument).join(' ') });
  const target = resolve(cwd, path);
  try {
    await writeNewFile(target, html);
  } catch (error) {
    return `cannot write the report "${path}": ${describeWriteFailure(error)}; the findings were printed, the page was not written.`;
  }
  const { inputs, changed } = report.summary();
  io.stderr.write(`${paint.dim('newsclean:')} report ${path}: ${report.size} document(s) with findings, ${changed} of ${inputs} changed, ${formatSize(Buffer.byteLength(html))}\n`);
  return undefined;
}

/** Refuses, before any work, a --report path where the page could not be written. */
export async function checkReportPath(path: string, cwd: string): Promise<void> {
  const problem = await whyNotWritable(resolve(cwd, path));
  if (problem) {
    const hint = problem.endsWith('does not exist') ? 'Create it, or choose another path.' : 'Choose another path.';
    throw new UsageError(`cannot write the report "${path}": ${problem}. ${hint}`);
  }
}

function quoteArgument(argument: string): string {
  return /^[\w./:=,@%+-]+$/.test(argument) ? argument : `'${argument.replaceAll("'", "'\\''")}'`;
}
