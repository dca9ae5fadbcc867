// How far a written name is from a known one, as the name rules count it: a slip of a letter or
// two is a near miss, another accepted spelling of the same name (accents, romanizations, a
// feminine ending) or a longer or shorter form of it is not.
import { transposedDistance } from './distance.js';

/**
 * How far `word` is from `name` (a swap of two letters counts one), or -1 when it is not a near
 * miss: more than `limit` edits (one for names of five letters or fewer, two for longer ones), a
 * different initial, a longer or shorter form (Lavrov / Lavrova, Blinkens), a feminine form
 * (Zelensky / Zelenska), or another accepted spelling of the same name: other accents or
 * capitals (Sanchez / Sánchez), y, i or j for the same sound (Sergey / Sergei, Zelenskyy /
 * Zelenskiy / Zelensky), the feminine ending written -ya or -aya (Zelenskya / Zelenska). A
 * final e after -in is the French spelling of a Russian name (Mishustine), not another name, and a
 * doubled last letter (Olaff) or a doubled one written single (Trus for Truss) is a slip, not a
 * longer or shorter form.
 */
export function nearMissDistance(word: string, name: string, limit = name.length <= 5 ? 1 : 2): number {
  if (word[0] !== name[0] || Math.abs(word.length - name.length) > limit) return -1;
  // Compared in place, without building the longer forms: this runs for every pair of candidates.
  if (word.length === name.length + 1 && word.startsWith(name)) {
    const last = word.charCodeAt(name.length);
    if ((last === LETTER_E && name.endsWith('in')) || last === name.charCodeAt(name.length - 1)) return 1; // Mishustine, Olaff
    return -1; // a longer form
  }
  if (name.length === word.length + 1 && name.startsWith(word)) return name.charCodeAt(word.length) === word.charCodeAt(word.length - 1) ? 1 : -1; // Trus for Truss; or a shorter form
  if (word.startsWith(name) || name.startsWith(word)) return -1;
  if (word.charCodeAt(word.length - 1) === LETTER_A && name.charCodeAt(name.length - 1) !== LETTER_A) return -1;
  if (letterDifference(word, name) > 2 * limit) return -1; // more letters differ than `limit` edits can change
  const distance = transposedDistance(word, name, limit);
  return distance <= limit && plainForm(word) !== plainForm(name) ? distance : -1;
}

/** Counts of letters by their low seven bits (see letterDifference); all zero between two calls. */
const LETTER_COUNTS = new Int32Array(128);

/**
 * How many letters the two words do not share, counted with repeats: an insertion or a deletion
 * changes it by one, a substitution by two, a swap not at all, so it is at most twice the edit
 * distance. Letters are counted by their low seven bits, which can only lower it: a cheap bound
 * that rules out most pairs before the distance is computed.
 */
function letterDifference(a: string, b: string): number {
  const counts = LETTER_COUNTS;
  for (let i = 0; i < a.length; i++) counts[a.charCodeAt(i) & 127]!++;
  for (let i = 0; i < b.length; i++) counts[b.charCodeAt(i) & 127]!--;
  let difference = 0;
  for (let i = 0; i < a.length; i++) {
    const k = a.charCodeAt(i) & 127;
    difference += Math.abs(counts[k]!);
    counts[k] = 0;
  }
  for (let i = 0; i < b.length; i++) {
    const k = b.charCodeAt(i) & 127;
    difference += Math.abs(counts[k]!);
    counts[k] = 0;
  }
  return difference;
}

const LETTER_E = 0x65;
const LETTER_A = 0x61;

/** transliterated(), remembered (a bounded map): the same names are compared again and again. */
function plainForm(word: string): string {
  let plain = plainForms.get(word);
  if (plain === undefined) {
    if (plainForms.size >= MAX_PLAIN_FORMS) plainForms.clear();
    plainForms.set(word, (plain = transliterated(word)));
  }
  return plain;
}

const plainForms = new Map<string, string>();
const MAX_PLAIN_FORMS = 20_000;

/** Letters with a stroke or joined that NFD does not take apart, as English writes them: Szydło is Szydlo. */
const UNDECOMPOSED: Readonly<Record<string, string>> = { ł: 'l', đ: 'd', ø: 'o', ı: 'i', ß: 'ss', æ: 'ae', œ: 'oe' };

/**
 * The name without accents, capitals and hyphens (Jae-myung and Jaemyung), with the letters romanizations of one name differ by
 * made alike: y and j read as i and a run of i as one, c (not in ch) as k and ph as f (Nikos and
 * Nicos, Stephanos and Stefanos), ae as a and ou or ow as u (Raeisi and Raisi, Rouhani and Rowhani), and a final -(a)ya after k or v as -a (Zelenskaya).
 */
export function transliterated(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[łđøıßæœ]/g, (letter) => UNDECOMPOSED[letter]!)
    .replace(/[-\s]/g, '')
    .replace(/[yj]/g, 'i')
    .replace(/i+/g, 'i')
    .replace(/ph/g, 'f')
    .replace(/ae/g, 'a')
    .replace(/ou|ow(?=[^aeiou]|$)/g, 'u')
    .replace(/c(?!h)/g, 'k')
    .replace(/(?<=[kv])a?ia$/, 'a');
}
