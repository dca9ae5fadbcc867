// The HTML report as text: what it counts, that nothing in a document can break out of its place,
// and that it stays quick to write at 10,000 documents. tests/report/browser.test.ts opens it.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { clean, locateEdits, RULES } from '../../src/index.js';
import { escapeHtml, HtmlReport, scriptJson } from '../../src/report/html.js';

function add(report: HtmlReport, label: string, input: string): void {
  const result = clean(input);
  report.add({ label, input, output: result.text, findings: locateEdits(input, [...result.edits, ...result.reported]), changes: result.changes });
}

const HOSTILE = [
  'US Secretary of State Anthony Blingen said <script>window.__xss = 1</script> and </script><script>window.__xss = 2</script>.',
  'He added </style><img src=x onerror="window.__xss=3"> and <!-- and --> and ]]> and \u2028 and \u2029.',
  '',
].join('\n');
const HOSTILE_LABEL = 'x"><script>window.__xss=4</script>.txt';

/** The data block the page's script reads, parsed back. */
function dataOf(html: string): { rules: [string, string, string][]; documents: { label: string; findings: unknown[][] }[] } {
  const m = /<script type="application\/json" id="newsclean-data">([\s\S]*?)<\/script>/.exec(html);
  return JSON.parse(m![1]!);
}

describe('the HTML report', () => {
  it('counts what --check --format json counts, and the share of text touched', () => {
    const report = new HtmlReport(RULES);
    add(report, 'a.txt', 'Anthony Blingen met  Lavrov.\n');
    add(report, 'b.txt', 'A clean sentence.\n');
    add(report, 'c.txt', 'Toss reports that talks resumed.\n');
    report.addError('d.txt', 'd.txt: is not valid UTF-8');
    const summary = report.summary();
    expect(summary).toMatchObject({ inputs: 3, changed: 2, findings: 3, fixes: 3, reported: 0, errors: 1 });
    expect(Object.fromEntries(summary.byRule)).toEqual({ names: 2, whitespace: 1 });
    expect(Object.fromEntries(summary.byCategory)).toEqual({ spelling: 2, spacing: 1 });
    // "Anthony Blingen" (15) → "Antony Blinken" (14), "  " → " ", "Toss" → "TASS".
    expect(summary.touched).toBe(15 + 14 + 2 + 1 + 4 + 4);
    const html = report.render({ version: '9.9.9', date: new Date('2026-01-02T03:04:05Z') });
    expect(html).toContain('<dd data-count="inputs">3</dd>');
    expect(html).toContain('<dd data-count="changed">2</dd>');
    expect(html).toContain('<dd data-count="findings">3</dd>');
    expect(html).toContain('2026-01-02 03:04:05 UTC');
    // Documents with findings only, most findings first.
    expect(dataOf(html).documents.map((doc) => doc.label)).toEqual(['a.txt', 'c.txt']);
    expect(html).toContain('d.txt: is not valid UTF-8');
  });

  it('escapes everything a document, a path or a message brings', () => {
    const report = new HtmlReport(RULES);
    add(report, HOSTILE_LABEL, HOSTILE);
    report.addError('<b>e.txt</b>', '<b>e.txt</b>: cannot read');
    const html = report.render({ version: '<i>1</i>', subject: 'newsclean </code><script>x</script>' });
    // Only the page's own two script elements and one style element open or close.
    expect(html.match(/<script/gi)).toHaveLength(2);
    expect(html.match(/<\/script/gi)).toHaveLength(2);
    expect(html.match(/<\/style/gi)).toHaveLength(1);
    expect(html).not.toMatch(/<img|<b>|<i>|<!--|onerror="/);
    expect(html).not.toContain('\u2028');
    // The data block still holds the text exactly.
    const doc = dataOf(html).documents[0]!;
    expect(doc.label).toBe(HOSTILE_LABEL);
    expect(JSON.stringify(doc)).toContain('<script>window.__xss = 1</script>');
  });

  it('allows only its own script and style to run (Content-Security-Policy by hash)', () => {
    const report = new HtmlReport(RULES);
    add(report, 'a.txt', 'Anthony Blingen met Lavrov.\n');
    const html = report.render({ version: '1' });
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!;
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    const sha = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    expect(policy).toContain(`default-src 'none'`);
    expect(policy).toContain(`script-src ${sha(script)}`);
    expect(policy).toContain(`style-src ${sha(style)}`);
    expect(policy).not.toContain('unsafe-inline');
    expect(html).not.toMatch(/https?:\/\/|src="(?!data:)/);
  });

  it('escapes for HTML and for a script block', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
    const json = scriptJson({ text: '</script><!-- \u2028 & >' });
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual({ text: '</script><!-- \u2028 & >' });
  });

  it('writes 10,000 documents (its speed is the bench\'s business)', () => {
    const texts = ['Anthony Blingen met  Lavrov in Geneva.\n', 'Toss reports that TheUkraine talks resumed.\n', 'A clean line.\n'];
    const cleaned = texts.map((input) => {
      const result = clean(input);
      return { input, output: result.text, findings: locateEdits(input, [...result.edits, ...result.reported]), changes: result.changes };
    });
    const report = new HtmlReport(RULES);
    for (let i = 0; i < 10_000; i++) report.add({ label: `corpus.jsonl:${i + 1}`, ...cleaned[i % 3]! });
    const html = report.render({ version: '1' });
    expect(report.summary().inputs).toBe(10_000);
    expect(report.size).toBe(6_667);
    expect(dataOf(html).documents).toHaveLength(6_667);
  });
});
