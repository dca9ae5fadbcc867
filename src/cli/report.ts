// Turning results into text for people (findings, summaries, explanations) and for programs (JSON).
import type { Finding, Rule } from '../engine/types.js';
import { NO_PAINT, type Paint } from './paint.js';
import { renderSegments, type FindingWithContext } from './word-diff.js';

/** The outcome for one input. */
export interface FileResult {
  readonly label: string;
  readonly findings: readonly Finding[];
}

/** An input that could not be cleaned, with the reason. */
export interface InputProblem {
  readonly label: string;
  readonly message: string;
}

/** An input named on the command line that an ignore list excludes; `by` names the list. */
export interface IgnoredInput {
  readonly label: string;
  readonly by: string;
}

/** What a --check run found: every format reports the same. */
export interface CheckOutcome {
  /** The inputs (or records) with their findings; with --jsonl, only records that have findings. */
  readonly results: readonly FileResult[];
  readonly errors: readonly InputProblem[];
  readonly ignored: readonly IgnoredInput[];
  /** What was checked, one by one: files and standard input, or JSON Lines records. */
  readonly noun: 'input' | 'record';
  /** How many were checked. */
  readonly checked: number;
}

const MAX_SHOWN = 60;

/**
 * `path:line:col  rule-id  message ("before" → "after")`, marked when it is only reported; a
 * finding with its context gets a second, indented line: the change marked up in its line.
 */
export function formatFinding(label: string, finding: FindingWithContext, paint: Paint): string {
  const where = paint.dim(`${label}:${finding.line}:${finding.column}`);
  const report = finding.severity === 'report' ? paint.warn('  (report only)') : '';
  const context = finding.context ? `\n${CONTEXT_INDENT}${renderSegments(finding.context, paint)}` : '';
  return `${where}  ${paint.rule(finding.ruleId)}  ${finding.message} (${showChange(finding.before, finding.after, paint)})${report}${context}`;
}

const CONTEXT_INDENT = '    ';

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

/** Findings grouped by input (a blank line between inputs), one self-contained line each. */
export function formatCheckText(results: readonly FileResult[], paint: Paint): string {
  const blocks = results
    .filter((result) => result.findings.length > 0)
    .map((result) => result.findings.map((finding) => `${formatFinding(result.label, finding, paint)}\n`).join(''));
  return blocks.length > 0 ? `${blocks.join('\n')}\n` : '';
}

/** The inputs that were named but ignored, one line each, after the findings. */
export function formatIgnored(ignored: readonly IgnoredInput[], paint: Paint): string {
  return ignored.map((input) => `${paint.dim(`${input.label}: ignored by ${input.by}; not checked.`)}\n`).join('') + (ignored.length > 0 ? '\n' : '');
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Whether an input has findings that cleaning would apply (report-only ones do not fail a check). */
export const wouldChange = (result: FileResult): boolean => result.findings.some((finding) => finding.severity === 'fix');

/** One closing line: how many inputs would change and the command that changes them. */
export function formatSummary({ results, errors, ignored, noun, checked }: CheckOutcome, paint: Paint): string {
  const changed = results.filter(wouldChange);
  const edits = changed.reduce((sum, result) => sum + result.findings.filter((f) => f.severity === 'fix').length, 0);
  const reports = results.reduce((sum, result) => sum + result.findings.filter((f) => f.severity === 'report').length, 0);
  const reported = reports > 0 ? ` ${plural(reports, 'finding')} to review (report only).` : '';
  const problems = errors.length > 0 ? ` ${plural(errors.length, 'input')} could not be read.` : '';
  const skipped = ignored.length > 0 ? ` ${plural(ignored.length, 'input')} ignored (--no-ignore checks ${ignored.length === 1 ? 'it' : 'them'}).` : '';
  if (changed.length === 0) {
    if (checked === 0) return `${paint.warn('Nothing checked.')}${skipped}${problems}\n`;
    const clean = checked === 1 ? 'Clean: nothing to change.' : `All ${plural(checked, noun)} are clean.`;
    return `${paint.ok(clean)}${reported}${skipped}${problems}\n`;
  }
  const onlyStdin = changed.every((result) => result.label === '<stdin>' || result.label.startsWith('<stdin>:'));
  const command = noun === 'record' ? 'newsclean --jsonl' : 'newsclean';
  const fix = onlyStdin
    ? `Run "${command}" without --check to print the cleaned ${noun === 'record' ? 'records' : 'text'}.`
    : `Run "${command} --write FILE…" to apply the changes.`;
  return `${paint.warn(`${plural(changed.length, noun)} would change (${plural(edits, 'edit')}).`)} ${fix}${reported}${skipped}${problems}\n`;
}

export function formatCheckJson({ results, errors, ignored, noun, checked }: CheckOutcome): string {
  const report = {
    version: 1,
    files: results.map((result) => ({
      path: result.label,
      changed: wouldChange(result),
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
        severity: f.severity,
        pass: f.pass,
      })),
    })),
    errors: errors.map((error) => ({ path: error.label, message: error.message })),
    ignored: ignored.map((input) => ({ path: input.label, by: input.by })),
    summary: {
      // With --jsonl, `files` holds the records with findings; every record checked is counted.
      inputs: checked,
      ...(noun === 'record' ? { records: checked } : {}),
      changed: results.filter(wouldChange).length,
      findings: results.reduce((sum, result) => sum + result.findings.length, 0),
      errors: errors.length,
      ignored: ignored.length,
    },
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

// ------------------------------------------------------------------------- GitHub Actions --

/** GitHub Actions workflow commands: one `::error`/`::warning` annotation a finding. */
export function formatGithub({ results, errors, ignored }: CheckOutcome): string {
  const lines: string[] = [];
  for (const result of results) {
    for (const f of result.findings) {
      const properties = [
        `file=${escapeProperty(result.label)}`,
        `line=${f.line}`,
        `col=${f.column}`,
        `endLine=${f.endLine}`,
        `endColumn=${f.endColumn}`,
        `title=${escapeProperty(`newsclean (${f.ruleId})`)}`,
      ];
      const level = f.severity === 'report' ? 'warning' : 'error';
      lines.push(`::${level} ${properties.join(',')}::${escapeData(`${f.message} (${showChange(f.before, f.after, NO_PAINT)})`)}`);
    }
  }
  for (const error of errors) lines.push(`::error title=newsclean::${escapeData(error.message)}`);
  for (const input of ignored) lines.push(`::notice file=${escapeProperty(input.label)},title=newsclean::${escapeData(`ignored by ${input.by}; not checked`)}`);
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/** Escapes a workflow command's message, as @actions/core does. */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Escapes a workflow command's property value. */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

// ------------------------------------------------------------------------------- SARIF --

export interface SarifOptions {
  readonly rules: readonly Rule[];
  readonly version: string;
  /** Paths in the report are relative to this directory (the %SRCROOT% base). */
  readonly cwd: string;
}

/** A SARIF 2.1.0 log for code-scanning upload: one run, one result a finding, each with its fix. */
export function formatSarif({ results, errors, ignored }: CheckOutcome, options: SarifOptions): string {
  const ruleIndex = new Map(options.rules.map((rule, i) => [rule.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'newsclean',
            version: options.version,
            informationUri: 'https://github.com/newsclean/newsclean',
            rules: options.rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              fullDescription: { text: rule.leaves ? `${rule.description}. Leaves alone: ${rule.leaves}.` : rule.description },
              defaultConfiguration: { level: 'error' },
              properties: { category: rule.category },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileUri(options.cwd) } },
        invocations: [
          {
            executionSuccessful: errors.length === 0,
            toolExecutionNotifications: [
              ...errors.map((error) => ({ level: 'error', message: { text: error.message } })),
              ...ignored.map((input) => ({ level: 'note', message: { text: `${input.label}: ignored by ${input.by}; not checked.` } })),
            ],
          },
        ],
        results: results.flatMap((result) =>
          result.findings.map((f) => {
            const artifactLocation = { uri: toUri(result.label, options.cwd), uriBaseId: '%SRCROOT%' };
            const region = { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn };
            return {
              ruleId: f.ruleId,
              ...(ruleIndex.has(f.ruleId) ? { ruleIndex: ruleIndex.get(f.ruleId) } : {}),
              level: f.severity === 'report' ? 'warning' : 'error',
              message: { text: `${f.message} (${showChange(f.before, f.after, NO_PAINT)})` },
              locations: [{ physicalLocation: { artifactLocation, region: { ...region, snippet: { text: f.before } } } }],
              fixes: [
                {
                  description: { text: f.message },
                  // The edit's own span: a removed line's region starts at the line, its fix
                  // also takes the line break before it.
                  artifactChanges: [
                    { artifactLocation, replacements: [{ deletedRegion: { charOffset: f.start, charLength: f.end - f.start }, insertedContent: { text: f.after } }] },
                  ],
                },
              ],
            };
          }),
        ),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function toUri(label: string, cwd: string): string {
  if (label === '<stdin>') return 'stdin';
  const absolute = label.startsWith('/') ? label : `${cwd.replace(/\/+$/, '')}/${label}`;
  const base = `${cwd.replace(/\/+$/, '')}/`;
  const relativePath = absolute.startsWith(base) ? absolute.slice(base.length) : absolute;
  return relativePath.split('/').map(encodeURIComponent).join('/');
}

function pathToFileUri(path: string): string {
  return `file://${path.replace(/\/+$/, '').split('/').map(encodeURIComponent).join('/')}/`;
}
