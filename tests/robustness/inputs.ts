// Hostile inputs for the robustness battery: each one stresses a way a rule or the engine could
// go wrong (a regex that backtracks, a scan back to the line start for every match, a surrogate
// pair or a CRLF cut in two, an edit the next pass undoes). Every generator repeats whole units,
// so the text never ends inside a surrogate pair or between \r and \n.

export interface HostileInput {
  readonly name: string;
  /** About `size` UTF-16 code units of the input. */
  make(size: number): string;
}

/** `unit` repeated until the text is at least `size` code units long. */
export function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.ceil(size / unit.length)));
}

/** `units` taken in turn (a cycle), until the text is at least `size` code units long. */
function cycleTo(units: readonly string[], size: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const unit = units[i % units.length]!;
    parts.push(unit);
    length += unit.length;
  }
  return parts.join('');
}

/** Every double and single quotation mark in Unicode that news text may carry, and the prime marks. */
const QUOTE_MARKS = [
  '"', "'", '«', '»', '‘', '’', '‚', '‛', '“', '”', '„', '‟', '‹', '›', '「', '」', '『', '』', '〝', '〞', '〟',
  '＂', '＇', '′', '″', '‵', '‶', '❛', '❜', '❝', '❞', '⹂',
];
/** Every dash and hyphen in Unicode (Pd), and the minus sign. */
const DASHES = [
  '-', '֊', '־', '᐀', '᠆', '‐', '‑', '‒', '–', '—', '―', '⸗', '⸚', '⸺', '⸻', '⹀', '〜', '〰', '゠', '︱',
  '︲', '﹘', '﹣', '－', '−',
];

export const HOSTILE_INPUTS: readonly HostileInput[] = [
  // Quotation marks by the thousand: pairing, turning and spacing them.
  { name: 'straight double quotes only', make: (n) => repeatTo('"', n) },
  { name: 'curly opening quotes only', make: (n) => repeatTo('“', n) },
  { name: 'quotes glued to words on one line', make: (n) => repeatTo('a “b” c ”d“ e "f" g «h» i „j“ k ‘l’ m \'n\' o “,” ', n) },
  { name: 'stray opening quotes before commas on one line', make: (n) => `“${repeatTo('ab “, ', n)}` },
  { name: 'quotation opened and never closed, paragraph after paragraph', make: (n) => repeatTo('He said: “We will win.\n\n', n) },
  { name: 'every Unicode quote and dash between words', make: (n) => cycleTo([...QUOTE_MARKS, ...DASHES].map((mark, i) => (i % 3 === 0 ? ` ${mark}word` : i % 3 === 1 ? `word${mark} ` : ` ${mark} `)), n) },
  // One enormous token.
  { name: 'one word', make: (n) => repeatTo('a', n) },
  { name: 'one word ending in a function word', make: (n) => `${repeatTo('a', n)}that` },
  { name: 'one name repeated without spaces', make: (n) => repeatTo('Blingen', n) },
  { name: 'no spaces, every artifact glued', make: (n) => repeatTo('said.The,and(Paris)explainsTheUkraine“quote”x.y@z#tag_snake-case1.234.567&amp;â€™Blingen', n) },
  { name: 'alternating case', make: (n) => repeatTo('aB', n) },
  { name: 'alternating case words', make: (n) => repeatTo('TheUkraine suppliesMilitary ', n) },
  { name: 'sentences glued on one line', make: (n) => repeatTo('ab.Cd,ef)gh”Ij ', n) },
  { name: 'accented name without spaces', make: (n) => repeatTo('Zürich', n) },
  { name: 'hex digits without spaces', make: (n) => repeatTo('0123456789abcdef', n) },
  // Lines of links and site furniture.
  { name: 'See also lines', make: (n) => repeatTo('See also: Zelensky meets Meloni in Rome\n', n) },
  { name: 'Read more markers with teasers', make: (n) => repeatTo('Read more\nHeadline of another story\n\n', n) },
  { name: 'short teasers cut off', make: (n) => repeatTo('Short teaser cut off …\n', n) },
  { name: 'labels inside one paragraph', make: (n) => repeatTo('It ended. Read also The next story begins here. ', n) },
  { name: 'furniture lines', make: (n) => repeatTo('Share\nReproduction reserved © Copyright ANSA\nHome / World / Europe\nPhoto: Reuters\n', n) },
  // Punctuation and spacing.
  { name: 'full stops only', make: (n) => repeatTo('.', n) },
  { name: 'deeply repeated punctuation', make: (n) => repeatTo('..,,;;::!!??……--––——(())[]{}""', n) },
  { name: 'words with doubled marks on one line', make: (n) => repeatTo('ab.. cd,, ef.; gh”. ij, - 40 ° C ', n) },
  { name: 'spaces before marks on one line', make: (n) => repeatTo('word , word . word ; ( word ) (+ 5 ', n) },
  { name: 'double spaces on one line', make: (n) => repeatTo('a  b  ', n) },
  { name: 'spaces only', make: (n) => repeatTo(' ', n) },
  { name: 'blank lines only', make: (n) => repeatTo('\n', n) },
  { name: 'blank lines before a word', make: (n) => `${repeatTo('\n', n)}word` },
  { name: 'spaces before a line break', make: (n) => `${repeatTo(' ', n)}\nword ,` },
  { name: 'lines of spaces', make: (n) => repeatTo(' \n \n\t\n', n) },
  { name: 'Unicode spaces and controls', make: (n) => repeatTo('a\u00a0b\u2009c\u202fd\u3000e\tf\vg\fh\u0085i\u2028j\u2029k\u200bl\ufeffm ', n) },
  // Scripts and encodings.
  { name: 'combining marks', make: (n) => repeatTo('e\u0301 a\u0300\u0316\u0317\u0318\u0319\u031a\u031b\u031c\u031d\u031e\u031f\u0320 “\u0301” \u0301 ', n) },
  { name: 'emoji with ZWJ sequences, skin tones and flags', make: (n) => repeatTo('👨‍👩‍👧‍👦 🇺🇦🇮🇹 said😀The 👍🏽, “🙂” 🏳️‍🌈 😀😀 ', n) },
  { name: 'emoji without spaces', make: (n) => repeatTo('😀👨‍👩‍👧🇺🇦𝔸a', n) },
  { name: 'right-to-left text with bidi marks', make: (n) => repeatTo('قال الوزير \u200fإن\u200f “المحادثات” ستستأنف. השר אמר \u202bשלום\u202c, \u2067تل أبيب\u2069 \u200e', n) },
  { name: 'mojibake', make: (n) => repeatTo('donâ€™t cafÃ© Trump鈥檚 wordĀ a said.īut â€ ', n) },
  { name: 'mojibake of every codec, layered and lossy, without spaces', make: (n) => repeatTo('Ã¢â‚¬â„¢вЂ™√©╨┐\u0093\u0085Ñ\ufffdÃ â€?í\u00a0½í¸\u008d', n) },
  { name: 'HTML entities', make: (n) => repeatTo('&quot;&amp;quot;& quot;&#39;&#x2019;&nbsp &#0;&#xD800;& ', n) },
  // Words the grammar and spelling rules look at.
  { name: 'misspelled names', make: (n) => repeatTo('Anthony Blingen told Riya Novosti. Toss reports ', n) },
  { name: 'a surname near the full name', make: (n) => repeatTo('Antony Blinken met Secretary Blinkan. ', n) },
  { name: 'names glued to words', make: (n) => repeatTo('StefanHe SanchezhasPsathashas Ferrowho ', n) },
  { name: 'closing brackets without an opening one', make: (n) => repeatTo('x)ab ', n) },
  { name: 'numbered headings run in on one line', make: (n) => repeatTo('It ended. 2 Big Changes For Harry ', n) },
  { name: 'names with lost letters', make: (n) => repeatTo('Aktürkoğlu Akturkolu Famalicão Famalico ', n) },
  { name: 'grammar artifacts on one line', make: (n) => repeatTo('a apple an book the the since since The Russia wants Elly Schlein he can’t Jair Bolsonaro, He was Ferragni (36) y Fedez (34) have the raceè over 17enne i n the upcoming yr in kyiv. also good invasion From Moscow ', n) },
  { name: 'numbers grouped both ways', make: (n) => repeatTo('1.234.567 and 1,234 ', n) },
  { name: 'digit groups without spaces', make: (n) => repeatTo('1.234', n) },
  { name: 'hashes and backticks', make: (n) => repeatTo('Done. ae0fcc31ae342fd3a1346ebb1f342fcb 3 A New Prince\n` – They are new\n', n) },
  { name: 'URLs, e-mail addresses and handles', make: (n) => repeatTo('at https://example.com/a..b?c=“d” via press@example.org by @Anthony_Blingen #TheUkraine file.txt ', n) },
  // Line endings and byte-level features.
  { name: 'CRLF only', make: (n) => repeatTo('\r\n', n) },
  { name: 'article with CRLF everywhere', make: (n) => repeatTo('Anthony Blingen said.The  talks “resumed“ here .\r\n\r\n\r\n\r\nSee also: Zelensky meets Meloni\r\nShare\r\n', n) },
  { name: 'mixed and lone line breaks', make: (n) => repeatTo('a  b\r\nc\rd\n\r\n\re  f\n\n\n\r\r\n', n) },
  { name: 'byte order marks', make: (n) => `\ufeff${repeatTo('word \ufeff', n)}` },
];

/** Every hostile input, each at about `size` code units, as one document separated by blank lines. */
export function mixedHostile(size: number): string {
  const each = Math.ceil(size / HOSTILE_INPUTS.length);
  return HOSTILE_INPUTS.map((input) => input.make(each)).join('\n\n');
}

/** Whether a text holds a surrogate that is not half of a pair. */
export function hasLoneSurrogate(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return true;
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      return true;
    }
  }
  return false;
}

/** How many \r are not followed by \n: a CRLF split in two leaves one. */
export function countLoneCr(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) if (text[i + 1] !== '\n') count++;
  return count;
}

/** A seeded PRNG (mulberry32), as the benchmark uses: the same sequence on every machine. */
export function mulberry32(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
