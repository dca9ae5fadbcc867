// Names whose accented letters machine translation dropped, where the article also writes the
// name whole: `Kerem Aktürkoğlu … Akturkolu scored` (ü made u, ğ dropped), `Famalicão … Famalico`.
// A form that only lost its accents (Zurich beside Zürich, Sanchez beside Sánchez) is an accepted
// English spelling and stays: at least one letter must be missing, not merely plain.
import type { Edit, Fact, FactDocument, Rule } from '../engine/types.js';
import { isWordCharAt } from '../text/scan.js';

/** A letter of the Latin-1 Supplement or Latin Extended-A/B: where accented letters live. */
const ACCENTED = /[\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]/g;
/** A capitalized Latin word (its ends are checked around the match). */
const CAPITALIZED = /[A-Z\u00C0-\u00D6\u00D8-\u00DE][a-z\u00DF-\u00F6\u00F8-\u00FF\u0100-\u024F]+/g;
const WHOLE_WORD = new RegExp(`^${CAPITALIZED.source}$`);
/** More accented letters than this in one word and the word is left alone (2^n forms). */
const MAX_ACCENTED = 4;
const MIN_LENGTH = 4;

export const lostLetters: Rule = {
  id: 'lost-letters',
  description: 'Restore accented letters dropped from a name the article also writes whole',
  category: 'spelling',
  family: 'names',
  scope: 'paragraph',
  leaves: 'names that only lost their accents (Zurich, Sanchez), English words, forms under four letters, names the article never writes whole',
  examples: [
    ['Kerem Aktürkoğlu scored. Akturkolu scored again.', 'Kerem Aktürkoğlu scored. Aktürkoğlu scored again.'],
  ],
  apply(text, ctx) {
    // The whole name may be written in another paragraph: the forms are a fact of the article.
    if (!ctx.fact(HAS_LOST_FORMS, '')) return [];
    const edits: Edit[] = [];
    for (const m of text.matchAll(CAPITALIZED)) {
      const word = m[0];
      const name = ctx.fact(LOST_FORM, word);
      if (name === undefined || isWordCharAt(text, m.index - 1) || isWordCharAt(text, m.index + word.length)) continue;
      if (ctx.lexicon.isWord(word) || ctx.isProtected(m.index, m.index + word.length)) continue;
      edits.push(ctx.replace(m.index, m.index + word.length, name, `"${word}" is "${name}" with letters lost (the text also writes "${name}")`));
    }
    return edits;
  },
};

/** The forms of a pass's text, by its document: both facts below read them in the same pass. */
const formsBy = new WeakMap<FactDocument, Map<string, string>>();

function formsOf(text: string, document: FactDocument): Map<string, string> {
  let forms = formsBy.get(document);
  if (!forms) formsBy.set(document, (forms = /[\u00C0-\u024F]/.test(text) ? wholeForms(text) : new Map<string, string>()));
  return forms;
}

/** The accented name of the article that a word is a form of, with letters lost. */
const LOST_FORM: Fact<string, string | undefined> = {
  id: 'lost-letters:form',
  prepare: formsOf,
  answer: (prepared, word) => (prepared as Map<string, string>).get(word),
  fingerprint: (prepared) => fingerprintOf(prepared as Map<string, string>),
};

const fingerprints = new WeakMap<Map<string, string>, string>();

/** The accented names behind the forms: the same names, the same answers. */
function fingerprintOf(forms: Map<string, string>): string {
  let fingerprint = fingerprints.get(forms);
  if (fingerprint === undefined) {
    fingerprint = [...new Set(forms.values())].sort().join('\n');
    fingerprints.set(forms, fingerprint);
  }
  return fingerprint;
}

/** Whether the article has any accented name with such forms. */
const HAS_LOST_FORMS: Fact<'', boolean> = {
  id: 'lost-letters:any',
  prepare: (text, document) => formsOf(text, document).size > 0,
  answer: (prepared) => prepared as boolean,
};

/**
 * The forms with lost letters of each capitalized accented word of the text, mapped to it: each
 * accented letter kept, made plain or dropped, at least one dropped. A form two names share is
 * ambiguous and left out.
 */
function wholeForms(text: string): Map<string, string> {
  const names = new Set<string>();
  ACCENTED.lastIndex = 0;
  for (let m = ACCENTED.exec(text); m !== null; m = ACCENTED.exec(text)) {
    let start = m.index;
    while (start > 0 && isWordCharAt(text, start - 1)) start--;
    let end = m.index + 1;
    while (isWordCharAt(text, end)) end++;
    const word = text.slice(start, end);
    if (word.length >= MIN_LENGTH && WHOLE_WORD.test(word)) names.add(word);
    ACCENTED.lastIndex = end; // the word's other accented letters would find the same word
  }
  const forms = new Map<string, string>();
  const shared = new Set<string>();
  for (const name of names) {
    for (const form of lostForms(name)) {
      if (form.length < MIN_LENGTH || names.has(form)) continue;
      if (forms.has(form) && forms.get(form) !== name) shared.add(form);
      forms.set(form, name);
    }
  }
  for (const form of shared) forms.delete(form);
  return forms;
}

/** Every way of keeping, flattening or dropping the accented letters of `name`, with one dropped at least. */
function lostForms(name: string): string[] {
  const positions: number[] = [];
  for (let i = 0; i < name.length; i++) if (isAccented(name[i]!)) positions.push(i);
  if (positions.length === 0 || positions.length > MAX_ACCENTED) return [];
  let forms: { text: string; dropped: boolean }[] = [{ text: '', dropped: false }];
  let from = 0;
  for (const at of positions) {
    const between = name.slice(from, at);
    const letter = name[at]!;
    const plain = letter.normalize('NFD').replace(/\p{M}/gu, '');
    const next: { text: string; dropped: boolean }[] = [];
    for (const form of forms) {
      next.push({ text: form.text + between + letter, dropped: form.dropped });
      if (plain !== letter && /^[A-Za-z]$/.test(plain)) next.push({ text: form.text + between + plain, dropped: form.dropped });
      next.push({ text: form.text + between, dropped: true });
    }
    forms = next;
    from = at + 1;
  }
  return forms.filter((form) => form.dropped).map((form) => form.text + name.slice(from));
}

function isAccented(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7;
}
