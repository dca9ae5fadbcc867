// HTML character references that scraping left as text, whole or broken: `&quot;`, `&#39;`,
// `&amp;quot;` (escaped twice) and `& quot;` (a space slipped in). Only the references we know;
// `AT&T`, `R&D` and `Q&A` have no semicolon and stay, and nothing inside a URL is touched.
import type { Edit, Rule } from '../engine/types.js';

const NAMED: Readonly<Record<string, string>> = {
  quot: '"', amp: '&', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', sbquo: '‚', bdquo: '„', laquo: '«', raquo: '»',
  bull: '•', middot: '·', deg: '°', copy: '©', reg: '®', trade: '™', euro: '€', pound: '£', yen: '¥',
  cent: '¢', sect: '§', para: '¶', times: '×', divide: '÷', plusmn: '±', frac12: '½', frac14: '¼',
  frac34: '¾', iexcl: '¡', iquest: '¿', shy: '', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003',
  aacute: 'á', eacute: 'é', iacute: 'í', oacute: 'ó', uacute: 'ú', agrave: 'à', egrave: 'è',
  igrave: 'ì', ograve: 'ò', ugrave: 'ù', acirc: 'â', ecirc: 'ê', icirc: 'î', ocirc: 'ô', ucirc: 'û',
  auml: 'ä', euml: 'ë', iuml: 'ï', ouml: 'ö', uuml: 'ü', atilde: 'ã', otilde: 'õ', ntilde: 'ñ',
  ccedil: 'ç', szlig: 'ß', oslash: 'ø', aring: 'å', aelig: 'æ', Aacute: 'Á', Eacute: 'É',
  Iacute: 'Í', Oacute: 'Ó', Uacute: 'Ú', Agrave: 'À', Egrave: 'È', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü',
  Ntilde: 'Ñ', Ccedil: 'Ç', Oslash: 'Ø', Aring: 'Å',
};

/**
 * Reading: `&`, perhaps one space (`& quot;`), then a known name or `#` with decimal or hex
 * digits, then `;` — or no `;` for the three references scrapers most often cut short
 * (`&quot`, `&amp`, `&nbsp`) when no letter follows.
 */
const REFERENCE = new RegExp(
  `&( ?)(?:(${Object.keys(NAMED).join('|')});|#(\\d{1,7});|#[xX]([0-9a-fA-F]{1,6});|(quot|amp|nbsp)(?![\\p{L}\\p{N};]))`,
  'gu',
);

export const entities: Rule = {
  id: 'entities',
  description: 'Decode HTML character references left in the text, also broken ones',
  category: 'encoding',
  scope: 'paragraph',
  triggers: { chars: '&' },
  leaves: 'ampersands in names (AT&T, R&D, Q&A), unknown references, anything inside a URL',
  examples: [
    ['He said &quot;no&quot;.', 'He said "no".'],
    ['the & quot;deal& quot;', 'the "deal"'],
  ],
  apply(text, ctx) {
    if (!text.includes('&')) return [];
    const edits: Edit[] = [];
    for (const m of text.matchAll(REFERENCE)) {
      const [whole, space, name, decimal, hex, short] = m as unknown as [string, string, string?, string?, string?, string?];
      const decoded = decode(name ?? short, decimal, hex);
      if (decoded === undefined || ctx.isProtected(m.index, m.index + whole.length)) continue;
      const broken = space !== '' || short !== undefined ? 'broken ' : '';
      edits.push(ctx.replace(m.index, m.index + whole.length, decoded, `${broken}HTML character reference ${whole.trim()}`));
    }
    return edits;
  },
};

function decode(name: string | undefined, decimal: string | undefined, hex: string | undefined): string | undefined {
  if (name !== undefined) return NAMED[name];
  const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex!, 16);
  // Control characters, surrogates and out-of-range numbers are not text.
  if (code < 0x20 || (code >= 0x7f && code < 0xa0) || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return undefined;
  return String.fromCodePoint(code);
}
