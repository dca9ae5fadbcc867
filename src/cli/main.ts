// The command line: parses arguments, reads inputs, calls the library, hands results to a
// reporter and returns the exit code. It holds no text pattern and touches no global state, so
// tests drive it with in-memory streams.
import { Command, CommanderError, Option } from 'commander';
import { clean, CycleError, locateEdits, resolveRules, RuleError, RULES, UnknownRuleError, type CleanOptions } from '../index.js';
import type { CleanResult } from '../engine/types.js';
import { InputError, readSource, STDIN, type Source } from './input.js';
import { createPaint, wantsColor, type Paint } from './paint.js';
import { formatCheckJson, formatCheckText, formatFinding, formatRules, formatSummary, type FileResult } from './report.js';
import { writeAtomically } from './write.js';
import { VERSION } from './version.js';

export interface CliStreams {
  readonly argv: readonly string[];
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly env: NodeJS.ProcessEnv;
}

export const EXIT_OK = 0;
export const EXIT_CHANGES = 1;
export const EXIT_ERROR = 2;

interface Options {
  check?: boolean;
  diff?: boolean;
  write?: boolean;
  explain?: boolean;
  format: 'text' | 'json';
  enable: string[];
  disable: string[];
  only?: string[];
  color?: boolean;
}

/** A mistake in how newsclean was called; reported in one line, exit 2. */
class UsageError extends Error {}

export async function main(io: CliStreams): Promise<number> {
  let exitCode = EXIT_OK;
  const program = new Command('newsclean')
    .description('Clean machine-translated, scraped news text with deterministic, explainable rules.')
    .version(VERSION, '-V, --version')
    .argument('[files...]', 'files to clean; none or - reads standard input')
    .option('--check', 'report what would change, one finding a line; exit 1 if anything would')
    .option('--diff', 'print a unified diff instead of the cleaned text')
    .option('--write', 'rewrite the files in place (atomically), only those that change')
    .option('--explain', 'print the cleaned text, and every edit with its rule and reason on stderr')
    .addOption(new Option('--format <format>', 'report format for --check').choices(['text', 'json']).default('text'))
    .option('--enable <rules>', 'turn on rules that are off by default (comma-separated)', collectIds, [])
    .option('--disable <rules>', 'turn rules off (comma-separated)', collectIds, [])
    .option('--only <rules>', 'run only these rules (comma-separated)', collectIds)
    .option('--color', 'colour the output even when it is not a terminal')
    .option('--no-color', 'never colour the output (NO_COLOR=1 does the same)')
    .addHelpText(
      'after',
      [
        '',
        'Commands:',
        '  newsclean rules [--verbose]   list every rule with what it fixes',
        '',
        'Exit codes: 0 nothing to report, 1 --check found changes, 2 usage or input error.',
        'Examples:',
        '  newsclean article.txt                 print the cleaned article',
        '  cat article.txt | newsclean --diff    show what would change',
        '  newsclean --check articles/*.txt      CI gate: exit 1 if anything would change',
        '  newsclean --write articles/*.txt      fix the files in place',
      ].join('\n'),
    )
    .action(async (files: string[], options: Options) => {
      exitCode = await run(files, options, io);
    });
  program
    .command('rules')
    .description('list every rule with what it fixes')
    .option('--verbose', 'also say what each rule deliberately leaves alone')
    .option('--no-color', 'never colour the output')
    .action(async (options: { verbose?: boolean; color?: boolean }) => {
      const paint = await createPaint(wantsColor(options.color === false ? false : undefined, io.env, io.stdout));
      await write(io.stdout, formatRules(RULES, options.verbose === true, paint));
    });
  program.exitOverride();
  program.configureOutput({
    writeOut: (text) => io.stdout.write(text),
    writeErr: (text) => io.stderr.write(text),
  });
  try {
    await program.parseAsync([...io.argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_ERROR;
    if (error instanceof UsageError) {
      io.stderr.write(`newsclean: ${error.message}\n`);
      return EXIT_ERROR;
    }
    throw error;
  }
  return exitCode;
}

function collectIds(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), ...value.split(',').map((id) => id.trim()).filter((id) => id !== '')];
}

async function run(files: string[], options: Options, io: CliStreams): Promise<number> {
  const ruleOptions = checkUsage(files, options);
  const paths = files.length === 0 ? [STDIN] : files;
  const paint = await createPaint(wantsColor(options.color, io.env, io.stdout));
  const errPaint = await createPaint(wantsColor(options.color, io.env, io.stderr));
  const results: FileResult[] = [];
  const errors: { label: string; message: string }[] = [];
  let stdinUsed = false;

  for (const path of paths) {
    if (path === STDIN) {
      if (stdinUsed) continue;
      stdinUsed = true;
    }
    let source: Source;
    let result: CleanResult;
    try {
      source = await readSource(path, io.stdin);
      result = clean(source.text, ruleOptions);
    } catch (error) {
      // An unreadable input or a rule bug stops this input only; the others still run.
      if (!(error instanceof InputError || error instanceof CycleError || error instanceof RuleError)) throw error;
      const label = path === STDIN ? '<stdin>' : path;
      const message = error instanceof InputError ? error.message : `${label}: ${error.message}`;
      errors.push({ label, message });
      io.stderr.write(`${errPaint.error('newsclean:')} ${message}\n`);
      continue;
    }
    const findings = locateEdits(source.text, result.edits);
    results.push({ label: source.label, findings });
    if (options.explain) {
      const text = findings.map((finding) => formatFinding(source.label, finding, errPaint)).join('\n');
      if (text) io.stderr.write(`${text}\n`);
    }
    if (options.diff) {
      await write(io.stdout, await formatDiff(source, result.text, paint));
    } else if (options.write) {
      if (result.text !== source.text) {
        try {
          await writeAtomically(source.path, result.text);
          await write(io.stdout, `fixed ${source.label} (${findings.length} edit${findings.length === 1 ? '' : 's'})\n`);
        } catch (error) {
          const message = `cannot write "${source.label}": ${(error as Error).message}. The file is unchanged.`;
          errors.push({ label: source.label, message });
          io.stderr.write(`${errPaint.error('newsclean:')} ${message}\n`);
        }
      }
    } else if (!options.check) {
      await write(io.stdout, result.text);
    }
  }

  if (options.check) {
    if (options.format === 'json') await write(io.stdout, formatCheckJson(results, errors));
    else await write(io.stdout, formatCheckText(results, paint) + formatSummary(results, errors.length, paint));
  }
  if (errors.length > 0) return EXIT_ERROR;
  if (options.check && results.some((result) => result.findings.length > 0)) return EXIT_CHANGES;
  return EXIT_OK;
}

/** Rejects option combinations that make no sense; returns the rule selection. */
function checkUsage(files: readonly string[], options: Options): CleanOptions {
  const modes = (['check', 'write'] as const).filter((mode) => options[mode]);
  if (modes.length > 1) throw new UsageError('--check and --write do opposite things; use one of them.');
  if (options.write && options.diff) throw new UsageError('--write and --diff: use --diff to preview, then --write to apply.');
  if (options.write && (files.length === 0 || files.includes(STDIN))) {
    throw new UsageError('--write rewrites files, not standard input. Pass file paths, or leave out --write to print the result.');
  }
  if (options.format !== 'text' && !options.check) throw new UsageError(`--format ${options.format} applies to --check reports.`);
  const ruleOptions: CleanOptions = { enable: options.enable, disable: options.disable, ...(options.only ? { only: options.only } : {}) };
  try {
    resolveRules(ruleOptions);
  } catch (error) {
    if (!(error instanceof UnknownRuleError)) throw error;
    const flag = options.disable.includes(error.ruleId) ? '--disable' : options.enable.includes(error.ruleId) ? '--enable' : '--only';
    const hint = error.suggestion ? ` Did you mean "${error.suggestion}"?` : '';
    throw new UsageError(`unknown rule "${error.ruleId}" in ${flag}.${hint} (newsclean rules lists them)`);
  }
  return ruleOptions;
}

async function formatDiff(source: Source, cleaned: string, paint: Paint): Promise<string> {
  if (cleaned === source.text) return '';
  const { createTwoFilesPatch } = await import('diff');
  const name = source.path === STDIN ? 'stdin' : source.path;
  const patch = createTwoFilesPatch(name, name, source.text, cleaned, '', '', { context: 3 });
  // Drop the "Index:"/separator lines some versions emit; keep ---/+++ headers (without the
  // empty timestamp after a tab) for patch -p0 and git apply.
  const lines = patch.split('\n').filter((line) => !line.startsWith('Index: ') && !/^=+$/.test(line));
  return lines
    .map((line) => {
      if (line.startsWith('+++ ') || line.startsWith('--- ')) return paint.bold(line.replace(/\t$/, ''));
      if (line.startsWith('@@')) return paint.hunk(line);
      if (line.startsWith('+')) return paint.added(line);
      if (line.startsWith('-')) return paint.removed(line);
      return line;
    })
    .join('\n');
}

/** Writes and waits until the stream has taken the text (back-pressure for large outputs). */
function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (text === '') return Promise.resolve();
  return new Promise((resolve, reject) => {
    stream.write(text, (error) => (error ? reject(error) : resolve()));
  });
}
