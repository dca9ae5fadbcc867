// Facts about a whole document that a rule of paragraph scope may read: which people the article
// names in full, which words stand alone, how it groups digits. Each fact is prepared at most once
// per pass, on the whole text, whatever part of it a rule is looking at.
//
// A rule that read a fact proposes edits that may depend on it, so the engine keeps every answer
// a rule was given; when an answer changes in a later pass (a name was corrected elsewhere), that
// rule reads the whole text again instead of only the changed paragraphs.
import type { Fact } from './types.js';
import type { Settings } from '../settings.js';
import type { Words } from '../text/document.js';

/** The facts of one text, prepared on first use. */
export class FactStore {
  private readonly prepared = new Map<Fact<never, unknown>, unknown>();

  constructor(
    readonly text: string,
    readonly settings: Settings,
    /** The words of the text, from the pass's one scan (shared with the rules). */
    private readonly document: { words(): Words },
  ) {}

  answer<K, V>(fact: Fact<K, V>, key: K): V {
    const store = this.prepared as Map<Fact<K, V>, unknown>;
    let prepared = store.get(fact);
    if (prepared === undefined && !store.has(fact)) {
      prepared = fact.prepare(this.text, this.settings, this.document);
      store.set(fact, prepared);
    }
    return fact.answer(prepared, key);
  }
}

/** The answers one rule was given, across passes: by fact, then by question. */
export class FactLog {
  private readonly answers = new Map<Fact<unknown, unknown>, Map<unknown, unknown>>();

  record<K, V>(fact: Fact<K, V>, key: K, value: V): void {
    let answers = this.answers.get(fact as Fact<unknown, unknown>);
    if (!answers) this.answers.set(fact as Fact<unknown, unknown>, (answers = new Map()));
    answers.set(key, value);
  }

  get size(): number {
    return this.answers.size;
  }

  /** Whether every answer is still the same on the text of `store`. */
  holds(store: FactStore): boolean {
    for (const [fact, answers] of this.answers) {
      for (const [key, value] of answers) if (!sameValue(store.answer(fact, key), value)) return false;
    }
    return true;
  }

  clear(): void {
    this.answers.clear();
  }
}

/** Primitives by identity, arrays element by element. */
function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => Object.is(item, b[i]));
  return Object.is(a, b);
}
