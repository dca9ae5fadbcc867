// Markdown input: the parts of a document that are not prose. Code, HTML, tables, front matter,
// reference definitions and the line breaks inside a paragraph are kept byte for byte (no rule
// edits inside them, not even one that removes whole lines); link destinations, inline code and HTML, escapes, entities, hard breaks
// and the marks of the syntax (list bullets, heading hashes, emphasis) are protected like URLs.
// The parser (micromark with GFM and front matter) is loaded on the first Markdown document, so
// plain text never pays for it.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mergeSpans, type ProtectedSpans } from './protect.js';

/** What a Markdown document protects, as sorted, merged spans of its text. */
export interface MarkdownSpans {
  /** Spans no rule may touch: code blocks, HTML blocks, tables, front matter, definitions. */
  readonly verbatim: ProtectedSpans;
  /** Spans protected as URLs are: every rule but those that remove whole lines keeps out. */
  readonly syntax: ProtectedSpans;
}

/** Blocks that are not prose: kept whole. */
const VERBATIM = new Set([
  'codeFenced', 'codeIndented', 'htmlFlow', 'table', 'definition', 'yaml', 'toml', 'mathFlow',
]);

/**
 * Whether a token of `type` inside one of `parent` is kept whole. A line break inside a paragraph
 * is: the paragraph's lines are one piece of prose, and removing one of them (a line that looks
 * like site furniture in a hard-wrapped paragraph) or joining one to the next is never a repair.
 */
function isVerbatim(type: string, parent: string | undefined): boolean {
  return VERBATIM.has(type) || (type === 'lineEnding' && parent === 'paragraph');
}

/** Inline code, destinations, and the characters of the syntax: protected like a URL. */
const SYNTAX = new Set([
  'codeText', 'htmlText', 'resource', 'reference', 'autolink', 'literalAutolink', 'characterReference',
  'characterEscape', 'hardBreakEscape', 'hardBreakTrailing', 'atxHeadingSequence', 'setextHeadingLine',
  'listItemPrefix', 'listItemIndent', 'blockQuotePrefix', 'linePrefix', 'thematicBreak', 'emphasisSequence',
  'strongSequence', 'strikethroughSequence', 'labelMarker', 'labelImageMarker', 'taskListCheck',
  'gfmFootnoteCall', 'gfmFootnoteDefinitionLabel',
]);

interface Token {
  readonly type: string;
  readonly start: { readonly offset: number };
  readonly end: { readonly offset: number };
}
type Event = readonly ['enter' | 'exit', Token, unknown];

interface Micromark {
  parse(options: { extensions: unknown[] }): { document(): { write(chunks: unknown[]): Event[] } };
  preprocess(): (value: string, encoding: undefined, end: boolean) => unknown[];
  postprocess(events: Event[]): Event[];
  gfm(): unknown;
  frontmatter(options?: unknown): unknown;
}

let parser: { micromark: Micromark; extensions: unknown[] } | undefined;

/**
 * micromark and its extensions, on first use. The build bundles them into one file beside this
 * module (dist/engine/micromark.cjs: one file to read instead of some forty); from the sources,
 * the packages themselves are loaded.
 */
function loadParser(): { micromark: Micromark; extensions: unknown[] } {
  if (parser) return parser;
  const require = createRequire(import.meta.url);
  const bundled = new URL('./micromark.cjs', import.meta.url);
  const micromark: Micromark = existsSync(fileURLToPath(bundled))
    ? (require(fileURLToPath(bundled)) as Micromark)
    : ({
        ...(require('micromark') as object),
        ...(require('micromark-extension-gfm') as object),
        ...(require('micromark-extension-frontmatter') as object),
      } as Micromark);
  parser = { micromark, extensions: [micromark.gfm(), micromark.frontmatter(['yaml', 'toml'])] };
  return parser;
}

/** The spans of a Markdown text that are not prose (see MarkdownSpans). */
export function findMarkdownSpans(text: string): MarkdownSpans {
  const { micromark, extensions } = loadParser();
  const chunks = micromark.preprocess()(text, undefined, true);
  const events = micromark.postprocess(micromark.parse({ extensions }).document().write(chunks));
  const verbatim: [number, number][] = [];
  const syntax: [number, number][] = [];
  // A token inside one already taken adds nothing: skip to the exit of the one taken.
  let inside: Token | undefined;
  const parent: string[] = [];
  for (const [kind, token] of events) {
    if (inside) {
      if (kind === 'exit' && token === inside) inside = undefined;
      continue;
    }
    if (kind === 'exit') {
      parent.pop();
      continue;
    }
    const target = isVerbatim(token.type, parent[parent.length - 1]) ? verbatim : SYNTAX.has(token.type) ? syntax : undefined;
    parent.push(token.type);
    if (!target) continue;
    const start = token.start.offset;
    const end = Math.min(token.end.offset, text.length);
    if (end > start) target.push([start, end]);
    parent.pop();
    inside = token;
  }
  return { verbatim: mergeSpans(verbatim), syntax: mergeSpans(syntax) };
}

/** The blocks of a Markdown text kept byte for byte (code, HTML, tables…), each with its kind, in order. */
export function findMarkdownBlocks(text: string): { type: string; text: string }[] {
  const { micromark, extensions } = loadParser();
  const events = micromark.postprocess(micromark.parse({ extensions }).document().write(micromark.preprocess()(text, undefined, true)));
  const blocks: { type: string; text: string }[] = [];
  let inside: Token | undefined;
  for (const [kind, token] of events) {
    if (inside) {
      if (kind === 'exit' && token === inside) inside = undefined;
    } else if (kind === 'enter' && VERBATIM.has(token.type)) {
      blocks.push({ type: token.type, text: text.slice(token.start.offset, token.end.offset) });
      inside = token;
    }
  }
  return blocks;
}


/**
 * The Markdown spans of a text through the passes of one cleaning: found by parsing the input on
 * first use, then moved along with each pass's edits. No edit touches a verbatim span, and a
 * syntax span only goes whole with a removed line, so moving them is exact, and cheaper than
 * parsing every pass's text again; it also keeps what the author wrote as the structure.
 */
export class MarkdownTracker {
  private spans: MarkdownSpans | undefined;
  private text: string | undefined;

  /** A getter of the spans of `text`, the text of the current pass. */
  spansOf(text: string): () => MarkdownSpans {
    return () => {
      if (this.spans === undefined || this.text !== text) {
        this.spans = findMarkdownSpans(text);
        this.text = text;
      }
      return this.spans;
    };
  }

  /** Moves the spans found, if any, onto `next`, the result of `edits` (sorted, not overlapping). */
  advance(edits: readonly { start: number; end: number; replacement: string }[], next: string): void {
    if (this.spans === undefined) return;
    this.spans = { verbatim: moveSpans(this.spans.verbatim, edits), syntax: moveSpans(this.spans.syntax, edits) };
    this.text = next;
  }
}

/** Spans moved by edits: an edit before a span shifts it, a span an edit reaches into goes. */
function moveSpans(spans: ProtectedSpans, edits: readonly { start: number; end: number; replacement: string }[]): ProtectedSpans {
  const starts: number[] = [];
  const ends: number[] = [];
  let e = 0;
  let delta = 0;
  for (let i = 0; i < spans.starts.length; i++) {
    const start = spans.starts[i]!;
    const end = spans.ends[i]!;
    while (e < edits.length && edits[e]!.end <= start) {
      delta += edits[e]!.replacement.length - (edits[e]!.end - edits[e]!.start);
      e++;
    }
    if (e < edits.length && edits[e]!.start < end) continue; // removed with a line
    starts.push(start + delta);
    ends.push(end + delta);
  }
  return { starts, ends };
}
