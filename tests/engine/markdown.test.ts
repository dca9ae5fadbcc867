// Markdown input (clean(text, { markdown: true })): code, HTML, tables, front matter and reference
// definitions come out byte for byte, link destinations and the marks of the syntax are protected,
// and the prose around them is cleaned as plain text would be.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { runClean } from '../../src/engine/engine.js';
import type { Rule } from '../../src/engine/types.js';
import { findMarkdownBlocks, findMarkdownSpans } from '../../src/engine/markdown.js';

const md = (text: string): string => clean(text, { markdown: true }).text;
const root = new URL('../../', import.meta.url);

describe('Markdown input', () => {
  it.each([
    ['```js\nconst a  =  \'america\';\n```\n', 'fenced code: spacing and words'],
    ['~~~\nsaid.The  war\n~~~\n', 'a fence of tildes'],
    ['Text.\n\n    indented  code  \'america\'\n    more   code\n', 'indented code'],
    ['Use `sp.PIPE` and `\'america\'  x` here.\n', 'inline code'],
    ['| a  | b   |\n|----|-----|\n| 1  | 2   |\n', 'an aligned table'],
    ['| Side | Delegate |\n|---|---|\n| US | Anthony  Blinken |\n', 'a table: its cells too'],
    ['---\ntitle: Lavrov-Blingen  talks\n---\n\nText.\n', 'YAML front matter'],
    ['+++\ntitle = "Blingen  talks"\n+++\n\nText.\n', 'TOML front matter'],
    ['<div class="ad">Advertisement  Blingen</div>\n', 'an HTML block'],
    ['See <b class="x">it</b> now.\n', 'inline HTML'],
    ['Read [the notes](https://example.org/Blingen_x "Blingen  notes").\n', 'a link destination and title'],
    ['Read [the notes][Blingen].\n\n[Blingen]: https://example.org/a  "Blingen"\n', 'a reference and its definition'],
    ['Go to <https://example.org/Blingen>.\n', 'an autolink'],
    ['A line with a hard break  \nand the next.\n', 'two trailing spaces: a hard break'],
    ['- one\n    - nested item\n\n1.  Numbered\n    with the text aligned\n', 'list indentation'],
    ['- one\n\n      code in a list  item\n', 'code in a list item'],
    ['Fish &amp; chips &#8212; and \\*stars\\*.\n', 'character references and escapes'],
    ['> quoted\n>  text\n', 'block quote marks'],
  ])('keeps %j (%s)', (text) => {
    expect(md(text)).toBe(text);
  });

  it.each([
    ['# Blingen in Geneva\n', '# Blinken in Geneva\n', 'a heading'],
    ['Anthony Blinken met `x`  today.\n', 'Antony Blinken met `x` today.\n', 'prose beside inline code'],
    ['Read [what Blingen said](https://example.org/Blingen).\n', 'Read [what Blinken said](https://example.org/Blingen).\n', 'a link text'],
    ['- Blingen  left first\n', '- Blinken left first\n', 'a list item'],
    ['He said.The war goes on.\n\n```\nsaid.The\n```\n', 'He said. The war goes on.\n\n```\nsaid.The\n```\n', 'prose before a code block'],
    ['*Blingen* spoke.\n', '*Blinken* spoke.\n', 'emphasized prose'],
  ])('cleans the prose of %j', (input, output) => {
    expect(md(input)).toBe(output);
  });

  it('cleans the same text as plain text where the option is off', () => {
    const text = '```js\nconst a  =  1;\n```\n';
    expect(clean(text).text).not.toBe(text);
    expect(md(text)).toBe(text);
  });

  it('gives an article its reviewed output, and plain text would have changed its code', () => {
    const input = readFileSync(new URL('fixtures/markdown/article.md', root), 'utf8');
    const expected = readFileSync(new URL('fixtures/markdown/article.expected.md', root), 'utf8');
    expect(md(input)).toBe(expected);
    expect(md(expected)).toBe(expected);
    const blocks = findMarkdownBlocks(input);
    expect(blocks.map((block) => block.type)).toEqual(['yaml', 'codeIndented', 'codeFenced', 'table', 'htmlFlow', 'definition']);
    expect(findMarkdownBlocks(expected)).toEqual(blocks);
    const plain = clean(input).text;
    expect(findMarkdownBlocks(plain)).not.toEqual(blocks);
  });

  describe('rules that remove whole lines', () => {
    /** Removes every line holding "REMOVE", with its line break. */
    const lineRemover: Rule = {
      id: 'line-remover',
      description: 'removes marked lines',
      category: 'chrome',
      editsProtected: 'removes whole lines',
      apply: (text, ctx) => ctx.lines().filter((line) => text.slice(line.start, line.end).includes('REMOVE')).map((line) => ctx.removeLine(line, 'marked')),
    };
    const run = (text: string): string => runClean(text, { rules: [lineRemover], markdown: true }).text;

    it('take a line of prose with its link', () => {
      expect(run('Keep.\n\nREMOVE [us](https://example.org)\n\nKeep.\n')).toBe('Keep.\n\nKeep.\n');
    });

    it.each([
      ['```\nREMOVE\n```\n', 'a line of code'],
      ['| a |\n|---|\n| REMOVE |\n', 'a table row'],
      ['One line\nREMOVE in a paragraph\nlast line.\n', 'a line inside a hard-wrapped paragraph'],
    ])('never take %j (%s)', (text) => {
      expect(run(text)).toBe(text);
    });
  });

  it('drops a whole group when one of its edits falls in a protected span', () => {
    // Moves a quotation mark: two edits that only make sense together.
    const mover: Rule = {
      id: 'mover',
      description: 'moves x',
      category: 'punctuation',
      apply: (text, ctx) => {
        const from = text.indexOf('X');
        const to = text.indexOf('Y');
        return from < 0 || to < 0 ? [] : [ctx.remove(from, from + 1, 'moved', 'g'), ctx.replace(to, to + 1, 'X', 'moved', 'g')];
      },
    };
    expect(runClean('X then `Y`\n', { rules: [mover], markdown: true }).text).toBe('X then `Y`\n');
    expect(runClean('X then Y\n', { rules: [mover], markdown: true }).text).toBe(' then X\n');
  });

  it('reads the parser only when a Markdown text is cleaned', () => {
    const script = [
      "const { clean } = await import('./dist/index.js');",
      "const { createRequire } = await import('node:module');",
      'const cache = createRequire(import.meta.url).cache;',
      "const loaded = () => Object.keys(cache).some((key) => key.includes('micromark'));",
      "clean('Plain  text.\\n');",
      'const before = loaded();',
      "clean('Some  *text*.\\n', { markdown: true });",
      'console.log(JSON.stringify([before, loaded()]));',
    ].join('\n');
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: new URL('.', root), encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual([false, true]);
  });

  describe('on the README files of the installed packages', () => {
    const dirs = readdirSync(new URL('node_modules/', root));
    const files = dirs
      .flatMap((dir) => ['README.md', 'readme.md', 'Readme.md'].map((name) => new URL(`node_modules/${dir}/${name}`, root)))
      .filter((url) => {
        try {
          readFileSync(url);
          return true;
        } catch {
          return false;
        }
      });

    it('finds enough of them to mean something', () => {
      expect(files.length).toBeGreaterThanOrEqual(50);
    });

    it('keeps every code block, table and HTML block byte for byte, and edits no link destination', () => {
      const damaged: string[] = [];
      for (const url of files) {
        const input = readFileSync(url, 'utf8');
        const result = clean(input, { markdown: true });
        if (JSON.stringify(findMarkdownBlocks(result.text)) !== JSON.stringify(findMarkdownBlocks(input))) damaged.push(`${url.pathname}: blocks`);
        const bom = input.startsWith('\ufeff') ? 1 : 0;
        const spans = findMarkdownSpans(input.slice(bom));
        for (const edit of result.edits) {
          const [start, end] = [edit.start - bom, edit.end - bom];
          spans.syntax.starts.forEach((from, i) => {
            const to = spans.syntax.ends[i]!;
            // An edit inside a destination or mark, or cutting into one (not one removing it whole).
            if (from < end && start < to && !(start <= from && to <= end)) damaged.push(`${url.pathname}: ${edit.ruleId} at ${edit.start}`);
          });
        }
      }
      expect(damaged).toEqual([]);
    }, 300_000);
  });
});
