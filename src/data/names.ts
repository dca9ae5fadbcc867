// The name table: correct forms of names in world news and the wrong forms machine translation,
// transliteration and OCR produce. Built once into one matcher for every wrong form.
import { readFileSync } from 'node:fs';
import { escapeRegExp } from '../text/regexp.js';

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

export interface NameTable {
  /** Every wrong form, word-bounded, longest first. */
  readonly pattern: RegExp;
  lookup(variant: string): Correction | undefined;
  readonly corrections: readonly Correction[];
}

export function loadBuiltInNames(): NameEntry[] {
  const file = new URL('./names.json', import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { entries: NameEntry[] }).entries;
}

let builtIn: { entries: readonly NameEntry[]; table: NameTable } | undefined;

/** The built-in entries and their table, read and built once per process. */
export function builtInNames(): { entries: readonly NameEntry[]; table: NameTable } {
  if (!builtIn) {
    const entries = loadBuiltInNames();
    builtIn = { entries, table: buildNameTable(entries) };
  }
  return builtIn;
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
  const variants = [...byVariant.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  // Longest first, so "Anthony Blingen" wins over "Blingen"; a variant never starts or ends inside a word.
  const alternation = variants.map(escapeRegExp).join('|') || '(?!)';
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(?:${alternation})(?![\\p{L}\\p{N}\\p{M}])`, 'gu');
  return { pattern, lookup: (variant) => byVariant.get(variant), corrections: [...byVariant.values()] };
}
