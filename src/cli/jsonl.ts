// JSON Lines in, JSON Lines out: one record a line, the field named by --field cleaned, every other
// byte of the line kept as it was (numbers, key order, spacing), the records in their order. A
// line that is not JSON is reported with its number and passed through unchanged (or, strict,
// stops the run); a record without the field passes through. Memory holds one line at a time.
import type { CleanOptions } from '../index.js';
import { cleanDocument } from '../index.js';
import type { Finding, TextChange } from '../engine/types.js';
import { InputError } from './input.js';
import { inOrderOrThrow } from './schedule.js';
import type { Threads } from './workers.js';
import { loadMarker, type Hunk, type Marker, type MarkRequest } from './word-diff.js';

export interface JsonlOptions {
  /** The field to clean (default `text`). */
  readonly field: string;
  /** Add `"newsclean": {"edits": n, "rules": {…}}` to each cleaned record. */
  readonly stats: boolean;
  /** Stop at the first line that is not a JSON object. */
  readonly strict: boolean;
  /** Keep every record's text, output and changes, for an HTML report. */
  readonly report?: boolean;
  /** Give every record its word diff's rows, or its findings their contexts (see word-diff.ts). */
  readonly mark?: MarkRequest;
}

export interface JsonlRecordResult {
  /** Where the record is: `file:line`. */
  readonly label: string;
  readonly findings: Finding[];
  /** With `report`: the record's text, what it became, and where it changed. */
  readonly document?: { readonly input: string; readonly output: string; readonly changes: readonly TextChange[] };
}

export interface JsonlOutcome {
  readonly records: number;
  readonly changed: number;
  /** Edits applied, over all records. */
  readonly edits: number;
  readonly malformed: number;
  readonly withoutField: number;
  /** Findings per record that has any. */
  readonly results: JsonlRecordResult[];
}

/** A line that cannot be read as a record; with --strict it ends the run. */
export class JsonlError extends InputError {}

/** What became of one input line. */
export interface LineOutcome {
  /** The line to write, with its line break. */
  readonly out: string;
  readonly kind: 'blank' | 'malformed' | 'no-field' | 'record';
  readonly changed?: boolean;
  /** For a record: the edits applied to its field. */
  readonly edits?: number;
  readonly result?: JsonlRecordResult;
  /** For a malformed line: what JSON.parse said. */
  readonly problem?: string;
  /** For a record: what in its field newsclean could not follow (lines of the field's text). */
  readonly warnings?: readonly { readonly line: number; readonly column: number; readonly message: string }[];
  /** For a record that changed, with `mark.hunks`: its word diff's rows. */
  readonly hunks?: readonly Hunk[];
}

/** One line of JSON Lines, cleaned: pure and synchronous, so a worker thread can run it too. */
export function cleanJsonlLine(
  raw: string,
  number: number,
  label: string,
  options: CleanOptions,
  jsonl: JsonlOptions,
  collectFindings: boolean,
  marker?: Marker,
): LineOutcome {
  const ending = /\r?\n$/.exec(raw)?.[0] ?? '';
  const line = raw.slice(0, raw.length - ending.length);
  if (line.trim() === '') return { out: raw, kind: 'blank' };
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return { out: raw, kind: 'malformed', problem: (error as Error).message };
  }
  const span = typeof record === 'object' && record !== null && !Array.isArray(record) ? findStringField(line, jsonl.field) : undefined;
  if (!span) return { out: raw, kind: 'no-field' };
  const text = (record as Record<string, unknown>)[jsonl.field] as string;
  const result = cleanDocument(text, { ...options, locate: collectFindings || jsonl.report === true });
  const marked = marker && (result.changed || result.findings.length > 0) ? marker(text, result.text, result.changes, result.findings) : undefined;
  const hunks = marked && marked.hunks.length > 0 ? { hunks: marked.hunks } : {};
  let found: JsonlRecordResult | undefined;
  if (collectFindings || jsonl.report) {
    const findings = marked ? [...marked.findings] : result.findings;
    if (jsonl.report) found = { label: `${label}:${number}`, findings, document: { input: text, output: result.text, changes: result.changes } };
    else if (findings.length > 0) found = { label: `${label}:${number}`, findings };
  }
  const changed = result.changed;
  const edits = result.counts.edits;
  const warnings = result.warnings.length > 0 ? { warnings: result.warnings } : {};
  if (!changed && !jsonl.stats) return { out: raw, kind: 'record', changed, edits, ...warnings, ...(found ? { result: found } : {}) };
  let out = line.slice(0, span.start) + JSON.stringify(result.text) + line.slice(span.end);
  if (jsonl.stats) out = addStats(out, result.counts);
  return { out: out + ending, kind: 'record', changed, edits, ...warnings, ...(found ? { result: found } : {}), ...hunks };
}

/** A batch of numbered lines to clean, for a worker thread. */
export interface LineBatch {
  readonly lines: readonly string[];
  /** The number of the first line. */
  readonly first: number;
}

/** Lines per batch handed to a worker: large enough to pay for the hand-over, small enough to keep memory flat. */
const BATCH_LINES = 256;
const BATCH_CHARS = 1 << 20;

/**
 * Reads lines from `lines` (each with its line break, if it has one), writes one line per input
 * line to `output` (with the same break, and what became of the line and its number), and reports
 * malformed lines to `warn`. With `threads`, lines are cleaned in batches, in worker threads once
 * they pay, and written in order.
 */
export async function cleanJsonl(
  lines: AsyncIterable<string>,
  label: string,
  options: CleanOptions,
  jsonl: JsonlOptions,
  output: (line: string, outcome: LineOutcome, number: number) => Promise<void> | void,
  warn: (message: string) => void,
  collectFindings = true,
  threads?: Threads,
  onRecord?: (result: JsonlRecordResult) => void,
): Promise<JsonlOutcome> {
  let records = 0;
  let changed = 0;
  let edits = 0;
  let malformed = 0;
  let withoutField = 0;
  const results: JsonlRecordResult[] = [];
  const marker = await loadMarker(jsonl.mark);
  const take = async (outcome: LineOutcome, number: number): Promise<void> => {
    if (outcome.kind === 'malformed') {
      malformed++;
      if (jsonl.strict) throw new JsonlError(`${label}:${number}: not valid JSON (${outcome.problem}); stopped (--strict).`);
      warn(`${label}:${number}: not valid JSON (${outcome.problem}); passed through unchanged.`);
    } else if (outcome.kind === 'no-field') {
      records++;
      withoutField++;
    } else if (outcome.kind === 'record') {
      records++;
      if (outcome.changed) changed++;
      edits += outcome.edits ?? 0;
      // A record is one line of the file: a warning names it, and the place in its field.
      for (const warning of outcome.warnings ?? []) warn(`${label}:${number}: ${warning.message} (line ${warning.line}, column ${warning.column} of "${jsonl.field}")`);
      const result = outcome.result;
      if (result) {
        onRecord?.(result);
        if (result.findings.length > 0) results.push(result.document ? { label: result.label, findings: result.findings } : result);
      }
    }
    await output(outcome.out, outcome, number);
  };

  if (!threads) {
    // One line at a time, each written before the next is read: a pipe sees every record at once.
    const numbered = (async function* () {
      let number = 0;
      for await (const raw of lines) yield { raw, number: ++number };
    })();
    const cleanLine = ({ raw, number }: { raw: string; number: number }): LineOutcome => cleanJsonlLine(raw, number, label, options, jsonl, collectFindings, marker);
    for await (const [{ number }, outcome] of inOrderOrThrow(numbered, 1, cleanLine)) await take(outcome, number);
    return { records, changed, edits, malformed, withoutField, results };
  }

  // Batches go out as they fill, as many at a time as `threads.width()` says; their outcomes are
  // written in order. An input that fits in one batch is cleaned here: not worth a worker.
  const cleanBatch = ({ batch, chars, whole }: Batch, index: number): readonly LineOutcome[] | Promise<readonly LineOutcome[]> => {
    const here = (): readonly LineOutcome[] => cleanBatchHere(batch, label, options, jsonl, collectFindings, marker);
    threads.observe(index + 1, chars);
    if (whole) return here();
    return threads.run(here, (pool) => pool.cleanLines({ batch, label, jsonl, collectFindings, spec: threads.spec }));
  };
  for await (const [{ batch }, outcomes] of inOrderOrThrow(batchesOf(lines), () => threads.width(), cleanBatch)) {
    for (let i = 0; i < outcomes.length; i++) await take(outcomes[i]!, batch.first + i);
  }
  return { records, changed, edits, malformed, withoutField, results };
}

interface Batch {
  readonly batch: LineBatch;
  /** Characters in the batch's lines. */
  readonly chars: number;
  /** Whether the batch is the entire input. */
  readonly whole: boolean;
}

/** Lines gathered into batches for workers. */
async function* batchesOf(lines: AsyncIterable<string>): AsyncGenerator<Batch> {
  let batch: string[] = [];
  let chars = 0;
  let first = 1;
  for await (const raw of lines) {
    batch.push(raw);
    chars += raw.length;
    if (batch.length >= BATCH_LINES || chars >= BATCH_CHARS) {
      yield { batch: { lines: batch, first }, chars, whole: false };
      first += batch.length;
      batch = [];
      chars = 0;
    }
  }
  if (batch.length > 0) yield { batch: { lines: batch, first }, chars, whole: first === 1 };
}

/** Cleans a batch in this thread: what a worker does with one. */
export function cleanBatchHere(batch: LineBatch, label: string, options: CleanOptions, jsonl: JsonlOptions, collectFindings: boolean, marker?: Marker): LineOutcome[] {
  return batch.lines.map((raw, i) => cleanJsonlLine(raw, batch.first + i, label, options, jsonl, collectFindings, marker));
}

/** `,"newsclean":{"edits":n,"rules":{…}}` before the record's closing brace. */
function addStats(line: string, counts: { readonly edits: number; readonly byRule: Readonly<Record<string, number>> }): string {
  const close = line.lastIndexOf('}');
  const inner = line.slice(line.indexOf('{') + 1, close).trim();
  const stats = `"newsclean":${JSON.stringify({ edits: counts.edits, rules: counts.byRule })}`;
  return `${line.slice(0, close)}${inner === '' ? '' : ','}${stats}${line.slice(close)}`;
}

/**
 * The span of the string value of a top-level key in a JSON object's text (the last one, as
 * JSON.parse keeps the last), or undefined when the key is absent or its value is not a string.
 */
export function findStringField(json: string, key: string): { start: number; end: number } | undefined {
  let i = skipSpace(json, 0);
  if (json[i] !== '{') return undefined;
  i = skipSpace(json, i + 1);
  let found: { start: number; end: number } | undefined;
  while (i < json.length && json[i] !== '}') {
    const keyEnd = skipString(json, i);
    const name = JSON.parse(json.slice(i, keyEnd)) as string;
    i = skipSpace(json, keyEnd);
    i = skipSpace(json, i + 1); // the colon
    const valueEnd = skipValue(json, i);
    if (name === key) found = json[i] === '"' ? { start: i, end: valueEnd } : undefined;
    i = skipSpace(json, valueEnd);
    if (json[i] === ',') i = skipSpace(json, i + 1);
  }
  return found;
}

function skipSpace(json: string, i: number): number {
  while (i < json.length && (json[i] === ' ' || json[i] === '\t' || json[i] === '\n' || json[i] === '\r')) i++;
  return i;
}

/** The end of the string starting at `i` (just after its closing quote). */
function skipString(json: string, i: number): number {
  for (let j = i + 1; j < json.length; j++) {
    if (json[j] === '\\') j++;
    else if (json[j] === '"') return j + 1;
  }
  return json.length;
}

/** The end of the value starting at `i`: a string, a nested structure, or a literal. */
function skipValue(json: string, i: number): number {
  if (json[i] === '"') return skipString(json, i);
  if (json[i] === '{' || json[i] === '[') {
    let depth = 0;
    for (let j = i; j < json.length; j++) {
      const ch = json[j];
      if (ch === '"') j = skipString(json, j) - 1;
      else if (ch === '{' || ch === '[') depth++;
      else if ((ch === '}' || ch === ']') && --depth === 0) return j + 1;
    }
    return json.length;
  }
  let j = i;
  while (j < json.length && !/[,}\]\s]/.test(json[j]!)) j++;
  return j;
}

/**
 * Lines of a text stream with their line breaks (`\n`; a `\r` before it stays with the line, so
 * CRLF records round-trip). The last line has none when the text does not end with one.
 */
export async function* readLines(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let rest = '';
  for await (const chunk of chunks) {
    rest += chunk;
    let newline = rest.indexOf('\n');
    let from = 0;
    while (newline >= 0) {
      yield rest.slice(from, newline + 1);
      from = newline + 1;
      newline = rest.indexOf('\n', from);
    }
    rest = rest.slice(from);
  }
  if (rest !== '') yield rest;
}
