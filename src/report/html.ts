// The HTML review report: one self-contained page (inline style and script, no network) with a
// summary of a run, bar charts of the findings by rule and by category, and every document that
// has findings, its edits highlighted in place. Collect documents with `add`, then `render`.
//
// Safety: every string from a document, a path or a message is escaped for HTML where the page is
// built here, and reaches the script as JSON with `<`, `>` and `&` escaped, so no text can close
// the JSON block or open a tag. A Content-Security-Policy lets only the page's own script and
// style run (by hash), so even an escaping mistake could not run injected script.
import { createHash } from 'node:crypto';
import type { Finding, Rule } from '../engine/types.js';
import { SCRIPT, STYLE } from './client.js';
import { piecesOf, type Piece, type ReportSource } from './model.js';

/** One document of the report, as the page's script reads it. */
interface ReportDocument {
  readonly label: string;
  readonly pieces: readonly Piece[];
  /** `[rule index, message, severity (0 fix, 1 report), line, column]`; line 0 when unknown. */
  readonly findings: readonly (readonly [number, string, 0 | 1, number, number])[];
  readonly changed: boolean;
}

export interface ReportSummary {
  /** Documents cleaned (files, standard input, or JSON Lines records). */
  readonly inputs: number;
  /** Documents the fixes change. */
  readonly changed: number;
  /** Edits and report-only findings, as `--check --format json` counts them. */
  readonly findings: number;
  readonly fixes: number;
  readonly reported: number;
  readonly errors: number;
  /** Characters removed or inserted, and characters read. */
  readonly touched: number;
  readonly characters: number;
  readonly byRule: ReadonlyMap<string, number>;
  readonly byCategory: ReadonlyMap<string, number>;
}

export interface RenderOptions {
  readonly version: string;
  /** When the run happened (shown on the page); default now. */
  readonly date?: Date;
  /** What was cleaned, e.g. the command line, shown under the title. */
  readonly subject?: string;
}

/** Collects a run's documents and renders the report. Only documents with findings are kept whole. */
export class HtmlReport {
  private readonly documents: ReportDocument[] = [];
  private readonly errors: { label: string; message: string }[] = [];
  private readonly ruleIndex = new Map<string, number>();
  private readonly ruleTable: [string, string, string][] = [];
  private readonly byRule = new Map<string, number>();
  private readonly byCategory = new Map<string, number>();
  private inputs = 0;
  private changed = 0;
  private fixes = 0;
  private reported = 0;
  private touched = 0;
  private characters = 0;

  constructor(private readonly rules: readonly Rule[]) {}

  /** A cleaned document: its input, its output, and what `clean` or `check` said about it. */
  add(source: ReportSource): void {
    this.inputs++;
    this.characters += source.input.length;
    const fixes = source.findings.filter((finding) => finding.severity === 'fix').length;
    this.fixes += fixes;
    this.reported += source.findings.length - fixes;
    if (fixes > 0) this.changed++;
    for (const change of source.changes) this.touched += change.end - change.start + (change.outEnd - change.outStart);
    if (source.findings.length === 0) return;
    const findings = source.findings.map((finding) => {
      const rule = this.rule(finding.ruleId);
      this.byRule.set(finding.ruleId, (this.byRule.get(finding.ruleId) ?? 0) + 1);
      const category = this.ruleTable[rule]![1];
      this.byCategory.set(category, (this.byCategory.get(category) ?? 0) + 1);
      const { line, column } = finding as Partial<Finding>;
      return [rule, finding.message, finding.severity === 'fix' ? 0 : 1, line ?? 0, column ?? 0] as const;
    });
    this.documents.push({ label: source.label, pieces: piecesOf(source), findings, changed: fixes > 0 });
  }

  /** An input that could not be cleaned; listed on the page. */
  addError(label: string, message: string): void {
    this.errors.push({ label, message });
  }

  summary(): ReportSummary {
    return {
      inputs: this.inputs,
      changed: this.changed,
      findings: this.fixes + this.reported,
      fixes: this.fixes,
      reported: this.reported,
      errors: this.errors.length,
      touched: this.touched,
      characters: this.characters,
      byRule: this.byRule,
      byCategory: this.byCategory,
    };
  }

  /** Documents on the page: those with findings. */
  get size(): number {
    return this.documents.length;
  }

  render(options: RenderOptions): string {
    const summary = this.summary();
    // Most findings first; ties keep the order of the run.
    const documents = this.documents.map((doc, i) => ({ doc, i })).sort((a, b) => b.doc.findings.length - a.doc.findings.length || a.i - b.i).map(({ doc }) => doc);
    const data = { rules: this.ruleTable, documents };
    const date = (options.date ?? new Date()).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
    const share = summary.characters === 0 ? 0 : (100 * summary.touched) / summary.characters;
    const ruleRows = [...summary.byRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const categoryRows = [...summary.byCategory].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const stat = (key: string, label: string, value: string, hint?: string): string =>
      `<div${hint ? ` title="${escapeHtml(hint)}"` : ''}><dt>${label}</dt><dd data-count="${key}">${value}</dd></div>`;
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="generator" content="newsclean ${escapeHtml(options.version)}">
<title>newsclean report: ${summary.changed} of ${summary.inputs} changed</title>
<link rel="icon" href="data:,">
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>newsclean report</h1>
<p class="meta">${escapeHtml(date)} · newsclean ${escapeHtml(options.version)}${options.subject ? ` · <code>${escapeHtml(options.subject)}</code>` : ''}</p>
<dl class="stats">
${stat('inputs', 'inputs', format(summary.inputs))}
${stat('changed', 'changed', format(summary.changed))}
${stat('findings', 'findings', format(summary.findings))}
${stat('fixes', 'fixes', format(summary.fixes))}
${stat('reported', 'report only', format(summary.reported))}
${stat('errors', 'errors', format(summary.errors))}
${stat('touched', 'text touched', `${share.toFixed(share > 0 && share < 0.1 ? 3 : 2)}%`, `${format(summary.touched)} of ${format(summary.characters)} characters removed or inserted`)}
</dl>
${ruleRows.length > 0 ? `<div class="charts">
<div class="chart"><h2 id="by-rule">Findings by rule</h2>${barChart('by-rule', ruleRows)}</div>
<div class="chart"><h2 id="by-category">Findings by category</h2>${barChart('by-category', categoryRows)}</div>
</div>` : '<p>No findings: every input is clean.</p>'}
${this.errors.length > 0 ? `<h2>Inputs that could not be cleaned</h2>\n<ul class="errors">${this.errors.map((e) => `<li>${escapeHtml(e.message)}</li>`).join('\n')}</ul>` : ''}
<h2>Documents with findings, most first</h2>
<div class="toolbar">
<input type="search" id="search" placeholder="Search names and text" aria-label="Search names and text">
<label><input type="checkbox" id="side-by-side"> side by side</label>
</div>
<div class="rules" role="group" aria-label="Show one rule">${ruleRows
      .map(([id, count]) => `<button type="button" class="rule-filter" data-rule="${escapeHtml(id)}" data-index="${this.ruleIndex.get(id)}" aria-pressed="false" title="${escapeHtml(this.ruleTable[this.ruleIndex.get(id)!]![2])}">${escapeHtml(id)}<span class="n">${format(count)}</span></button>`)
      .join('')}</div>
<nav class="pager"><button type="button" id="prev-top">previous</button><span id="status-top"></span><button type="button" id="next-top">next</button></nav>
<section id="documents" data-total="${documents.length}"></section>
<nav class="pager"><button type="button" id="prev-bottom">previous</button><span id="status-bottom"></span><button type="button" id="next-bottom">next</button></nav>
<noscript><p>The documents need JavaScript to show; the summary above does not.</p></noscript>
<footer>Hover over a highlight for the rule and the reason; click a rule to show only its edits. Link to one document with <code>report.html#</code> and its path, URL-encoded.</footer>
</main>
<script type="application/json" id="newsclean-data">${scriptJson(data)}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
  }

  private rule(id: string): number {
    let index = this.ruleIndex.get(id);
    if (index === undefined) {
      const rule = this.rules.find((candidate) => candidate.id === id);
      index = this.ruleTable.length;
      this.ruleTable.push([id, rule?.category ?? 'other', rule?.description ?? '']);
      this.ruleIndex.set(id, index);
    }
    return index;
  }
}

const hash = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const CONTENT_SECURITY_POLICY = `default-src 'none'; script-src ${hash(SCRIPT)}; style-src ${hash(STYLE)}; img-src data:; base-uri 'none'; form-action 'none'`;

/** Text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON that can sit inside a script element: nothing in it can close the element or start a comment. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function format(n: number): string {
  return n.toLocaleString('en-US');
}

/** A horizontal bar chart as inline SVG. */
function barChart(id: string, rows: readonly (readonly [string, number])[]): string {
  const width = 520;
  const labelWidth = 150;
  const valueWidth = 56;
  const row = 19;
  const max = Math.max(1, ...rows.map(([, value]) => value));
  const bars = rows
    .map(([label, value], i) => {
      const y = i * row + 2;
      const w = Math.max(1, Math.round(((width - labelWidth - valueWidth) * value) / max));
      return `<g data-${id}="${escapeHtml(label)}"><text class="label" x="${labelWidth - 8}" y="${y + 12}" text-anchor="end">${escapeHtml(label)}</text><rect x="${labelWidth}" y="${y + 2}" width="${w}" height="13" rx="2"/><text class="value" x="${labelWidth + w + 6}" y="${y + 12}">${format(value)}</text></g>`;
    })
    .join('');
  return `<svg viewBox="0 0 ${width} ${rows.length * row + 4}" role="img" aria-labelledby="${id}">${bars}</svg>`;
}
