// A run over files and standard input: each input read and cleaned ahead of its turn (here, or
// in a worker once they pay), and printed, diffed, written or reported in input order. Large
// files and standard input are cleaned piece by piece with flat memory.
import { createReadStream } from 'node:fs';
import { CycleError, RuleError } from '../index.js';
import type { Finding } from '../engine/types.js';
import { formatSize, UsageError } from './args.js';
import { cleanText, type TextOutcome } from './clean-text.js';
import { Interrupted, resolveInput, type RunContext } from './context.js';
import { isMarkdownPath } from './inputs.js';
import { decodeText, describeReadError, InputError, readSmallFile, readSource, STDIN, type Source } from './input.js';
import type { Paint } from './paint.js';
import { formatFinding } from './report.js';
import { inOrderOrThrow } from './schedule.js';
import { cleanStream } from './stream.js';
import { formatWordDiff, loadMarker, markRequest } from './word-diff.js';
import { ChangedFileError, describeWriteFailure, openAtomicWriter, RefusedWriteError, writeAtomically, type AtomicWriter } from './write.js';

const DEFAULT_MAX_SIZE = 64 * 1024 * 1024;

/** Files larger than this are cleaned piece by piece (standard input always is). */
const WHOLE_READ_LIMIT = 1024 * 1024;

/**
 * Inputs read ahead of the one being cleaned, also when this thread cleans alone: a file's open,
 * stat, read and close wait on the system, and the next files' waits overlap this one's
 * cleaning (one at a time, 2,000 small files left this thread idle 40 % of the time). Each holds
 * at most WHOLE_READ_LIMIT of text; larger files and standard input are streamed at their turn.
 */
const READ_AHEAD = 4;

type Prepared =
  | { readonly kind: 'ignored'; readonly label: string; readonly by: string }
  | { readonly kind: 'stream'; readonly label: string; readonly size: number }
  | { readonly kind: 'error'; readonly label: string; readonly message: string }
  | { readonly kind: 'cleaned'; readonly label: string; readonly source: Source; readonly outcome: Extract<TextOutcome, { ok: true }> };

export async function runFiles(ctx: RunContext): Promise<number> {
  const { plan, options, io, cwd, workers, report } = ctx;
  if (options.write && plan.paths.includes(STDIN)) {
    throw new UsageError('--write rewrites files, not standard input. Pass file paths, or leave out --write to print the result.');
  }
  const maxSize = options.maxSize ?? DEFAULT_MAX_SIZE;
  const files = plan.paths.length;
  const mark = markRequest(options);
  const marker = await loadMarker(mark);
  // Each input is read and cleaned ahead of its turn; what it prints, writes and reports happens
  // in input order.
  const prepare = async (path: string): Promise<Prepared> => {
    const label = path === STDIN ? '<stdin>' : path;
    const by = plan.ignored.get(path);
    if (by !== undefined) return { kind: 'ignored', label, by };
    // A diff and a report show whole documents: with --diff, --word-diff or --report every input is
    // read whole; so is Markdown, whose code blocks may hold blank lines where a piece would end.
    const markdown = isMarkdownPath(path);
    const whole = options.diff === true || options.wordDiff === true || report !== undefined || markdown;
    if (!whole && path === STDIN) return { kind: 'stream', label, size: 0 };
    let source: Source;
    try {
      const small = path === STDIN ? undefined : readSmallFile(resolveInput(path, cwd), label, whole ? maxSize : Math.min(WHOLE_READ_LIMIT, maxSize));
      if (small && 'size' in small) {
        if (small.size <= maxSize) return { kind: 'stream', label, size: small.size };
        const message = `${label}: is ${formatSize(small.size)}, over the --max-size of ${formatSize(maxSize)}; skipped. Raise the limit with --max-size.`;
        return { kind: 'error', label, message };
      }
      source = small ? { path: resolveInput(path, cwd), label, text: decodeText(label, small.bytes), stamp: small.stamp } : await readSource(resolveInput(path, cwd), io.stdin, label);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      return { kind: 'error', label, message: error.message };
    }
    workers.observe(files, Buffer.byteLength(source.text));
    const outcome = await workers.run(
      () => cleanText(source.text, markdown ? { ...ctx.cleanOptions, markdown } : ctx.cleanOptions, true, undefined, marker),
      (pool) => pool.cleanText({ text: source.text, spec: workers.spec, ...(mark ? { mark } : {}), ...(markdown ? { markdown } : {}) }),
    );
    if (!outcome.ok) return { kind: 'error', label, message: `${label}: ${outcome.error}` };
    return { kind: 'cleaned', label, source, outcome };
  };
  const { progress } = ctx;
  progress.startFiles(files);
  let done = 0;
  for await (const [path, prepared] of inOrderOrThrow(plan.paths, () => Math.max(workers.width(), READ_AHEAD), prepare)) {
    if (io.signal?.aborted) {
      progress.clear();
      throw new Interrupted(`interrupted after ${done} of ${files} input(s); the rest were not touched.`);
    }
    done++;
    await finishInput(ctx, path, prepared);
    progress.fileDone(prepared.kind === 'cleaned' ? Buffer.byteLength(prepared.source.text) : 0);
  }
  return ctx.finish();
}

/** Prints, diffs, writes or reports one prepared input; a failure stops this input only. */
async function finishInput(ctx: RunContext, path: string, prepared: Prepared): Promise<void> {
  const { options, report, errPaint, paint } = ctx;
  const { label } = prepared;
  if (prepared.kind === 'ignored') return ctx.passIgnored(path, label, prepared.by);
  if (prepared.kind === 'stream') {
    // Standard input and large files: cleaned piece by piece with flat memory.
    ctx.workers.expect(prepared.size);
    ctx.progress.startInput(label, path === STDIN ? undefined : prepared.size, false);
    try {
      ctx.results.push({ label, findings: await streamInput(ctx, path, label) });
    } catch (error) {
      if (error instanceof ChangedFileError || error instanceof RefusedWriteError || (options.write && isSystemError(error))) {
        return ctx.fail(label, describeWriteError(label, error));
      }
      if (!(error instanceof InputError || error instanceof CycleError || error instanceof RuleError)) throw error;
      ctx.fail(label, error instanceof InputError ? error.message : `${label}: ${error.message}`);
    }
    return;
  }
  // An unreadable input or a rule bug stops this input only; the others still run.
  if (prepared.kind === 'error') return ctx.fail(label, prepared.message);
  const { source, outcome } = prepared;
  const findings = outcome.findings;
  ctx.warnAbout(source.label, outcome.warnings);
  ctx.results.push({ label: source.label, findings });
  report?.add({ label: source.label, input: source.text, output: outcome.text, findings, changes: outcome.changes });
  if (options.explain) {
    const text = findings.map((finding) => formatFinding(source.label, finding, errPaint)).join('\n');
    if (text) ctx.note(text);
  }
  if (options.diff) {
    await ctx.out(await formatDiff(source, outcome.text, paint));
  } else if (options.wordDiff) {
    await ctx.out(formatWordDiff(source.label, outcome.hunks ?? [], paint));
  } else if (options.write) {
    if (outcome.text === source.text) return;
    try {
      await writeAtomically(source.path, outcome.text, { ...(source.stamp ? { expected: source.stamp } : {}), overwrite: options.overwrite === true });
      const n = outcome.edits;
      await ctx.out(`fixed ${source.label} (${n} edit${n === 1 ? '' : 's'})\n`);
    } catch (error) {
      ctx.fail(source.label, describeWriteError(source.label, error));
    }
  } else if (!options.check) {
    await ctx.out(outcome.text);
  }
}

export function describeWriteError(label: string, error: unknown): string {
  if (error instanceof ChangedFileError) {
    return `${label}: changed after newsclean read it; not written, the other program's version stays. Run again to clean it.`;
  }
  if (error instanceof RefusedWriteError) return `${label}: ${error.message}`;
  return `cannot write "${label}": ${describeWriteFailure(error)}. The file is unchanged.`;
}

/** An error from the system (it has a code such as EACCES), not a bug. */
export function isSystemError(error: unknown): boolean {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}

/**
 * Cleans one input as a stream of pieces: printed, written through an atomic writer, or only
 * checked. Returns the findings.
 */
async function streamInput(ctx: RunContext, path: string, label: string): Promise<Finding[]> {
  const { options, io, cwd, errPaint } = ctx;
  const input = path === STDIN ? io.stdin : createReadStream(resolveInput(path, cwd));
  const source = readable(input, label, (bytes) => ctx.progress.advance(bytes));
  const stopIfInterrupted = (): void =>
    ctx.stopIfInterrupted(() => `interrupted while cleaning ${label}; ${options.write ? 'the file is unchanged' : 'output stopped there'}.`);
  // Findings are kept only for a report: printing or writing a corpus keeps memory flat.
  const collect = options.check === true || options.explain === true;
  // Findings' contexts only: --word-diff reads inputs whole.
  const mark = markRequest(options)?.contexts ? { hunks: false, contexts: true } : undefined;
  if (options.write) {
    // A file newsclean may not write is still cleaned, to the end: only if it would change is
    // the refusal an error.
    let writer: AtomicWriter | undefined;
    let refused: RefusedWriteError | undefined;
    try {
      writer = await openAtomicWriter(resolveInput(path, cwd), { overwrite: options.overwrite === true });
    } catch (error) {
      if (!(error instanceof RefusedWriteError)) throw error;
      refused = error;
    }
    try {
      const outcome = await cleanStream(source, label, ctx.cleanOptions, (text) => (stopIfInterrupted(), writer?.write(text)), collect, ctx.workers, mark);
      ctx.warnAbout(label, outcome.warnings);
      if (!outcome.changed) {
        await writer?.abort();
        return outcome.findings;
      }
      if (!writer) throw refused; // no writer: the file was refused
      await writer.commit();
      const n = outcome.fixes;
      await ctx.out(`fixed ${label} (${n} edit${n === 1 ? '' : 's'})\n`);
      return outcome.findings;
    } catch (error) {
      await writer?.abort();
      throw error;
    }
  }
  const print = !options.check;
  const outcome = await cleanStream(source, label, ctx.cleanOptions, (text) => (stopIfInterrupted(), print ? ctx.out(text) : undefined), collect, ctx.workers, mark);
  ctx.warnAbout(label, outcome.warnings);
  if (options.explain) {
    const text = outcome.findings.map((finding) => formatFinding(label, finding, errPaint)).join('\n');
    if (text) ctx.note(text);
  }
  return outcome.findings;
}

/**
 * The chunks of a stream, with read errors turned into an InputError naming the input; `onRead`
 * hears how many bytes each chunk has (for the progress line).
 */
export async function* readable(stream: NodeJS.ReadableStream, label: string, onRead?: (bytes: number) => void): AsyncGenerator<Buffer | string> {
  try {
    for await (const chunk of stream) {
      onRead?.(typeof chunk === 'string' ? Buffer.byteLength(chunk) : (chunk as Buffer).length);
      yield chunk as Buffer | string;
    }
  } catch (error) {
    throw new InputError(describeReadError(label, error));
  }
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
