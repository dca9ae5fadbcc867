// Inline ignore markers, as ESLint, textlint, codespell and cspell users write them:
//
//   <!-- newsclean-disable -->            … <!-- newsclean-enable -->
//   <!-- newsclean-disable quotes, names -->   (only those rules)
//   <!-- newsclean-disable-next-line casing -->
//
// in an HTML comment anywhere on a line, or as a line of its own without the comment
// (`newsclean-disable-next-line`). Text after ` -- ` is a reason and is ignored. The marker lines
// themselves are never changed by any rule. A marker names rules as --disable does: a rule id, a
// family (`names`) or a category (see rule-names.ts); a name that means nothing is reported, with
// the nearest known name, and has no effect.
import type { RuleNames } from './rule-names.js';

/**
 * A span where some rules may not edit: those in `rules`, or when `rules` is null every rule
 * but those in `except` (re-enabled one by one after a blanket disable, as ESLint allows).
 */
export interface Region {
  readonly start: number;
  readonly end: number;
  readonly rules: ReadonlySet<string> | null;
  readonly except?: ReadonlySet<string>;
}

export interface IgnoreMarkers {
  /** The marker lines: no rule edits them. */
  readonly locked: readonly Region[];
  /** Where the markers turn rules off. */
  readonly disabled: readonly Region[];
  /** Names in markers that name no rule, family or category: where they are, and what was meant. */
  readonly unknown: readonly UnknownName[];
}

export interface UnknownName {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  /** The marker's directive, as written: `newsclean-disable`. */
  readonly marker: string;
  readonly suggestion: string | undefined;
}

type Directive = 'disable' | 'enable' | 'disable-next-line';

/** Reading: `<!--`, `newsclean-` and a directive, the rule list and perhaps ` -- reason`, `-->`. */
const COMMENT_MARKER = /<!--\s*newsclean-(disable-next-line|disable|enable)\b(.*?)-->/d;
/** The same directive as the whole line. */
const LINE_MARKER = /^\s*newsclean-(disable-next-line|disable|enable)\b(.*)$/d;
/** A name in a marker's list: what is between commas and spaces. */
const NAME = /[^\s,]+/g;

/**
 * The markers of a text. `names` says what the names in them mean; without it, every name is
 * taken as a rule id.
 */
export function findIgnoreMarkers(text: string, names?: RuleNames): IgnoreMarkers | undefined {
  if (!text.includes('newsclean-')) return undefined;
  const locked: Region[] = [];
  const disabled: Region[] = [];
  const unknown: UnknownName[] = [];
  // A blanket disable in force: where its current stretch started, and the rules re-enabled in it.
  let blanket: { from: number; except: Set<string> } | undefined;
  const ruleFrom = new Map<string, number>(); // start of regions where one rule is off
  let nextLine: ReadonlySet<string> | null | undefined; // rules off on the line after a marker

  /** Closes the blanket's current stretch at `at` (a new one starts there if it goes on). */
  const cutBlanket = (at: number): void => {
    if (!blanket) return;
    disabled.push({ start: blanket.from, end: at, rules: null, except: new Set(blanket.except) });
    blanket.from = at;
  };

  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const next = newline < 0 ? text.length + 1 : newline + 1;
    const line = text.slice(start, end);
    const marker = COMMENT_MARKER.exec(line) ?? LINE_MARKER.exec(line);
    if (marker) {
      locked.push({ start, end, rules: null });
      const directive = marker[1] as Directive;
      const at = start + (marker.indices?.[2]?.[0] ?? 0);
      const rules = parseRules(marker[2] ?? '', names, (name, offset) =>
        unknown.push({ start: at + offset, end: at + offset + name.length, name, marker: `newsclean-${directive}`, suggestion: names?.suggest(name) }),
      );
      if (directive === 'disable-next-line') {
        nextLine = rules;
      } else if (directive === 'disable') {
        if (rules === null) {
          cutBlanket(end);
          blanket = { from: end, except: new Set() };
        } else if (blanket) {
          cutBlanket(end);
          for (const rule of rules) blanket.except.delete(rule);
        } else {
          for (const rule of rules) if (!ruleFrom.has(rule)) ruleFrom.set(rule, end);
        }
      } else if (rules === null) {
        cutBlanket(start);
        blanket = undefined;
        for (const [rule, from] of ruleFrom) disabled.push({ start: from, end: start, rules: new Set([rule]) });
        ruleFrom.clear();
      } else {
        if (blanket) {
          cutBlanket(start);
          for (const rule of rules) blanket.except.add(rule);
        }
        for (const rule of rules) {
          const from = ruleFrom.get(rule);
          if (from !== undefined) disabled.push({ start: from, end: start, rules: new Set([rule]) });
          ruleFrom.delete(rule);
        }
      }
    } else if (nextLine !== undefined) {
      disabled.push({ start, end, rules: nextLine });
      nextLine = undefined;
    }
    start = next;
  }
  cutBlanket(text.length);
  for (const [rule, from] of ruleFrom) disabled.push({ start: from, end: text.length, rules: new Set([rule]) });
  return locked.length > 0 ? { locked, disabled, unknown } : undefined;
}

/**
 * `quotes, names -- reason` → the rule ids the names cover; nothing → null (every rule). A name
 * that covers nothing goes to `onUnknown` with its offset in `list`, and counts for nothing (a
 * list of only such names turns no rule off).
 */
function parseRules(list: string, names: RuleNames | undefined, onUnknown: (name: string, offset: number) => void): ReadonlySet<string> | null {
  const ids = new Set<string>();
  let named = false;
  for (const match of list.split(' -- ')[0]!.matchAll(NAME)) {
    named = true;
    const name = match[0];
    if (!names) {
      ids.add(name);
      continue;
    }
    const meaning = names.resolve(name);
    if (meaning) for (const id of meaning.ids) ids.add(id);
    else onUnknown(name, match.index);
  }
  return named ? ids : null;
}

/** Whether markers forbid `ruleId` to edit `[start, end)`. */
export function isSuppressed(markers: IgnoreMarkers, ruleId: string, start: number, end: number): boolean {
  const touches = (region: Region): boolean =>
    start === end ? region.start <= start && start <= region.end : start < region.end && region.start < end;
  if (markers.locked.some(touches)) return true;
  const applies = (region: Region): boolean =>
    region.rules === null ? !(region.except?.has(ruleId) ?? false) : region.rules.has(ruleId);
  return markers.disabled.some((region) => applies(region) && touches(region));
}
