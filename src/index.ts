/**
 * newsclean as a library: `clean` turns a text into the cleaned text and the list of edits that
 * produced it; `check` returns the same edits located by line and column; `cleanDocument` does
 * both at once and counts, which is what a command line or a service needs per document. Nothing
 * here prints or exits, and the only files read are the built-in lexicon's, once, when a text is
 * cleaned without one of the caller's (`createLexicon` builds one from data in memory).
 */
import type { CleanResult, Edges, Finding, Rule, TextChange } from './engine/types.js';
import { locateEdits, runCheck, runClean, type EngineOptions } from './engine/engine.js';
import type { Settings } from './settings.js';
import { extendLexicon, type Lexicon } from './lexicon/lexicon.js';
import { defaultLexicon } from './lexicon/default.js';
import { RULES } from './rules/index.js';
import { ruleNames, type NameKind, type RuleName } from './engine/rule-names.js';
import { locate, lineStarts } from './engine/position.js';

export type { AppliedEdit, Category, CleanResult, Edges, Edit, Finding, Line, Rule, RuleContext, TextChange, TextWarning } from './engine/types.js';
export { ruleNames, type NameKind, type RuleName, type RuleNames } from './engine/rule-names.js';
export { CycleError, locateEdits, RuleError } from './engine/engine.js';
export { RULES } from './rules/index.js';
export { createSettings, defaultSettings, SettingsError, type Settings, type SettingsOptions } from './settings.js';
export type { NameEntry, NameContext, WrongForm } from './data/names.js';
export { createLexicon, extendLexicon, parseLexicon } from './lexicon/lexicon.js';
export type { Acronym, City, Country, Lexicon, LexiconChanges, LexiconData, People, Person } from './lexicon/lexicon.js';
export type { KnownPeople, KnownPerson } from './lexicon/known-people.js';
export { defaultLexicon } from './lexicon/default.js';

/** What a rule does: apply its fixes (the default), only report them, or nothing. */
export type RuleMode = 'fix' | 'report' | 'off';

/**
 * In the options below, a rule is named by its id, its family (`names`: every rule that corrects
 * a name) or its category (`encoding`); see `ruleNames`.
 */
export interface CleanOptions {
  /** Rules to turn off. */
  readonly disable?: readonly string[];
  /** Rules to turn on that are off by default (or by `modes`). */
  readonly enable?: readonly string[];
  /** Run exactly these rules (in their usual order), instead of the defaults. */
  readonly only?: readonly string[];
  /**
   * A mode per rule, family or category, as a configuration sets them; for each rule the most
   * specific name given wins (its id, then its family, then its category). `disable`, `enable`
   * and `only` win over it.
   */
  readonly modes?: Readonly<Record<string, RuleMode>>;
  /** Replace the built-in rule set (for custom rules); the options above apply to it. */
  readonly ruleSet?: readonly Rule[];
  /** Words to keep, extra line patterns and name entries to add or turn off (see `configure`); the defaults when absent. */
  readonly settings?: Settings;
  /**
   * The words, frequencies, names, places, countries and acronyms rules read: the built-in lexicon
   * when absent (read from its file on first use), or one made with `createLexicon` from data in
   * memory. The name entries of `settings` are applied to it.
   */
  readonly lexicon?: Lexicon;
  /** Upper bound on passes before giving up with a CycleError (default 10). */
  readonly maxPasses?: number;
  /** For a piece of a larger input: whether it starts and ends the document (default both). */
  readonly edges?: Edges;
  /**
   * Read the text as Markdown (CommonMark with GitHub's tables, and YAML or TOML front matter):
   * code, HTML, tables, front matter and reference definitions come out byte for byte, link
   * destinations and the marks of the syntax are protected, and only the prose is cleaned. The
   * parser is loaded on the first Markdown text. Default false: plain text.
   */
  readonly markdown?: boolean;
}

/** A name that is no rule id, family or category was given in the options. */
export class UnknownRuleError extends Error {
  override readonly name = 'UnknownRuleError';
  constructor(
    readonly ruleId: string,
    readonly suggestion: string | undefined,
  ) {
    super(`unknown rule "${ruleId}"${suggestion ? `. Did you mean "${suggestion}"?` : ''}`);
  }
}

/** Cleans a text: applies every enabled rule until none finds anything more to do. */
export function clean(text: string, options: CleanOptions = {}): CleanResult {
  return runClean(text, engineOptions(options));
}

/**
 * The edits `clean` would make and the findings of report-only rules, each located by line and
 * column; empty for a clean text.
 */
export function check(text: string, options: CleanOptions = {}): Finding[] {
  return runCheck(text, engineOptions(options));
}

export interface DocumentOptions extends CleanOptions {
  /**
   * Whether to locate every edit and finding by line and column (default true). Printing or
   * writing a corpus does not need them; the counts are kept either way.
   */
  readonly locate?: boolean;
}

/** A warning about a text, at its 1-based line and column. */
export interface LocatedWarning {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** A cleaned document: what `cleanDocument` returns. */
export interface CleanedDocument {
  /** The cleaned text. */
  readonly text: string;
  /** Whether the text changed. */
  readonly changed: boolean;
  /**
   * The edits made and the findings of report-only rules, on the input's lines and columns, in
   * input order; empty when `locate` is false.
   */
  readonly findings: Finding[];
  /** The spans of the input that changed and the spans of the output they became. */
  readonly changes: readonly TextChange[];
  /** What in the text newsclean could not follow (an unknown rule in a marker), located. */
  readonly warnings: readonly LocatedWarning[];
  readonly counts: {
    /** Edits applied. */
    readonly edits: number;
    /** Findings of report-only rules (not applied). */
    readonly reported: number;
    /** Edits applied per rule id, in the order the rules first appear among the edits. */
    readonly byRule: Readonly<Record<string, number>>;
  };
}

/**
 * Cleans a document and returns everything a report needs: the text, the located findings, the
 * changes and the counts. Throws as `clean` does.
 */
export function cleanDocument(text: string, options: DocumentOptions = {}): CleanedDocument {
  const result = clean(text, options);
  const byRule: Record<string, number> = {};
  for (const edit of result.edits) byRule[edit.ruleId] = (byRule[edit.ruleId] ?? 0) + 1;
  return {
    text: result.text,
    changed: result.text !== text,
    findings: options.locate === false ? [] : locateEdits(text, [...result.edits, ...result.reported]),
    changes: result.changes,
    warnings: locateWarnings(text, result),
    counts: { edits: result.edits.length, reported: result.reported.length, byRule },
  };
}

function locateWarnings(text: string, result: CleanResult): LocatedWarning[] {
  if (result.warnings.length === 0) return [];
  const starts = lineStarts(text);
  return result.warnings.map((warning) => ({ ...locate(starts, warning.start), message: warning.message }));
}

function engineOptions(options: CleanOptions): EngineOptions {
  const { rules, reportOnly } = resolveRules(options);
  return {
    rules,
    reportOnly,
    names: ruleNames(options.ruleSet ?? RULES),
    ...(options.settings ? { settings: options.settings } : {}),
    lexicon: lexiconFor(options),
    ...(options.maxPasses !== undefined ? { maxPasses: options.maxPasses } : {}),
    ...(options.edges ? { edges: options.edges } : {}),
    ...(options.markdown ? { markdown: true } : {}),
  };
}

const extended = new WeakMap<Settings, WeakMap<Lexicon, Lexicon>>();

/** The lexicon of the options, with the settings' name entries applied (once per settings and lexicon). */
function lexiconFor(options: CleanOptions): Lexicon {
  const base = options.lexicon ?? defaultLexicon();
  const settings = options.settings;
  if (!settings || (settings.names.add.length === 0 && settings.names.disable.length === 0)) return base;
  let byBase = extended.get(settings);
  if (!byBase) extended.set(settings, (byBase = new WeakMap()));
  let lexicon = byBase.get(base);
  if (!lexicon) byBase.set(base, (lexicon = extendLexicon(base, { addNames: settings.names.add, disableNames: settings.names.disable })));
  return lexicon;
}

/**
 * The rules the options select, in priority order, and those of them that only report. Throws
 * UnknownRuleError for a wrong id.
 */
export function resolveRules(options: CleanOptions = {}): { rules: Rule[]; reportOnly: Set<string> } {
  const all = options.ruleSet ?? RULES;
  const names = ruleNames(all);
  const meaning = (name: string): RuleName => {
    const found = names.resolve(name);
    if (!found) throw new UnknownRuleError(name, names.suggest(name));
    return found;
  };
  const idsOf = (list: readonly string[]): Set<string> => new Set(list.flatMap((name) => meaning(name).ids));
  const disabled = idsOf(options.disable ?? []);
  const enabled = idsOf(options.enable ?? []);
  const only = options.only && idsOf(options.only);
  // Each rule takes the mode of the most specific name that covers it.
  const SPECIFICITY: Record<NameKind, number> = { category: 1, family: 2, rule: 3 };
  const modes = new Map<string, { mode: RuleMode; specificity: number }>();
  for (const [name, mode] of Object.entries(options.modes ?? {})) {
    const { kind, ids } = meaning(name);
    for (const id of ids) {
      if ((modes.get(id)?.specificity ?? 0) < SPECIFICITY[kind]) modes.set(id, { mode, specificity: SPECIFICITY[kind] });
    }
  }
  const modeOf = (rule: Rule): RuleMode => {
    if (disabled.has(rule.id) || (only && !only.has(rule.id))) return 'off';
    const configured = modes.get(rule.id)?.mode ?? (rule.optIn ? 'off' : 'fix');
    return configured === 'off' && (enabled.has(rule.id) || only?.has(rule.id)) ? 'fix' : configured;
  };
  const rules = all.filter((rule) => modeOf(rule) !== 'off');
  return { rules, reportOnly: new Set(rules.filter((rule) => modeOf(rule) === 'report').map((rule) => rule.id)) };
}
