// Finding and reading the configuration file: newsclean.config.json, .newscleanrc.json or the
// "newsclean" key of package.json, in the working directory or the nearest one above it.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Config } from '../config/config.js';
import type { CleanOptions } from '../index.js';

/** The file names looked for in each directory, in this order. */
export const CONFIG_FILES = ['newsclean.config.json', '.newscleanrc.json', 'package.json'] as const;

export interface LoadedConfig {
  /** The file the configuration came from; undefined when none was found or --no-config. */
  readonly path: string | undefined;
  readonly config: Config;
  /** The clean() options the configuration stands for, built while checking it; absent without a file. */
  readonly options?: CleanOptions;
}

/** A configuration file that cannot be read or parsed; the message names the file and the cause. */
export class ConfigFileError extends Error {
  override readonly name = 'ConfigFileError';
}

/**
 * The configuration for a run: the file given with --config, else the first one found from `cwd`
 * upwards, else none. Validation (the JSON Schema) is loaded only when there is a file.
 */
export async function loadConfig(cwd: string, explicit: string | undefined, useConfig: boolean): Promise<LoadedConfig> {
  if (!useConfig) return { path: undefined, config: {} };
  const found = explicit !== undefined ? await readExplicit(resolve(cwd, explicit)) : await discover(cwd);
  if (!found) return { path: undefined, config: {} };
  const { checkConfig } = await import('../config/config.js');
  const { config, options } = checkConfig(found.value, `invalid configuration in "${found.path}"`);
  return { path: found.path, config, options };
}

async function readExplicit(path: string): Promise<{ path: string; value: unknown }> {
  const found = await readConfigFile(path, true);
  if (!found) throw new ConfigFileError(`"${path}" has no "newsclean" key; add one, or point --config at a newsclean.config.json.`);
  return found;
}

async function discover(cwd: string): Promise<{ path: string; value: unknown } | undefined> {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of CONFIG_FILES) {
      const found = await readConfigFile(join(dir, name), false);
      if (found) return found;
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/** A configuration from a file, or undefined when the file is absent (or a package.json without the key). */
async function readConfigFile(path: string, mustExist: boolean): Promise<{ path: string; value: unknown } | undefined> {
  let text: string;
  try {
    // Synchronous: a start looks for a few small files up the folders, and each wait for the
    // thread pool cost more than the read.
    if (!mustExist && statSync(path, { throwIfNoEntry: false })?.isFile() !== true) return undefined;
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!mustExist && (code === 'ENOENT' || code === 'ENOTDIR')) return undefined;
    const cause = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message;
    throw new ConfigFileError(`cannot read configuration "${path}": ${cause}.`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigFileError(`invalid configuration in "${path}": not valid JSON (${describeJsonError(text, error as Error)}).`);
  }
  if (path.endsWith('package.json')) {
    const section = (value as Record<string, unknown> | null)?.['newsclean'];
    return section === undefined ? undefined : { path: `${path}#newsclean`, value: section };
  }
  return { path, value };
}

/** JSON.parse's message with its character position turned into a line and column. */
function describeJsonError(text: string, error: Error): string {
  const position = /at position (\d+)/.exec(error.message);
  const message = error.message.replace(/ in JSON at position \d+.*$/, '').replace(/^JSON\.parse: /, '');
  if (!position) return message;
  const offset = Number(position[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `${message} at line ${line}, column ${column}`;
}
