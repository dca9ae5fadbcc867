// JSON Lines in, JSON Lines out: one record a line, the field named by --field cleaned, every other
// byte of the line kept as it was (numbers, key order, spacing), the records in their order. A
// line that is not JSON is reported with its number and passed through unchanged (or, strict,
// stops the run); a record without the field passes through. Memory holds one line at a time.
import type { CleanOptions } from '../index.js';
import { clean, locateEdits } from '../index.js';
import type { Finding } from '../engine/types.js';
import { InputError } from './input.js';

export interface JsonlOptions {
  /** The field to clean (default `text`). */
  readonly field: string;
  /** Add `"newsclean": {"edits": n, "rules": {…}}` to each cleaned record. */
  readonly stats: boolean;
  /** Stop at the first line that is not a JSON object. */
  readonly strict: boolean;
}

export interface JsonlRecordResult {
  /** Where the record is: `file:line`. */
  readonly label: string;
  readonly findings: Finding[];
}

export interface JsonlOutcome {
  readonly records: number;
  readonly changed: number;
  readonly malformed: number;
  readonly withoutField: number;
  /** Findings per record that has any. */
  readonly results: JsonlRecordResult[];
}

/** A line that cannot be read as a record; with --strict it ends the run. */
export class JsonlError extends InputError {}

/**
 * Reads lines from `lines` (each with its line break, if it has one), writes one line per input
 * line to `output` (with the same break), and reports malformed lines to `warn`.
 */
export async function cleanJsonl(
  lines: AsyncIterable<string>,
  label: string,
  options: CleanOptions,
  jsonl: JsonlOptions,
  output: (line: string) => Promise<void> | void,
  warn: (message: string) => void,
  collectFindings = true,
): Promise<JsonlOutcome> {
  let number = 0;
  let records = 0;
  let changed = 0;
  let malformed = 0;
  let withoutField = 0;
  const results: JsonlRecordResult[] = [];
  for await (const raw of lines) {
    number++;
    const ending = /\r?\n$/.exec(raw)?.[0] ?? '';
    const line = raw.slice(0, raw.length - ending.length);
    if (line.trim() === '') {
      await output(raw);
      continue;
    }
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      malformed++;
      const message = `${label}:${number}: not valid JSON (${(error as Error).message}); passed through unchanged.`;
      if (jsonl.strict) throw new JsonlError(`${label}:${number}: not valid JSON (${(error as Error).message}); stopped (--strict).`);
      warn(message);
      await output(raw);
      continue;
    }
    records++;
    const span = typeof record === 'object' && record !== null && !Array.isArray(record) ? findStringField(line, jsonl.field) : undefined;
    if (!span) {
      withoutField++;
      await output(raw);
      continue;
    }
    const text = (record as Record<string, unknown>)[jsonl.field] as string;
    const result = clean(text, options);
    if (collectFindings) {
      const findings = locateEdits(text, [...result.edits, ...result.reported]);
      if (findings.length > 0) results.push({ label: `${label}:${number}`, findings });
    }
    if (result.text === text && !jsonl.stats) {
      await output(raw);
      continue;
    }
    if (result.text !== text) changed++;
    let out = line.slice(0, span.start) + JSON.stringify(result.text) + line.slice(span.end);
    if (jsonl.stats) out = addStats(out, result.edits);
    await output(out + ending);
  }
  return { records, changed, malformed, withoutField, results };
}

/** `,"newsclean":{"edits":n,"rules":{…}}` before the record's closing brace. */
function addStats(line: string, edits: readonly { ruleId: string }[]): string {
  const rules: Record<string, number> = {};
  for (const edit of edits) rules[edit.ruleId] = (rules[edit.ruleId] ?? 0) + 1;
  const close = line.lastIndexOf('}');
  const inner = line.slice(line.indexOf('{') + 1, close).trim();
  const stats = `"newsclean":${JSON.stringify({ edits: edits.length, rules })}`;
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
