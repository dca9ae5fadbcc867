// The distinct spellings of a text's words, numbered, so that what a rule derives from a spelling
// alone (an English word? a known first name?) is derived once per spelling and then read from an
// array by number, instead of slicing and looking up every word of every pass again. The numbers
// are kept across texts in one bounded table: news repeats its words.
import type { Words } from './document.js';

/** How many spellings the table holds before it starts over (a new generation) between two texts. */
const MAX_FORMS = 1 << 16;

/**
 * The open-addressing index of the spellings: two numbers a slot (the hash, and the spelling's
 * number plus one, 0 for an empty slot), side by side so that a probe reads one cache line; a
 * power of two of slots, at most half of them used.
 */
let slotMask = (1 << 17) - 1;
let slots = new Int32Array((slotMask + 1) * 2);
let forms: string[] = [];
let generation = 0;

/** The numbered spellings of one text's words: `ids[w]` is word `w`'s, valid in `generation`. */
export interface WordForms {
  readonly ids: Int32Array;
  readonly generation: number;
  /** The spelling of each number. */
  readonly forms: readonly string[];
}

const byWords = new WeakMap<Words, WordForms>();

/** The numbered spellings of the words of `text` (found once per words and generation). */
export function wordFormsOf(text: string, words: Words): WordForms {
  const known = byWords.get(words);
  if (known && known.generation === generation) return known;
  if (forms.length + words.count > MAX_FORMS) startOver();
  const ids = new Int32Array(words.count);
  const { starts, ends, count } = words;
  for (let w = 0; w < count; w++) ids[w] = formAt(text, starts[w]!, ends[w]!);
  const found = { ids, generation, forms };
  byWords.set(words, found);
  return found;
}

/** The number of the spelling `text[start, end)`, added to the table when new. */
function formAt(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  const length = end - start;
  for (let slot = hash & slotMask; ; slot = (slot + 1) & slotMask) {
    const id = slots[slot * 2 + 1]!;
    if (id === 0) {
      forms.push(text.slice(start, end));
      slots[slot * 2] = hash;
      slots[slot * 2 + 1] = forms.length;
      if (forms.length * 2 > slotMask) growSlots(); // one text with more spellings than the table holds
      return forms.length - 1;
    }
    if (slots[slot * 2] === hash) {
      const form = forms[id - 1]!;
      if (form.length === length && isAt(text, start, form)) return id - 1;
    }
  }
}

/** Whether `form` is written at `start` of `text` (compared in place: cheaper than a call to startsWith for short words). */
function isAt(text: string, start: number, form: string): boolean {
  for (let i = 0; i < form.length; i++) if (text.charCodeAt(start + i) !== form.charCodeAt(i)) return false;
  return true;
}

function startOver(): void {
  slots.fill(0);
  forms = [];
  generation++;
}

/** Twice the slots, the spellings filed again. */
function growSlots(): void {
  const old = slots;
  slotMask = slotMask * 2 + 1;
  slots = new Int32Array((slotMask + 1) * 2);
  for (let at = 0; at < old.length; at += 2) {
    if (old[at + 1] === 0) continue;
    let slot = old[at]! & slotMask;
    while (slots[slot * 2 + 1] !== 0) slot = (slot + 1) & slotMask;
    slots[slot * 2] = old[at]!;
    slots[slot * 2 + 1] = old[at + 1]!;
  }
}

/**
 * Answers about spellings, one byte each by number (0 for not yet asked), for one lexicon or
 * configuration: a rule keeps one per question it asks about every word.
 */
export class FormAnswers {
  private values = new Uint8Array(MAX_FORMS);
  private generation = -1;

  /** The answer for spelling `id` of `forms`, computed by `compute` (never 0) on first use. */
  get(forms: WordForms, id: number, compute: (form: string) => number): number {
    const values = this.valuesFor(forms, id);
    let value = values[id]!;
    if (value === 0) values[id] = value = compute(forms.forms[id]!);
    return value;
  }

  /** Whether `test` holds for spelling `id` of `forms`, tested on first use. */
  is(forms: WordForms, id: number, test: (form: string) => boolean): boolean {
    const values = this.valuesFor(forms, id);
    let value = values[id]!;
    if (value === 0) values[id] = value = test(forms.forms[id]!) ? YES : NO;
    return value === YES;
  }

  /** The answers of `forms`'s generation, room for `id` made. */
  private valuesFor(forms: WordForms, id: number): Uint8Array {
    if (forms.generation !== this.generation) {
      this.values.fill(0);
      this.generation = forms.generation;
    }
    if (id >= this.values.length) {
      const values = new Uint8Array(Math.max(id + 1, this.values.length * 2));
      values.set(this.values);
      this.values = values;
    }
    return this.values;
  }
}

const YES = 1;
const NO = 2;

/** The answers kept for `key` (a lexicon, a configuration) in `tables`, made on first use. */
export function answersFor<K extends object>(tables: WeakMap<K, FormAnswers>, key: K): FormAnswers {
  let answers = tables.get(key);
  if (!answers) tables.set(key, (answers = new FormAnswers()));
  return answers;
}
