// A --jsonl run: every input read as JSON Lines, the records written to standard output in order.
import { createReadStream } from 'node:fs';
import { CycleError, RuleError } from '../index.js';
import { resolveInput, write, type RunContext } from './context.js';
import { InputError, STDIN } from './input.js';
import { cleanJsonl, JsonlError, readLines } from './jsonl.js';
import { readable } from './run-files.js';
import { decodeStream } from './stream.js';
import { formatWordDiff, markRequest } from './word-diff.js';

export async function runJsonl(ctx: RunContext): Promise<number> {
  const { plan, options, io, cwd, report, errPaint, paint } = ctx;
  const mark = markRequest(options);
  const jsonl = { field: options.field, stats: options.stats === true, strict: options.strict === true, report: report !== undefined, ...(mark ? { mark } : {}) };
  // --jobs 1 cleans line by line, each record written before the next is read; otherwise lines go
  // in batches, to workers once the run has enough text to pay for them.
  const threads = options.jobs === 1 ? undefined : ctx.workers;
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
        ctx.cleanOptions,
        jsonl,
        (line, outcome, number) => {
          ctx.stopIfInterrupted(() => `interrupted while cleaning ${label}; output stopped at a record boundary.`);
          // --word-diff shows each record that changed, labelled file:line, instead of the records.
          if (options.wordDiff) return write(io.stdout, formatWordDiff(`${label}:${number}`, outcome.hunks ?? [], paint));
          return print ? write(io.stdout, line) : undefined;
        },
        (message) => io.stderr.write(`${errPaint.warn('newsclean:')} ${message}\n`),
        collect,
        threads,
        report ? (record) => report.add({ label: record.label, findings: record.findings, ...record.document! }) : undefined,
      );
      for (const record of outcome.results) ctx.results.push({ label: record.label, findings: record.findings });
      if (outcome.malformed > 0) {
        io.stderr.write(`${errPaint.warn('newsclean:')} ${label}: ${outcome.malformed} line(s) not JSON, passed through unchanged (--strict stops instead).\n`);
      }
    } catch (error) {
      if (!(error instanceof InputError || error instanceof CycleError || error instanceof RuleError)) throw error;
      ctx.fail(label, error instanceof InputError ? error.message : `${label}: ${error.message}`);
      if (error instanceof JsonlError) break;
    }
  }
  return ctx.finish();
}
