// What people read about the rules (the README's rules section, `newsclean rules [--verbose]` and
// the rule list of the configuration schema), all made from the rules' own metadata: id, category,
// description, what each leaves alone, examples. Nothing here is written by hand, so nothing drifts;
// `npm run docs` rewrites the files and tests/docs.test.ts fails when they are out of date.
import type { Rule } from '../engine/types.js';
import { ruleNames, type RuleNames } from '../engine/rule-names.js';

/** The two styles a listing uses; the command line passes its paint, documents use none. */
export interface ListingStyle {
  rule(text: string): string;
  dim(text: string): string;
}

/** A rule's entry in `properties.rules.properties` of `src/config/schema.json`. */
export interface SchemaRule {
  readonly $ref: '#/definitions/mode';
  readonly description: string;
}

/** Every view of the rule list, made from one list of rules. */
export interface RuleViews {
  /** The README's rules section (Markdown, without the markers around it). */
  readonly readme: string;
  /** The output of `newsclean rules`. */
  readonly listing: string;
  /** The output of `newsclean rules --verbose`: also what each rule leaves alone, and examples. */
  readonly verboseListing: string;
  /** The entries of the configuration schema's "rules": every rule by id, in order, then the families and categories. */
  readonly schemaRules: Readonly<Record<string, SchemaRule>>;
}

/** The command that rewrites the generated files; drift messages name it. */
export const DOCS_COMMAND = 'npm run docs';

/** The README's rules section sits between a line starting with this and the end marker. */
export const README_START = '<!-- rules:start';
export const README_END = '<!-- rules:end -->';
const README_START_LINE = `${README_START}: generated from the rules in src/rules by "${DOCS_COMMAND}"; edit them, not this section -->`;

const UNSTYLED: ListingStyle = { rule: (text) => text, dim: (text) => text };
/** The README's paragraphs are wrapped at this width, like the hand-written ones around them. */
const README_WIDTH = 100;

/** Turns the rules, in priority order, into every view of them. */
export function describeRules(rules: readonly Rule[], style: ListingStyle = UNSTYLED): RuleViews {
  const names = ruleNames(rules);
  return {
    readme: formatReadmeSection(rules, names),
    listing: formatListing(rules, false, style, names),
    verboseListing: formatListing(rules, true, style, names),
    schemaRules: Object.fromEntries([
      ...rules.map((rule) => [rule.id, formatSchemaRule(rule, names)] as const),
      // A family named like a rule (`names`) is described in the rule's entry.
      ...names.groups.filter((group) => !rules.some((rule) => rule.id === group.name)).map((group) => [group.name, formatSchemaGroup(group)] as const),
    ]),
  };
}

/** A family or category, as each view names it: `names` (family): names, name-consistency, … */
type Group = RuleNames['groups'][number];

/** Categories that no name reaches, because a rule has their name (`punctuation`). */
function shadowedCategories(rules: readonly Rule[], names: RuleNames): string[] {
  return [...new Set(rules.map((rule) => rule.category))].filter((category) => names.resolve(category)?.kind !== 'category');
}

/** One sentence on what names mean, for every view. */
const NAMES_INTRO =
  'Wherever rules are named (--disable, --enable, --only, the configuration\'s "rules", inline markers), a family or a category stands for all its rules; a family comes before a rule of the same name, a rule before a category.';

/**
 * The README with its rules section made from `rules`. Throws when the markers are missing or out
 * of order, naming them, so a generator never writes the section in the wrong place.
 */
export function rewriteReadmeSection(readme: string, rules: readonly Rule[]): string {
  const start = readme.indexOf(`\n${README_START}`);
  const end = readme.indexOf(`\n${README_END}`, start + 1);
  if (start < 0 || end < 0) {
    throw new Error(`README.md has no rules section: put "${README_START} -->" and "${README_END}" on lines of their own where it goes.`);
  }
  return `${readme.slice(0, start)}\n${README_START_LINE}\n${formatReadmeSection(rules, ruleNames(rules))}${readme.slice(end)}`;
}

/** The configuration schema (its text) with the rule list made from `rules`; the rest is kept. */
export function rewriteSchemaRules(schemaText: string, rules: readonly Rule[]): string {
  const schema = JSON.parse(schemaText) as { properties: { rules: { properties: unknown } } };
  schema.properties.rules.properties = describeRules(rules).schemaRules;
  return `${JSON.stringify(schema, null, 2)}\n`;
}

// ------------------------------------------------------------------------------ listing --

function formatListing(rules: readonly Rule[], verbose: boolean, style: ListingStyle, names: RuleNames): string {
  const idWidth = Math.max(...rules.map((rule) => rule.id.length));
  const categoryWidth = Math.max(...rules.map((rule) => rule.category.length));
  const indent = ' '.repeat(idWidth + categoryWidth + 4);
  const lines = rules.flatMap((rule) => {
    const off = rule.optIn ? style.dim(' (off by default)') : '';
    const head = `${style.rule(rule.id.padEnd(idWidth))}  ${style.dim(rule.category.padEnd(categoryWidth))}  ${rule.description}${off}`;
    if (!verbose) return [head];
    const details = rule.leaves ? [`${indent}${style.dim(`leaves: ${rule.leaves}`)}`] : [];
    (rule.examples ?? []).forEach(([before, after], i) => {
      const label = i === 0 ? 'e.g.:   ' : '        ';
      details.push(`${indent}${style.dim(label)}${showOnOneLine(before)} → ${after === '' ? '(removed)' : showOnOneLine(after)}`);
    });
    return [head, ...details];
  });
  const nameWidth = Math.max(...names.groups.map((group) => group.name.length));
  const groups = names.groups.map((group) => `${style.rule(group.name.padEnd(nameWidth))}  ${style.dim(group.kind.padEnd(8))}  ${group.ids.join(', ')}`);
  const shadowed = shadowedCategories(rules, names).map((category) => style.dim(`(the category ${category} has a rule's name: "${category}" is the rule)`));
  return `${lines.join('\n')}\n\n${wrapText(NAMES_INTRO, 100)}\n${[...groups, ...shadowed].join('\n')}\n`;
}

/** An example as it reads on one line: line breaks shown as ⏎. */
function showOnOneLine(text: string): string {
  return text.replaceAll('\n', '⏎');
}

// ------------------------------------------------------------------------------- schema --

function formatSchemaRule(rule: Rule, names: RuleNames): SchemaRule {
  const off = rule.optIn ? ' Off unless enabled.' : '';
  const leaves = rule.leaves ? ` Leaves alone: ${rule.leaves}.` : '';
  const meaning = names.resolve(rule.id);
  const family = meaning?.kind === 'family' ? ` As a key, "${rule.id}" is the family of rules: ${meaning.ids.join(', ')}.` : '';
  return { $ref: '#/definitions/mode', description: `${endSentence(rule.description)}${off}${leaves}${family}` };
}

function formatSchemaGroup(group: Group): SchemaRule {
  return { $ref: '#/definitions/mode', description: `The ${group.kind} ${group.name}: ${group.ids.join(', ')}. A rule's own key wins over it.` };
}

/** Ends a phrase with a full stop, unless it already ends a sentence. */
function endSentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}

// ------------------------------------------------------------------------------- README --

function formatReadmeSection(rules: readonly Rule[], names: RuleNames): string {
  const optIn = rules.filter((rule) => rule.optIn);
  const count = `${capitalize(spellNumber(rules.length))} ${rules.length === 1 ? 'rule runs' : 'rules run'}`;
  const intro = [
    `${count} in this order; when two propose overlapping edits in one pass, the earlier rule wins and the other is asked again on the next pass.`,
    'Passes repeat until no rule finds anything, so cleaning is idempotent.',
  ];
  if (optIn.length > 0) {
    const which = optIn.map((rule) => `\`${rule.id}\``).join(', ');
    intro.push(`${capitalize(spellNumber(optIn.length))} of them (${which}) ${optIn.length === 1 ? 'is' : 'are'} off unless enabled with \`--enable\` or the configuration.`);
  }
  intro.push('`newsclean rules --verbose` prints the same list, with the examples.');
  const rows = rules.map((rule) => {
    const off = rule.optIn ? ' *(off by default)*' : '';
    const examples = (rule.examples ?? []).map(([before, after]) => `${formatCode(before)} → ${after === '' ? '*removed*' : formatCode(after)}`);
    const fixes = [`${escapeMarkdown(rule.description)}${off}`, ...(examples.length > 0 ? [examples.join(', ')] : [])].join('<br>');
    return `| \`${rule.id}\` | ${rule.category} | ${fixes} | ${rule.leaves ? escapeMarkdown(rule.leaves) : '—'} |`;
  });
  const groups = names.groups.map((group) => `| \`${group.name}\` | ${group.kind} | ${group.ids.map((id) => `\`${id}\``).join(', ')} |`);
  const shadowed = shadowedCategories(rules, names).map((category) => `The category ${category} has a rule's name: \`${category}\` is the rule.`);
  return [
    wrapText(intro.join(' '), README_WIDTH),
    '',
    '| Rule | Category | Fixes | Leaves alone |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    wrapText([NAMES_INTRO.replace(/--\w+/g, '`$&`').replace('"rules"', '`rules`'), ...shadowed].join(' '), README_WIDTH),
    '',
    '| Name | Kind | Rules |',
    '| --- | --- | --- |',
    ...groups,
    '',
  ].join('\n');
}

/** Plain text as Markdown that shows it as written, also inside a table cell. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, '\\$&').replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;');
}

/** A code span for any text, in a table cell: fenced past any backtick run inside, `|` escaped. */
function formatCode(text: string): string {
  const shown = showOnOneLine(text).replaceAll('|', '\\|');
  const longestRun = Math.max(0, ...(shown.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = longestRun > 0 || shown.startsWith(' ') || shown.endsWith(' ') ? ' ' : '';
  return `${fence}${pad}${shown}${pad}${fence}`;
}

/** Breaks a paragraph into lines of at most `width` characters, at spaces. */
function wrapText(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/ +/)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines.join('\n');
}

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** `21` → `twenty-one`, as a count reads in prose; 100 and more stay in digits. */
export function spellNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 100) return String(n);
  if (n < 20) return ONES[n]!;
  const ones = n % 10;
  return `${TENS[Math.floor(n / 10)]!}${ones === 0 ? '' : `-${ONES[ones]!}`}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
