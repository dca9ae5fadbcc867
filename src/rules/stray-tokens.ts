// Tokens that leak from a page template into the text: a bullet character of another script glued
// to a paragraph's first word (`๐When asked`), a 32- or 40-digit hexadecimal hash
// between sentences (`titles. ae0fcc31ae342fd3a1346ebb1f342fcb 3 A New Prince`) and a lone
// backtick opening a paragraph where the agency credit was (`` ` – They are 7,260 new cases``).
// A hash after a label ("MD5:", "commit") or in code is left alone.
import type { Edit, Rule } from '../engine/types.js';
import { LATIN_SHARE } from '../text/facts.js';

/** Reading: a space or line start, 32 or 40 hex digits with letters and digits mixed, a space or line end. */
const HASH = /(?<=^|[.!?"”’] )(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)(?:[0-9a-f]{40}|[0-9a-f]{32})(?: |$)/gmu;
/** What every match of HASH holds: most paragraphs have none, and HASH's lookbehind is tried everywhere. */
const HEX_RUN = /[0-9a-f]{32}/;
/**
 * One character a page put before a paragraph as a bullet, glued to its first word or quotation
 * mark: a letter or digit of a script the (Latin) article does not use (`๐"Victory`, Thai zero;
 * not Greek, whose letters are units and symbols: `μSv`), or an emoji variation selector with no
 * emoji before it. Reading: a line start, the character,
 * a Latin letter or a quotation mark.
 */
const FOREIGN_BULLET = /^(?:[\uFE0E\uFE0F]|(?=[\p{L}\p{N}\p{M}])[^\p{Script=Latin}\p{Script=Greek}\p{Script=Common}\p{Script=Inherited}])(?=[A-Za-z"“‘'])/gmu;
/** Letters in Latin script of the article, below which a foreign character is no bullet. */
const MOSTLY_LATIN = 0.85;
/** A backtick opening a line with no closing one on it, and the dash after it. */
const LONE_BACKTICK = /^` (?:[–—-] )?(?=[^`\n]*$)/gmu;

export const strayTokens: Rule = {
  id: 'stray-tokens',
  description: 'Remove hashes and backticks that leaked from the page template into the text',
  category: 'chrome',
  scope: 'paragraph',
  // A hash holds a digit; a stray backtick is a backtick.
  triggers: { chars: '`', flags: ['Digit', 'NonAscii'] },
  leaves: 'hashes after a label or in code, backticks that pair up (inline code)',
  examples: [
    ['He left. 5d41402abc4b2a76b9719d911017c592 She stayed.', 'He left. She stayed.'],
  ],
  apply(text, ctx) {
    const edits: Edit[] = [];
    for (const m of HEX_RUN.test(text) ? text.matchAll(HASH) : []) {
      edits.push(ctx.remove(m.index, m.index + m[0].length, 'a hash from the page template'));
    }
    for (const m of /[^\u0000-\u024f]/.test(text) ? text.matchAll(FOREIGN_BULLET) : []) {
      if (ctx.fact(LATIN_SHARE, '') < MOSTLY_LATIN) break;
      edits.push(ctx.remove(m.index, m.index + m[0].length, `"${m[0]}" put before a paragraph as a bullet`));
    }
    for (const m of text.matchAll(LONE_BACKTICK)) {
      edits.push(ctx.remove(m.index, m.index + m[0].length, 'a stray backtick where a credit was'));
    }
    return edits;
  },
};
