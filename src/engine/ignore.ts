// Inline ignore markers, as ESLint, textlint, codespell and cspell users write them:
//
//   <!-- newsclean-disable -->            … <!-- newsclean-enable -->
//   <!-- newsclean-disable quotes, names -->   (only those rules)
//   <!-- newsclean-disable-next-line casing -->
//
// in an HTML comment anywhere on a line, or as a line of its own without the comment
// (`newsclean-disable-next-line`). Text after ` -- ` is a reason and is ignored. The marker lines
// themselves are never changed by any rule.

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
}

type Directive = 'disable' | 'enable' | 'disable-next-line';

/** Reading: `<!--`, `newsclean-` and a directive, the rule list and perhaps ` -- reason`, `-->`. */
const COMMENT_MARKER = /<!--\s*newsclean-(disable-next-line|disable|enable)\b(.*?)-->/;
/** The same directive as the whole line. */
const LINE_MARKER = /^\s*newsclean-(disable-next-line|disable|enable)\b(.*)$/;

export function findIgnoreMarkers(text: string): IgnoreMarkers | undefined {
  if (!text.includes('newsclean-')) return undefined;
  const locked: Region[] = [];
  const disabled: Region[] = [];
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
      const rules = parseRules(marker[2] ?? '');
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
  return locked.length > 0 ? { locked, disabled } : undefined;
}

/** `quotes, names -- reason` → {quotes, names}; nothing → null (every rule). */
function parseRules(list: string): ReadonlySet<string> | null {
  const ids = list.split(' -- ')[0]!.split(/[\s,]+/).filter((id) => id !== '');
  return ids.length === 0 ? null : new Set(ids);
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
