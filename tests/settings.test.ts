import { describe, expect, it } from 'vitest';
import { check, clean, createSettings, resolveRules, SettingsError, UnknownRuleError } from '../src/index.js';

describe('settings from a configuration', () => {
  it('adds name entries, with contexts and report-only forms', () => {
    const settings = createSettings({
      addNames: [
        { name: 'Kaja Kallas', about: 'EU foreign policy chief', kind: 'person', forms: { 'Kaja Kallas': ['Kaya Kallas'], Kallas: [{ variant: 'Kalas', report: true }] } },
      ],
    });
    expect(clean('Kaya Kallas met Blingen.', { settings }).text).toBe('Kaja Kallas met Blinken.');
    const findings = check('Minister Kalas spoke.', { settings });
    expect(findings.map((f) => [f.ruleId, f.before, f.after, f.severity])).toEqual([['names', 'Kalas', 'Kallas', 'report']]);
    expect(clean('Minister Kalas spoke.', { settings }).text).toBe('Minister Kalas spoke.');
  });

  it('turns built-in name entries off by name', () => {
    const settings = createSettings({ disableNames: ['Antony Blinken'] });
    expect(clean('Blingen and Riya Novosti', { settings }).text).toBe('Blingen and RIA Novosti');
  });

  it('keeps words no rule may split or change', () => {
    const settings = createSettings({ keep: ['Blingen', 'suppliesMilitary'] });
    expect(clean('Blingen sent suppliesMilitary aid.', { settings }).text).toBe('Blingen sent suppliesMilitary aid.');
  });

  it('adds whole-line patterns for furniture and links', () => {
    const settings = createSettings({ boilerplateLines: ['^Follow our live coverage'], seeAlsoLines: ['^More from our correspondents:'] });
    const input = 'Text.\n\nFollow our live coverage of the war\n\nMore from our correspondents: Kyiv diary\n\nEnd.';
    expect(clean(input, { settings }).text).toBe('Text.\n\nEnd.');
  });

  it('rejects a line pattern that is not a regular expression, naming it', () => {
    expect(() => createSettings({ boilerplateLines: ['(unclosed'] })).toThrow(SettingsError);
    expect(() => createSettings({ boilerplateLines: ['(unclosed'] })).toThrow(/"boilerplate" pattern "\(unclosed" is not a valid regular expression/);
  });
});

describe('rule modes', () => {
  it('report: found by check, never applied by clean', () => {
    const options = { modes: { names: 'report' as const } };
    expect(clean('Anthony Blingen said.', options).text).toBe('Anthony Blingen said.');
    expect(check('Anthony Blingen said.', options).map((f) => f.severity)).toEqual(['report']);
  });

  it('off: as if disabled; --enable and --only turn it back on', () => {
    expect(clean('Blingen', { modes: { names: 'off' } }).text).toBe('Blingen');
    expect(clean('Blingen', { modes: { names: 'off' }, enable: ['names'] }).text).toBe('Blinken');
    expect(clean('Blingen', { modes: { names: 'off' }, only: ['names'] }).text).toBe('Blinken');
    expect(clean('Blingen', { modes: { names: 'fix' }, disable: ['names'] }).text).toBe('Blingen');
  });
});

describe('names for several rules', () => {
  const NEAR = 'Antony Blinken arrived. Secretary Blinkan said.';
  const ids = (options: Parameters<typeof resolveRules>[0]): string[] => resolveRules(options).rules.map((rule) => rule.id);

  it('a family stands for all its rules: names is every rule that corrects a name', () => {
    expect(clean(NEAR).text).toBe('Antony Blinken arrived. Secretary Blinken said.');
    expect(clean(NEAR, { disable: ['names'] }).text).toBe(NEAR);
    expect(ids({ only: ['names'] })).toEqual(['names', 'name-consistency', 'name-near-miss', 'lost-letters']);
  });

  it('a category stands for all its rules; a rule of the same name comes first', () => {
    expect(ids({ only: ['encoding'] })).toEqual(['entities', 'mojibake']);
    expect(ids({ only: ['punctuation'] })).toEqual(['punctuation']);
    expect(ids({ disable: ['spelling', 'chrome', 'grammar'] })).toEqual(['entities', 'mojibake', 'quotes', 'glued-words', 'numbers', 'punctuation', 'whitespace']);
  });

  it('in modes, the most specific name wins: rule, then family, then category', () => {
    const { rules, reportOnly } = resolveRules({ modes: { spelling: 'report', names: 'off', 'name-near-miss': 'fix' } });
    const on = rules.map((rule) => rule.id);
    expect(on).not.toContain('names');
    expect(on).not.toContain('name-consistency');
    expect(on).toContain('name-near-miss');
    expect(reportOnly.has('name-near-miss')).toBe(false);
    expect([...reportOnly].sort()).toEqual(['broken-words', 'casing']);
  });

  it('a name that means nothing is refused, with the nearest one', () => {
    expect(() => clean('x', { disable: ['nmaes'] })).toThrow(new UnknownRuleError('nmaes', 'names'));
    expect(() => clean('x', { modes: { spellng: 'off' } })).toThrow('unknown rule "spellng". Did you mean "spelling"?');
  });
});
