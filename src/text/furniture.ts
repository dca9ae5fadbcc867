// The furniture model: whole lines of a scraped page scored by where they stand and what shape they
// have, not by phrases seen before. A line is page furniture (a site's header, a share bar, a
// paywall, an author's bio, a photo credit) when at least two independent signals say so:
//
// - where it stands (its zone): above the article's first paragraph of prose (the header block),
//   below its last (the tail), or alone between two paragraphs (an insert). A line of the body that
//   holds a full sentence is never furniture; a line in a zone is not furniture for that alone.
// - what it is made of (evidence), each signal named: a call to action (an imperative web verb and
//   what it acts on: `Subscribe to our newsletter`), a status line of the page (`Comments are
//   closed`, `1,841 views`, `3 min read`, a paywall's `Already subscribed?`), a credit (a label or
//   an agency, then names: `Image source: Wikimedia Commons`, `… 2025. Photo by Kim Hyunmin`), an
//   author's bio (`Jane Doe is a senior correspondent for …`), links, handles, hashtags and domains
//   only, a template placeholder left unfilled (`%d bloggers like this:`), a date with a time, the
//   title again with the site's name, a site's section label, a language menu (several scripts),
//   a line in another script or language than the article, a date alone, a short label of common
//   words, a separator left dangling, a line repeated, and being next to other furniture.
//
// Strong evidence weighs 2, weak evidence 1. A line goes when it stands in a zone and its evidence
// weighs 2 or more: strong evidence in a zone, or two weak signals in a zone (a bare date next to
// a share bar). Bylines, datelines, agency lines and a bare "Courtesy photo" carry no evidence and
// stay. The message names every signal, so a reader sees why a line went.
//
// Cost: zones come from the article's first and last line of prose; a line in the body that is
// long or a full sentence is skipped on its length and last character. Only lines in a zone are
// read further, and each test first checks a cheap precondition (a digit, a slash, a first word in
// a small set) before any pattern runs. What a line's content alone decides is remembered.
import { createRequire } from 'node:module';
import type { Line } from '../engine/types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { FOREIGN_MONTHS } from './calendar.js';

/** Where a line stands on the page. */
export type Zone = 'header' | 'tail' | 'insert' | 'body';

/** One reason to read a line as furniture: its name for people, and its weight. */
export interface Signal {
  readonly name: string;
  readonly weight: 1 | 2;
}

const ZONE_NAMES: Record<Exclude<Zone, 'body'>, string> = {
  header: 'above the article',
  tail: 'below the article',
  insert: 'alone between paragraphs',
};

/** Evidence at which a line in a zone is furniture. */
const ENOUGH = 2;
/** Lines longer than this are prose, whatever else they are. */
const MAX_LINE = 400;
/** Lines in the body of this many words or fewer, with no sentence end, are inserts. */
const BODY_WORDS = 8;

export interface FurnitureInput {
  readonly text: string;
  readonly lines: readonly Line[];
  /** The zones fact: offsets of the first body line's start and the last body line's end, or -1. */
  readonly bodyStart: number;
  readonly bodyEnd: number;
  /** Whether the text starts / ends where the document does (a header / tail can exist). */
  readonly atStart: boolean;
  readonly atEnd: boolean;
  /** The share of the article's letters that are Latin (a function: asked only for a line in another script). */
  readonly latinShare: number | (() => number);
  readonly lexicon: Lexicon;
  /** Lines other rules already remove (furniture by a fixed phrase): neighbours count them. */
  readonly removed: (index: number) => boolean;
  /** Lines another rule removes with what follows them (a see-also marker and its teasers): not judged here. */
  readonly theirs?: (index: number) => boolean;
  /** Remembers what a line's content alone decides (see RuleContext.memo). */
  readonly memo: <T>(key: string, compute: () => T) => T;
}

/** A line the model reads as furniture, and why. */
export interface FurnitureVerdict {
  readonly signals: readonly Signal[];
  readonly message: string;
}

/**
 * The verdict on every line (undefined: not furniture). Lines `removed` says other rules take are
 * not judged again.
 */
export function scoreFurniture(input: FurnitureInput): (FurnitureVerdict | undefined)[] {
  const { text, lines } = input;
  const count = lines.length;
  const verdicts: (FurnitureVerdict | undefined)[] = new Array(count).fill(undefined);
  if (input.bodyStart < 0) return verdicts; // no line of prose: no page structure to read
  const zones = findZones(input);
  // The content of the lines in a zone (a body line is prose: only whether it is blank matters).
  const contents: (string | undefined)[] = new Array(count).fill(undefined);
  const blank: boolean[] = new Array(count).fill(false);
  for (let i = 0; i < count; i++) {
    const line = lines[i]!;
    if (zones[i] === 'body') blank[i] = isBlank(text, line.start, line.end);
    else blank[i] = (contents[i] = text.slice(line.start, line.end).trim()) === '';
  }
  // The nearest line with text before and after each line.
  const before: number[] = new Array(count);
  const after: number[] = new Array(count);
  for (let i = 0, last = -1; i < count; i++) {
    before[i] = last;
    if (!blank[i]) last = i;
  }
  for (let i = count - 1, last = -1; i >= 0; i--) {
    after[i] = last;
    if (!blank[i]) last = i;
  }
  const evidence: (Signal[] | undefined)[] = new Array(count).fill(undefined);
  // What a line's content alone says, remembered across passes: one table per kind of zone, keyed
  // by the content itself (no key is built per line).
  const atEdge = input.memo(EDGE_SIGNALS, () => new Map<string, Signal[]>());
  const between = input.memo(INSERT_SIGNALS, () => new Map<string, Signal[]>());
  let fenced = false; // inside a fenced block of code (Markdown's ```): the document's own text
  for (let i = 0; i < count; i++) {
    const content = contents[i];
    if (content === undefined || content === '') continue;
    if (content.startsWith('```') || content.startsWith('~~~')) fenced = !fenced;
    if (fenced || content.length > MAX_LINE || input.removed(i) || input.theirs?.(i)) continue;
    const zone = zones[i]!;
    const table = zone === 'insert' ? between : atEdge;
    let own = table.get(content);
    if (own === undefined) table.set(content, (own = contentSignals(content, input.lexicon, input.latinShare, zone !== 'insert')));
    const found: Signal[] = [];
    for (const signal of own) {
      const counted = inZone(signal, zone);
      if (counted !== undefined) found.push(counted);
    }
    evidence[i] = found;
  }
  // What the neighbours say: a line repeated, the title again with the site's name, a run of menu items.
  const normalized: (string | undefined)[] = new Array(count).fill(undefined);
  const title = (i: number): string => (normalized[i] ??= normalizeTitle(contents[i]!));
  for (let i = 0; i < count; i++) {
    const found = evidence[i];
    if (found === undefined) continue;
    const content = contents[i]!;
    for (let side = 0; side < 2; side++) {
      const j = side === 0 ? before[i]! : after[i]!;
      const other = j < 0 ? undefined : contents[j];
      if (other === undefined || other.length > MAX_LINE || !mayRelate(content, other)) continue;
      const relation = relate(title(i), title(j));
      // Of two lines that say the same, the copy goes: the one in a list (a menu's item that repeats
      // the title), else the later one.
      if (relation === 'same' && content.length <= MAX_REPEATED && !found.includes(REPEATED) && isCopy(content, other, j > i)) found.push(REPEATED);
      if (relation === 'title with site' && zones[i] === 'header') found.push(SITE_TITLE);
    }
    // The paragraph under an author's heading below the article is the author's bio.
    const above = before[i]!;
    if (zones[i] === 'tail' && above >= 0 && !found.includes(BIO) && contents[above] !== undefined && isAboutHeading(contents[above]!) && isBioUnderHeading(content)) found.push(BIO);
    if (zones[i] === 'header' && isMenuItem(content)) {
      const p = before[i]!;
      const n = after[i]!;
      if ((p >= 0 && contents[p] !== undefined && isMenuItem(contents[p]!)) || (n >= 0 && contents[n] !== undefined && isMenuItem(contents[n]!))) found.push(MENU);
    }
  }
  // Three short labels or more in a row, no prose between: a menu or a list of topics.
  for (let i = 0; i < count; ) {
    let j = i;
    while (j < count && (evidence[j]?.includes(LABEL) || evidence[j]?.includes(SECTION_WORD))) j++;
    if (j - i >= MIN_LABEL_RUN) for (let k = i; k < j; k++) evidence[k]!.push(LABEL_RUN);
    i = j + 1;
  }
  markPageLanguage(input, zones, contents, evidence);
  const weight = (i: number): number => {
    let sum = 0;
    for (const signal of evidence[i] ?? []) sum += signal.weight;
    return sum;
  };
  const isFurniture = (i: number): boolean => i >= 0 && zones[i] !== 'body' && (input.removed(i) || weight(i) >= ENOUGH);
  // Next to furniture (spreading both ways, as a form or a share bar reads as one block): a weak
  // signal becomes enough. The neighbour must stand in a zone too.
  for (let pass = 0; pass < 2; pass++) {
    for (let step = 0; step < count; step++) {
      const i = pass === 0 ? step : count - 1 - step;
      const found = evidence[i];
      if (found === undefined || found.length === 0 || found.includes(BESIDE) || weight(i) !== 1) continue;
      // Between paragraphs a short label alone may be a subheading (`Upward pressure:` under a photo
      // credit): there it takes a signal of its own besides the neighbour.
      if (zones[i] === 'insert' && found.every((signal) => signal === LABEL || signal === SECTION_WORD)) continue;
      if (isFurniture(before[i]!) || isFurniture(after[i]!)) found.push(BESIDE);
    }
  }
  for (let i = 0; i < count; i++) {
    const found = evidence[i];
    if (found === undefined || weight(i) < ENOUGH) continue;
    const zone = zones[i] as Exclude<Zone, 'body'>;
    const signals: Signal[] = [{ name: ZONE_NAMES[zone], weight: 1 }, ...found];
    verdicts[i] = { signals, message: FURNITURE_PREFIX + signals.map((s) => s.name).join('; ') };
  }
  return verdicts;
}

/**
 * The body of a text with no line of prose (the zones fact finds none): its first and last long
 * lines, paragraphs cut off where the page was cut (`[start of the first, end of the last]`), or
 * `[-1, -1]`. A page of short lines has no body to stand around.
 */
export function findLongLines(text: string, lines: readonly Line[]): readonly [number, number] {
  let first = -1;
  let last = -1;
  for (const line of lines) {
    if (line.end - line.start < MIN_LONG_LINE || !hasWords(text.slice(line.start, line.end), LONG_LINE_WORDS)) continue;
    if (first < 0) first = line.start;
    last = line.end;
  }
  return [first, last];
}

const MIN_LONG_LINE = 150;
const LONG_LINE_WORDS = 25;

function hasWords(line: string, count: number): boolean {
  let words = 0;
  for (const part of line.split(' ')) if (part !== '' && ++words >= count) return true;
  return false;
}

/**
 * Lines in another language or script than the article, when there are three of them or more
 * around an English article: the page speaks the source's language in its own words (`Notícias
 * relacionadas:`, `Cómo trabajamos`, `Обычный вид`), and each such line gains that signal. Above
 * and below the article, a sentence in another script counts too (`Появились новые статьи.`).
 */
function markPageLanguage(input: FurnitureInput, zones: readonly Zone[], contents: readonly (string | undefined)[], evidence: (Signal[] | undefined)[]): void {
  const foreign: number[] = [];
  const sentences: number[] = [];
  let removed = 0; // lines in another script that other rules already remove (`Обычный вид`)
  for (let i = 0; i < evidence.length; i++) {
    const found = evidence[i];
    if (found === undefined) {
      const content = contents[i];
      if (content !== undefined && content !== '' && input.removed(i) && isScriptSentence(content, input.latinShare)) removed++;
      continue;
    }
    if (found.some((signal) => signal === OTHER_SCRIPT || signal.name.startsWith(FOREIGN))) foreign.push(i);
    else if (zones[i] !== 'insert' && isScriptSentence(contents[i]!, input.latinShare)) sentences.push(i);
  }
  if (foreign.length + sentences.length === 0 || foreign.length + sentences.length + removed < MIN_PAGE_LANGUAGE_LINES) return;
  if (!isEnglishBody(input.text, input.bodyStart)) return;
  for (const i of foreign) evidence[i]!.push(PAGE_LANGUAGE);
  for (const i of sentences) evidence[i]!.push(OTHER_SCRIPT, PAGE_LANGUAGE);
}

/** A short sentence in one script other than Latin, with no Latin letter, in a mostly Latin article. */
function isScriptSentence(line: string, latinShare: number | (() => number)): boolean {
  if (line.length > 120 || !SCRIPT_LETTER_RANGE.test(line) || /[A-Za-z]/.test(line)) return false;
  return (typeof latinShare === 'number' ? latinShare : latinShare()) >= MOSTLY_LATIN;
}

/**
 * Whether the article's first line of prose reads as English: three of its first words or more
 * are English function words. A page in another language has no "other language" to stand out.
 */
function isEnglishBody(text: string, bodyStart: number): boolean {
  let count = 0;
  for (const word of text.slice(bodyStart, bodyStart + 400).toLowerCase().split(/[^a-z]+/)) if (FUNCTION_WORDS.has(word) && ++count >= 3) return true;
  return false;
}

const FUNCTION_WORDS = new Set(['the', 'and', 'of', 'to', 'in', 'is', 'was', 'for', 'that', 'with', 'on', 'has', 'have', 'by', 'from', 'said', 'his', 'her']);

/** Whether `[start, end)` of the text holds only spaces; reads no further than the first other character. */
function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13 && c !== 0xa0 && c !== 0x3000 && !(c >= 0x2000 && c <= 0x200b)) return false;
  }
  return true;
}

/**
 * Whether two lines could say the same or be a title and the title with the site's name, by their
 * lengths alone (the comparison itself normalizes both).
 */
function mayRelate(line: string, other: string): boolean {
  const diff = line.length - other.length;
  return Math.abs(diff) <= MAX_MARK_LENGTH || (diff > 0 && other.length >= MIN_TITLE && diff <= MAX_SITE_LENGTH);
}

const MAX_MARK_LENGTH = 6;
const MAX_SITE_LENGTH = 120;

/** How the model's messages start; the signals follow, separated by semicolons. */
export const FURNITURE_PREFIX = 'page furniture: ';

/** Signals that speak only above or below the article, not between its paragraphs. */
const BIO: Signal = { name: "an author's bio", weight: 2 };
/** A label of a list of stories (`Top Stories`, `More Articles`, `Bundesliga News`). */
const SECTION_LABEL: Signal = { name: 'a section label of the site', weight: 2 };
/**
 * A section's name alone (`World`, `Middle East`): above the title, a kicker of the article as
 * much as a label of the site; weak evidence, a label between paragraphs.
 */
const SECTION_WORD: Signal = { name: 'the name of a section of the site', weight: 1 };
const EDGE_ONLY = new Set<Signal>([BIO, SECTION_LABEL]);

/**
 * A signal as it counts in a zone: a bio or a section label only above or below the article, one
 * section word only above it, and a line in another language between paragraphs (perhaps a
 * quotation in the original) only as weak evidence.
 */
function inZone(signal: Signal, zone: Zone): Signal | undefined {
  if (zone === 'insert' && EDGE_ONLY.has(signal)) return undefined;
  if (zone === 'insert' && signal === SECTION_WORD) return LABEL;
  if (zone === 'header' && signal === MEDIA_LINK_SIGNAL) return undefined; // `VIDEO: …` above the article may be its title
  if (zone === 'insert' && signal.weight === 2 && signal.name.startsWith(FOREIGN)) return { name: signal.name, weight: 1 };
  return signal;
}

/** The memo keys of the tables of what lines' contents say (above or below the article, between paragraphs). */
const EDGE_SIGNALS = '\u0001furniture\u0000edge';
const INSERT_SIGNALS = '\u0001furniture\u0000insert';
const SENTENCES = '\u0001furniture\u0000sentence';

const FOREIGN = 'another language than the article';
const OTHER_SCRIPT: Signal = { name: 'another script than the article', weight: 1 };
/**
 * A page whose own words (its menus, labels and widgets) are in the source's language: three short
 * lines or more around the article in another language or script than its English.
 */
const PAGE_LANGUAGE: Signal = { name: "one of several lines in the page's other language", weight: 1 };
const MIN_PAGE_LANGUAGE_LINES = 3;

const LABEL: Signal = { name: 'a short label of common words', weight: 1 };
const LABEL_RUN: Signal = { name: 'one of several labels in a row', weight: 1 };
const MIN_LABEL_RUN = 3;
const REPEATED: Signal = { name: 'the line next to it says the same', weight: 1 };
const SITE_TITLE: Signal = { name: "the title again with the site's name", weight: 2 };
const MENU: Signal = { name: 'an item of a menu', weight: 2 };
const BESIDE: Signal = { name: 'next to other furniture', weight: 1 };
const MAX_REPEATED = 80;

/** Of a line and its neighbour that say the same (the neighbour after it when `otherAfter`), whether the line is the copy. */
function isCopy(line: string, other: string, otherAfter: boolean): boolean {
  const listed = LIST_MARK.test(line);
  const otherListed = LIST_MARK.test(other);
  if (listed !== otherListed) return listed;
  return !otherAfter;
}

const LIST_MARK = /^\s*(?:\d{1,2}\.|[•·*▪►-])\s+/u;

/**
 * The zone of every line. The header ends and the tail starts at the article's first and last
 * lines of prose (the zones fact); a line of prose that is itself furniture by its grammar (an
 * author's bio, a copyright notice, a paywall) does not start or end the body: the header and the
 * tail run on over it. Between them, a short line with no sentence end stands alone (an insert).
 */
export function findZones(input: FurnitureInput): Zone[] {
  const { text, lines } = input;
  const zones: Zone[] = new Array(lines.length).fill('body');
  if (input.bodyStart < 0) return zones;
  const lineAt = (offset: number): number => {
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (lines[mid]!.next <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  let first = lineAt(input.bodyStart);
  let last = lineAt(Math.max(input.bodyStart, input.bodyEnd - 1));
  const content = (i: number): string => text.slice(lines[i]!.start, lines[i]!.end).trim();
  const sentences = input.memo(SENTENCES, () => new Map<string, boolean>());
  const sentenceFurniture = (i: number): boolean => {
    const line = content(i);
    if (line.length > MAX_LINE) return false;
    let known = sentences.get(line);
    if (known === undefined) sentences.set(line, (known = isFurnitureSentence(line)));
    return known;
  };
  // At most a few lines of prose are furniture at either end: look no further.
  for (let steps = 0; input.atStart && steps < MAX_EDGE_SENTENCES && first < last && sentenceFurniture(first); steps++) {
    let j = first + 1;
    while (j < last && !isProse(content(j))) j++;
    first = j;
  }
  // A paragraph under an author's heading (`About Jane Doe`) is the author's bio: the tail runs over it.
  const underAboutHeading = (i: number): boolean => {
    let j = i - 1;
    while (j > first && isBlank(text, lines[j]!.start, lines[j]!.end)) j--;
    return j > first && isAboutHeading(content(j)) && isBioUnderHeading(content(i));
  };
  for (let steps = 0; input.atEnd && steps < MAX_EDGE_SENTENCES && last > first && (sentenceFurniture(last) || underAboutHeading(last)); steps++) {
    let j = last - 1;
    while (j > first && !isProse(content(j))) j--;
    last = j;
  }
  if (input.atStart) for (let i = 0; i < first; i++) zones[i] = 'header';
  if (input.atEnd) for (let i = last + 1; i < lines.length; i++) zones[i] = 'tail';
  for (let i = first + 1; i < last; i++) {
    const line = lines[i]!;
    // A long line is prose: decided on its length alone.
    if (line.end - line.start > MAX_LINE) continue;
    const value = content(i);
    if (value !== '' && !isProse(value)) zones[i] = 'insert';
  }
  return zones;
}

const MAX_EDGE_SENTENCES = 3;
const SENTENCE_END = /[.!?…]["”’»)]*$/;

/** A line of prose: a sentence of eight words or more (the zones fact's body line). */
function isProse(line: string): boolean {
  if (!SENTENCE_END.test(line.slice(-8))) return false;
  // Eight words with a letter: runs between spaces that hold one (as the zones fact counts them).
  let words = 0;
  let letter = false;
  for (let i = 0; i <= line.length; i++) {
    const c = i === line.length ? 32 : line.charCodeAt(i);
    if (c === 32) {
      if (letter && ++words >= BODY_WORDS) return true;
      letter = false;
    } else if (!letter && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xaa && LETTER.test(line[i]!)))) {
      letter = true;
    }
  }
  return false;
}

const LETTER = /\p{L}/u;

/** A line of prose that is furniture by its grammar alone: a bio, a copyright notice, a paywall or a page status. */
function isFurnitureSentence(line: string): boolean {
  return isBio(line) || isCopyrightSentence(line) || isStatusLine(line) !== undefined || callToAction(firstWords(line), line) === 2;
}

// ---------------------------------------------------------------------------------------------
// Evidence from a line's content alone.

/**
 * The evidence a line's content gives, whatever its neighbours; `edge`: for a line above or below
 * the article (the signals that speak only there are read only there).
 */
export function contentSignals(line: string, lexicon: Lexicon, latinShare: number | (() => number), edge = true): Signal[] {
  const found: Signal[] = [];
  if (PLACEHOLDER.test(line)) found.push({ name: 'a template placeholder left unfilled', weight: 2 });
  if (line.length <= 12 && FEED_MARKUP.test(line)) found.push({ name: 'markup left by a feed', weight: 2 });
  else if (line.length <= MAX_STAMP_LINE && line.includes('T') && ISO_TIME.test(line) && !/\p{Ll}{3}/u.test(line.replace(LINKS_AND_TIMES, ''))) found.push({ name: 'a machine timestamp (ISO 8601)', weight: 2 });
  // Code, markup and Markdown's own lists and headings are the document's, not a page's furniture.
  if (found.length === 0 && isMarkup(line)) return found;
  const words = firstWords(line);
  const cta = callToActionLine(words, line);
  if (cta === 2) found.push({ name: 'a call to action', weight: 2 });
  else if (cta === 1) found.push({ name: 'a button label', weight: 1 });
  const status = isStatusLine(line);
  if (status) found.push({ name: status, weight: 2 });
  if (isCredit(line)) found.push({ name: 'a credit (a label or agency, then names)', weight: 2 });
  if (edge && (isBio(line) || isAboutHeading(line))) found.push(BIO);
  if (isCopyrightSentence(line)) found.push({ name: 'a copyright notice', weight: 2 });
  const links = linkCount(line);
  if (links > 0) found.push({ name: 'links, handles, hashtags or domains only', weight: links > 1 || !line.includes('/') ? 2 : 1 });
  const calendar = calendarLine(line);
  if (calendar === 2) found.push({ name: 'a date with a time', weight: 2 });
  else if (calendar === 1) found.push({ name: 'a date alone', weight: 1 });
  const scripts = otherScripts(line, latinShare);
  if (scripts >= 2) found.push({ name: 'a language menu (several scripts)', weight: 2 });
  else if (scripts === 1 && calendar === 0) found.push(OTHER_SCRIPT);
  else if (calendar === 0) {
    const language = foreignLanguage(line, words, lexicon);
    if (language) found.push({ name: `${FOREIGN} (${language.code})`, weight: language.strong ? 2 : 1 });
  }
  if (words.length <= 6 && SEPARATOR_END.test(line) && DANGLING_SEPARATOR.test(line)) found.push({ name: 'a separator left dangling', weight: 1 });
  if (DIGIT_END.test(line) && (MACHINE_VALUE.test(line) || PAGE_ID.test(line))) found.push({ name: 'an identifier or a machine timestamp', weight: 2 });
  else if (COUNTER.test(line)) found.push({ name: 'a label and a count', weight: 1 });
  if (line.length <= 40 && FORM_FIELD.test(line)) found.push({ name: 'a field of a form', weight: 2 });
  if (line.length <= 8 && EMPTY_BYLINE.test(line)) found.push({ name: 'a byline with no name', weight: 2 });
  if (LIST_SEPARATOR_END.test(line) && EMPTY_LIST.test(line)) found.push({ name: 'a label with an empty list', weight: 2 });
  if (TAG_LIST.test(line)) found.push({ name: 'a list of tags', weight: 2 });
  if (isLinkRow(line)) found.push({ name: 'a row of links', weight: 2 });
  if (isShareBar(words)) found.push({ name: 'a share bar', weight: 2 });
  else if (cta === 0 && words.length === 1 && SHARE_WORDS.has(words[0]!)) found.push({ name: 'a button label', weight: 1 });
  if (MEDIA_LINK.test(line) && words.length <= MAX_MEDIA_LINK_WORDS) found.push(MEDIA_LINK_SIGNAL);
  if (WEATHER.test(line)) found.push({ name: 'a weather widget', weight: 2 });
  if (isBreadcrumb(line)) found.push({ name: 'a breadcrumb trail', weight: 2 });
  const section = sectionLabel(line.replace(LIST_MARK, ''));
  if (section === 'stories') found.push(SECTION_LABEL);
  else if (section === 'section') found.push(SECTION_WORD);
  else if (found.length === 0 && calendar === 0 && isLabel(line, words, lexicon)) found.push(LABEL);
  return found;
}

/**
 * Code and markup: braces, backticks, a statement's end, an arrow, a JSON key, an assignment, a
 * call, a comment, a shell prompt, Markdown's links, bold, headings, list items and table rows.
 */
const MARKUP = /[{}`]|<\/?[a-z!]|\]\(|\*\*|__|;\s*$|=>|\(\)|":| = |^\s*(?:\/\/|#{1,6}\s|\||\$ )|^\s*[-*+]\s/;
/** A call in code: a word's last character, a bracket, a quote or a letter (`print("…")`, `f(x`). */
const CALL = /[\p{L}\p{N}_]\(['"\p{L}]/u;

function isMarkup(line: string): boolean {
  return MARKUP.test(line) || (line.includes('(') && CALL.test(line));
}

/** The line's words in lower case, with bullets, arrows and punctuation around them dropped. */
const NON_SPACE = /\S+/g;

/** Whether a character code is an ASCII letter or digit (a word that starts and ends so needs no trimming). */
function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

function firstWords(line: string): string[] {
  const words: string[] = [];
  // Past the longest call to action, the count is all that matters: stop one word beyond it.
  NON_SPACE.lastIndex = 0;
  for (let m = NON_SPACE.exec(line); m !== null; m = NON_SPACE.exec(line)) {
    const raw = m[0];
    // A word of ASCII letters needs no trimming; anything else loses the marks around it.
    const word = (isAsciiAlnum(raw.charCodeAt(0)) && isAsciiAlnum(raw.charCodeAt(raw.length - 1)) ? raw : raw.replace(/^[^\p{L}\p{N}@#%€$£]+|[^\p{L}\p{N}%]+$/gu, '')).toLowerCase();
    if (word !== '') words.push(word);
    if (words.length > MAX_CTA_WORDS) break;
  }
  return words;
}

/**
 * Verbs of what a reader does on a web page (a closed class of the page's grammar, not phrases of
 * a corpus): the first word of a call to action.
 */
const ACTION_VERBS = new Set([
  'share', 'follow', 'subscribe', 'sign', 'log', 'login', 'register', 'join', 'download', 'get', 'read', 'watch',
  'listen', 'click', 'tap', 'continue', 'keep', 'leave', 'post', 'add', 'write', 'submit', 'comment', 'like',
  'tweet', 'email', 'e-mail', 'print', 'save', 'support', 'become', 'donate', 'install', 'visit', 'check', 'discover',
  'enable', 'allow', 'accept', 'unlock', 'upgrade', 'claim', 'send', 'bookmark', 'copy', 'view', 'see', 'try',
  'create', 'enter', 'reply', 'load', 'show', 'hide', 'enlarge', 'expand', 'zoom', 'receive', 'connect', 'search', 'exit',
]);
/** Words between a verb and what it acts on: particles and gerunds (`sign up for`, `keep reading`). */
const PARTICLES = new Set([
  'up', 'in', 'on', 'out', 'to', 'for', 'into', 'via', 'with', 'at', 'now', 'free', 'more', 'reading', 'watching',
  'listening', 'exploring', 'browsing', 'me', 'and', 'or', 'today', 'instantly',
]);
/** What a reader acts on: the page, its site and the site's channels (networks are fixed names). */
const SITE_OBJECTS = new Set([
  'us', 'article', 'articles', 'story', 'stories', 'news', 'newsletter', 'newsletters', 'channel', 'channels', 'page',
  'post', 'posts', 'site', 'website', 'app', 'apps', 'application', 'comment', 'comments', 'reply', 'account', 'inbox',
  'notifications', 'alerts', 'updates', 'feed', 'podcast', 'podcasts', 'video', 'videos', 'audio', 'subscription',
  'membership', 'edition', 'e-paper', 'epaper', 'premium', 'journalism', 'content', 'access', 'link', 'here', 'this', 'telegram', 'whatsapp', 'facebook', 'twitter', 'x', 'instagram', 'youtube', 'tiktok', 'linkedin',
  'rss', 'viber', 'threads', 'bluesky', 'mastodon', 'newsroom', 'headlines', 'digest', 'briefing', 'cookies',
  'javascript', 'gallery', 'photos', 'images', 'copy', 'version', 'email', 'e-mail', 'notification',
  'author', 'debate', 'discussion', 'conversation', 'image', 'photo', 'picture', 'keyword', 'keywords',
]);
/** Words that open what a verb acts on. */
const DETERMINERS = new Set(['us', 'our', 'this', 'the', 'your', 'a', 'an', 'my', 'these', 'all', 'its', 'their', 'his', 'her']);
/** Words of a phrase that may stand between a determiner and its noun (`our free daily newsletter`). */
const MAX_MODIFIERS = 3;

/**
 * A call to action: an imperative verb of the web and what it acts on, from the line's start.
 * 2: the verb acts on the page or its site (`Follow us on X`, `Sign up for our free newsletter`,
 * `Keep reading your article`, `Get the news in your inbox`). 1: the verb alone, as a button
 * (`Share`, `Subscribe now`). 0: anything else (`Follow Samantha on Twitter`, `Watch the crowd
 * arrive in this video`).
 */
function callToAction(words: readonly string[], line: string): 0 | 1 | 2 {
  // `Please Like and Share:`: "please", then verbs of the page joined by "and": a row of buttons.
  if (words[0] === 'please' && words.length > 1) return callToAction(words.slice(1), line) || (isVerbRow(words.slice(1)) ? 2 : 0);
  if (words.length === 0 || words.length > MAX_CTA_WORDS || !ACTION_VERBS.has(words[0]!)) return 0;
  if (words.length >= 3 && isVerbRow(words)) return 2;
  let i = 1;
  while (i < words.length && PARTICLES.has(words[i]!)) i++;
  // `Print and web media news reports …`: a verb joined by "and" to a word that is no verb is a noun.
  if (i < words.length && (words[i - 1] === 'and' || words[i - 1] === 'or') && !ACTION_VERBS.has(words[i]!)) return 0;
  // `Click to read the article`, `Sign up to receive our newsletter`: a second verb carries the object.
  if (i < words.length && i > 1 && words[i - 1] === 'to' && (ACTION_VERBS.has(words[i]!) || words[i] === 'receive')) return callToAction(words.slice(i), line);
  if (i === words.length) return words.length <= 2 && /^[›»>•·*▶►\s]*\p{L}[^.!?]*$/u.test(line) ? 1 : 0; // `Subscribe now`, `Share`
  // `Click here`, `Follow us`, `Share this` (alone: `Share this decision` acts on something else).
  if (SITE_OBJECTS.has(words[i]!) && (words[i] !== 'this' || i === words.length - 1)) return 2;
  // `Sign up for our free daily newsletter`, `Get unlimited access`: a few modifiers, then the object,
  // before any particle (`Follow Samantha on Twitter` acts on Samantha).
  const from = DETERMINERS.has(words[i]!) ? i + 1 : i;
  for (let j = from; j <= from + MAX_MODIFIERS && j < words.length; j++) {
    if (SITE_OBJECTS.has(words[j]!) && words[j] !== 'this' && words[j] !== 'here' && words[j] !== 'us') return 2;
    if ((PARTICLES.has(words[j]!) && words[j] !== 'free' && words[j] !== 'more') || DETERMINERS.has(words[j]!)) break;
  }
  // `Get the Mirror in your inbox`, `… for €0.99 for the first month`: where the action ends up.
  if (INBOX.test(line) || PRICE.test(line)) return 2;
  return 0;
}

const MAX_CTA_WORDS = 25;

/** `Like and Share`, `Like, comment and share`: two verbs of the page or more, joined by "and" or "or". */
function isVerbRow(words: readonly string[]): boolean {
  let verbs = 0;
  for (const word of words) {
    if (ACTION_VERBS.has(word)) verbs++;
    else if (word !== 'and' && word !== 'or') return false;
  }
  return verbs >= 2 && words.length <= 5;
}

/**
 * A call to action over a whole line: its first sentence, or a line of two or three short
 * sentences, each a call to action or a short question (`Got a tip? Email us.`, `Want more?
 * Subscribe to our newsletter.`).
 */
function callToActionLine(words: readonly string[], line: string): 0 | 1 | 2 {
  const first = callToAction(words, line);
  if (first !== 0 || words.length > MAX_CTA_WORDS || !/[.!?] \S/.test(line)) return first;
  const sentences = line.split(/(?<=[.!?])\s+(?=\S)/);
  if (sentences.length > 3) return 0;
  let actions = 0;
  for (const sentence of sentences) {
    if (callToAction(firstWords(sentence), sentence) === 2) actions++;
    else if (!/\?$/.test(sentence) || sentence.split(/\s+/).length > 8) return 0;
  }
  return actions > 0 ? 2 : 0;
}
const INBOX = /\b(?:in|to) your inbox\b/i;
const PRICE = /[€$£]\s?\d+(?:[.,]\d{2})?\s*(?:\/|a |per |for the first )(?:month|week|year)/i;

/**
 * A status line of the page: a count of views, comments or reading time, comments closed, a
 * paywall's state, a form or a script that did not load. Returns its name.
 */
function isStatusLine(line: string): string | undefined {
  if (line.length > MAX_STATUS) return undefined;
  if (/\d/.test(line) && (READ_TIME.test(line) || COUNT.test(line))) return 'a count shown by the page';
  if (line.length > 160) return undefined;
  if (CLOSED.test(line)) return 'a status line of the page';
  if (PAYWALL_WORD.test(line) && PAYWALL.test(line)) return 'a paywall';
  if (PAGE_STATE.test(line) || (NOT_WORD.test(line) && PART_MISSING.test(line))) return 'a status line of the page';
  if (line.includes('+') && KEY_INSTRUCTION.test(line)) return 'an instruction to press keys on the page';
  return undefined;
}

const MAX_STATUS = 200;
/** `3 min read`, `< a min read`, `Reading time: 4 minutes`. */
const READ_TIME = /^(?:<\s*)?(?:\d{1,3}|an?|one)\s*(?:min(?:ute)?s?|m)\.?\s+read$|^(?:estimated )?reading time\s*:?\s*\d{1,3}\s*(?:min(?:ute)?s?|m)\.?$/i;
/** `1841 views`, `12 comments`, `Views: 2,104`, `2.3K shares`. */
const COUNT = /^(?:\d[\d,. ]{0,9}[kKmM]?\s+(?:views?|reads?|readers?|comments?|shares?|likes?|replies|reactions|votes?|visits?)|(?:views?|reads?|comments?|shares?|likes?|visits?|hits)\s*:\s*\d[\d,. ]{0,9}[kKmM]?)$/i;
/** `Comments are closed.`, `Commenting has been disabled for this article`. */
const CLOSED = /^(?:the )?(?:comments?|commenting|comment section|discussion|replies|registration|voting)(?: (?:for|on) (?:this|the) (?:article|story|post|page))? (?:is|are|has been|have been|was|were) (?:now |currently |temporarily )?(?:closed|disabled|turned off|off|not available|unavailable)(?: (?:for|on) (?:this|the) (?:article|story|post|page))?\.?$/i;
/**
 * A paywall's words: a page's state for a reader who has not paid (`This article is for
 * subscribers only`, `Already subscribed?`, `You have 3 free articles left`).
 */
/** A word every paywall line below holds: a cheap first test. */
const PAYWALL_WORD = /already|only|left|remaining|reading/i;
const PAYWALL =
  /^(?:already (?:a )?(?:subscribed|subscriber|member|registered|have an account)\b.{0,60}|.{0,60}\b(?:for (?:our )?(?:subscribers|members|premium members) only|(?:subscribers?|members?|premium)[- ]only (?:content|article|story)|you have (?:\d+|one|two|three) (?:free )?(?:articles?|stories) (?:left|remaining)|\d+\s?% left to (?:read|discover)|(?:subscribe|register|sign in|log in) to (?:continue|keep) reading|to (?:continue|keep) reading,? (?:please )?(?:subscribe|register|sign in|log in))\b.{0,80})$/i;
/**
 * The page speaking about itself: a form's legal notice (`By signing up, you agree to …`), an
 * advertisement's gap (`Story continues below advertisement`), something that did not load
 * (`Loading comments…`, `Please reload the page.`, `JavaScript is disabled`).
 */
const PAGE_STATE =
  /^by (?:signing up|subscribing|registering|continuing|clicking|submitting|creating an account)\b|^(?:the )?(?:story|article|text|content) continues (?:below|after)\b|^loading\b.{0,30}(?:\.\.\.|…)$|(?:^|[.!?] )(?:please )?(?:reload|refresh) (?:the|this) page[.!]?$|^(?:please )?(?:enable|turn on) javascript\b|^javascript is (?:disabled|required|not enabled)\b|^your browser does not support\b|^(?:the |your )?(?:\S+ )?(?:verification|session) (?:period )?has expired\b|^(?:error 404|404|page not found)\b|^(?:the )?(?:latest|last|first|most recent) \d{1,3} (?:items|articles|posts|stories|results|news) (?:are|is) (?:displayed|shown|listed)\.?$/i;

const NOT_WORD = /\bnot\b/i;
/**
 * A part of the page that did not come: a page's component (module, plugin, widget, player,
 * form, script, gallery, map, feed, embed), then "is not" and a state of software (installed,
 * loaded, available, supported, configured, enabled, found): `Search module is not installed.`,
 * `The video player could not be loaded`. Reading: a few words, the component, a verb, "not", the state.
 */
const PART_MISSING =
  /^(?:[\p{L}-]+ ){0,3}(?:module|plugin|plug-in|widget|player|form|script|gallery|map|feed|embed|component|extension|add-on)s? (?:is|are|was|were|could|can|has|have)(?: been)? not (?:be )?(?:been )?(?:installed|loaded|available|supported|configured|enabled|activated|found|displayed)\.?$/iu;
/**
 * The page asking the reader to press keys (`… select the text and press Ctrl + Enter`): a key
 * combination of a modifier and a key is said to a reader of a web page, not in an article.
 */
const KEY_INSTRUCTION = /\bpress(?:ing)? (?:the )?(?:ctrl|control|alt|shift|cmd|command|⌘)\s*\+\s*(?:enter|[a-z0-9])\b/i;

/**
 * A credit: a label of a picture, then who (`Image source: Wikimedia Commons`, `Photo by Kim
 * Hyunmin` or `— VNA/VNS Photo Dương Giang` ending a caption), or an agency in square brackets
 * ending a caption (`… the funds he had access to [Reuters]`). Not a bare `Courtesy photo`: no
 * one is named.
 */
function isCredit(line: string): boolean {
  if (line.length > 400) return false;
  if (/\]$/.test(line)) {
    const agency = BRACKETED_AGENCY_END.exec(line);
    if (agency && isAgency(agency[1]!) && !/[.!?]["”’]?$/.test(line.slice(0, agency.index).trim())) return true;
  }
  if (line.length <= 60 && (line.includes('/') || / via /i.test(line)) && isAgencyCredit(line)) return true;
  if (!PICTURE_WORD.test(line)) return false;
  const labelled = LABELLED_CREDIT.exec(line);
  if (labelled && isNames(labelled.groups!['who']!)) return true;
  const closing = CLOSING_CREDIT.exec(line);
  return closing !== null && closing.index > 0 && isNames(closing.groups!['who']!);
}

const PICTURE_WORD = /\b(?:photo|photos|photograph|image|images|picture|video|illustration|foto|credit)\b/i;
/** `Image source: X`, `Photo credit: X`, `Picture: X`, `Photos by X`, perhaps after a bullet. */
const LABELLED_CREDIT = /^[*•·]?\s*\(?(?:main |top |cover |header |featured )?(?:photo|photos|photograph|image|images|picture|video|illustration)(?:\s+(?:source|credit|credits|courtesy))?(?:\s*:\s*|\s+by\s+|\s+courtesy of\s+)(?<who>[^.!?:]{2,80}?)\)?$/i;
/** A credit closing a caption: after a sentence end or a dash, perhaps agencies, then `Photo (by|:)? names`. */
const CLOSING_CREDIT = /(?:[.!?)”"]\s+|\s[—–|-]\s*)(?:[A-Z]{2,}(?:\/[A-Z]{2,})*\s+)?(?:photos?|photograph|picture|image|video)(?:\s+by|\s*:)?\s+(?<who>[^.!?:]{2,60})$/iu;
const BRACKETED_AGENCY_END = /\s\[([^\]]{2,30})\]$/;
/** News and photo agencies as they sign a picture (a fixed set of names). */
const AGENCIES = new Set([
  'afp', 'ap', 'reuters', 'epa', 'epa-efe', 'getty images', 'getty', 'xinhua', 'anadolu', 'aa', 'ansa', 'dpa', 'efe',
  'tass', 'irna', 'kcna', 'yonhap', 'kyodo', 'pti', 'ani', 'upi', 'sputnik', 'bloomberg', 'shutterstock', 'al jazeera',
  'file', 'file photo', 'archive', 'handout', 'social media',
]);

/**
 * A credit alone on a line: agencies and at most one person, joined by slashes or "via" (`AFP via
 * Getty Images`, `JOHN SMITH/REUTERS`, `Reuters/Jane Doe`), one agency at least. Not a dateline:
 * `MOSCOW, December 15. /TASS/.` has more than names.
 */
function isAgencyCredit(line: string): boolean {
  if (CAPITALS_CREDIT.test(line)) return true;
  const parts = line.replace(/^\(|\)$/g, '').split(/\s*\/\s*|\s+via\s+/i);
  if (parts.length < 2 || parts.some((part) => part === '')) return false;
  let agencies = 0;
  let people = 0;
  for (const part of parts) {
    if (isAgency(part)) agencies++;
    else if (/^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2}$/u.test(part)) people++;
    else return false;
  }
  return agencies >= 1 && people <= 1;
}

/** `KATERYNA BONDAR/UKRINFORM`: a photographer of two or three words in capitals, a slash, an agency in capitals. */
const CAPITALS_CREDIT = /^\p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’-]+){1,2} ?\/ ?\p{Lu}[\p{Lu}&-]+(?: \p{Lu}[\p{Lu}&-]+){0,2}$/u;

function isAgency(name: string): boolean {
  return AGENCIES.has(name.toLowerCase().trim());
}

/** Who a credit names: one to six capitalized words or agencies, slashes, commas, `via`, `and`. */
function isNames(who: string): boolean {
  const parts = who.trim().split(/[\s/|,&]+|\s[-–—]\s/).filter((part) => part !== '' && part !== '-');
  if (parts.length === 0 || parts.length > 8) return false;
  return parts.every((part) => /^[\p{Lu}\p{N}©]/u.test(part) || NAME_JOINERS.has(part.toLowerCase()));
}

const NAME_JOINERS = new Set(['via', 'and', 'for', 'of', 'the', 'de', 'di', 'del', 'von', 'van', 'da', 'dos', 'bin', 'al', 'el', 'le', 'la']);

/**
 * An author's bio: `I am Jane Doe, a writer for …`, `Jane Doe is a senior correspondent for …`,
 * `Jane Doe Political correspondent for … based in Brussels`, `Jane Doe covers energy for …`.
 * The role is a newsroom's (journalist, correspondent, editor…), a closed class.
 */
function isBio(line: string): boolean {
  if (line.length < 20 || line.length > 600 || !BIO_START.test(line) || !hasRole(line)) return false;
  return FIRST_PERSON_BIO.test(line) || THIRD_PERSON_BIO.test(line) || NAME_AND_ROLE.test(line) || COVERS.test(line);
}

/**
 * The heading of an author's box: "About", then the author (a person's name of two to four
 * capitalized words) or a word for one (`About the author`, `About Author`, `About the writer`).
 */
function isAboutHeading(line: string): boolean {
  return line.length <= 60 && line.startsWith('About ') && ABOUT_HEADING.test(line);
}

const ABOUT_HEADING = /^About (?:(?:[Tt]he |[Tt]his )?(?:[Aa]uthor|[Ww]riter|[Rr]eporter|[Jj]ournalist|[Cc]olumnist|[Cc]ontributor)s?|\p{Lu}[\p{Ll}'’-]+(?: (?:\p{Lu}[\p{L}'’.-]*|de|van|von|bin|al|da|di|del)){1,3}):?$/u;

/**
 * A bio under an author's heading: it speaks of a person (he, she, his, her…) or names a newsroom's
 * role. A company's "About" box (`Acme is a leading provider …`) speaks of "it".
 */
function isBioUnderHeading(line: string): boolean {
  return PERSON_WORD.test(line) || hasRole(line);
}

const PERSON_WORD = /\b(?:he|she|his|her|him|hers|himself|herself)\b/i;

const ROLES = String.raw`(?:journalist|writer|reporter|correspondent|editor|columnist|contributor|blogger|freelancer|photojournalist|photographer|news anchor|presenter|commentator|content creator|copywriter|editor-in-chief)s?`;
/** A bio starts with a name or with "I am", "I'm", "My name". */
const BIO_START = /^(?:I\b|My |\p{Lu}\p{L}+ \p{Lu})/u;
const ROLE_WORDS = ['journalist', 'writer', 'reporter', 'correspondent', 'editor', 'columnist', 'contributor', 'blogger', 'freelancer', 'photographer', 'anchor', 'presenter', 'commentator', 'content creator', 'covers ', 'writes about', 'reports on'];

/** Whether a newsroom's role is named in the line: a few substring searches before any pattern. */
function hasRole(line: string): boolean {
  const lower = line.toLowerCase();
  return ROLE_WORDS.some((word) => lower.includes(word));
}
const NAME = String.raw`\p{Lu}[\p{L}'’.-]+(?: (?:\p{Lu}[\p{L}'’.-]+|de|van|von|bin|al|da|di|del)){1,3}`;
const FIRST_PERSON_BIO = new RegExp(String.raw`^(?:I am|I'm|I’m|My name is) ${NAME},? (?:an? |the )(?:[\p{L}-]+ ){0,6}${ROLES}\b`, 'u');
const THIRD_PERSON_BIO = new RegExp(String.raw`^${NAME}(?:,[^,]{2,60},)? (?:is|was|has been) (?:an? |the )(?:[\p{L}-]+ ){0,5}${ROLES} (?:for|at|with|of|in|based|who|and|covering)\b`, 'u');
const NAME_AND_ROLE = new RegExp(String.raw`^${NAME} (?:\p{Lu}\p{Ll}+ ){0,2}\p{Ll}*${ROLES} (?:for|at|of|in|based)\b`, 'u');
const COVERS = new RegExp(String.raw`^${NAME} (?:covers|writes about|reports on) [^.]{3,80} for (?:the )?\p{Lu}`, 'u');

/**
 * A copyright notice written as sentences: `Copyright 2019 Hubbard Radio, LLC. All rights
 * reserved. This website is not intended for …`: it opens with the copyright mark and says all
 * rights are reserved.
 */
function isCopyrightSentence(line: string): boolean {
  return COPYRIGHT_START.test(line) && /\ball rights reserved\b/i.test(line) && line.length <= 400;
}

const COPYRIGHT_START = /^(?:©|\(c\)|copyright\b)/i;

/**
 * How many links make up a line, when it is only links: every item a URL, a domain (any ending),
 * an @handle or a #hashtag, between separators (`#Ukraine #Russia`, `www.example.org | @example`).
 * A single address alone is weak evidence (a document may show where it comes from); a site's name
 * alone (`nypost.com`), several links, hashtags or handles are strong.
 */
function linkCount(line: string): number {
  if (!/[.#@/]/.test(line)) return 0;
  // Three words or more with no hashtag, handle or separator between them: words, not links.
  const spaces = line.split(' ', 3).length - 1;
  if (spaces >= 2 && !/[#@|•·/]/.test(line)) return 0;
  let links = 0;
  for (const token of line.split(/\s+/)) {
    if (token === '' || SEPARATOR_TOKEN.test(token)) continue;
    if (!LINK_TOKEN.test(token)) return 0;
    links++;
  }
  return links;
}

const SEPARATOR_TOKEN = /^[|•·/\\—–\-»>,;:]+$/;
/**
 * A URL, a domain, a handle or a hashtag. A domain's ending has two to four letters (`rp.pl`,
 * `example.info`), or any length after `www.` or with a path; a file name (`a.js`) is no domain.
 */
const LINK_TOKEN = /^(?:(?:https?:\/\/|www\.)\S+|[\p{L}\p{N}][\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?!(?:js|ts|md|py|json|html?|css|txt|sh|ya?ml|xml|php|rb|go|rs|jsx|tsx|mjs|cjs|png|jpe?g|gif|svg|pdf|zip|gz|exe|doc|docx|csv)\b)\p{Ll}{2,4}(?:\/\S*)?|@[\p{L}\p{N}_.]{2,}|#[\p{L}\p{N}_]{2,})\.?$/u;

/**
 * A template the page did not fill: `%d bloggers like this:`, `{{title}}`, `[ad_1]`, `[QODLink]`
 * (a bracketed identifier with two capitals or more and a small letter: not `[Anchor]`, `[AFP]`).
 */
const PLACEHOLDER = /%[ds]\b|\{\{[^}]{1,40}\}\}|^\[[a-z]+_\d+\]$|^\[(?=[A-Za-z]*[a-z])(?:[a-z]*[A-Z]){2,}[A-Za-z]*\]$/;

const SEPARATOR_END = /[|•·]$/;
const LIST_SEPARATOR_END = /[,;|]$/;
/** `PHẠM ĐÔNG |`: a separator with nothing after it. */
const DANGLING_SEPARATOR = /^[^|•·]+\s[|•·]$/u;
/**
 * `Tags: Ukraine, Russia, NATO`: a label of a CMS's field (tags, topics, keywords, categories,
 * `Filed under`: a closed set, a few languages) and a list.
 */
const TAG_LIST = /^(?:tags?|topics?|keywords?|categories|category|filed under|related topics|labels|subjects|etiquetas|schlagwörter|tag|теги|метки|теми|etykiety)\s*:\s*[^.!?]{2,200}$/iu;

/** `About | Contact | Privacy Policy`: three items or more between pipes or bullets, each a few words. */
function isLinkRow(line: string): boolean {
  if (!/[|•·]/.test(line)) return false;
  const items = line.split(/\s*[|•·]\s*/).filter((item) => item !== '');
  return items.length >= 3 && items.every((item) => item.split(/\s+/).length <= 4 && !/[.!?;,]$/.test(item));
}

/** Networks a page shares to (fixed names) and the words of its buttons. */
const SHARE_WORDS = new Set([
  'share', 'tweet', 'print', 'email', 'e-mail', 'mail', 'copy', 'link', 'facebook', 'twitter', 'x', 'whatsapp',
  'telegram', 'linkedin', 'reddit', 'pinterest', 'messenger', 'viber', 'vk', 'flipboard', 'comments', 'comment', 'save',
  'wechat', 'weibo', 'qzone', 'kakaotalk', 'tumblr', 'threads', 'bluesky', 'instagram', 'youtube', 'tiktok',
]);

/** `Print Email Facebook Twitter`: two button words or more, nothing else. */
function isShareBar(words: readonly string[]): boolean {
  return words.length >= 2 && words.length <= 12 && words.every((word) => SHARE_WORDS.has(word));
}

/**
 * `WATCH: Biden meets Xi`, `VIDEO - Floods in Valencia`, `CLICK - Attack against …`: a label in
 * capitals for a link to another story or medium, then its headline.
 */
const MEDIA_LINK = /^(?:WATCH|VIDEO|LISTEN|PHOTOS?|GALLERY|PODCAST|CLICK|READ|RELATED|MORE|ALSO READ|READ ALSO|SEE ALSO|LIVE)\s*[:|–—-]\s*["“]?\p{Lu}/u;
const MAX_MEDIA_LINK_WORDS = 25;
const MEDIA_LINK_SIGNAL: Signal = { name: 'a link to another story or medium', weight: 2 };

/** `Technorati Tags: ,`: a label whose list the page left empty. */
const EMPTY_LIST = /^[\p{L}' ]{2,30}:\s*[,;|]+$/u;
/** `11.4 C`, `-3°F`: a temperature alone, as a weather widget shows it. */
const WEATHER = /^-?\d{1,3}(?:[.,]\d)?\s?°?\s?[CF]$/;

/**
 * A trail from the site's home page: `Home > Foreign Ministry Spokesperson's Remarks`, `Home /
 * World`. The first item is the home page (in a few languages: a closed set), then a separator.
 */
function isBreadcrumb(line: string): boolean {
  if (!HOME_START.test(line)) return false;
  const parts = line.split(CRUMB_SEPARATOR);
  return parts.length >= 2 && parts.length <= 6 && HOME.has(parts[0]!.trim().toLowerCase()) && parts.every((part) => part.trim() !== '' && part.length <= 80);
}

const CRUMB_SEPARATOR = /\s*[»›>|/]\s*/;
const HOME_START = /^(?:home|main|start|inicio|accueil|startseite|главная|головна)/i;
const HOME = new Set(['home', 'homepage', 'home page', 'main', 'start', 'inicio', 'accueil', 'startseite', 'главная', 'головна']);

const DIGIT_END = /\d$/;
const MAX_STAMP_LINE = 200;
/** Addresses and ISO times, taken out of a line to see whether words remain. */
const LINKS_AND_TIMES = /(?:https?:\/\/|www\.)\S+|\d{4}-\d{2}-\d{2}T\S+/g;
/** `]]>`, `<![CDATA[`: the wrapper of a feed's item, alone on a line. */
const FEED_MARKUP = /^(?:\]\]>|<!\[CDATA\[)$/;
/** `2024-04-26T20:09:00+09:00`: a date and time as a machine writes them (ISO 8601), a feed's or a page's, never an article's. */
const ISO_TIME = /(?:^|\s)\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?(?:\s|$)/;
/** `tend: 1685232535.2056`: a label and a number of nine digits or more (a Unix time, a counter). */
const MACHINE_VALUE = /^[\p{L}_ ]{1,20}\s?[:=]\s?\d{9,}(?:\.\d+)?$/u;
/** `News ID: 57222`, `Article No. 4411`: a label of one to three words ending with an identifier's word, then a number. */
const PAGE_ID = /^(?:[\p{L}]+ ){0,2}(?:ID|Id|No\.?|Code|Number)\s?[:#]?\s?\d{3,}$/u;
/** `Your Name`, `Your Email Address *`: the label of a comment form's field, addressed to the reader. */
const FORM_FIELD = /^your (?:full |first |last )?(?:name|e-?mail(?: address)?|comment|message|website|phone(?: number)?|reply|review)\s*\*?:?$/i;
/** `By  |`: a byline whose name the page did not fill (a bare `By` may have its name on the next line). */
const EMPTY_BYLINE = /^by\s*[|•·,–-]+$/i;

/** `Okunma Sayısı : 594`: a label and a number, as a widget shows it. */
const COUNTER = /^[\p{L}' ]{2,30}\s?:\s?\d[\d,. ]{0,9}$/u;

// Dates and times.

const MONTHS = new Set([
  'jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june', 'jul', 'july', 'aug', 'august',
  'sep', 'sept', 'september', 'oct', 'october', 'nov', 'november', 'dec', 'december',
  // Months as date widgets show them untranslated (a closed set per language).
  ...FOREIGN_MONTHS,
  'januari', 'februari', 'maart', 'mei', 'augustus', 'juli',
  'января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря',
  'січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня', 'жовтня', 'листопада', 'грудня',
]);
const WEEKDAYS = new Set([
  'mon', 'monday', 'tue', 'tues', 'tuesday', 'wed', 'wednesday', 'thu', 'thur', 'thurs', 'thursday', 'fri', 'friday',
  'sat', 'saturday', 'sun', 'sunday',
]);
/** Words a date widget puts around a date: labels, zones, `at`, `am`. */
const DATE_WORDS = new Set([
  'at', 'on', 'am', 'pm', 'a.m', 'p.m', 'gmt', 'utc', 'cet', 'cest', 'est', 'edt', 'pst', 'pdt', 'bst', 'ist', 'msk', 'ksa',
  'published', 'updated', 'posted', 'modified', 'date', 'time', 'last', 'update', 'created', 'of', 'th', 'st', 'nd', 'rd',
  'et', 'ct', 'pt', 'jst', 'kst', 'hkt', 'sgt', 'ist', 'wib', 'eet', 'eest', 'wet', 'aest', 'today', 'yesterday',
]);
/** The words only a date widget says (`Updated`, `Posted`): a document's own `[Date]` field is no widget. */
const WIDGET_LABELS = new Set(['published', 'updated', 'posted', 'modified', 'created', 'update']);
/** `16:42`, `1:25pm`, `01:56JST` (a zone glued on). */
const TIME_TOKEN = /^\d{1,2}[:.h]\d{2}(?::\d{2})?(?:[ap]\.?m\.?|[a-z]{3,4})?$/i;
/** `Category:World`: a CMS's field glued to its value, as a list of stories shows it beside a date. */
const FIELD_TOKEN = /^(?:category|section|topic|source):\p{L}+$/iu;
/** A place in capitals opening a line, then a comma: `ROME,`, `NEW DELHI,`. */
const WIRE_PLACE = /^(\p{Lu}{2,}(?:[ -]\p{Lu}{2,})*),/u;
const NUMERIC_DATE_TOKEN = /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})$/;

/**
 * A line that is a date and nothing else of substance: 2 with a time or a widget's label, 1 for a
 * bare date (an article's own dateline may be one), 0 for anything else. Every word must be a
 * month, a weekday, a number, a time or a date widget's word; one word outside them (a weekday
 * in another language: `30 Nisan 2018 Pazartesi, 15:40`) may stand with a time.
 */
function calendarLine(line: string): 0 | 1 | 2 {
  if (line.length > 80 || !/\d/.test(line)) return 0;
  // A wire dateline opens with its place in capitals and a comma (`ROME, 09 May 2024, 19:00`):
  // the article's own, whatever date and time follow.
  const place = WIRE_PLACE.exec(line);
  if (place && !MONTHS.has(place[1]!.toLowerCase()) && !WEEKDAYS.has(place[1]!.toLowerCase())) return 0;
  let month = false;
  let numeric = false;
  let time = false;
  let label = false;
  let unknown = 0;
  let year = false;
  for (const raw of line.split(/[\s,|·•/()[\]–—-]+/)) {
    const token = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (token === '') continue;
    const lower = token.toLowerCase().replace(/\.$/, '');
    if (TIME_TOKEN.test(token)) time = true;
    else if (NUMERIC_DATE_TOKEN.test(token)) numeric = true;
    else if (/^\d{1,2}(?:st|nd|rd|th)?$/.test(lower)) continue;
    else if (/^(?:19|20)\d{2}$/.test(token)) year = true;
    else if (MONTHS.has(lower)) month = true;
    else if (WEEKDAYS.has(lower)) continue;
    else if (DATE_WORDS.has(lower)) label = label || WIDGET_LABELS.has(lower);
    else if (FIELD_TOKEN.test(token)) label = true;
    else if (/^\p{L}+:?$/u.test(token) && unknown === 0) unknown++;
    else return 0;
  }
  if (!((month && (year || time)) || numeric || (time && label))) return 0; // `Updated 12:34 PM ET`
  if (time || label) return 2;
  return unknown === 0 ? 1 : 0;
}

// Scripts and languages.

/**
 * How many scripts other than Latin a line's letters are in, when the article is mostly Latin and
 * the line is short: 1 for a label in another script, 2 or more for a language menu (`中文 العربي`).
 */
function otherScripts(line: string, latinShare: number | (() => number)): number {
  if (line.length > 80 || !SCRIPT_LETTER_RANGE.test(line)) return 0;
  if ((typeof latinShare === 'number' ? latinShare : latinShare()) < MOSTLY_LATIN) return 0;
  const scripts = new Set<string>();
  for (const ch of line) {
    const code = ch.codePointAt(0)!;
    if (code < 0x370) continue;
    const script = SCRIPTS.find(([, pattern]) => pattern.test(ch));
    if (script) scripts.add(script[0]);
  }
  if (scripts.size === 0) return 0;
  // A quoted phrase or a sentence in another script is the article's own: a label has no end mark.
  if (scripts.size === 1 && (/[.!?"“”«»„]/.test(line) || /[A-Za-z]/.test(line))) return 0;
  return scripts.size;
}

const MOSTLY_LATIN = 0.85;
/**
 * The blocks the scripts of SCRIPTS are in (a superset: punctuation, arrows and symbols, which
 * hold no letter of them, left out), a cheap first test.
 */
const SCRIPT_LETTER_RANGE = /[\u0370-\u1fff\u2c00-\u2dff\u2e80-\ud7ff\uf900-\ufeff\uff66-\uff9f\ud840-\ud87f]/;
const SCRIPTS: readonly (readonly [string, RegExp])[] = [
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Han', /\p{Script=Han}/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Georgian', /\p{Script=Georgian}/u],
  ['Armenian', /\p{Script=Armenian}/u],
];

/**
 * The language of a short Latin line when it is not English, the article's language: most of its
 * words are no English word, one of them in lower case (a function word: names are capitalized,
 * and a line of names is a byline, not a foreign line), and the language identifier agrees.
 * Strong evidence with two such words in lower case. The identifier is loaded on the first line
 * that passes those tests.
 */
function foreignLanguage(line: string, words: readonly string[], lexicon: Lexicon): { code: string; strong: boolean } | undefined {
  if (words.length < 2 || words.length > 12 || line.length > 120 || /[^\u0000-\u024f\s\p{P}\p{S}\p{N}]/u.test(line)) return undefined;
  let foreign = 0;
  let lowerForeign = 0;
  let letters = 0;
  const tokens = line.split(/\s+/);
  for (const raw of tokens) {
    const word = raw.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    if (!/^\p{L}{2,}$/u.test(word)) continue;
    letters++;
    if (lexicon.isWord(word.toLowerCase())) {
      // Two thirds of the words must be foreign: more than a third in English already says no.
      if ((letters - foreign) * 3 > tokens.length) return undefined;
      continue;
    }
    foreign++;
    if (word === word.toLowerCase()) lowerForeign++;
  }
  if (letters < 2 || lowerForeign === 0 || foreign * 3 < letters * 2) return undefined;
  const language = identifyLanguage(line);
  // Two function words of another language make a line of it; one may be a name's particle.
  return language !== undefined && language !== 'en' ? { code: language, strong: lowerForeign >= 2 } : undefined;
}

type Detect = (text: string) => string;
let detect: Detect | undefined;

/**
 * The language of a text as tinyld names it (ISO 639-1), or undefined when it cannot tell.
 * tinyld is made for short texts (its "light" build: some 70 KB, loaded in tens of milliseconds,
 * only when a line needs it).
 */
export function identifyLanguage(text: string): string | undefined {
  detect ??= (createRequire(import.meta.url)('tinyld/light') as { detect: Detect }).detect;
  const language = detect(text);
  return language === '' ? undefined : language;
}

/** Common verb forms: a label has none. */
const VERBS = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can',
  'could', 'should', 'may', 'might', 'must', 'says', 'said', 'say', 'tells', 'told', 'calls', 'called', 'wants', 'makes',
  'made', 'gets', 'got', 'goes', 'went', 'takes', 'took', 'gives', 'gave', 'sees', 'saw', 'comes', 'came',
]);

/**
 * A short label of common words: one or two words, each an English word in common use, no verb,
 * no sentence end (`Source`, `Latest`, `Related Topics`). Alone, a
 * label is a heading; beside furniture, it is part of it.
 */
function isLabel(line: string, words: readonly string[], lexicon: Lexicon): boolean {
  if (words.length === 0 || words.length > MAX_LABEL_WORDS || line.length > 40 || !/^\p{L}[\p{L} '’&-]*:?$/u.test(line)) return false;
  return words.every((word) => !VERBS.has(word) && lexicon.isWord(word) && lexicon.frequency(word) >= COMMON);
}

const COMMON = 2;
/** A label has one or two words: three or more common words may be a headline (`Talks resume in Geneva`). */
const MAX_LABEL_WORDS = 2;

/** `1. home`, `• Politics`: a numbered or bulleted item of one to three words (not Markdown's `-` and `*`). */
function isMenuItem(line: string): boolean {
  return /^(?:\d{1,2}\.|[•▪►])\s*[\p{L}\p{N}][\p{L}\p{N}'’&-]*(?:\s[\p{L}\p{N}'’&-]+){0,2}$/u.test(line);
}

/**
 * How a line reads against its neighbour, both normalized (normalizeTitle): the same line (list
 * numbers, bullets, case and quotes aside), or the neighbour with the site's name added after a separator (`Title – Metro US`) or a
 * trail before it (`Current:Home > My…Title -Site`).
 */
function relate(a: string, b: string): 'same' | 'title with site' | undefined {
  if (a === '' || b === '') return undefined;
  if (a === b) return 'same';
  if (b.length < MIN_TITLE || a.length <= b.length) return undefined;
  const at = a.indexOf(b);
  if (at < 0) return undefined;
  const before = a.slice(0, at);
  const after = a.slice(at + b.length);
  const siteAfter = after === '' || (/^\s*[-–—|:·•]/.test(after) && after.split(/\s+/).length <= MAX_SITE_WORDS);
  const trailBefore = before === '' || /[>»/|]\s*\S*$/.test(before);
  return siteAfter && trailBefore ? 'title with site' : undefined;
}

const MIN_TITLE = 20;
/** What normalizeTitle changes besides the case: a list mark, quotes, a run of spaces or another space. */
const TITLE_MARKS = /^\s*(?:\d{1,2}\.|[•·*▪►-])\s|[“”„"«»‘’]|\s\s|[^\S ]/;
const MAX_SITE_WORDS = 6;

function normalizeTitle(line: string): string {
  if (!TITLE_MARKS.test(line)) return line.toLowerCase().trim();
  return line
    .replace(/^\s*(?:\d{1,2}\.|[•·*▪►-])\s+/u, '')
    .replace(/[“”„"«»]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .trim();
}

/**
 * The words of a site's section labels: its sections (a closed class every news site shares),
 * the world's regions, and the words that make a list of stories (`Top Stories`, `More
 * Articles`, `All news`).
 */
const SECTION_WORDS = new Set([
  'world', 'international', 'national', 'local', 'regional', 'politics', 'political', 'business', 'economy',
  'finance', 'markets', 'sport', 'sports', 'football', 'culture', 'entertainment', 'showbiz', 'celebrity',
  'tech', 'technology', 'science', 'health', 'opinion', 'opinions', 'lifestyle', 'society', 'news',
  'latest', 'breaking', 'top', 'hot', 'popular', 'trending', 'featured', 'more', 'all', 'other',
  'stories', 'story', 'articles', 'headlines', 'live', 'updates', 'home', 'front', 'page', 'main',
  'africa', 'europe', 'asia', 'americas', 'america', 'oceania', 'middle', 'east', 'pacific', 'region',
  'diplomacy', 'defence', 'defense', 'security', 'crime', 'justice', 'environment', 'climate', 'energy',
  'education', 'religion', 'travel', 'weather', 'video', 'videos', 'photos', 'gallery', 'multimedia',
]);
const MAX_SECTION_WORDS = 4;
/** Section words that title a list of stories, not a part of an article (`Latest`, `Trending`). */
const STORY_LIST_WORDS = new Set([
  'latest', 'breaking', 'top', 'hot', 'popular', 'trending', 'featured', 'more', 'all', 'other', 'headlines', 'stories',
  'story', 'articles', 'news', 'live', 'updates', 'front', 'page', 'main', 'home', 'videos', 'photos', 'gallery',
]);

/**
 * A section label: one to four words, no sentence punctuation, every word a section word (`World`,
 * `Top Stories`, `Middle East`) or a capitalized name before a closing "News" (`Bundesliga News`,
 * `Persian News`). Not a headline: those have verbs and more words. `stories` when it names a list
 * of stories (a word such as "Top", "Latest", "News", "More"), `section` for a section's name alone.
 */
export function sectionLabel(content: string): 'stories' | 'section' | undefined {
  const line = content.trim();
  if (line === '' || line.length > 40 || /[.!?:;,"“”|/]/.test(line)) return undefined;
  const words = line.split(/\s+/);
  if (words.length > MAX_SECTION_WORDS || !words.every((word) => /^\p{L}+$/u.test(word) && (isUpperInitial(word) || word === word.toLowerCase()))) return undefined;
  const lower = words.map((word) => word.toLowerCase());
  if (lower.every((word) => SECTION_WORDS.has(word))) return lower.some((word) => STORY_LIST_WORDS.has(word)) ? 'stories' : 'section';
  return lower[lower.length - 1] === 'news' && words.slice(0, -1).every(isUpperInitial) ? 'stories' : undefined;
}

function isUpperInitial(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}
