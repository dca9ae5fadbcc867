// The name table: correct forms of names in world news and the wrong forms machine translation,
// transliteration and OCR produce. Built once into one matcher for every wrong form.
import { readFileSync } from 'node:fs';

/** Where a wrong form may be corrected when it is also an ordinary word or name. */
export type NameContext =
  /** next to news-agency words: `according to Toss`, `Toss reports` */
  | 'agency'
  /**
   * after another word of its sentence that is not capitalized: `to Tripper and Shaw`,
   * `in So Paulo`; not `Day Tripper`, not `So Paulo, what do you think?`
   */
  | 'mid-sentence'
  /** the text also names the entity by a correct form of two words or more (`Tim Cook` … `Cook dinner tried`) */
  | 'named';

/**
 * A wrong form: a string, or an object with a context in which alone it is corrected (`when`)
 * and/or `report: true` to have it reported by --check but never corrected.
 */
export type WrongForm = string | { readonly variant: string; readonly when?: NameContext; readonly report?: boolean };

export interface NameEntry {
  /** The entity as people know it. */
  readonly name: string;
  /** Who or what it is, for messages: "US Secretary of State 2021–2025". */
  readonly about: string;
  readonly kind: 'person' | 'agency' | 'media' | 'organization' | 'place' | 'party' | 'company';
  /** Each correct form with the wrong forms that stand for it. */
  readonly forms: Readonly<Record<string, readonly WrongForm[]>>;
  /** `[input, expected output]` pairs, checked by the tests. */
  readonly examples?: readonly (readonly [string, string])[];
  /** `report`: every wrong form of the entry is reported by --check, never corrected. */
  readonly mode?: 'fix' | 'report';
}

/** One wrong form and what it becomes. */
export interface Correction {
  readonly variant: string;
  readonly to: string;
  readonly when?: NameContext;
  /** Reported, never applied. */
  readonly report: boolean;
  readonly entry: NameEntry;
}

/** A wrong form found in a text. */
export interface NameMatch {
  readonly start: number;
  readonly end: number;
  readonly correction: Correction;
}

export interface NameTable {
  lookup(variant: string): Correction | undefined;
  readonly corrections: readonly Correction[];
  /**
   * Every wrong form in `text`, as whole words (no letter, digit or mark right before or after),
   * left to right, the longest at each place, never overlapping.
   */
  find(text: string): Generator<NameMatch>;
}

/** The entries of src/data/names.json, examples included (for the tests; the lexicon is built from the same file). */
export function loadBuiltInNames(): NameEntry[] {
  const file = new URL('./names.json', import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { entries: NameEntry[] }).entries;
}

export function buildNameTable(entries: readonly NameEntry[]): NameTable {
  const byVariant = new Map<string, Correction>();
  for (const entry of entries) {
    for (const [to, wrongForms] of Object.entries(entry.forms)) {
      for (const wrong of wrongForms) {
        const report = entry.mode === 'report' || (typeof wrong !== 'string' && wrong.report === true);
        const correction: Correction =
          typeof wrong === 'string'
            ? { variant: wrong, to, report, entry }
            : { variant: wrong.variant, to, report, entry, ...(wrong.when ? { when: wrong.when } : {}) };
        const clash = byVariant.get(correction.variant);
        if (clash && clash.to !== to) {
          throw new Error(`name table: "${correction.variant}" stands for both "${clash.to}" and "${to}"`);
        }
        byVariant.set(correction.variant, correction);
      }
    }
  }
  const corrections = [...byVariant.values()];
  const index = indexByFirstRun(corrections);
  return { lookup: (variant) => byVariant.get(variant), corrections, find: (text) => findWrongForms(text, index) };
}

/**
 * One combined matcher for the whole table: wrong forms filed under their first run of letters
 * ("Anthony" for "Anthony Blingen", "al" for "al-Kaida"), longest first. Finding them is one pass
 * over the runs of the text and a map lookup each: no per-form scan, no giant alternation.
 */
interface RunIndex {
  readonly byRun: ReadonlyMap<string, readonly Correction[]>;
  /** The first characters of the runs, 1 by code unit (a cheap test before slicing a word out of the text). */
  readonly firstCodes: Uint8Array;
  readonly minLength: number;
  readonly maxLength: number;
}

const FIRST_RUN = /^[\p{L}\p{N}\p{M}]+/u;

function indexByFirstRun(corrections: readonly Correction[]): RunIndex {
  const byRun = new Map<string, Correction[]>();
  const firstChars = new Set<number>();
  let minLength = Infinity;
  let maxLength = 0;
  for (const correction of corrections) {
    const run = FIRST_RUN.exec(correction.variant)?.[0];
    if (run === undefined) throw new Error(`name table: "${correction.variant}" does not start with a letter or digit`);
    firstChars.add(run.charCodeAt(0));
    minLength = Math.min(minLength, run.length);
    maxLength = Math.max(maxLength, run.length);
    const list = byRun.get(run) ?? [];
    list.push(correction);
    byRun.set(run, list);
  }
  for (const list of byRun.values()) list.sort((a, b) => b.variant.length - a.variant.length);
  const firstCodes = new Uint8Array(65536);
  for (const c of firstChars) firstCodes[c] = 1;
  return { byRun, firstCodes, minLength, maxLength };
}

function* findWrongForms(text: string, index: RunIndex): Generator<NameMatch> {
  const found: NameMatch[] = [];
  const { firstCodes, minLength, maxLength, byRun } = index;
  const n = text.length;
  // The runs of letters, digits and marks that start with a letter or a digit, as forEachWord
  // reads them (src/text/scan.ts), in one loop with each code unit classified by table.
  let i = 0;
  let after = 0; // matches never overlap: nothing is looked for before the end of the last one
  while (i < n) {
    const c = text.charCodeAt(i);
    if (classOf(c) !== RUN_START) {
      i++;
      continue;
    }
    const start = i++;
    while (i < n && classOf(text.charCodeAt(i)) !== OUTSIDE) i++;
    const length = i - start;
    if (start < after || length < minLength || length > maxLength || firstCodes[c] !== 1) continue;
    const candidates = byRun.get(text.slice(start, i));
    if (!candidates) continue;
    for (const correction of candidates) {
      const stop = start + correction.variant.length;
      if (text.startsWith(correction.variant, start) && !isWordChar(text[stop])) {
        found.push({ start, end: stop, correction });
        after = stop;
        break;
      }
    }
  }
  yield* found;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

const WORD_START = /[\p{L}\p{N}]/u;
// Classes of a UTF-16 code unit: not yet seen, outside a run, inside one only (a mark), or a letter or digit that may start one.
const UNSEEN = 0;
const OUTSIDE = 1;
const INSIDE = 2;
const RUN_START = 3;
const CLASSES = new Uint8Array(65536);

function classOf(c: number): number {
  let known = CLASSES[c]!;
  if (known === UNSEEN) {
    const ch = String.fromCharCode(c);
    CLASSES[c] = known = WORD_START.test(ch) ? RUN_START : WORD_CHAR.test(ch) ? INSIDE : OUTSIDE;
  }
  return known;
}
