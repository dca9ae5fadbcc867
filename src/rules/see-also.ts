// Links to other articles that scraping leaves in the text: `See also …`, `Read more: …`,
// `Related articles`, `You may also like`, `Previous Article`, a bare marker with the teasers
// under it (headlines, excerpts cut off with `…`, captions), a list of teasers closing the text,
// and a `Read also` label dropped into the middle of a paragraph. Only whole lines go (or the
// label and a teaser that runs to the line's end), and only when they read as links: `See also
// the report by the UN.` or `Read more about it below.` read as prose and stay.
import type { Edit, Line, Rule } from '../engine/types.js';
import { isLower } from '../text/chars.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { ZONES } from '../text/facts.js';
import { sectionLabel } from '../text/furniture.js';

const MARKER_PHRASES = [
  'see also',
  'also see',
  // A verb of looking and "also": `Check Also`, `Look also`, `Check out also`.
  '(?:check|look|watch|view)(?: out)? also',
  'also (?:check|look|watch|view)(?: out)?',
  'read also',
  'also read',
  'read more',
  'read next',
  'more to read',
  'related(?: articles?| posts?| news| stories| content| coverage| reading| links?| topics?)?',
  'further reading',
  'recommended(?: for you| articles?| stories| reading)?',
  'you may also like',
  'you might also like',
  'you may be interested in',
  'you might be interested in',
  'it (?:might|may) interest you',
  'this (?:might|may) interest you',
  'watch the video',
  'watch video',
  "don[’']t miss",
  'must read',
  'more on (?:this|the) (?:subject|topic|story)',
  'more on this',
  // `More about coronavirus`, `More on Ukraine`: "more", "about" or "on", and a topic of one to
  // three words ending the line (a sentence goes on, or ends with a full stop).
  String.raw`more (?:about|on) [\p{L}\p{N}'’-]+(?: [\p{L}\p{N}'’-]+){0,2}(?=\s*$)`,
  'more from (?:the )?author',
  'more from this author',
  'most popular',
  'most read',
  'popular posts',
  'recent posts',
  'latest posts',
  'trending now',
  "editor[’']s picks",
  'previous (?:article|post|story)',
  'next (?:article|post|story)',
];

/**
 * A link marker at the start of a line, after an optional bullet: the marker, then the end of the
 * line or a separator. Reading: bullet? · marker phrase · (end | space | colon | dash | quote).
 */
const MARKER = new RegExp(
  String.raw`^[\s\-–—•*·►▶>»|]*(${MARKER_PHRASES.join('|')})(?=$|[\s:：\-–—|»>.…"“«‘'])[\s:：\-–—|»>.]*`,
  'iu',
);
/**
 * Whether a line is a link marker and nothing else (`Related Posts`, `Read more:`): see-also removes
 * it with the teasers under it, so the furniture model leaves it to this rule.
 */
export function isBareLinkMarker(content: string): boolean {
  if (content.length > MAX_LINK_LENGTH || !MARKER_INITIALS.test(content)) return false;
  const marker = MARKER.exec(content);
  return marker !== null && content.slice(marker[0].length).trim() === '';
}

/** Letters a marker line can start with (after bullets): a cheap first test for every line. */
const MARKER_INITIALS = /^[\s\-–—•*·►▶>»|]*[sSaArRfFyYdDmMpPlLtTeEnNiIwWcCvV]/;
/** MARKER_INITIALS read at a line's start in the whole text (sticky), without slicing the line out. */
const MARKER_INITIALS_AT = /[ \t\-–—•*·►▶>»|]*[sSaArRfFyYdDmMpPlLtTeEnNiIwWcCvV]/y;

/**
 * A `Read also` / `See also` label dropped mid-paragraph after a sentence: `… destruction ”. Read
 * also The peace talks …`. Reading: sentence punctuation (perhaps a quote), a space, the label,
 * spaces, a capital.
 */
const INLINE_LABEL = / (?:Read also|See also|Also read|READ ALSO|SEE ALSO)\s+(?=\p{Lu})/gu;
/** Whether a sentence ends right before `at`: `.`, `!` or `?`, perhaps with a closing quote (checked in code, not by a lookbehind tried at every offset). */
function followsSentenceEnd(text: string, at: number): boolean {
  const before = text[at - 1];
  if (before === '.' || before === '!' || before === '?') return true;
  return (before === '"' || before === '”' || before === '’') && '.!?'.includes(text[at - 2] ?? 'x');
}

/** A line ending in an ellipsis: the excerpt of a teaser. */
const CUT_OFF = /(?:…|\.\.\.)\s*$/;
/** A photo caption line as teaser blocks carry it. */
const CAPTION = /^(?:FILE PHOTO|PHOTO|Photo|Image|IMAGE)\b/;
const SENTENCE_END = /[.!?:;]["”’»)]*\s*$/;

const MAX_TEASER_LINES = 15;
const MAX_TEASER_WORDS = 25;
const MAX_EXCERPT_WORDS = 60;
const MIN_EXCERPT_WORDS = 8;
const MAX_LINK_LENGTH = 300;
const MAX_INLINE_TEASER_WORDS = 20;

export const seeAlso: Rule = {
  id: 'see-also',
  description: 'Remove "See also" / "Read more" / "Related" link lines and teasers of other articles',
  category: 'chrome',
  editsProtected: 'it removes whole lines that link to other articles, their addresses included',
  leaves: 'sentences that start with those words ("See also the report by …"), a single line cut off with …, prose after a marker, dialogue',
  examples: [
    ['See also: Putin speaks to the nation', ''],
    ['Read more: Putin speaks', ''],
  ],
  apply(text, ctx) {
    const edits: Edit[] = [];
    const lines = ctx.lines();
    const tail = tailStart(text, ctx);
    let excerptsChecked = 0; // lines before this belong to a run of excerpts that does not close the text
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.end - line.start > MAX_LINK_LENGTH * 2) continue; // a paragraph, not a link line
      const content = text.slice(line.start, line.end);
      if (content.trim() !== '' && ctx.settings.seeAlsoLines.some((pattern) => pattern.test(content.trim()))) {
        edits.push(ctx.removeLine(line, 'link line (a configured pattern)'));
        continue;
      }
      const marker = content.length <= MAX_LINK_LENGTH && MARKER_INITIALS.test(content) ? MARKER.exec(content) : null;
      if (marker) {
        const tail = content.slice(marker[0].length);
        if (tail.trim() === '') {
          const teasers = findTeasers(text, lines, i + 1);
          const last = teasers ?? line;
          edits.push(ctx.removeLines(line, last, teasers ? `"${marker[1]}" link with its teasers` : `"${marker[1]}" link line`));
          i = last.index;
          continue;
        }
        if (!isLower(tail[0])) {
          const glued = gluedSentence(tail, ctx.lexicon);
          if (glued !== undefined) {
            const end = line.start + marker[0].length + glued;
            edits.push(ctx.remove(line.start, end, `"${marker[1]}" link, glued to the sentence after it`));
          } else if (wordCount(tail) <= MAX_TEASER_WORDS) {
            edits.push(ctx.removeLine(line, `"${marker[1]}" link line`));
          }
          continue;
        }
      }
      // Below the article, a label of a list of stories (`Latest News`, `Top Stories`) is a marker
      // too: with the headlines under it, it goes here (alone, boilerplate removes it).
      const stories = line.start >= tail ? storiesLabel(content) : undefined;
      if (stories !== undefined) {
        const teasers = findTeasers(text, lines, i + 1);
        if (teasers) {
          edits.push(ctx.removeLines(line, teasers, `"${stories}" list of stories with its teasers`));
          i = teasers.index;
          continue;
        }
      }
      if (ctx.edges.end && i >= excerptsChecked && CUT_OFF.test(content)) {
        const excerpts = findExcerptRun(text, lines, i);
        if (excerpts.last) {
          edits.push(ctx.removeLines(line, excerpts.last, 'teasers of other articles, cut off with "…"'));
          i = excerpts.last.index;
        } else {
          excerptsChecked = excerpts.next; // started from a later line of the run, it would end the same way
        }
      }
    }
    const headlines = tail < text.length ? findHeadlineRun(text, lines, tail) : undefined;
    if (headlines) edits.push(ctx.removeLines(headlines[0], headlines[1], 'headlines of other articles closing the text'));
    let lineEnd = -1; // the end of the line of the last label (labels come in order)
    for (const m of text.includes('lso ') || text.includes('LSO ') ? text.matchAll(INLINE_LABEL) : []) {
      if (!followsSentenceEnd(text, m.index)) continue;
      if (m.index >= lineEnd) lineEnd = endOfLine(text, m.index);
      edits.push(inlineLabelEdit(text, m.index, m[0].length, lineEnd, ctx));
    }
    return edits;
  },
};

/**
 * The edit for a label dropped into a paragraph: the label alone when prose follows, the label
 * with its teaser when a short headline runs from it to the end of the line.
 */
function inlineLabelEdit(text: string, at: number, length: number, lineEnd: number, ctx: Parameters<Rule['apply']>[1]): Edit {
  const rest = text.slice(at + length, lineEnd);
  // Only the first words are counted: a long line holds many labels, and each would count them all.
  const headline = hasAtMostWords(rest, MAX_INLINE_TEASER_WORDS) && !/[.!?]["”’]? \p{Lu}/u.test(rest);
  const label = text.slice(at + 1, at + length).trim();
  return headline
    ? ctx.remove(at, at + length + rest.length, `"${label}" link with its teaser, inside a paragraph`)
    : ctx.remove(at + 1, at + length, `"${label}" label inside a paragraph`);
}

/**
 * Where a sentence of the article starts inside a link's text, glued to the headline where a tag
 * was stripped: `Xiaomi pushes Apple down to become the number two smartphone makerXiaomi might
 * also launch other devices …`. Reading: a lower-case word, a capitalized word glued to it, and
 * at least five more words to the end of the line.
 */
function gluedSentence(tail: string, lexicon: Lexicon): number | undefined {
  const glue = /\p{Ll}{2}(?=\p{Lu}\p{Ll})/u.exec(tail);
  if (!glue) return undefined;
  const at = glue.index + 2;
  let start = at;
  while (start > 0 && /\p{L}/u.test(tail[start - 1]!)) start--;
  let end = at;
  while (end < tail.length && /\p{L}/u.test(tail[end]!)) end++;
  if (lexicon.isMixedCase(tail.slice(start, end))) return undefined; // iPhone, YouTube
  return wordCount(tail.slice(at)) > 5 ? at : undefined;
}

function wordCount(text: string): number {
  return text.trim().split(/\s+/).length;
}

/** Whether the text holds `limit` words or fewer; reads no further than the word past the limit. */
function hasAtMostWords(text: string, limit: number): boolean {
  const word = /\S+/g;
  for (let count = 0; word.exec(text) !== null; ) if (++count > limit) return false;
  return true;
}

function endOfLine(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
}

/**
 * The last line of the teasers under a bare marker: headlines, excerpts cut off with `…` and
 * captions, across blank lines, up to a line of prose (or fifteen lines).
 */
function findTeasers(text: string, lines: readonly Line[], from: number): Line | undefined {
  return scanTeasers(text, lines, from).last;
}

/**
 * The teasers under a bare marker (see findTeasers) and, when the article's own date label
 * (`Published: Mar 6, 2011`) stopped them, that label's line: the line above it is the article's
 * title, and the article starts there.
 */
function scanTeasers(text: string, lines: readonly Line[], from: number): { last: Line | undefined; dateLabel: number | undefined } {
  let last: Line | undefined;
  let beforeLast: Line | undefined;
  let count = 0;
  for (let i = from; i < lines.length && count < MAX_TEASER_LINES; i++) {
    const line = lines[i]!;
    if (isBlank(text, line)) continue;
    const content = text.slice(line.start, line.end).trim();
    if (ARTICLE_DATE_LABEL.test(content)) return { last: beforeLast, dateLabel: i };
    if (!isTeaser(content)) break;
    beforeLast = last;
    last = line;
    count++;
  }
  return { last, dateLabel: undefined };
}

/**
 * Where the tail of the text starts (the end of the article's last line of prose), when the text
 * ends where the document does; past the end of the text otherwise.
 */
function tailStart(text: string, ctx: Parameters<Rule['apply']>[1]): number {
  if (!ctx.edges.end) return Infinity;
  const [bodyStart, bodyEnd] = ctx.fact(ZONES, '');
  return bodyStart < 0 ? Infinity : bodyEnd;
}

/** The label of a list of stories (`Latest News`, `Top Stories`, `More Articles`), trimmed, or undefined. */
function storiesLabel(content: string): string | undefined {
  if (content.length > MAX_STORIES_LABEL) return undefined;
  const label = content.trim();
  return label !== '' && sectionLabel(label) === 'stories' ? label : undefined;
}

const MAX_STORIES_LABEL = 60;

/**
 * A list of three headlines or more that closes the text right after the article's last
 * paragraph, with no marker (`- China launches new satellite`): the first and last of their lines.
 * Each item has the same list mark, then a capital, four to twenty words, two of them or more in
 * lower case, and no closing punctuation. A list the article introduces ends its last paragraph
 * with a colon, and stays; so do lines without a list mark (captions, a paragraph cut short).
 */
function findHeadlineRun(text: string, lines: readonly Line[], tail: number): [Line, Line] | undefined {
  let i = lines.length - 1;
  while (i >= 0 && isBlank(text, lines[i]!)) i--;
  const last = i;
  let first = -1;
  let count = 0;
  let mark: string | undefined;
  for (; i >= 0 && lines[i]!.start >= tail; i--) {
    const line = lines[i]!;
    if (isBlank(text, line)) continue;
    const headline = HEADLINE.exec(text.slice(line.start, line.end));
    if (!headline || (mark ??= headline[1]) !== headline[1] || !isHeadline(headline[0])) return undefined;
    first = i;
    count++;
  }
  if (count < MIN_HEADLINES || i < 0) return undefined;
  // The article's last line ends the sentence the run follows: no colon that introduces a list.
  const end = text.slice(lines[i]!.start, lines[i]!.end).trimEnd();
  if (end.endsWith(':')) return undefined;
  return [lines[first]!, lines[last]!];
}

const MIN_HEADLINES = 3;
/** Reading: a list mark perhaps, a capital, four to twenty words with no closing punctuation. */
const HEADLINE = /^\s*([-–•*·▪►])\s+["“‘']?\p{Lu}[^\n]{10,160}[^.!?:;,…\s]$/u;

function isHeadline(content: string): boolean {
  if (content.length > 180) return false;
  const words = content.trim().split(/\s+/).slice(1);
  if (words.length < 4 || words.length > 21) return false;
  let lower = 0;
  for (const word of words) if (/^\p{Ll}/u.test(word)) lower++;
  return lower >= 2;
}

/** The longest line that is a bare marker or a list's label (the longest phrase, bullets and spaces around it). */
const MAX_BARE_MARKER = 80;

/** A bare marker's block: the marker's line, the last of its teasers, and the date label that stopped them. */
export interface LinkBlock {
  readonly first: number;
  readonly last: number;
  readonly dateLabel: number | undefined;
}

/**
 * The blocks see-also removes under bare markers (`Most Read` and its teasers), for boilerplate:
 * it leaves their lines to this rule, and keeps the article's date label that ends a block until
 * the block is gone, so that the block stops at the title in whichever pass it goes.
 */
export function findLinkBlocks(text: string, lines: readonly Line[], tail = Infinity): LinkBlock[] {
  const blocks: LinkBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.end - line.start > MAX_BARE_MARKER) continue;
    const atTail = line.start >= tail;
    // Most lines are answered by their first letters, read in place.
    MARKER_INITIALS_AT.lastIndex = line.start;
    if (!atTail && !MARKER_INITIALS_AT.test(text)) continue;
    const content = text.slice(line.start, line.end);
    const stories = atTail && storiesLabel(content) !== undefined;
    if (!stories && !isBareLinkMarker(content)) continue;
    const teasers = scanTeasers(text, lines, i + 1);
    if (stories && teasers.last === undefined) continue; // a label alone is boilerplate's
    const last = teasers.last?.index ?? i;
    blocks.push({ first: i, last, dateLabel: teasers.dateLabel });
    i = last;
  }
  return blocks;
}

/** A dated label that opens an article under its title. */
const ARTICLE_DATE_LABEL = /^(?:Published|Updated|Posted|Last updated|First published)(?: on| at)?\s*:?\s+[^\n]{0,12}\d/i;

/** A headline (no closing full stop, short), a caption, or an excerpt cut off with `…`. */
function isTeaser(content: string): boolean {
  const words = content.split(/\s+/).length;
  if (CUT_OFF.test(content)) return words <= MAX_EXCERPT_WORDS;
  return words <= MAX_TEASER_WORDS && (!SENTENCE_END.test(content) || CAPTION.test(content));
}

/**
 * The last of two or more consecutive excerpt lines starting at `from`, when they close the text
 * (one more line may follow: a teaser cut off where the page was cut), and the index of the line
 * after the run. Excerpts with quotation marks read as dialogue and stay.
 */
function findExcerptRun(text: string, lines: readonly Line[], from: number): { last: Line | undefined; next: number } {
  let last: Line | undefined;
  let count = 0;
  let i = from;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(text, line)) continue;
    const content = text.slice(line.start, line.end);
    if (!CUT_OFF.test(content) || /["“”]/.test(content) || content.trim().split(/\s+/).length < MIN_EXCERPT_WORDS) break;
    last = line;
    count++;
  }
  return { last: count >= 2 && countTextLines(text, lines, i, 2) <= 1 ? last : undefined, next: i };
}

/** How many lines with text there are from line `from` on, counting no further than `limit`. */
function countTextLines(text: string, lines: readonly Line[], from: number, limit: number): number {
  let count = 0;
  for (let i = from; i < lines.length && count < limit; i++) if (!isBlank(text, lines[i]!)) count++;
  return count;
}

function isBlank(text: string, line: Line): boolean {
  return text.slice(line.start, line.end).trim() === '';
}
