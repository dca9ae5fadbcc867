// The rules' metadata is the single source of what the README, `newsclean rules` and the
// configuration schema say about them. These tests fail when a file drifts from the rules, and
// hold every rule to the examples it shows.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { clean, RULES } from '../src/index.js';
import type { Rule } from '../src/engine/types.js';
import { describeRules, DOCS_COMMAND, spellNumber, README_END, README_START, rewriteReadmeSection, rewriteSchemaRules } from '../src/rules/metadata.js';
import { runCli } from './helpers/cli.js';

const root = new URL('../', import.meta.url);
const README = readFileSync(new URL('README.md', root), 'utf8');
const SCHEMA = readFileSync(new URL('src/config/schema.json', root), 'utf8');
const REGENERATE = `Run "${DOCS_COMMAND}" to regenerate it from the rules in src/rules.`;

/** The README between its markers. */
function rulesSection(readme: string): string {
  const start = readme.indexOf(README_START);
  return readme.slice(readme.indexOf('\n', start) + 1, readme.indexOf(README_END));
}

/** The rows of the rules table (the first) of the README's rules section, as cells. */
function tableRows(section: string): string[][] {
  return section
    .split('\n\n| Name |')[0]!
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => line.slice(2, -2).split(' | '));
}

const renamed = (rule: Rule, changes: Partial<Rule>): Rule => ({ ...rule, ...changes });

describe('files generated from the rules', () => {
  it('README.md: the rules section is what the rules say', () => {
    expect(README, `README.md's rules section is out of date. ${REGENERATE}`).toBe(rewriteReadmeSection(README, RULES));
  });

  it('src/config/schema.json: the rule list is what the rules say', () => {
    expect(SCHEMA, `src/config/schema.json's rule list is out of date. ${REGENERATE}`).toBe(rewriteSchemaRules(SCHEMA, RULES));
  });

  it('`newsclean rules` and `newsclean rules --verbose` print the listings made from the rules', async () => {
    const views = describeRules(RULES);
    expect((await runCli(['rules'])).stdout, 'newsclean rules').toBe(views.listing);
    expect((await runCli(['rules', '--verbose'])).stdout, 'newsclean rules --verbose').toBe(views.verboseListing);
  });

  it('a changed, added or removed rule makes each file out of date', () => {
    const [first, ...rest] = RULES as [Rule, ...Rule[]];
    const variants = [
      [renamed(first, { description: `${first.description}, and more` }), ...rest],
      [renamed(first, { leaves: 'nothing at all' }), ...rest],
      [renamed(first, { examples: [['&amp;', '&']] }), ...rest],
      [...RULES, renamed(first, { id: 'new-rule' })],
      rest,
    ];
    for (const rules of variants) {
      expect(rewriteReadmeSection(README, rules)).not.toBe(README);
      const views = describeRules(rules);
      expect(views.verboseListing).not.toBe(describeRules(RULES).verboseListing);
    }
    // The schema carries ids, descriptions and what a rule leaves; not the examples.
    for (const rules of [variants[0]!, variants[1]!, variants[3]!, variants[4]!]) expect(rewriteSchemaRules(SCHEMA, rules)).not.toBe(SCHEMA);
  });

  it('`npm run docs -- --check` finds both files current', async () => {
    const run = promisify(execFile);
    await expect(run(process.execPath, [new URL('dist/rules/write-docs.js', root).pathname, '--check'])).resolves.toMatchObject({ stderr: '' });
  });
});

describe('the views of the rules', () => {
  const views = describeRules(RULES);
  const section = rulesSection(README);

  it('the README has one row per rule, in priority order, with its category, description, leaves and examples', () => {
    const rows = tableRows(section);
    expect(rows.map((cells) => cells[0])).toEqual(RULES.map((rule) => `\`${rule.id}\``));
    RULES.forEach((rule, i) => {
      const [, category, fixes, leaves] = rows[i]!;
      expect(category).toBe(rule.category);
      expect(fixes!.split('<br>')[0]).toContain(rule.description.slice(0, 20));
      expect(leaves).toContain((rule.leaves ?? '—').slice(0, 20));
      for (const [before] of rule.examples ?? []) expect(fixes).toContain(`\`${before}\``);
    });
  });

  it('the README counts the rules in words', () => {
    expect(section).toMatch(new RegExp(`^${spellNumber(RULES.length)} rules run in this order`, 'i'));
    expect(spellNumber(21)).toBe('twenty-one');
    expect(spellNumber(20)).toBe('twenty');
    expect(spellNumber(7)).toBe('seven');
    expect(spellNumber(100)).toBe('100');
  });

  it('a rule that is off by default says so everywhere', () => {
    const rules = [renamed(RULES[0]!, { optIn: true }), ...RULES.slice(1)];
    const optInViews = describeRules(rules);
    expect(optInViews.listing.split('\n')[0]).toContain('(off by default)');
    expect(optInViews.readme).toContain(`One of them (\`${RULES[0]!.id}\`) is off unless enabled`);
    expect(optInViews.schemaRules[RULES[0]!.id]!.description).toContain('Off unless enabled.');
    expect(views.listing).not.toContain('(off by default)');
  });

  it('the listing gives every rule one line; --verbose adds what it leaves and its examples', () => {
    const lines = views.listing.split('\n\n')[0]!.split('\n');
    expect(lines.map((line) => line.split(/\s+/)[0])).toEqual(RULES.map((rule) => rule.id));
    RULES.forEach((rule, i) => expect(lines[i]).toMatch(new RegExp(`^${rule.id} +${rule.category} +`)));
    for (const rule of RULES) {
      if (rule.leaves) expect(views.verboseListing).toContain(`leaves: ${rule.leaves}\n`);
      for (const [before, after] of rule.examples ?? []) expect(views.verboseListing).toContain(`${before} → ${after || '(removed)'}\n`);
    }
  });

  it('the schema describes every rule, in order, then the families and categories', () => {
    expect(Object.keys(views.schemaRules)).toEqual([...RULES.map((rule) => rule.id), 'encoding', 'chrome', 'spelling', 'spacing', 'grammar']);
    for (const rule of RULES) expect(views.schemaRules[rule.id]!.description).toContain(rule.description);
    expect(views.schemaRules['names']!.description).toContain('As a key, "names" is the family of rules: names, name-consistency, name-near-miss, lost-letters.');
    expect(views.schemaRules['encoding']!.description).toBe('The category encoding: entities, mojibake. A rule\'s own key wins over it.');
  });

  it('every view lists what a family or category covers', () => {
    const family = 'names, name-consistency, name-near-miss, lost-letters';
    expect(views.listing).toMatch(new RegExp(`\\nnames +family +${family}\\n`));
    expect(views.listing).toContain('(the category punctuation has a rule\'s name: "punctuation" is the rule)');
    expect(section).toContain('| `names` | family | `names`, `name-consistency`, `name-near-miss`, `lost-letters` |');
    expect(section).toContain('| `encoding` | category | `entities`, `mojibake` |');
  });

  it('Markdown in a rule\'s text shows as written', () => {
    const rule = renamed(RULES[0]!, { description: 'Fix a | b, *stars*, <tags> and &amp;', examples: [['a `tick` | b', 'c']] });
    const row = tableRows(describeRules([rule]).readme)[0]!;
    expect(row).toHaveLength(4);
    expect(row[2]).toBe('Fix a \\| b, \\*stars\\*, \\<tags\\> and &amp;amp;<br>`` a `tick` \\| b `` → `c`');
  });

  it('a README without the markers is refused with a message that says where they go', () => {
    expect(() => rewriteReadmeSection('# newsclean\n', RULES)).toThrow(/put "<!-- rules:start -->" and "<!-- rules:end -->"/);
  });
});

describe('every example a rule shows', () => {
  for (const rule of RULES) {
    for (const [before, after] of rule.examples ?? []) {
      it(`${rule.id}: ${JSON.stringify(before)} → ${JSON.stringify(after)}`, () => {
        expect(before).not.toBe(after);
        expect(clean(before, { ruleSet: [rule] }).text).toBe(after);
        expect(clean(after, { ruleSet: [rule] }).text).toBe(after);
      });
    }
  }
});
