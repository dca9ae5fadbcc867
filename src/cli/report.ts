// Turning results into text for people (findings, summaries, explanations) and for programs (JSON).
import type { Finding, Rule } from '../engine/types.js';
import type { Paint } from './paint.js';

/** The outcome for one input. */
export interface FileResult {
  readonly label: string;
  readonly findings: readonly Finding[];
}

const MAX_SHOWN = 60;

/** `path:line:col  rule-id  message ("before" → "after")` */
export function formatFinding(label: string, finding: Finding, paint: Paint): string {
  const where = paint.dim(`${label}:${finding.line}:${finding.column}`);
  return `${where}  ${paint.rule(finding.ruleId)}  ${finding.message} (${showChange(finding.before, finding.after, paint)})`;
}

export function showChange(before: string, after: string, paint: Paint): string {
  if (after === '') return `${paint.removed(show(before))} removed`;
  if (before === '') return `${paint.added(show(after))} inserted`;
  return `${paint.removed(show(before))} → ${paint.added(show(after))}`;
}

/**
 * A string as it reads in one line of a report: in straight double quotes (curly ones are often
 * what is being fixed), line breaks visible, a long middle cut.
 */
function show(text: string): string {
  let visible = JSON.stringify(text).slice(1, -1);
  if (visible.length > MAX_SHOWN) visible = `${visible.slice(0, MAX_SHOWN / 2)}…${visible.slice(-MAX_SHOWN / 2 + 1)}`;
  return `"${visible}"`;
}

export function formatCheckText(results: readonly FileResult[], paint: Paint): string {
  const lines: string[] = [];
  for (const result of results) {
    for (const finding of result.findings) lines.push(formatFinding(result.label, finding, paint));
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/** One closing line: how many inputs would change and the command that changes them. */
export function formatSummary(results: readonly FileResult[], failed: number, paint: Paint): string {
  const changed = results.filter((result) => result.findings.length > 0);
  const edits = changed.reduce((sum, result) => sum + result.findings.length, 0);
  const problems = failed > 0 ? ` ${failed} input${failed === 1 ? '' : 's'} could not be read.` : '';
  if (changed.length === 0) {
    const n = results.length;
    return `${paint.ok(n === 1 ? 'Clean: nothing to change.' : `All ${n} inputs are clean.`)}${problems}\n`;
  }
  const files = `${changed.length} ${changed.length === 1 ? 'input' : 'inputs'}`;
  const onlyStdin = changed.every((result) => result.label === '<stdin>');
  const fix = onlyStdin ? 'Run "newsclean" without --check to print the cleaned text.' : 'Run "newsclean --write FILE…" to apply the changes.';
  return `${paint.warn(`${files} would change (${edits} edit${edits === 1 ? '' : 's'}).`)} ${fix}${problems}\n`;
}

export function formatCheckJson(results: readonly FileResult[], errors: readonly { label: string; message: string }[]): string {
  const report = {
    version: 1,
    files: results.map((result) => ({
      path: result.label,
      changed: result.findings.length > 0,
      findings: result.findings.map((f) => ({
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        start: f.start,
        end: f.end,
        rule: f.ruleId,
        message: f.message,
        before: f.before,
        after: f.after,
        pass: f.pass,
      })),
    })),
    errors: errors.map((error) => ({ path: error.label, message: error.message })),
    summary: {
      inputs: results.length,
      changed: results.filter((result) => result.findings.length > 0).length,
      findings: results.reduce((sum, result) => sum + result.findings.length, 0),
      errors: errors.length,
    },
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

export function formatRules(rules: readonly Rule[], verbose: boolean, paint: Paint): string {
  const width = Math.max(...rules.map((rule) => rule.id.length));
  const lines = rules.map((rule) => {
    const head = `${paint.rule(rule.id.padEnd(width))}  ${paint.dim(rule.category.padEnd(11))}  ${rule.description}${rule.optIn ? paint.dim(' (off by default)') : ''}`;
    return verbose && rule.leaves ? `${head}\n${' '.repeat(width + 15)}${paint.dim(`leaves: ${rule.leaves}`)}` : head;
  });
  return `${lines.join('\n')}\n`;
}
