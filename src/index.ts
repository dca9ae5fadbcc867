/**
 * newsclean as a library: `clean` turns a text into the cleaned text and the list of edits that
 * produced it; `check` returns the same edits located by line and column. Nothing here reads
 * files, prints or exits.
 */
import type { CleanResult, Finding, Rule } from './engine/types.js';
import { runCheck, runClean } from './engine/engine.js';
import { RULES } from './rules/index.js';
import { editDistance } from './text/distance.js';

export type { AppliedEdit, Category, CleanResult, Edit, Finding, Line, Rule, RuleContext } from './engine/types.js';
export { CycleError, locateEdits, RuleError } from './engine/engine.js';
export { RULES } from './rules/index.js';

export interface CleanOptions {
  /** Rule ids to turn off. */
  readonly disable?: readonly string[];
  /** Rule ids to turn on that are off by default. */
  readonly enable?: readonly string[];
  /** Run exactly these rules (in their usual order), instead of the defaults. */
  readonly only?: readonly string[];
  /** Replace the built-in rule set (for custom rules); `enable`/`disable`/`only` apply to it. */
  readonly rules?: readonly Rule[];
  /** Upper bound on passes before giving up with a CycleError (default 10). */
  readonly maxPasses?: number;
}

/** A rule id that does not exist was named in the options. */
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
  return runClean(text, { rules: resolveRules(options), maxPasses: options.maxPasses });
}

/** The edits `clean` would make, each located by line and column; empty for a clean text. */
export function check(text: string, options: CleanOptions = {}): Finding[] {
  return runCheck(text, { rules: resolveRules(options), maxPasses: options.maxPasses });
}

/** The rules the options select, in priority order. Throws UnknownRuleError for a wrong id. */
export function resolveRules(options: CleanOptions = {}): Rule[] {
  const all = options.rules ?? RULES;
  const ids = new Set(all.map((rule) => rule.id));
  for (const id of [...(options.disable ?? []), ...(options.enable ?? []), ...(options.only ?? [])]) {
    if (!ids.has(id)) throw new UnknownRuleError(id, closestId(id, [...ids]));
  }
  const only = options.only && new Set(options.only);
  const enabled = new Set(options.enable ?? []);
  const disabled = new Set(options.disable ?? []);
  return all.filter((rule) => {
    if (disabled.has(rule.id)) return false;
    if (only) return only.has(rule.id);
    return !rule.optIn || enabled.has(rule.id);
  });
}

function closestId(id: string, ids: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(id.length / 3)) + 1;
  for (const candidate of ids) {
    const distance = editDistance(id, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
