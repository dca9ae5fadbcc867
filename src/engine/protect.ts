// Spans no rule may touch: web addresses, e-mail addresses, @handles, #hashtags, file names,
// command-line flags and code-like tokens. Rules ask `ctx.isProtected(start, end)` before editing.

/** Top-level domains we recognise in a bare domain name (`censor.net`, `Censor.NET`). */
const TLDS = [
  'com', 'org', 'net', 'gov', 'edu', 'int', 'mil', 'info', 'biz', 'news', 'io', 'co', 'tv', 'me',
  'ly', 'eu', 'uk', 'us', 'ca', 'au', 'de', 'fr', 'it', 'es', 'pt', 'nl', 'be', 'ch', 'at', 'ru',
  'ua', 'pl', 'cz', 'ro', 'bg', 'gr', 'tr', 'ir', 'in', 'jp', 'cn', 'kr', 'br', 'ar', 'mx', 'za',
  'ng', 'ke', 'pk', 'se', 'no', 'dk', 'fi', 'ie', 'hu', 'by', 'kz', 'il', 'ae', 'sa', 'app', 'dev',
  'ai', 'xyz', 'online', 'site', 'press', 'media', 'blog',
];
const TLD = `(?:${TLDS.join('|')}|${TLDS.map((t) => t.toUpperCase()).join('|')})`;

const EXTENSIONS = [
  'txt', 'md', 'json', 'jsonl', 'js', 'mjs', 'cjs', 'ts', 'tsx', 'jsx', 'py', 'rb', 'go', 'rs', 'java', 'c', 'h',
  'cpp', 'cs', 'php', 'sh', 'yaml', 'yml', 'toml', 'xml', 'html', 'htm', 'css', 'csv', 'tsv', 'pdf', 'doc',
  'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'odt', 'rtf', 'png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'mp3', 'mp4',
  'mov', 'avi', 'zip', 'gz', 'tar', 'exe', 'dmg', 'apk', 'iso',
];
/** Extensions as people write them: pdf, PDF, Pdf. */
const FILE_EXTENSIONS = EXTENSIONS.flatMap((ext) => [ext, ext.toUpperCase(), ext[0]!.toUpperCase() + ext.slice(1)]).join('|');

/**
 * One alternation, each branch linear (no nested quantifiers over the same characters):
 *   scheme URL | www. URL | e-mail | bare domain (+ path) | @handle | #hashtag | file name |
 *   --flag | `inline code` | snake_case / a::b / a->b / call() | camelCase with two humps or more |
 *   the shapes of code that prose never has (below).
 */
/**
 * Identifiers and other tokens of code that glue from stripped markup never makes, whatever the
 * words in them (the ambiguous one-hump camelCase, `postMessage` beside `suppliesMilitary`, is
 * glued-words' to judge, with the lexicon):
 *   a capital run after lower case (`innerHTML`, `toJSON`) | digits after a hump or before one
 *   (`texImage2D`, `utf8Decode`) | camelCase called (`postMessage(`) | a dotted call
 *   (`foo.bar(`, `JSON.parse(`) | a member of a lower-case name (`os.path`, `console.log`,
 *   `document.getElementById`; two letters before the dot at least: not `p.m`, `e.g`) |
 *   a version (`1.2.3`, `v2.1`; not `1.245.803`, a number with dots for thousands). Not a
 *   hexadecimal hash: in news it is scraping debris, which stray-tokens removes.
 */
const CODE_SHAPES = [
  String.raw`\b[a-z]+[A-Z]{2,}[A-Za-z0-9]*\b`,
  String.raw`\b[a-z]+(?:[A-Z][a-z]*)+\d[A-Za-z0-9]*\b`,
  String.raw`\b[a-z]+\d+[A-Z][A-Za-z0-9]*\b`,
  String.raw`\b[a-z]+[A-Z][\w$]*(?=\()`,
  String.raw`\b[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+(?=\()`,
  String.raw`\b[a-z_$][\w$]+(?:\.[a-z_$][\w$]*)+\b`,
  String.raw`\bv?\d+\.\d{1,2}\.\d+(?:-[0-9A-Za-z.]+)?\b|\bv\d+\.\d+\b`,
];

export const PROTECTED = new RegExp(
  [
    String.raw`\b(?:https?|ftp)://[^\s<>"“”«»]+`,
    String.raw`\bwww\.[^\s<>"“”«»]+`,
    String.raw`(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+`,
    String.raw`(?<![\w.@/-])(?:[A-Za-z0-9-]+\.)+${TLD}(?![\w-])(?:/[^\s<>"“”«»]*)?`,
    String.raw`(?<![\w@])@[A-Za-z0-9_]+`,
    String.raw`(?<![\w#&])#[\p{L}\p{N}_]+`,
    String.raw`(?<![\w.-])[\w-]+(?:\.[\w-]+)*\.(?:${FILE_EXTENSIONS})\b`,
    String.raw`(?<![\w-])--?[A-Za-z][\w-]*(?==|\b)`,
    String.raw`\b\w+(?:_|::|->)\w[\w:>-]*`,
    String.raw`\b[A-Za-z_$][\w$]*\(\)`,
    String.raw`\b[a-z]+(?:[A-Z][a-z0-9]+){2,}\b`,
    ...CODE_SHAPES,
  ].join('|'),
  'gu',
);

/** `inline code`: the one kind of span that may hold spaces, found on its own. */
export const INLINE_CODE = /`[^`\n]+`/g;
/**
 * Characters without which no PROTECTED branch can match: `:` `@` `#` `_` `(` `>`, a dot or hyphen
 * before a letter, a lower-case letter before a capital, a digit before a letter (`utf8Decode`),
 * `v` before a digit or a number with two dots (versions). The big pattern runs only on the
 * whitespace-delimited tokens that hold one, so most words of a text cost one cheap scan.
 */
export const TRIGGER = /[:@#_(>]|[.-][A-Za-z-]|[a-z][A-Z]|\d[A-Za-z]|v\d|\d\.\d+\./g;

// What TRIGGER's branches start with: a mark that is one alone, a dot or hyphen, a lower-case
// letter (`v` also before a digit), a digit.
const ALONE = 1;
const DOT_OR_HYPHEN = 2;
const LOWER = 3;
const DIGIT = 4;
const TRIGGER_START = new Uint8Array(128);
for (const ch of ':@#_(>') TRIGGER_START[ch.charCodeAt(0)] = ALONE;
TRIGGER_START[46] = TRIGGER_START[45] = DOT_OR_HYPHEN;
for (let c = 97; c <= 122; c++) TRIGGER_START[c] = LOWER;
for (let c = 48; c <= 57; c++) TRIGGER_START[c] = DIGIT;

const isAsciiUpper = (c: number): boolean => c >= 65 && c <= 90;
const isAsciiLetter = (c: number): boolean => isAsciiUpper(c) || (c >= 97 && c <= 122);
const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;

/** The first offset at or after `from` where TRIGGER matches, or -1. */
export function nextTrigger(text: string, from: number): number {
  const n = text.length;
  for (let p = from; p < n; p++) {
    const c = text.charCodeAt(p);
    if (c >= 128) continue;
    const kind = TRIGGER_START[c]!;
    if (kind === 0) continue;
    if (kind === ALONE) return p;
    const d = p + 1 < n ? text.charCodeAt(p + 1) : -1;
    if (kind === DOT_OR_HYPHEN) {
      if (isAsciiLetter(d) || d === 45) return p;
    } else if (kind === LOWER) {
      if (isAsciiUpper(d) || (c === 118 && isAsciiDigit(d))) return p;
    } else if (isAsciiLetter(d)) {
      return p;
    } else if (d === 46) {
      // `\d\.\d+\.`: a number with two dots.
      let j = p + 2;
      while (j < n && isAsciiDigit(text.charCodeAt(j))) j++;
      if (j > p + 2 && j < n && text.charCodeAt(j) === 46) return p;
    }
  }
  return -1;
}

/** A sorted, non-overlapping list of protected `[start, end)` spans. */
export interface ProtectedSpans {
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

/** The protected spans of a text; `keep` adds the words a configuration says to keep. */
export function findProtectedSpans(text: string, keep?: RegExp): ProtectedSpans {
  const spans: [number, number][] = [];
  let done = 0; // tokens before this offset have been looked at
  // The first trigger of each token (what a search with TRIGGER would take), by a loop over
  // character codes: the pattern's branches start at most characters of a text.
  for (let at = nextTrigger(text, 0); at >= 0; at = nextTrigger(text, done)) {
    let start = at;
    while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
    let end = at + 1;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
    done = end;
    for (const match of text.slice(start, end).matchAll(PROTECTED)) {
      const from = start + match.index;
      let to = from + match[0].length;
      // A sentence that ends with a link keeps its full stop outside the link.
      while (to > from && /[.,;:!?)\]]/.test(text[to - 1] ?? '')) to--;
      spans.push([from, to]);
    }
  }
  if (text.includes('`')) for (const match of text.matchAll(INLINE_CODE)) spans.push([match.index, match.index + match[0].length]);
  if (keep) for (const match of text.matchAll(keep)) spans.push([match.index, match.index + match[0].length]);
  return mergeSpans(spans);
}

/** Sorted spans, overlapping ones merged (so that ends ascend with starts), as ProtectedSpans. */
export function mergeSpans(spans: [number, number][]): ProtectedSpans {
  spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const starts: number[] = [];
  const ends: number[] = [];
  for (const [start, end] of spans) {
    const last = ends.length - 1;
    if (last >= 0 && start < ends[last]!) ends[last] = Math.max(ends[last]!, end);
    else {
      starts.push(start);
      ends.push(end);
    }
  }
  return { starts, ends };
}

/** Whitespace as `\s` reads it, for the characters that matter here. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Whether `[start, end)` overlaps a protected span; an insertion (`start === end`) is blocked
 * only strictly inside one.
 */
export function overlapsProtected(spans: ProtectedSpans, start: number, end: number): boolean {
  const { starts, ends } = spans;
  // First span whose end is past `start`.
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((ends[mid] as number) <= start) lo = mid + 1;
    else hi = mid;
  }
  if (lo >= starts.length) return false;
  const spanStart = starts[lo] as number;
  if (start === end) return spanStart < start;
  return spanStart < end;
}

/** A run of two or more spaces, or of spaces around a tab, between two visible characters. */
const GAP = /(?<=\S)(?: {2,}|[ ]*\t[ \t]*)(?=\S)/g;
/** Indentation that makes a line part of an indented block: four spaces or a tab. */
const BLOCK_INDENT = /^(?: {4,}|[ ]*\t)[ \t]*(?=\S)/;
/** A number as a right-aligned column holds one: `1,234`, `-12.5%`, `$3`. */
const NUMBER_CELL = /^[-+(]?[$€£¥]?\d[\d.,]*%?\)?$/;

/**
 * Whitespace that lays a text out, found in one paragraph (`text`, offsets in it): the gaps of
 * lines whose columns line up with a neighbouring line's (a gap ending at the same column, or a
 * number ending at the same column after a gap), and the indentation and gaps of two or more
 * lines in a row indented by four spaces or a tab. Such lines are a table, a list in columns,
 * verse or code; the words in them are still read, their spacing is kept.
 */
export function findLayoutSpans(text: string): [number, number][] {
  if (!text.includes('  ') && !text.includes('\t')) return [];
  const lines: { start: number; gaps: [number, number][]; indent: number; columns: Set<number> }[] = [];
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    const gaps: [number, number][] = [];
    const columns = new Set<number>();
    if (line.includes('  ') || line.includes('\t')) {
      for (const gap of line.matchAll(GAP)) {
        const gapEnd = gap.index + gap[0].length;
        gaps.push([start + gap.index, start + gapEnd]);
        columns.add(gapEnd);
        let cellEnd = gapEnd;
        while (cellEnd < line.length && line[cellEnd] !== ' ' && line[cellEnd] !== '\t') cellEnd++;
        if (NUMBER_CELL.test(line.slice(gapEnd, cellEnd))) columns.add(-cellEnd); // a right-aligned number
      }
    }
    const indent = BLOCK_INDENT.exec(line)?.[0].length ?? 0;
    lines.push({ start, gaps, indent, columns });
    start = end + 1;
  }
  const spans: [number, number][] = [];
  const taken = new Uint8Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    if (next && line.indent > 0 && next.indent > 0) taken[i] = taken[i + 1] = 2;
    if (next && [...line.columns].some((column) => next.columns.has(column))) {
      taken[i] ||= 1;
      taken[i + 1] ||= 1;
    }
  }
  lines.forEach((line, i) => {
    if (taken[i] === 0) return;
    if (taken[i] === 2 && line.indent > 0) spans.push([line.start, line.start + line.indent]);
    spans.push(...line.gaps);
  });
  return spans;
}
