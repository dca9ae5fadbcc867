import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, validateConfig } from '../src/config/config.js';
import { RULES, ruleNames } from '../src/index.js';

const schema = JSON.parse(readFileSync(new URL('../src/config/schema.json', import.meta.url), 'utf8'));

describe('the published configuration schema', () => {
  it('lists exactly the rules there are, then the families and categories, with their descriptions, for editors to complete', () => {
    const properties = schema.properties.rules.properties;
    const groups = ruleNames(RULES).groups.map((group) => group.name).filter((name) => !RULES.some((rule) => rule.id === name));
    expect(Object.keys(properties)).toEqual([...RULES.map((rule) => rule.id), ...groups]);
    for (const rule of RULES) expect(properties[rule.id].description).toContain(rule.description);
  });

  it('accepts a configuration that uses every key', () => {
    const config = {
      $schema: './node_modules/newsclean/dist/config/schema.json',
      rules: { casing: 'report', quotes: 'off', names: 'fix' },
      names: {
        add: [{ name: 'Kaja Kallas', about: 'EU foreign policy chief', kind: 'person', mode: 'fix', forms: { 'Kaja Kallas': ['Kaya Kallas', { variant: 'Kalas', when: 'mid-sentence', report: true }] }, examples: [['Kaya Kallas said', 'Kaja Kallas said']] }],
        disable: ['Kieran Trippier'],
      },
      boilerplate: ['^Follow our live coverage'],
      seeAlso: ['^More from'],
      keep: ['Rutte IV'],
      extensions: ['.txt', 'md', '.news'],
      ignore: ['drafts/'],
    };
    expect(validateConfig(config, 'test')).toBe(config);
  });

  it('rejects a name added twice with two different corrections', () => {
    const config = { names: { add: [{ name: 'X', about: 'x', forms: { 'Antony Blinken': ['Blinkne'] } }, { name: 'Y', about: 'y', forms: { Blinker: ['Blinkne'] } }] } };
    expect(() => validateConfig(config, 'test')).toThrow(ConfigError);
    expect(() => validateConfig(config, 'test')).toThrow(/"Blinkne" stands for both "Antony Blinken" and "Blinker"/);
  });
});
