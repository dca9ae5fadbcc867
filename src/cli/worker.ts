// A worker thread of the --jobs pool (piscina). It cleans what the main thread hands it — a whole
// text, or a batch of JSON Lines — with options rebuilt from the same plain spec the main thread
// used, and returns results as plain data. A rule bug comes back as data, not as a lost exception.
import type { CleanOptions } from '../index.js';
import { cleanText as cleanTextHere, type TextOutcome } from './clean-text.js';
import { cleanBatchHere, type JsonlOptions, type LineBatch, type LineOutcome } from './jsonl.js';
import { optionsFromSpec, type OptionsSpec } from './spec.js';
import { loadMarker, type MarkRequest } from './word-diff.js';

export interface TextTask {
  readonly kind: 'text';
  readonly text: string;
  readonly spec: OptionsSpec;
  /** For a piece of a larger input: whether it starts or ends the input. */
  readonly edges?: { readonly start: boolean; readonly end: boolean };
  /** Whether to locate the edits (a report needs them; printing does not). Default true. */
  readonly collectFindings?: boolean;
  /** The word diff's rows and the findings' contexts to add (see word-diff.ts). */
  readonly mark?: MarkRequest;
  /** Whether the text is Markdown (a `.md` file). */
  readonly markdown?: boolean;
}

export interface LinesTask {
  readonly kind: 'lines';
  readonly batch: LineBatch;
  readonly label: string;
  readonly jsonl: JsonlOptions;
  readonly collectFindings: boolean;
  readonly spec: OptionsSpec;
}

export type { TextOutcome };

let cached: { key: string; options: Promise<CleanOptions> } | undefined;

/** The clean() options of a spec, built once per worker (the spec is the same for a whole run). */
function optionsOf(spec: OptionsSpec): Promise<CleanOptions> {
  const key = JSON.stringify(spec);
  if (cached?.key !== key) cached = { key, options: optionsFromSpec(spec) };
  return cached.options;
}

/** Cleans a whole text the way the main thread would. */
export async function cleanText(task: TextTask): Promise<TextOutcome> {
  const options = await optionsOf(task.spec);
  return cleanTextHere(task.text, task.markdown ? { ...options, markdown: true } : options, task.collectFindings !== false, task.edges, await loadMarker(task.mark));
}

/** Cleans a batch of JSON Lines. */
export async function cleanLines(task: LinesTask): Promise<readonly LineOutcome[]> {
  const options = await optionsOf(task.spec);
  return cleanBatchHere(task.batch, task.label, options, task.jsonl, task.collectFindings, await loadMarker(task.jsonl.mark));
}

export default async function run(task: TextTask | LinesTask): Promise<TextOutcome | readonly LineOutcome[]> {
  return task.kind === 'text' ? cleanText(task) : cleanLines(task);
}
