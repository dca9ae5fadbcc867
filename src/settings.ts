// What rules read besides the text and the lexicon: words to keep, extra line patterns, and the
// configuration's changes to the name table (applied to the lexicon by the library entry point).
// Built once from a configuration (or the defaults) and shared by every document cleaned with it.
import type { NameEntry } from './data/names.js';
import { escapeRegExp } from './text/regexp.js';

export interface Settings {
  /** Name entries the configuration adds to the lexicon's, and built-in entries it turns off (by `name`). */
  readonly names: { readonly add: readonly NameEntry[]; readonly disable: readonly string[] };
  /** Words and phrases no rule may split or change (matched as whole words), as one pattern. */
  readonly keep: RegExp | undefined;
  /** Whole-line patterns that mark more lines as site furniture. */
  readonly boilerplateLines: readonly RegExp[];
  /** Whole-line patterns that mark more lines as links to other articles. */
  readonly seeAlsoLines: readonly RegExp[];
}

/** What a configuration may change in the settings. */
export interface SettingsOptions {
  /** Name entries to add. */
  readonly addNames?: readonly NameEntry[];
  /** Built-in entries to turn off, by `name`. */
  readonly disableNames?: readonly string[];
  readonly keep?: readonly string[];
  /** Regular expressions (sources) matched against whole lines. */
  readonly boilerplateLines?: readonly string[];
  readonly seeAlsoLines?: readonly string[];
}

const DEFAULTS: Settings = { names: { add: [], disable: [] }, keep: undefined, boilerplateLines: [], seeAlsoLines: [] };

/** The built-in settings: nothing added, nothing kept. */
export function defaultSettings(): Settings {
  return DEFAULTS;
}

/** Settings for a configuration. Throws on a bad line pattern, naming it. */
export function createSettings(options: SettingsOptions): Settings {
  return {
    names: { add: options.addNames ?? [], disable: options.disableNames ?? [] },
    keep: keepPattern(options.keep ?? []),
    boilerplateLines: (options.boilerplateLines ?? []).map((source) => linePattern(source, 'boilerplate')),
    seeAlsoLines: (options.seeAlsoLines ?? []).map((source) => linePattern(source, 'seeAlso')),
  };
}

function keepPattern(words: readonly string[]): RegExp | undefined {
  if (words.length === 0) return undefined;
  const alternation = [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(?:${alternation})(?![\\p{L}\\p{N}\\p{M}])`, 'gu');
}

/** A line pattern from configuration; `u` flag, matched against the trimmed line. */
function linePattern(source: string, key: string): RegExp {
  try {
    return new RegExp(source, 'u');
  } catch (error) {
    throw new SettingsError(`"${key}" pattern ${JSON.stringify(source)} is not a valid regular expression: ${(error as Error).message}`);
  }
}

/** A setting that cannot be used, with what is wrong. */
export class SettingsError extends Error {
  override readonly name = 'SettingsError';
}
