// How strange a piece of text looks: the number of character sequences in it that are far more
// likely to be mojibake than writing (a lower-case accented letter followed by a currency sign, a
// box-drawing character next to a quotation mark, `вЂ`). After ftfy's `badness` heuristic (Robyn
// Speer, github.com/rspeer/python-ftfy): a repair is kept only when it makes the text measurably
// less strange. The characters fall into classes; the sequences are written over the classes.

/** Characters that occur in many contexts: a sequence with them is not mojibake by itself. */
const COMMON = '\u00a0\u00ad\u00b7\u00b4\u2013\u2014\u2015\u2026\u2019';
/** Characters almost only seen in mojibake. */
const ODD = '\u00a6\u00a4\u00a8\u00ac\u00af\u00b8\u0192\u02c6\u02c7\u02d8\u02db\u02dc\u2020\u2021\u2030\u2310\u25ca\ufffd\u00aa\u00ba';
const LAW = '\u00b6\u00a7';
const CURRENCY = '\u00a2\u00a3\u00a5\u20a7\u20ac';
const OPENING = '\u00a1\u00ab\u00bf\u00a9\u0384\u0385\u2018\u201a\u201c\u201e\u2022\u2039\uf8ff';
const CLOSING = '\u00ae\u00bb\u02dd\u201d\u203a\u2122';
const NUMERIC = '\u00b2\u00b3\u00b9\u00b1\u00bc\u00bd\u00be\u00d7\u00b5\u00f7\u2044\u2202\u2206\u220f\u2211\u221a\u221e\u2229\u222b\u2248\u2260\u2261\u2264\u2265\u2116';
/** Letters that faces are drawn with (`( o¬ô )`): they get more room. */
const FACE = '\u00d2-\u00d6\u00d9-\u00dc\u00f2-\u00f6\u00f8-\u00fc\u0150\u014c\u016a\u0172\u00b0';
const UPPER_ACCENTED =
  '\u00c0-\u00d1\u00d8\u00dc\u00dd\u0102\u0100\u0104\u0106\u010c\u010e\u0110\u0118\u011a\u0112\u0116\u011e\u0122\u0130\u012a\u0136\u0139\u013d\u0141\u013b\u0143\u0147\u0145\u0152\u0158\u015a\u015e\u0160\u0162\u0164\u016e\u0170\u0178\u0179\u017b\u017d\u0490';
const LOWER_ACCENTED =
  '\u00df\u00e0-\u00f1\u0103\u0105\u0101\u0107\u010d\u010f\u0111\u0119\u011b\u0113\u0117\u011f\u0123\u012f\u012b\u0137\u013a\u013e\u0142\u013c\u0153\u0155\u015b\u015f\u0161\u0165\u00fc\u017a\u017c\u017e\u0491\ufb01\ufb02';
const UPPER_OTHER = '\u00de\u0391-\u03a9\u0386\u0388\u0389\u038a\u038c\u038e\u038f\u03aa\u03ab\u0401-\u042f';
const LOWER_OTHER = '\u03b1-\u03c9\u03ac\u03ad\u03ae\u03af\u03b0\u0430-\u045f';
const BOX = '\u2502\u250c\u2510\u2518\u251c\u2524\u252c\u253c\u2550-\u256c\u2580\u2584\u2588\u258c\u2590\u2591\u2592\u2593';

const SIGNS = `${ODD}${LOWER_ACCENTED}${UPPER_ACCENTED}${BOX}${OPENING}${CLOSING}${CURRENCY}${NUMERIC}${LAW}`;
const ARABIC_NEXT = `${COMMON}${CURRENCY}${ODD}${NUMERIC}${OPENING}\u0178\u0160\u00ae\u00b0\u00b5\u00bb`;

/**
 * Each alternative is one strange sequence, two or three characters long (plus a letter of
 * context where it needs one); none repeats, so the scan stays linear.
 */
const STRANGE = new RegExp(
  [
    '[\\u0080-\\u009f]', // a C1 control character: nobody types these
    `[${SIGNS}][${ODD}]`, // anything unusual next to a sign that is nearly always mojibake
    `[A-Za-z][${LOWER_OTHER}${UPPER_OTHER}][${ODD}]`,
    `[${ODD}][${LOWER_ACCENTED}${UPPER_ACCENTED}${BOX}${OPENING}${CLOSING}${CURRENCY}${NUMERIC}${LAW}]`,
    `[${LOWER_ACCENTED}${LOWER_OTHER}${BOX}${CLOSING}${CURRENCY}${NUMERIC}][${UPPER_ACCENTED}]`, // a capital after a small letter or a sign
    `[${BOX}${CLOSING}${CURRENCY}${NUMERIC}][${LOWER_ACCENTED}]`,
    `[${LOWER_ACCENTED}${BOX}${CLOSING}][${CURRENCY}]`, // "é€"
    `\\s[${UPPER_ACCENTED}][${CURRENCY}]`,
    `[${UPPER_ACCENTED}${BOX}][${NUMERIC}${LAW}]`,
    `[${LOWER_ACCENTED}${UPPER_ACCENTED}${BOX}${CURRENCY}${CLOSING}][${OPENING}][${NUMERIC}]`,
    `[${LOWER_ACCENTED}${UPPER_ACCENTED}${CURRENCY}${NUMERIC}${BOX}${LAW}][${CLOSING}][${OPENING}]`,
    `[${CURRENCY}${NUMERIC}${BOX}][${OPENING}]`,
    `[a-z][${UPPER_ACCENTED}][${OPENING}${CURRENCY}]`,
    `[${BOX}][${FACE}]`,
    `[${LOWER_ACCENTED}${UPPER_ACCENTED}${CURRENCY}${NUMERIC}${OPENING}${CLOSING}${LAW}][${BOX}]`,
    `[${BOX}][${CLOSING}]`,
    `[${LOWER_ACCENTED}${UPPER_ACCENTED}][${OPENING}${CLOSING}][\\p{L}\\p{N}]`, // a quotation mark inside a word
    '[\\u0152\\u0153][^A-Za-z]', // œ not followed by a plain letter
    `[${UPPER_ACCENTED}]\\u00b0`,
    // The commonest two-character mojibake of Windows-1252 that the classes above miss.
    `[\\u00c2\\u00c3\\u00ce\\u00d0][\\u20ac\\u0153\\u0160\\u0161\\u00a2\\u00a3\\u0178\\u017e\\u00a0\\u00ad\\u00ae\\u00a9\\u00b0\\u00b7\\u00bb${OPENING}${CLOSING}\\u2013\\u2014\\u00b4]`,
    '\\u00d7[\\u00b2\\u00b3]',
    // Arabic in Windows-1252: its letters' lead bytes read as Ø and Ù, twice over.
    `[\\u00d8\\u00d9][${ARABIC_NEXT}][\\u00d8\\u00d9][${ARABIC_NEXT}]`,
    '\\u00e0[\\u00b2\\u00b5\\u00b9\\u00bc\\u00bd\\u00be]', // South Asian scripts' lead bytes
    // MacRoman.
    '\\u221a[\\u00b1\\u2202\\u2020\\u2260\\u00ae\\u2122\\u00b4\\u2264\\u2265\\u00a5\\u00b5\\u00f8]',
    '\\u2248[\\u00b0\\u00a2]',
    '\\u201a\\u00c4[\\u00ec\\u00ee\\u00ef\\u00f2\\u00f4\\u00fa\\u00f9\\u00fb\\u2020\\u00b0\\u00a2\\u03c0]',
    '\\u201a[\\u00e2\\u00f3][\\u00e0\\u00e4\\u00b0\\u00ea]',
    // Windows-1251: typographic marks (`вЂ™`), Latin-1 letters and Cyrillic.
    '\\u0432\\u0402',
    `[\\u0412\\u0413\\u0420\\u0421][\\u0080-\\u009f${ODD}${OPENING}${CLOSING}${CURRENCY}\\u00b0\\u00b5][\\u0412\\u0413\\u0420\\u0421]`,
    '\\u0413\\u045e\\u0412\\u0402\\u0412.[A-Za-z ]',
    // Windows-1252 reads of à and of a no-break space, and an à whose no-break space became a space.
    '\\u00c3[\\u00a0\\u00a1]',
    '[a-z]\\s?[\\u00c3\\u00c2] ',
    '^[\\u00c3\\u00c2] ',
    `[a-z.,?!${CLOSING}]\\u00c2[ ${OPENING}${CLOSING}]`,
    '\\u0101\\u20ac', // Windows-1257 read of a typographic mark
  ].join('|'),
  'gu',
);

/** The number of strange sequences in `text` (0: nothing looks like mojibake). */
export function badness(text: string): number {
  let count = 0;
  STRANGE.lastIndex = 0;
  while (STRANGE.exec(text) !== null) count++;
  return count;
}
