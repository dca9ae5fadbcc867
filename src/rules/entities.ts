// HTML character references that scraping left as text, whole or broken: `&quot;`, `&#39;`,
// `&amp;quot;` (escaped twice) and `& quot;` (a space slipped in). Every name HTML5 defines, read
// by the `entities` package, exactly as spelled (`&Scaron;` is Š; `&SCARON;` is no HTML5 name
// and stays); numbers as browsers read them, 128–159 as Windows-1252 (`&#146;` is ’). `AT&T`,
// `R&D` and `Q&A` have no semicolon and stay, and nothing inside a URL is touched.
import { decodeHTMLStrict, replaceCodePoint } from 'entities/decode';
import type { Edit, Rule } from '../engine/types.js';

/** The references a space may have slipped into (`& quot;`): common ones, not words like `& and;`. */
const SPACED_NAMES = new Set([
  'quot', 'amp', 'apos', 'lt', 'gt', 'nbsp', 'ndash', 'mdash', 'hellip', 'lsquo', 'rsquo', 'ldquo', 'rdquo', 'sbquo', 'bdquo',
  'laquo', 'raquo', 'bull', 'middot', 'deg', 'copy', 'reg', 'trade', 'euro', 'pound', 'yen', 'cent', 'shy',
]);

/**
 * Reading: `&`, perhaps one space (`& quot;`), then a name (a letter, then letters and digits)
 * or `#` with decimal or hex digits, then `;` — or no `;` for the three references scrapers most
 * often cut short (`&quot`, `&amp`, `&nbsp`) when no letter follows.
 */
const REFERENCE = /&( ?)(?:([A-Za-z][A-Za-z0-9]{1,31});|#(\d{1,7});|#[xX]([0-9a-fA-F]{1,6});|(quot|amp|nbsp)(?![\p{L}\p{N};]))/gu;

export const entities: Rule = {
  id: 'entities',
  description: 'Decode HTML character references left in the text (every HTML5 name; numbers as browsers read them), also broken ones',
  category: 'encoding',
  scope: 'paragraph',
  triggers: { chars: '&' },
  leaves:
    'ampersands in names (AT&T, R&D, Q&A), names HTML5 does not define (&SCARON;), references to control characters, anything inside a URL',
  examples: [
    ['He said &quot;no&quot;.', 'He said "no".'],
    ['the & quot;deal& quot;', 'the "deal"'],
    ['Trump&#146;s plan', 'Trump’s plan'],
  ],
  apply(text, ctx) {
    if (!text.includes('&')) return [];
    const edits: Edit[] = [];
    for (const m of text.matchAll(REFERENCE)) {
      const [whole, space, name, decimal, hex, short] = m as unknown as [string, string, string?, string?, string?, string?];
      if (space !== '' && name !== undefined && !SPACED_NAMES.has(name)) continue;
      const decoded = name !== undefined || short !== undefined ? decodeName(name ?? short!) : decodeNumber(decimal !== undefined ? Number(decimal) : Number.parseInt(hex!, 16));
      if (decoded === undefined || ctx.isProtected(m.index, m.index + whole.length)) continue;
      const broken = space !== '' || short !== undefined ? 'broken ' : '';
      const message = decoded === '' ? `HTML character reference ${whole.trim()} to a noncharacter, removed` : `${broken}HTML character reference ${whole.trim()}`;
      edits.push(ctx.replace(m.index, m.index + whole.length, decoded, message));
    }
    return edits;
  },
};

/** What an HTML5 name stands for, exactly as spelled; undefined for a name HTML5 does not define. */
function decodeName(name: string): string | undefined {
  const reference = `&${name};`;
  const decoded = decodeHTMLStrict(reference);
  // `&Tab;` and `&NewLine;` would change the text's lines: left, like their numbers.
  return decoded === reference || /[\u0000-\u001f]/u.test(decoded) ? undefined : decoded;
}

/**
 * A numeric reference as browsers read it (128–159 as Windows-1252); undefined where that is no
 * text: NUL, surrogates and numbers past U+10FFFF (browsers show U+FFFD), control characters
 * (line breaks and tabs too: they would change the text's lines). A noncharacter (U+FDD0–U+FDEF, U+FFFE and U+FFFF in every plane)
 * is no text either: the reference goes.
 */
function decodeNumber(code: number): string | undefined {
  const mapped = replaceCodePoint(code);
  if (mapped === 0xfffd && code !== 0xfffd) return undefined;
  if (mapped < 0x20 || (mapped >= 0x7f && mapped < 0xa0)) return undefined;
  if ((mapped >= 0xfdd0 && mapped <= 0xfdef) || (mapped & 0xfffe) === 0xfffe) return '';
  return String.fromCodePoint(mapped);
}
