// Text decoded with the wrong character set somewhere between the newsroom and the scraper:
// UTF-8 read as Windows-1252 (`â€™` for ’, `Ã©` for é), UTF-8 read as GBK (`Trump鈥檚` for
// Trump’s), a no-break space turned into `Ā`, and one site's paragraph break plus capital letter
// turned into a single Latin Extended letter (`surprise.īut` for "surprise.\n\nBut"). Each is
// repaired only when the bytes decode cleanly into the characters news text is made of.
import type { Edit, Rule } from '../engine/types.js';
import { charRange } from '../text/chars.js';

/** Windows-1252 characters 0x80–0x9F that differ from Latin-1, by code point → byte. */
const CP1252_HIGH: Readonly<Record<number, number>> = {
  0x20ac: 0x80, 0x201a: 0x82, 0x0192: 0x83, 0x201e: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
  0x02c6: 0x88, 0x2030: 0x89, 0x0160: 0x8a, 0x2039: 0x8b, 0x0152: 0x8c, 0x017d: 0x8e, 0x2018: 0x91,
  0x2019: 0x92, 0x201c: 0x93, 0x201d: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02dc: 0x98,
  0x2122: 0x99, 0x0161: 0x9a, 0x203a: 0x9b, 0x0153: 0x9c, 0x017e: 0x9e, 0x0178: 0x9f,
};
const CONTINUATION = `\\u0080-\\u00bf${Object.keys(CP1252_HIGH).map((c) => `\\u${Number(c).toString(16).padStart(4, '0')}`).join('')}`;
/**
 * A UTF-8 lead byte read as Latin-1 (`Â`–`ô`) and as many continuation bytes as it announces,
 * read as Windows-1252 — or `â€` standing alone, whose third byte (0x9D, undefined in Windows-1252) was
 * dropped: that is a closing double quotation mark.
 */
const CP1252_MOJIBAKE = new RegExp(
  `[\\u00c2-\\u00df][${CONTINUATION}]|[\\u00e0-\\u00ef][${CONTINUATION}]{2}|[\\u00f0-\\u00f4][${CONTINUATION}]{3}|â€(?![${CONTINUATION}])`,
  'gu',
);
/** What repaired characters may be: Latin letters, Cyrillic, Greek, punctuation, currency, ™. */
const PLAUSIBLE = /^[\u00a0-\u024f\u0370-\u04ff\u2000-\u206f\u20a0-\u20cf\u2100-\u214f]+$/u;

/** `Ā` glued to the end of a lower-case word before a space: a mis-decoded no-break space. */
const BROKEN_NBSP = /(?<=\p{Ll})Ā(?=[ \u00a0])/gu;
/** After a sentence, `Ī` (U+012A) … `Ń` (U+0143) before lower-case letters: a paragraph break and A … Z. */
const BROKEN_PARAGRAPH = /(?<=[\p{L}\p{N}]["”’]?[.!?]["”’]?)[\u012a-\u0143](?=\p{Ll}{2})/gu;
const PARAGRAPH_SHIFT = 0x12a - 0x41;

export const mojibake: Rule = {
  id: 'mojibake',
  description: 'Repair text decoded with the wrong character set (UTF-8 read as Windows-1252 or as GBK), checked by decoding',
  category: 'encoding',
  scope: 'paragraph',
  // Latin-1 letters that start UTF-8 mojibake, the GBK lead, a broken no-break space, broken paragraph letters.
  triggers: { chars: `${charRange(0xc2, 0xf4)}鈥Ā${charRange(0x12a, 0x143)}` },
  leaves: 'accented letters that are really there, anything that does not decode cleanly into Latin, Greek, Cyrillic or punctuation',
  examples: [
    ['Trumpâ€™s plan', 'Trump’s plan'],
    ['CafÃ© owner', 'Café owner'],
    ['Trump鈥檚 plan', 'Trump’s plan'],
  ],
  apply(text, ctx) {
    const edits: Edit[] = [];
    if (/[\u00c2-\u00f4]/.test(text)) {
      for (const m of text.matchAll(CP1252_MOJIBAKE)) {
        const repaired = m[0] === 'â€' ? '”' : decodeCp1252AsUtf8(m[0]);
        if (repaired === undefined || !PLAUSIBLE.test(repaired) || ctx.isProtected(m.index, m.index + m[0].length)) continue;
        edits.push(ctx.replace(m.index, m.index + m[0].length, repaired, `UTF-8 read as Windows-1252: "${m[0]}" is "${repaired}"`));
      }
    }
    if (text.includes('鈥')) {
      const table = gbkTable();
      for (let i = text.indexOf('鈥'); i >= 0; i = text.indexOf('鈥', i + 1)) {
        const repaired = table.get(text[i + 1] ?? '');
        if (repaired === undefined) continue;
        edits.push(ctx.replace(i, i + 2, repaired, `UTF-8 read as GBK: "${text.slice(i, i + 2)}" is "${repaired}"`));
      }
    }
    for (const m of text.matchAll(BROKEN_NBSP)) {
      edits.push(ctx.remove(m.index, m.index + 1, 'a no-break space mis-decoded as "Ā"'));
    }
    for (const m of text.matchAll(BROKEN_PARAGRAPH)) {
      const letter = String.fromCharCode(m[0].charCodeAt(0) - PARAGRAPH_SHIFT);
      edits.push(ctx.replace(m.index, m.index + 1, `\n\n${letter}`, `a paragraph break and "${letter}" mis-encoded as "${m[0]}"`));
    }
    return edits;
  },
};

/** The characters whose Windows-1252 bytes form valid UTF-8, decoded; undefined if they do not. */
function decodeCp1252AsUtf8(chars: string): string | undefined {
  const bytes: number[] = [];
  for (const ch of chars) {
    const code = ch.codePointAt(0)!;
    const byte = code <= 0xff ? code : CP1252_HIGH[code];
    if (byte === undefined) return undefined;
    bytes.push(byte);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes));
  } catch {
    return undefined;
  }
}

let gbk: Map<string, string> | undefined;

/**
 * `鈥` + one character → what it stands for: the UTF-8 bytes of a typographic mark (E2 80 xx),
 * read as GBK, pair the mark's last byte with the next ASCII character into one Chinese character.
 */
function gbkTable(): Map<string, string> {
  if (gbk) return gbk;
  gbk = new Map();
  const decoder = new TextDecoder('gbk');
  for (const mark of ['’', '‘', '“', '”', '–', '—']) {
    for (let c = 0x40; c <= 0x7e; c++) {
      const ascii = String.fromCharCode(c);
      const decoded = decoder.decode(Buffer.from(mark + ascii, 'utf8'));
      if (decoded.length === 2 && decoded[0] === '鈥' && decoded[1] !== '\ufffd') gbk.set(decoded[1]!, mark + ascii);
    }
  }
  return gbk;
}
