// What rules read besides the text: the name table, words to keep, extra line patterns. Built once
// from a configuration (or the defaults) and shared by every document cleaned with it.
import { builtInNames, buildNameTable, type NameEntry, type NameTable } from './data/names.js';
import { escapeRegExp } from './text/regexp.js';

export interface Settings {
  /** Name entries in use: the built-in ones not turned off, and those the configuration adds. */
  readonly nameEntries: readonly NameEntry[];
  readonly names: NameTable;
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

/** The people of a settings' name table: their full names and their surnames (built on first use). */
export interface People {
  readonly fullNames: ReadonlySet<string>;
  readonly surnames: ReadonlySet<string>;
  /** Every word of every correct form in the table, of any kind (Schoof, Kyiv, Reuters): never split or changed as a misspelling. */
  readonly knownWords: ReadonlySet<string>;
}

const peopleBySettings = new WeakMap<Settings, People>();

export function peopleOf(settings: Settings): People {
  let people = peopleBySettings.get(settings);
  if (!people) {
    const fullNames = new Set<string>();
    const surnames = new Set<string>();
    const knownWords = new Set<string>();
    for (const entry of settings.nameEntries) {
      for (const form of Object.keys(entry.forms)) for (const word of form.split(/[\s-]+/)) knownWords.add(word);
      if (entry.kind !== 'person') continue;
      for (const form of [entry.name, ...Object.keys(entry.forms)]) {
        const words = form.split(' ');
        if (words.length < 2) continue;
        fullNames.add(form);
        surnames.add(words[words.length - 1]!);
      }
    }
    people = { fullNames, surnames, knownWords };
    peopleBySettings.set(settings, people);
  }
  return people;
}

let defaults: Settings | undefined;

/** The built-in settings, built on first use. */
export function defaultSettings(): Settings {
  if (!defaults) {
    const { entries, table } = builtInNames();
    defaults = { nameEntries: entries, names: table, keep: undefined, boilerplateLines: [], seeAlsoLines: [] };
  }
  return defaults;
}

/** Settings for a configuration. Throws on a bad line pattern, naming it. */
export function createSettings(options: SettingsOptions): Settings {
  const { entries } = builtInNames();
  const off = new Set(options.disableNames ?? []);
  const added = options.addNames ?? [];
  const nameEntries = off.size === 0 && added.length === 0 ? entries : [...entries.filter((entry) => !off.has(entry.name)), ...added];
  return {
    nameEntries,
    names: nameEntries === entries ? builtInNames().table : buildNameTable(nameEntries),
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
