// A --jsonl run: every input read as JSON Lines, the records written to standard output in order,
// or, with --write, each file replaced atomically by its cleaned records, as sed -i would.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { CycleError, RuleError } from '../index.js';
import { resolveInput, type RunContext } from './context.js';
import { InputError, STDIN } from './input.js';
import { cleanJsonl, JsonlError, readLines } from './jsonl.js';
import { describeWriteError, isSystemError, readable } from './run-files.js';
import { decodeStream } from './stream.js';
import { formatWordDiff, markRequest } from './word-diff.js';
import { ChangedFileError, openAtomicWriter, RefusedWriteError, type AtomicWriter } from './write.js';

export async function runJsonl(ctx: RunContext): Promise<number> {
  const { plan, options, io, cwd, report, errPaint, progress, paint } = ctx;
  const mark = markRequest(options);
  const jsonl = { field: options.field, stats: options.stats === true, strict: options.strict === true, report: report !== undefined, ...(mark ? { mark } : {}) };
  // --jobs 1 cleans line by line, each record written before the next is read; otherwise lines go
  // in batches, to workers once the run has enough text to pay for them.
  const threads = options.jobs === 1 ? undefined : ctx.workers;
  progress.startFiles(plan.paths.length);
  for (const path of plan.paths) {
    const label = path === STDIN ? '<stdin>' : path;
    const by = plan.ignored.get(path);
    if (by !== undefined) {
      await ctx.passIgnored(path, label, by);
      progress.fileDone(0);
      continue;
    }
    const file = path === STDIN ? undefined : resolveInput(path, cwd);
    let writer: AtomicWriter | undefined;
    let refused: RefusedWriteError | undefined;
    try {
      const size = file === undefined ? undefined : await stat(file).then((stats) => stats.size, () => undefined);
      progress.startInput(label, size, true);
      const input = file === undefined ? io.stdin : createReadStream(file);
      if (options.write && file !== undefined && size !== undefined) {
        // Opened before reading, so the version read is the one replaced; a file newsclean may
        // not write is still read, and refused only if it would change. (A missing file is left
        // to reading to report.)
        writer = await openAtomicWriter(file, { overwrite: options.overwrite === true }).catch((error: unknown) => {
          if (!(error instanceof RefusedWriteError)) throw error;
          refused = error;
          return undefined;
        });
      }
      const lines = readLines(decodeStream(readable(input, label, (bytes) => progress.advance(bytes)), label));
      const print = !options.check && !options.write;
      const collect = options.check === true || report !== undefined;
      const outcome = await cleanJsonl(
        lines,
        label,
        ctx.cleanOptions,
        jsonl,
        (line, outcome, number) => {
          ctx.stopIfInterrupted(() => `interrupted while cleaning ${label}; ${options.write ? 'the file is unchanged' : 'output stopped at a record boundary'}.`);
          progress.advance(0, 1);
          if (writer) return writer.write(line);
          // --word-diff shows each record that changed, labelled file:line, instead of the records.
          if (options.wordDiff) return ctx.out(formatWordDiff(`${label}:${number}`, outcome.hunks ?? [], paint));
          return print ? ctx.out(line) : undefined;
        },
        (message) => ctx.note(`${errPaint.warn('newsclean:')} ${message}`),
        collect,
        threads,
        report ? (record) => report.add({ label: record.label, findings: record.findings, ...record.document! }) : undefined,
      );
      ctx.countRecords(outcome.records);
      for (const record of outcome.results) ctx.results.push({ label: record.label, findings: record.findings });
      if (outcome.malformed > 0) {
        ctx.note(`${errPaint.warn('newsclean:')} ${label}: ${outcome.malformed} line(s) not JSON, passed through unchanged (--strict stops instead).`);
      }
      if (options.write) {
        const rewritten = outcome.changed > 0 || (jsonl.stats && outcome.records > outcome.withoutField);
        if (!rewritten) {
          await writer?.abort();
        } else if (!writer) {
          throw refused;
        } else {
          await writer.commit();
          const { changed, edits } = outcome;
          await ctx.out(`fixed ${label} (${changed} record${changed === 1 ? '' : 's'}, ${edits} edit${edits === 1 ? '' : 's'})\n`);
        }
      }
    } catch (error) {
      await writer?.abort();
      if (error instanceof ChangedFileError || error instanceof RefusedWriteError || (options.write && isSystemError(error))) {
        ctx.fail(label, describeWriteError(label, error));
      } else {
        if (!(error instanceof InputError || error instanceof CycleError || error instanceof RuleError)) throw error;
        ctx.fail(label, error instanceof InputError ? error.message : `${label}: ${error.message}`);
        if (error instanceof JsonlError) break;
      }
    }
    progress.fileDone(0);
  }
  return ctx.finish();
}

