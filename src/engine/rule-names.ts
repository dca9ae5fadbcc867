// What a name for rules means, wherever people write one (--disable, --enable, --only, the
// configuration's "rules", inline markers): a rule's id, a family of rules that fix the same kind
// of thing (`names`: every rule that corrects a name), or a category (`encoding`). A family comes
// before a rule id of the same name (the family `names` includes the rule `names`), and a rule id
// before a category of the same name (`punctuation` is the rule).
import type { Rule } from './types.js';
import { closestMatch } from '../text/distance.js';

/** What kind of name it is; a more specific name wins when a configuration gives two a mode. */
export type NameKind = 'category' | 'family' | 'rule';

export interface RuleName {
  readonly kind: NameKind;
  /** The rule ids it covers, in the rules' order. */
  readonly ids: readonly string[];
}

/** The names a rule set answers to. */
export interface RuleNames {
  /** What `name` stands for, or undefined when it names nothing. */
  resolve(name: string): RuleName | undefined;
  /** The known name nearest to a misspelt one, for a "did you mean". */
  suggest(name: string): string | undefined;
  /** The families and categories, each with the rules it covers, families first. */
  readonly groups: readonly (RuleName & { readonly name: string })[];
}

const cache = new WeakMap<readonly Rule[], RuleNames>();

/** The names of a rule set (built once per rule set). */
export function ruleNames(rules: readonly Rule[]): RuleNames {
  let names = cache.get(rules);
  if (!names) cache.set(rules, (names = buildRuleNames(rules)));
  return names;
}

function buildRuleNames(rules: readonly Rule[]): RuleNames {
  const table = new Map<string, RuleName>();
  const group = (kind: NameKind, of: (rule: Rule) => string | undefined): Map<string, string[]> => {
    const found = new Map<string, string[]>();
    for (const rule of rules) {
      const name = of(rule);
      if (name !== undefined) found.set(name, [...(found.get(name) ?? []), rule.id]);
    }
    for (const [name, ids] of found) if (!table.has(name)) table.set(name, { kind, ids });
    return found;
  };
  group('family', (rule) => rule.family);
  for (const rule of rules) if (!table.has(rule.id)) table.set(rule.id, { kind: 'rule', ids: [rule.id] });
  group('category', (rule) => rule.category);
  const groups = [...table].filter(([, name]) => name.kind !== 'rule').map(([name, { kind, ids }]) => ({ name, kind, ids }));
  groups.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'family' ? -1 : 1));
  const all = [...table.keys()];
  return {
    resolve: (name) => table.get(name),
    suggest: (name) => closestMatch(name, all),
    groups,
  };
}
