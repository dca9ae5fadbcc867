import { describe, expect, it } from 'vitest';
import { buildNameTable, loadBuiltInNames } from '../../src/data/names.js';
import { names } from '../../src/rules/names.js';
import { ruleCases, runRule } from '../helpers/rule-cases.js';

ruleCases(names, {
  unchanged: [
    ['Antony Blinken met Sergei Lavrov in Geneva.', 'already correct'],
    ['Sergey Lavrov and Volodymyr Zelenskyy spoke on Monday.', 'accepted transliterations'],
    ['Write to blingen@example.org for tickets.', 'inside an e-mail address'],
    ['Toss the salad before serving.', '"Toss" without an agency context'],
    ['The coin toss was won by Italy.', 'lower-case "toss"'],
    ['Maria Lavrova, a ballet dancer, won the prize.', 'a different person with a similar name'],
    ['The Blinkins are a band from Leeds.', 'a longer word containing a variant'],
    ['Day Tripper is a song by the Beatles.', 'a variant that is part of a capitalized title'],
    ['Tripper and the Beatles', 'a variant at the start of a line is not in a person context'],
    ['President Vladimir Putin has issued demands to the West.', 'Vladimir on its own is Putin’s first name'],
    ['Reuters reporter Sergei Karazy contributed.', 'an unknown Sergei'],
    ['the tramp steamer left port', 'an English word that a name variant contains'],
    ['Visit www.blingen.example/news for more.', 'inside a web address'],
    ['Sao Paulo and Rio de Janeiro', 'an accepted spelling without the accent'],
    ['Kim Jong Un and Kim Jong-un are both used.', 'both accepted spellings'],
    ['Volodymyr Zelenskiy, as Reuters writes his name, spoke.', 'Reuters’ spelling'],
  ],
  fixed: [
    { input: 'Anthony Blingen told', output: 'Antony Blinken told', messages: ['known misspelling of Antony Blinken (US Secretary of State 2021–2025)'] },
    { input: 'according to Riya Novosti.', output: 'according to RIA Novosti.' },
    { input: 'Ukraine: Lavrov-Blingen-Europe talks begin', output: 'Ukraine: Lavrov-Blinken-Europe talks begin' },
    { input: 'demanded by Moscow. Toss reports.', output: 'demanded by Moscow. TASS reports.' },
    { input: 'the talks, according to Toss, were', output: 'the talks, according to TASS, were' },
    { input: 'TAS S reports that', output: 'TASS reports that' },
    { input: 'Ukrainian President Vladimir Zelensky said', output: 'Ukrainian President Volodymyr Zelensky said' },
    { input: 'Blingen’s visit', output: 'Blinken’s visit', reason: 'before a possessive' },
    { input: 'freeing the band to Tripper and Shaw', output: 'freeing the band to Trippier and Shaw' },
    { input: 'Luiz Incio Lula da Silva.', output: 'Luiz Inácio Lula da Silva.' },
  ],
});

describe('the name table', () => {
  const entries = loadBuiltInNames();
  const table = buildNameTable(entries);
  const correctForms = new Set(entries.flatMap((entry) => Object.keys(entry.forms)));

  it('has every entry described, with at least one wrong form', () => {
    for (const entry of entries) {
      expect(entry.name, JSON.stringify(entry)).toBeTruthy();
      expect(entry.about, entry.name).toBeTruthy();
      expect(Object.values(entry.forms).flat().length, entry.name).toBeGreaterThan(0);
    }
  });

  it('never lists a correct form as a wrong one, so corrections cannot chain', () => {
    for (const correction of table.corrections) {
      expect(correctForms.has(correction.variant), correction.variant).toBe(false);
      expect(table.lookup(correction.to), `${correction.variant} → ${correction.to}`).toBeUndefined();
    }
  });

  it('has no wrong form equal to its correction', () => {
    for (const correction of table.corrections) expect(correction.variant).not.toBe(correction.to);
  });

  describe('examples', () => {
    for (const entry of entries) {
      for (const [input, output] of entry.examples ?? []) {
        it(`${entry.name}: ${input}`, () => {
          expect(runRule(names, input).text).toBe(output);
        });
      }
    }
  });
});

describe('wrong forms that are also English words', () => {
  const table = buildNameTable(loadBuiltInNames());
  it('are corrected only in a listed context', async () => {
    const { defaultLexicon } = await import('../../src/lexicon/default.js');
    const lexicon = defaultLexicon();
    const bare = table.corrections.filter((c) => !c.variant.includes(' ') && !c.when && lexicon.isWord(c.variant));
    expect(bare.map((c) => `${c.variant} (${c.entry.name})`)).toEqual([]);
  });
});

describe('report-only wrong forms', () => {
  it('are found by check and never applied', async () => {
    const { check, clean } = await import('../../src/index.js');
    expect(clean('The Supreme Courtroom ruled on Friday.').text).toBe('The Supreme Courtroom ruled on Friday.');
    expect(check('The Supreme Courtroom ruled on Friday.').map((f) => [f.ruleId, f.after, f.severity])).toEqual([['names', 'Supreme Court', 'report']]);
  });
});
