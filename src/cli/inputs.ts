// Turning command-line arguments into the inputs to clean: files as given, directories walked for
// the configured extensions, glob patterns expanded — minus what .newscleanignore (gitignore
// syntax), --ignore-path or the configuration's "ignore" list exclude. The order is stable: the
// arguments' order, and sorted paths within each directory or pattern.
import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { readFileSync } from 'node:fs';
import { STDIN } from './input.js';

export const DEFAULT_EXTENSIONS: readonly string[] = ['.txt', '.md'];
export const IGNORE_FILE = '.newscleanignore';

/** File name endings of Markdown: such files are cleaned as Markdown (prose only, code kept). */
const MARKDOWN_EXTENSIONS = ['.md', '.markdown', '.mdown', '.mkd', '.mkdn', '.mdwn'];

/** Whether a path names a Markdown file, by its extension (`-`, standard input, is plain text). */
export function isMarkdownPath(path: string): boolean {
  const lower = path.toLowerCase();
  return path !== STDIN && MARKDOWN_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

export interface InputPlan {
  /** Paths to clean, in order, and `-` for standard input where it was asked for. */
  readonly paths: readonly string[];
  /**
   * Paths among `paths` that an ignore list excludes although the command line names them: they
   * are passed through or listed as ignored, never dropped in silence. The value names the list.
   */
  readonly ignored: ReadonlyMap<string, string>;
  /** Arguments that name nothing to clean, with the reason. */
  readonly errors: readonly { readonly label: string; readonly message: string }[];
}

/** Paths excluded by an ignore file or list: gitignore semantics, relative to a base directory. */
export interface IgnoreList {
  readonly base: string;
  readonly matcher: Ignore;
  /** How messages name the list: the ignore file, or the configuration's "ignore" key. */
  readonly source: string;
}

export interface ExpandOptions {
  readonly cwd: string;
  readonly extensions: readonly string[];
  readonly ignores: readonly IgnoreList[];
}

const GLOB_CHARS = /[*?[\]{}!]/;

export async function expandInputs(args: readonly string[], options: ExpandOptions): Promise<InputPlan> {
  const paths: string[] = [];
  const ignored = new Map<string, string>();
  const errors: { label: string; message: string }[] = [];
  const seen = new Set<string>();
  // A file found in a directory or by a pattern is skipped when ignored; a file named on the
  // command line is kept, marked as ignored.
  const add = (path: string, named = false): void => {
    const key = path === STDIN ? STDIN : resolve(options.cwd, path);
    if (seen.has(key)) return;
    const by = path === STDIN ? undefined : ignoredBy(key, options.ignores);
    if (by && !named) return;
    seen.add(key);
    paths.push(path);
    if (by) ignored.set(path, by.source);
  };

  for (const arg of args.length === 0 ? [STDIN] : args) {
    if (arg === STDIN) {
      add(STDIN);
      continue;
    }
    const kind = await kindOf(resolve(options.cwd, arg));
    if (kind === 'file') {
      add(arg, true);
    } else if (kind === 'directory') {
      const found = await walk(arg, options);
      if (found.length === 0) {
        errors.push({ label: arg, message: `"${arg}" has no files ending in ${options.extensions.join(' or ')} to clean. Pass --ext to choose others.` });
      }
      for (const path of found) add(path);
    } else if (GLOB_CHARS.test(arg)) {
      const matches = await glob([arg], options.cwd);
      if (matches.length === 0) errors.push({ label: arg, message: `no files match "${arg}". Check the pattern (quote it so the shell does not expand it).` });
      for (const path of matches) add(path);
    } else {
      // Missing or unreadable: let reading report it, in argument order, with the usual message.
      add(arg, true);
    }
  }
  return { paths, ignored, errors };
}

async function kindOf(path: string): Promise<'file' | 'directory' | undefined> {
  try {
    const stats = await stat(path);
    return stats.isDirectory() ? 'directory' : 'file';
  } catch {
    return undefined;
  }
}

/** Files under a directory with one of the extensions, sorted, skipping dot-directories and node_modules. */
async function walk(dir: string, options: ExpandOptions): Promise<string[]> {
  const extensions = options.extensions.map((ext) => (ext.startsWith('.') ? ext.slice(1) : ext));
  const patterns = extensions.map((ext) => `${dir.replace(/\/+$/, '')}/**/*.${ext}`);
  return glob(patterns, options.cwd);
}

async function glob(patterns: readonly string[], cwd: string): Promise<string[]> {
  const { glob: tinyglobby } = await import('tinyglobby');
  const found = await tinyglobby([...patterns], { cwd, onlyFiles: true, dot: false, ignore: ['**/node_modules/**'], expandDirectories: false });
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The first list that excludes a path (absolute), if any. */
export function ignoredBy(absolute: string, ignores: readonly IgnoreList[]): IgnoreList | undefined {
  return ignores.find(({ base, matcher }) => {
    const path = relative(base, absolute);
    return path !== '' && !path.startsWith('..') && !isAbsolute(path) && matcher.ignores(path.split('\\').join('/'));
  });
}

/** The patterns of an ignore file, or undefined when it does not exist. `source` names it. */
export function readIgnoreFile(path: string, base: string, source: string): IgnoreList | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return { base, matcher: ignore().add(text), source };
}

export function ignoreList(patterns: readonly string[], base: string, source: string): IgnoreList {
  return { base, matcher: ignore().add([...patterns]), source };
}
