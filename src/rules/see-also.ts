// Links to other articles that scraping leaves in the text: `See also …`, `Read more: …`,
// `Related articles`, a bare `Read more` with the teaser block under it, and lists of teasers cut
// off with `…`. Only whole lines go, and only when the line is a link: `See also the report by
// the UN.` or `Read more about it below.` read as prose and stay.
import type { Edit, Line, Rule } from '../engine/types.js';
import { isLower } from '../text/chars.js';

/**
 * A link marker at the start of a line, after an optional bullet: the marker, then the end of the
 * line or a separator. Reading: bullet? · marker phrase · (end | space | colon | dash | quote).
 */
const MARKER = new RegExp(
  String.raw`^[\s\-–—•*·►▶>»|]*` +
    '(' +
    [
      'see also',
      'also see',
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
      "don[’']t miss",
      'must read',
      'more on (?:this|the) (?:subject|topic|story)',
      'more on this',
    ].join('|') +
    ')' +
    String.raw`(?=$|[\s:：\-–—|»>.…"“«‘'])[\s:：\-–—|»>.]*`,
  'iu',
);

/** A line ending in an ellipsis: the excerpt of a teaser. */
const CUT_OFF = /(?:…|\.\.\.)\s*$/;
/** A photo caption line as teaser blocks carry it. */
const CAPTION = /^(?:FILE PHOTO|PHOTO|Photo|Image|IMAGE)\b/;
const SENTENCE_END = /[.!?:;]["”’»)]*\s*$/;

const MAX_TEASER_LINES = 3;
const MAX_TEASER_WORDS = 25;
const MIN_EXCERPT_WORDS = 8;
const MAX_LINK_LENGTH = 300;

export const seeAlso: Rule = {
  id: 'see-also',
  description: 'Remove "See also" / "Read more" / "Related" link lines and teasers of other articles',
  category: 'chrome',
  leaves: 'sentences that start with those words ("See also the report by …"), a single line cut off with …',
  apply(text, ctx) {
    const edits: Edit[] = [];
    const lines = ctx.lines();
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      const content = text.slice(line.start, line.end);
      if (ctx.settings.seeAlsoLines.some((pattern) => pattern.test(content.trim())) && content.trim() !== '') {
        edits.push(ctx.removeLine(line, 'link line (a configured pattern)'));
        continue;
      }
      const marker = MARKER.exec(content);
      if (marker && content.length <= MAX_LINK_LENGTH) {
        const tail = content.slice(marker[0].length);
        if (tail.trim() === '') {
          const teaser = findTeaserBlock(text, lines, i + 1);
          const last = teaser ?? line;
          edits.push(
            ctx.removeLines(line, last, teaser ? `"${marker[1]}" link with its teaser` : `"${marker[1]}" link line`),
          );
          i = last.index;
          continue;
        }
        if (!isLower(tail[0])) {
          edits.push(ctx.removeLine(line, `"${marker[1]}" link line`));
          continue;
        }
      }
      const excerpts = CUT_OFF.test(content) ? findExcerptRun(text, lines, i) : undefined;
      if (excerpts) {
        edits.push(ctx.removeLines(line, excerpts, 'teasers of other articles, cut off with "…"'));
        i = excerpts.index;
      }
    }
    return edits;
  },
};

/** The last line of a teaser block (headline, caption) starting at the first text line from `from`. */
function findTeaserBlock(text: string, lines: readonly Line[], from: number): Line | undefined {
  let i = from;
  while (i < lines.length && isBlank(text, lines[i]!)) i++;
  let last: Line | undefined;
  for (let n = 0; i < lines.length && !isBlank(text, lines[i]!); i++, n++) {
    const content = text.slice(lines[i]!.start, lines[i]!.end).trim();
    const words = content.split(/\s+/).length;
    const headline = !SENTENCE_END.test(content) || CAPTION.test(content);
    if (n >= MAX_TEASER_LINES || words > MAX_TEASER_WORDS || !headline) return undefined;
    last = lines[i];
  }
  return last;
}

/**
 * The last of two or more consecutive excerpt lines starting at `from`, when they close the text
 * (one more line may follow: a teaser cut off where the page was cut). Excerpts with quotation
 * marks read as dialogue and stay.
 */
function findExcerptRun(text: string, lines: readonly Line[], from: number): Line | undefined {
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
  const after = lines.slice(i).filter((line) => !isBlank(text, line)).length;
  return count >= 2 && after <= 1 ? last : undefined;
}

function isBlank(text: string, line: Line): boolean {
  return text.slice(line.start, line.end).trim() === '';
}
