// Facts about a whole document that a rule of paragraph scope may read: which people the article
// names in full, which words stand alone, how it groups digits. Each fact is prepared at most once
// per pass, on the whole text, whatever part of it a rule is looking at.
//
// A rule that read a fact proposes edits that may depend on it, so the engine keeps every answer
// a rule was given; when an answer changes in a later pass (a name was corrected elsewhere), that
// rule reads the whole text again instead of only the changed paragraphs.
import type { Fact, FactDocument } from './types.js';

/** The facts of one text, prepared on first use. */
export class FactStore {
  private readonly prepared = new Map<Fact<never, unknown>, unknown>();

  constructor(
    readonly text: string,
    /** The configuration, the lexicon and the words of the text (from the pass's one scan). */
    private readonly document: FactDocument,
  ) {}

  answer<K, V>(fact: Fact<K, V>, key: K): V {
    return fact.answer(this.preparedFor(fact), key);
  }

  /** The fact's fingerprint on this text, or undefined for a fact without one. */
  fingerprint<K, V>(fact: Fact<K, V>): string | number | boolean | undefined {
    return fact.fingerprint?.(this.preparedFor(fact));
  }

  private preparedFor<K, V>(fact: Fact<K, V>): unknown {
    const store = this.prepared as Map<Fact<K, V>, unknown>;
    let prepared = store.get(fact);
    if (prepared === undefined && !store.has(fact)) {
      prepared = fact.prepare(this.text, this.document);
      store.set(fact, prepared);
    }
    return prepared;
  }
}

/** The answers a rule was given by one fact, and the fingerprint they were all given under. */
interface Answers {
  readonly values: Map<unknown, unknown>;
  /** MIXED once answers were given under different fingerprints (or the fact has none). */
  fingerprint: unknown;
}

const MIXED = Symbol('mixed');

/** The answers one rule was given, across passes: by fact, then by question. */
export class FactLog {
  private readonly answers = new Map<Fact<unknown, unknown>, Answers>();

  /** Notes an answer given on the text of `store`. */
  record<K, V>(store: FactStore, fact: Fact<K, V>, key: K, value: V): void {
    const current = store.fingerprint(fact) ?? MIXED;
    let answers = this.answers.get(fact as Fact<unknown, unknown>);
    if (!answers) this.answers.set(fact as Fact<unknown, unknown>, (answers = { values: new Map(), fingerprint: current }));
    else if (answers.fingerprint !== current) answers.fingerprint = MIXED;
    answers.values.set(key, value);
  }

  get size(): number {
    return this.answers.size;
  }

  /** Whether every answer is still the same on the text of `store`. */
  holds(store: FactStore): boolean {
    for (const [fact, answers] of this.answers) {
      const current = store.fingerprint(fact) ?? MIXED;
      if (current !== MIXED && answers.fingerprint === current) continue; // the same state: the same answers
      for (const [key, value] of answers.values) if (!sameValue(store.answer(fact, key), value)) return false;
      answers.fingerprint = current;
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
