// Text decoded with the wrong character set somewhere between the newsroom and the scraper: UTF-8
// read as Windows-1252 (`â€™` for ’, `Ã©` for é), Windows-1251 (`вЂ™`), Windows-1250, -1257,
// ISO-8859-2, MacRoman or code page 437, also twice over, CESU-8 emoji, C1 control characters
// left where Windows-1252 has quotation marks (`\x93`), UTF-8 read as GBK (`Trump鈥檚`), a
// no-break space turned into `Ā`, and one site's paragraph break plus capital letter turned into a
// single Latin Extended letter (`surprise.īut`). A run of suspicious characters is re-encoded with
// each character set and decoded as UTF-8; the repair is kept only when the result looks less
// strange (src/text/badness.ts) or the paragraph has already shown that character set's
// mojibake. Real accented letters, Cyrillic text and faces drawn with letters stay.
import type { Edit, Rule } from '../engine/types.js';
import { charRange } from '../text/chars.js';
import { badness } from '../text/badness.js';
import { matchesAt } from '../text/scan.js';
import { codecTables, findUtf8Groups, LOST_BYTE, SPACE_BYTE, type Codec, type CodecTables } from '../text/codecs.js';

/** `Ā` glued to the end of a lower-case word before a space: a mis-decoded no-break space. */
const BROKEN_NBSP = /(?<=\p{Ll})Ā(?=[ \u00a0])/gu;
/** After a sentence, `Ī` (U+012A) … `Ń` (U+0143) before lower-case letters: a paragraph break and A … Z. */
const BROKEN_PARAGRAPH = /(?<=[\p{L}\p{N}]["”’]?[.!?]["”’]?)[\u012a-\u0143](?=\p{Ll}{2})/gu;
const PARAGRAPH_SHIFT = 0x12a - 0x41;
/** Where the two patterns above may match: searched first, so that their lookbehinds run only there. */
const NBSP_ANCHOR = /Ā/g;
const PARAGRAPH_ANCHOR = /[\u012a-\u0143]/g;

/** Windows-1252's characters for the C1 control characters it redefines (0x80–0x9F); `\0` where it has none. */
const C1_AS_WINDOWS_1252 = '€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0\0‘’“”•–—˜™š›œ\0žŸ';

/**
 * Characters that stand for a UTF-8 lead byte in one of the character sets (the Latin-1 letters
 * Â–ô, Latin Extended-A, Windows-1251's Cyrillic, MacRoman's punctuation and signs, code page 437's
 * Greek and box drawings), C1 controls and U+FFFD: the rule is called only on paragraphs with one
 * (tests/rules/mojibake.test.ts checks the list against the codec tables).
 */
export const LEAD_TRIGGERS =
  `${charRange(0x80, 0x17f)}\u0192ΓΘΣΦΩαδεπστφ${charRange(0x402, 0x45f)}\u0490\u0491` +
  `–—‘’‚“”„‡…‰‹›⁄∆√∞∩≈≡≤≥⌠◊ﬁﬂ\ufffd${charRange(0x2500, 0x259f)}`;

/** What a repaired character may not be: controls, unassigned, private use, lone surrogates. */
const NOT_TEXT = /[\p{Cc}\p{Cn}\p{Co}\p{Cs}]/u;
/**
 * What a repair made on the paragraph's evidence alone may give: letters of living scripts,
 * combining marks, digits, punctuation and common signs; not IPA, spacing modifier letters or
 * the rarer Latin Extended-B (what a real accented capital before a quotation mark decodes to).
 */
const ODD_RESULT = /[\u0180-\u019f\u01a2-\u01ae\u01b1-\u0217\u021c-\u02ff\u0300-\u036f\u0590-\u05cf\u0600-\u061f\u064b-\u065f]/u;

/** At most this many layers of mojibake are undone. */
const MAX_LAYERS = 4;

export const mojibake: Rule = {
  id: 'mojibake',
  description:
    'Repair UTF-8 read with the wrong character set (Windows-1252, -1251, -1250, -1257, ISO-8859-2, MacRoman, code page 437, GBK), checked by decoding and kept only when less strange',
  category: 'encoding',
  scope: 'paragraph',
  // Lead bytes in every character set tried, C1 controls, ideographs (GBK), Big5's marks, a broken no-break space, broken paragraph letters.
  triggers: { chars: `${LEAD_TRIGGERS}${charRange(0x4e00, 0x9fff)}¡Ā${charRange(0x12a, 0x143)}` },
  leaves: 'accented letters that are really there, text in other alphabets, faces drawn with letters, anything whose repair would not look less strange',
  examples: [
    ['Trumpâ€™s plan', 'Trump’s plan'],
    ['CafÃ© owner', 'Café owner'],
    ['Blog tip 2 вЂ“ email', 'Blog tip 2 – email'],
    ['Trump鈥檚 plan', 'Trump’s plan'],
  ],
  apply(text, ctx) {
    const edits: Edit[] = [];
    if (mayHoldMojibake(text)) {
      for (const repair of findRepairs(text, codecTables())) {
        if (ctx.isProtected(repair.start, repair.end)) continue;
        edits.push(ctx.replace(repair.start, repair.end, repair.text, repair.message));
      }
    }
    if (mayHoldGbk(text)) {
      for (const repair of findGbkRepairs(text)) {
        if (!ctx.isProtected(repair.start, repair.end)) edits.push(ctx.replace(repair.start, repair.end, repair.text, repair.message));
      }
    }
    for (let i = text.indexOf('¡'); i >= 0; i = text.indexOf('¡', i + 1)) {
      const mark = big5Mark(text[i + 1]);
      // Big5 punctuation read as Windows-1252 inside a word or after one: `nation¡¦s`, `said ¡§Yes¡¨`.
      if (mark === undefined || !(isLatinLetter(text[i - 1]) || isLatinLetter(text[i + 2]))) continue;
      if (!ctx.isProtected(i, i + 2)) edits.push(ctx.replace(i, i + 2, mark, `Big5 read as Windows-1252: "${text.slice(i, i + 2)}" is "${mark}"`));
    }
    for (const m of matchesAt(text, BROKEN_NBSP, NBSP_ANCHOR)) {
      edits.push(ctx.remove(m.index, m.index + 1, 'a no-break space mis-decoded as "Ā"'));
    }
    for (const m of matchesAt(text, BROKEN_PARAGRAPH, PARAGRAPH_ANCHOR)) {
      const letter = String.fromCharCode(m[0].charCodeAt(0) - PARAGRAPH_SHIFT);
      edits.push(ctx.replace(m.index, m.index + 1, `\n\n${letter}`, `a paragraph break and "${letter}" mis-encoded as "${m[0]}"`));
    }
    return edits;
  },
};

/**
 * The cheap scan: mojibake needs two non-ASCII characters in a row, a C1 control character, a lost
 * character (U+FFFD) or a lead such as `Ã` before a space. Text without one costs no codec tables.
 */
function mayHoldMojibake(text: string): boolean {
  let previous = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) {
      if (previous >= 0x80 || c <= 0x9f || c === 0xfffd) return true;
    } else if (c === 0x20 && previous >= 0x80 && SPACE_LEADS.includes(String.fromCharCode(previous))) return true;
    previous = c;
  }
  return false;
}

/** Characters for the UTF-8 leads whose 0xA0 may have become a space (see SPACE_BYTE), in the codecs that have them. */
const SPACE_LEADS = 'ÂÃÅÎÐÙâãĂĹĐŮăĀĆГРВЕОЩвг';

export interface Repair {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly message: string;
  /** The codecs undone, outermost first (none for a C1 control character). */
  readonly layers: readonly Codec[];
}

interface Run {
  readonly start: number;
  readonly end: number;
  /** Bits of the codecs worth reading it in. */
  readonly codecs: number;
}

/** One codec's reading of a run: its groups of UTF-8 sequences, decoded (and undone again where layered). */
interface Reading {
  readonly codec: Codec;
  readonly run: Run;
  readonly parts: readonly Part[];
  /** Strangeness of the run alone, before and after. */
  readonly before: number;
  readonly after: number;
  /** The same with a few characters of context on either side. */
  readonly beforeInContext: number;
  readonly afterInContext: number;
  /** Whether some part only guesses (a lost byte, a space read as 0xA0). */
  readonly guessed: boolean;
}

interface Part {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The codecs undone, outermost first. */
  readonly layers: readonly Codec[];
  readonly guessed: boolean;
}

/**
 * The repairs of mojibake in `text`. A line whose every non-ASCII character decodes in one codec,
 * less strange, is read in it whole (as ftfy reads a whole text); then each run of suspicious
 * characters that is less strange on its own in some codec; then the runs that decode into
 * ordinary letters in a codec the paragraph has already shown.
 */
export function findRepairs(text: string, tables: CodecTables, depth = 0, seed?: Codec): Repair[] {
  const repairs: Repair[] = [];
  const confirmed = new Set<Codec>(seed ? [seed] : []);
  const pending: Reading[][] = [];
  const accept = (reading: Reading, all: readonly Reading[]) => {
    for (const part of reading.parts) repairs.push({ start: part.start, end: part.end, text: part.text, message: `${describe(part.layers)}: "${text.slice(part.start, part.end)}" is "${part.text}"`, layers: part.layers });
    // Codecs that read this run the same way are shown too (Å³ is ų in Windows-1252 and -1257 alike).
    const same = readingText(text, reading);
    for (const other of all) if (other.run === reading.run && readingText(text, other) === same) confirmed.add(other.codec);
  };
  for (let lineStart = 0; lineStart <= text.length; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const runs = findRuns(text, lineStart, lineEnd, tables);
    if (runs.length > 0) {
      const readings = runs.map((run) => readRun(text, run, lineStart, lineEnd, tables, depth));
      const whole = readWholeLine(text, lineStart, lineEnd, readings.flat(), tables);
      if (whole) {
        const byRun = new Map(runs.map((run, i) => [run, readings[i]!]));
        for (const reading of whole) accept(reading, byRun.get(reading.run)!);
      } else {
        for (const options of readings) {
          const best = bestReading(options);
          if (best && best.after < best.before && isText(best) && best.parts.some((p) => !p.guessed)) accept(best, options);
          else if (options.length > 0) pending.push(options);
        }
      }
    }
    lineStart = lineEnd + 1;
  }
  // A paragraph that has shown one codec's mojibake: its other runs that decode in that codec into
  // ordinary letters and punctuation, without looking stranger, are the same damage.
  for (const options of pending) {
    const reading = options.find((r) => confirmed.has(r.codec) && r.afterInContext <= r.beforeInContext && isText(r) && !r.parts.some((p) => ODD_RESULT.test(p.text)));
    if (reading) accept(reading, options);
  }
  repairs.sort((a, b) => a.start - b.start);
  if (depth === 0) {
    // Not push(...): a paragraph can hold more controls than a call has room for arguments.
    for (const repair of findC1Controls(text, repairs)) repairs.push(repair);
    repairs.sort((a, b) => a.start - b.start);
  }
  return repairs;
}

function readingText(text: string, reading: Reading): string {
  let out = '';
  let at = reading.run.start;
  for (const part of reading.parts) {
    out += text.slice(at, part.start) + part.text;
    at = part.end;
  }
  return out + text.slice(at, reading.run.end);
}

/**
 * The readings of one codec that decode every non-ASCII character of the line, if the line is
 * then less strange than before (and no codec does better).
 */
function readWholeLine(text: string, lineStart: number, lineEnd: number, readings: readonly Reading[], tables: CodecTables): Reading[] | undefined {
  const line = text.slice(lineStart, lineEnd);
  let before: number | undefined;
  let best: { readings: Reading[]; after: number } | undefined;
  for (const codec of tables.codecs) {
    const mine = readings.filter((r) => r.codec === codec);
    if (mine.length === 0 || !mine.every(isText)) continue;
    const parts = mine.flatMap((r) => r.parts).sort((a, b) => a.start - b.start);
    let repaired = '';
    let at = lineStart;
    let covered = true;
    for (const part of parts) {
      if (/[^\u0000-\u007f]/u.test(text.slice(at, part.start))) covered = false;
      repaired += text.slice(at, part.start) + part.text;
      at = part.end;
    }
    if (!covered || /[^\u0000-\u007f]/u.test(text.slice(at, lineEnd))) continue;
    repaired += text.slice(at, lineEnd);
    before ??= badness(line);
    const after = badness(repaired);
    if (after < before && (!best || after < best.after)) best = { readings: mine, after };
  }
  return best?.readings;
}

function isText(reading: Reading): boolean {
  return !reading.parts.some((p) => NOT_TEXT.test(p.text.replaceAll('\ufffd', '')));
}

function describe(layers: readonly Codec[]): string {
  // Undone outermost first; the damage happened in the other order.
  const names = layers.map((c) => c.name).reverse();
  if (names.every((n) => n === names[0])) return `UTF-8 read as ${names[0]}${names.length === 2 ? ' twice' : names.length > 2 ? ` ${names.length} times` : ''}`;
  return `UTF-8 read as ${names.join(', then as ')}`;
}

/**
 * Runs of characters that stand for high bytes in some codec, within `[from, to)`: U+FFFD and `?`
 * may stand for a lost byte inside one, and a space for a no-break space byte after a lead. Only a
 * run of two or more can hold a UTF-8 sequence.
 */
function findRuns(text: string, from: number, to: number, tables: CodecTables): Run[] {
  const runs: Run[] = [];
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 || !tables.lead.has(c)) continue;
    let start = i;
    while (start > from && isRunChar(text.charCodeAt(start - 1), tables)) start--;
    let end = i + 1;
    for (; end < to; end++) {
      const next = text.charCodeAt(end);
      if (isRunChar(next, tables)) continue;
      const previous = text.charCodeAt(end - 1);
      if (!isRunChar(previous, tables)) break;
      if (next === 0x3f) continue; // a lost byte shown as "?"
      if (next === 0x20 && (end - start >= 2 || SPACE_LEADS.includes(text[end - 1]!))) continue;
      break;
    }
    if (end - start >= 2) {
      const codecs = codecsWithSequence(text, start, end, tables);
      if (codecs !== 0) runs.push({ start, end, codecs });
    }
    i = end - 1;
  }
  return runs;
}

/** The codecs in which some lead of the run is followed by a byte that may continue it (or a stand-in for one). */
function codecsWithSequence(text: string, start: number, end: number, tables: CodecTables): number {
  let mask = 0;
  for (let i = start; i + 1 < end; i++) {
    const lead = tables.lead.get(text.charCodeAt(i));
    if (lead === undefined) continue;
    const next = text.charCodeAt(i + 1);
    mask |= next === 0x20 || next === 0x3f || next === 0xfffd ? lead : (tables.continuation.get(next) ?? 0) & lead;
  }
  return mask;
}

function isRunChar(c: number, tables: CodecTables): boolean {
  return c >= 0x80 && (tables.high.has(c) || c === 0xfffd);
}

/** Every codec's reading of the run that decodes something, each part undone again up to `MAX_LAYERS`. */
function readRun(text: string, run: Run, lineStart: number, lineEnd: number, tables: CodecTables, depth: number): Reading[] {
  const { start, end } = run;
  const readings: Reading[] = [];
  const windowStart = Math.max(lineStart, start - 3);
  const windowEnd = Math.min(lineEnd, end + 3);
  let before: number | undefined;
  let beforeInContext: number | undefined;
  for (const codec of tables.codecs) {
    if ((run.codecs & codec.bit) === 0) continue;
    const parts: Part[] = [];
    const spaces = codec.id !== 'macintosh' && codec.id !== 'cp437';
    let segment: number[] = [];
    let segmentStart = start;
    const flush = (at: number) => {
      if (segment.length >= 2) {
        // Windows-1252 has no character for byte 0x9D, the last byte of ” (E2 80 9D): a decoder drops it.
        if (codec.id === 'windows-1252' && (at === end || text[at] === ' ') && endsWithDroppedQuote(segment)) segment.push(0x9d);
        for (const group of findUtf8Groups(segment, true)) {
          const from = segmentStart + group.start;
          let to = Math.min(segmentStart + group.end, at);
          let decoded = group.text;
          // `Ã ` before a word: à whose no-break space byte became the space before the next word.
          if (group.spaced && decoded.endsWith('à') && text[to - 1] === ' ' && !/^(?: |quele|quela|quilo|s )/u.test(text.slice(to))) to--;
          let layers: Codec[] = [codec];
          if (depth + 1 < MAX_LAYERS && /[\u0080-\uffff]{2}/u.test(decoded)) {
            const inner = findRepairs(decoded, tables, depth + 1, codec);
            if (inner.length > 0) {
              let out = '';
              let k = 0;
              let deepest: readonly Codec[] = [];
              for (const repair of inner) {
                out += decoded.slice(k, repair.start) + repair.text;
                k = repair.end;
                if (repair.layers.length > deepest.length) deepest = repair.layers;
              }
              decoded = out + decoded.slice(k);
              layers = [codec, ...deepest];
            }
          }
          parts.push({ start: from, end: to, text: decoded, layers, guessed: group.lossy || group.spaced });
        }
      }
      segment = [];
    };
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      let byte = codec.encode.get(c) ?? (c === 0xfffd || c === 0x3f ? LOST_BYTE : c === 0x20 && spaces ? SPACE_BYTE : undefined);
      // `â€ ` is ” before a space, not † (E2 80 A0).
      if (byte === SPACE_BYTE && codec.id === 'windows-1252' && endsWithDroppedQuote(segment)) byte = undefined;
      if (byte === undefined) {
        flush(i);
        segmentStart = i + 1;
        continue;
      }
      if (byte === LOST_BYTE && codec.id === 'windows-1252' && endsWithDroppedQuote(segment)) byte = 0x9d;
      segment.push(byte);
    }
    flush(end);
    if (parts.length === 0) continue;
    before ??= badness(text.slice(start, end));
    beforeInContext ??= badness(text.slice(windowStart, windowEnd));
    const reading: Omit<Reading, 'after' | 'afterInContext'> = { codec, run, parts, before, beforeInContext, guessed: parts.some((p) => p.guessed) };
    const repaired = readingText(text, reading as Reading);
    readings.push({
      ...reading,
      after: badness(repaired),
      afterInContext: badness(text.slice(windowStart, start) + repaired + text.slice(end, windowEnd)),
    });
  }
  return readings;
}

/** Bytes E2 80 at the end: ” (E2 80 9D) whose last byte Windows-1252 could not show. */
function endsWithDroppedQuote(bytes: readonly number[]): boolean {
  return bytes.length >= 2 && bytes[bytes.length - 2] === 0xe2 && bytes[bytes.length - 1] === 0x80;
}

/** The least strange reading; among equals, the one covering more, then the codec tried first. */
function bestReading(readings: readonly Reading[]): Reading | undefined {
  let best: Reading | undefined;
  for (const r of readings) {
    if (!best || r.after < best.after || (r.after === best.after && covered(r) > covered(best))) best = r;
  }
  return best;
}

function covered(reading: Reading): number {
  return reading.parts.reduce((sum, p) => sum + p.end - p.start, 0);
}

/** C1 control characters outside every repair: what Windows-1252 has at those bytes, as browsers show them. */
function findC1Controls(text: string, repairs: readonly Repair[]): Repair[] {
  const found: Repair[] = [];
  let r = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 || c > 0x9f) continue;
    while (r < repairs.length && repairs[r]!.end <= i) r++;
    if (r < repairs.length && repairs[r]!.start <= i) continue;
    const mapped = C1_AS_WINDOWS_1252[c - 0x80]!;
    if (mapped === '\0') continue;
    found.push({ start: i, end: i + 1, text: mapped, layers: [], message: `control character U+00${c.toString(16).toUpperCase()} is Windows-1252 "${mapped}"` });
  }
  return found;
}

/**
 * Characters GBK reads from two bytes where UTF-8 had a lead byte (0xC2–0xF4) first: the CJK
 * ideographs (`艅` is C5 84, the UTF-8 of ń). A paragraph without one has no GBK mojibake.
 */
function mayHoldGbk(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) return true;
  }
  return false;
}

/** Latin letters, as the context a GBK or Big5 repair must sit in. */
const LATIN_LETTER = /[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]/;
const isLatinLetter = (ch: string | undefined): boolean => ch !== undefined && LATIN_LETTER.test(ch);

/** What a GBK repair may give: Latin letters, a no-break space, typographic marks and ASCII. */
const GBK_RESULT = /^[\u0020-\u007e\u00a0\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u2010-\u201f\u2026]+$/;
/** A run of CJK ideographs, perhaps with an ASCII character GBK paired into one (`鈥檚` holds the `s` of `’s`). */
const CJK_RUN = /[\u4e00-\u9fff]+/g;

/**
 * UTF-8 read as GBK, the Chinese national character set: each two bytes became one ideograph
 * (`Kaczy艅ski` for Kaczyński, `a聽coup` for a no-break space, `Trump鈥檚` for Trump’s, where the
 * last byte of ’ and the `s` after it made one). A run of ideographs touching a Latin letter, on a
 * line written mostly in Latin letters, is encoded back into GBK and read as UTF-8;
 * the repair is kept only when every byte decodes and gives Latin letters or punctuation, which
 * Chinese text almost never does.
 */
function findGbkRepairs(text: string): Repair[] {
  const repairs: Repair[] = [];
  for (const m of text.matchAll(CJK_RUN)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!isLatinLetter(text[start - 1]) && !isLatinLetter(text[end])) continue;
    if (!isMostlyLatinLine(text, start)) continue;
    const bytes = encodeGbk(m[0]);
    if (bytes === undefined) continue; // a character GBK does not have
    const groups = findUtf8Groups(bytes, false);
    // Every high byte inside a decoded sequence: ASCII bytes between them stay as they are.
    let repaired = '';
    let at = 0;
    for (const group of groups) {
      repaired += String.fromCharCode(...bytes.slice(at, group.start)) + group.text;
      at = group.end;
    }
    const rest = bytes.slice(at);
    if (groups.length === 0 || bytes.slice(0, groups[0]!.start).some((b) => b >= 0x80) || rest.some((b) => b >= 0x80)) continue;
    if (groups.some((g, i) => i > 0 && bytes.slice(groups[i - 1]!.end, g.start).some((b) => b >= 0x80))) continue;
    repaired += String.fromCharCode(...rest);
    if (!GBK_RESULT.test(repaired)) continue;
    repairs.push({ start, end, text: repaired, message: `UTF-8 read as GBK: "${m[0]}" is "${repaired}"`, layers: [] });
  }
  return repairs;
}

/** Whether the line around `at` has at least four Latin letters for each ideograph. */
function isMostlyLatinLine(text: string, at: number): boolean {
  const from = text.lastIndexOf('\n', at) + 1;
  let to = text.indexOf('\n', at);
  if (to < 0) to = text.length;
  let latin = 0;
  let cjk = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)) latin++;
    else if (c >= 0x4e00 && c <= 0x9fff) cjk++;
  }
  return latin >= 4 * cjk;
}

let gbkBytes: Map<number, number> | undefined;

/**
 * Each character GBK reads from two bytes → those bytes (as one number), built on first use from
 * Node's own GBK decoder (the WHATWG one): some 24,000 pairs, decoded once, only for a text that
 * has ideographs beside Latin letters.
 */
function gbkTable(): Map<number, number> {
  if (!gbkBytes) {
    gbkBytes = new Map();
    const decoder = new TextDecoder('gbk');
    const pair = new Uint8Array(2);
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        pair[0] = lead;
        pair[1] = trail;
        const decoded = decoder.decode(pair);
        if (decoded.length === 1 && decoded !== '\ufffd' && !gbkBytes.has(decoded.charCodeAt(0))) gbkBytes.set(decoded.charCodeAt(0), (lead << 8) | trail);
      }
    }
  }
  return gbkBytes;
}

/** The GBK bytes of a run of ideographs, or undefined when GBK has no bytes for one of them. */
function encodeGbk(run: string): number[] | undefined {
  const table = gbkTable();
  const bytes: number[] = [];
  for (let i = 0; i < run.length; i++) {
    const pair = table.get(run.charCodeAt(i));
    if (pair === undefined) return undefined;
    bytes.push(pair >> 8, pair & 0xff);
  }
  return bytes;
}

/**
 * Big5's quotation marks (bytes A1 A5 … A1 A8) read as Windows-1252 (`¡¥` `¡¦` `¡§` `¡¨`), as on
 * sites that publish English in Big5: derived from the two decoders, not written out.
 */
let big5Marks: Map<string, string> | undefined;

/** The character after `¡` → the mark Big5 reads from both bytes (Windows-1252 reads 0xA5–0xA8 as U+00A5–U+00A8). */
function big5Mark(second: string | undefined): string | undefined {
  if (!big5Marks) {
    big5Marks = new Map();
    const big5 = new TextDecoder('big5');
    for (let b = 0xa5; b <= 0xa8; b++) big5Marks.set(String.fromCharCode(b), big5.decode(new Uint8Array([0xa1, b])));
  }
  return second === undefined ? undefined : big5Marks.get(second);
}
