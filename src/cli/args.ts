// The command line's arguments: the commander program, the parsed options as one plain object,
// and the combinations that make no sense. Nothing here reads files or cleans text.
import { Command, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_EXTENSIONS, IGNORE_FILE } from './inputs.js';
import { STDIN } from './input.js';
import { VERSION } from './version.js';

export const FORMATS = ['text', 'json', 'github', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

/** What the command line asked for, as commander parses it. */
export interface Options {
  check?: boolean;
  diff?: boolean;
  wordDiff?: boolean;
  write?: boolean;
  /** With --write: write into files that cannot be replaced as they are (not atomic). */
  overwrite?: boolean;
  explain?: boolean;
  format: Format;
  enable?: string[];
  disable?: string[];
  only?: string[];
  ext?: string[];
  ignorePath?: string;
  /** False with --no-ignore: no ignore file or list applies. */
  ignore?: boolean;
  config?: string | boolean;
  printConfig?: string;
  color?: boolean;
  jsonl?: boolean;
  field: string;
  stats?: boolean;
  strict?: boolean;
  /** Threads that clean, this one included; absent: decided by the work (see workers.ts). */
  jobs?: number;
  maxSize?: number;
  report?: string;
}

/** A mistake in how newsclean was called, or a configuration it cannot use; one line, exit 2. */
export class UsageError extends Error {}

export const EXIT_CODES_HELP = 'Exit codes: 0 nothing to report, 1 --check found changes, 2 usage or input error, 130 interrupted (Ctrl-C).';

/** Where the program writes its help (`out`) and its usage errors (`err`). */
export interface ProgramOutput {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/**
 * The newsclean program: `onRun` receives the inputs and options of a cleaning run, `onRules`
 * those of `newsclean rules`. Commander never exits the process: a usage error, in the program or
 * in a command, throws a CommanderError after its message went to `output.err` with the prefix
 * every other error has.
 */
export function buildProgram(
  onRun: (inputs: string[], options: Options) => Promise<void>,
  onRules: (options: { verbose?: boolean; color?: boolean }) => Promise<void>,
  output: ProgramOutput,
): Command {
  const program = new Command('newsclean')
    // Set before the command is added, so that `newsclean rules` inherits both.
    .exitOverride()
    .configureOutput({
      writeOut: output.out,
      writeErr: output.err,
      outputError: (text, write) => write(text.replace(/^error: /, 'newsclean: ')),
    })
    .description('Clean machine-translated, scraped news text with deterministic, explainable rules.')
    .version(VERSION, '-V, --version')
    .argument('[inputs...]', 'files, directories or glob patterns to clean; none or - reads standard input')
    .option('--check', 'report what would change, one finding a line (its context below it); exit 1 if anything would')
    .option('--diff', 'print a unified diff instead of the cleaned text')
    .option('--word-diff', 'print each change inside its line, with a few words of context ([-old-]{+new+} without colour)')
    .option('--write', 'rewrite the files in place (atomically), only those that change')
    .option(
      '--overwrite',
      'with --write: write into a file that a new one cannot replace as it is (other hard links, an owner newsclean cannot keep, a folder it cannot write); not atomic',
    )
    .option('--explain', 'print the cleaned text, and every edit with its rule and reason on stderr')
    .addOption(new Option('--format <format>', 'report format for --check').choices(FORMATS).default('text'))
    .option('--enable <rules>', 'turn rules on that the configuration turned off (comma-separated rule ids, families or categories)', collectList)
    .option('--disable <rules>', 'turn rules off: rule ids, families (names) or categories (encoding), comma-separated; newsclean rules lists them', collectList)
    .option('--only <rules>', 'run only these rules (comma-separated rule ids, families or categories)', collectList)
    .option('--ext <extensions>', `extensions to clean in directories (default: ${DEFAULT_EXTENSIONS.join(',')})`, collectList)
    .option('--ignore-path <file>', `ignore file in .gitignore syntax (default: ./${IGNORE_FILE})`)
    .option('--no-ignore', 'clean files an ignore file or the configuration would skip')
    .option('--config <file>', 'use this configuration file instead of searching for one')
    .option('--no-config', 'use no configuration file')
    .option('--print-config <file>', 'print the configuration that applies to a file, as JSON, and exit')
    .option('--jsonl', 'read and write JSON Lines: clean one field of every record, keep the rest as it is')
    .option('--field <name>', 'with --jsonl: the field to clean', 'text')
    .option('--stats', 'with --jsonl: add "newsclean": {edits, rules} to every cleaned record')
    .option('--strict', 'with --jsonl: stop (exit 2) at a line that is not JSON, instead of passing it through')
    .option('--report <file>', 'also write an HTML page to review every edit (self-contained; open it in a browser)')
    .option('--max-size <size>', 'skip files larger than this (e.g. 500KB, 64MB, 1GB; default 64MB); standard input has no limit', parseSize)
    .option(
      '-j, --jobs <n>',
      'threads that clean, this one included: files, the pieces of a large input and batches of JSON Lines are shared out (default: this thread only; one per idle core once a run has 8 MiB of text)',
      parseJobs,
    )
    .option('--color', 'colour the output even when it is not a terminal')
    .option('--no-color', 'never colour the output (NO_COLOR=1 does the same)')
    .addHelpText(
      'after',
      [
        '',
        EXIT_CODES_HELP,
        'Configuration: newsclean.config.json, .newscleanrc.json or "newsclean" in package.json,',
        'in the working directory or above it. Ignore file: .newscleanignore.',
        '',
        'Examples:',
        '  newsclean article.txt                   print the cleaned article',
        '  cat article.txt | newsclean --diff      show what would change',
        '  newsclean --word-diff article.txt       the same, word by word, for reading',
        '  newsclean --check articles/             CI gate: exit 1 if anything would change',
        '  newsclean --check --format github "articles/**/*.md"',
        '  newsclean --write articles/             fix the files in place',
        '  newsclean --check --report r.html dir/  review every edit in a browser',
      ].join('\n'),
    )
    .action(onRun);
  program
    .command('rules')
    .usage('[--verbose] [--no-color]')
    .description('list every rule with what it fixes')
    .option('--verbose', 'also say what each rule deliberately leaves alone')
    .option('--no-color', 'never colour the output')
    .action(onRules);
  return program;
}

const SIZE_UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** `500KB`, `64MB`, `1G`, `1048576`: a size in bytes (units of 1024). */
export function parseSize(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?b?)\s*$/i.exec(value);
  const unit = m ? SIZE_UNITS[m[2]!.toLowerCase()] : undefined;
  if (!m || unit === undefined || Number(m[1]) <= 0) throw new InvalidArgumentError('expected a size such as 500KB, 64MB or 1GB.');
  return Math.round(Number(m[1]) * unit);
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new InvalidArgumentError('expected a whole number from 1 to 256.');
  return n;
}

function collectList(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), ...value.split(',').map((item) => item.trim()).filter((item) => item !== '')];
}

/** Rejects option combinations that make no sense. */
export function checkUsage(inputs: readonly string[], options: Options): void {
  if (options.check && options.write) throw new UsageError('--check and --write do opposite things; use one of them.');
  if (options.write && options.diff) throw new UsageError('--write and --diff: use --diff to preview, then --write to apply.');
  if (options.write && options.wordDiff) throw new UsageError('--write and --word-diff: use --word-diff to preview, then --write to apply.');
  if (options.diff && options.wordDiff) throw new UsageError('--diff and --word-diff: use one of them (--diff for patch, --word-diff for reading).');
  if (options.write && (inputs.length === 0 || inputs.includes(STDIN))) {
    throw new UsageError('--write rewrites files, not standard input. Pass file paths, or leave out --write to print the result.');
  }
  if (options.overwrite && !options.write) throw new UsageError('--overwrite says how --write writes; add --write.');
  if (options.format !== 'text' && !options.check) throw new UsageError(`--format ${options.format} applies to --check reports.`);
  if (options.jsonl && options.diff) {
    throw new UsageError('--diff does not apply to --jsonl. Use --jsonl --check to list what would change, record by record.');
  }
  if (!options.jsonl && (options.stats || options.strict || options.field !== 'text')) {
    throw new UsageError('--field, --stats and --strict apply to --jsonl.');
  }
}
