// ftfy's test cases (Robyn Speer, github.com/rspeer/python-ftfy, tests/test-cases/*.json, at
// commit 74dd0452b48286a3770013b3a02755313bd5575e; Apache License 2.0, not part of newsclean) run
// through the two rules that do ftfy's `fix_encoding` and `unescape_html` work: entities, then
// mojibake. The rest of the pipeline is left out: ftfy does not fix spacing or quotes the way
// newsclean does, so its `fixed-encoding` (what it gives before straightening quotes) is the
// target, or `fixed` where the case has an HTML reference (entities are part of the comparison).
// A case whose `original` equals its `fixed` must come back unchanged.
//
// The case files are another project's data and are not committed here: this suite is not part of
// `npm test`. `NEWSCLEAN_FTFY_CASES=DIR npm run test:ftfy` runs it, DIR holding the case files of
// the commit above (tests/test-cases/ of a checkout). Every case runs; the cases newsclean does not
// repair as ftfy does are pinned below by file and index, so a regression and a new pass both fail.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runClean } from '../../src/engine/engine.js';
import { defaultLexicon } from '../../src/lexicon/default.js';
import { entities } from '../../src/rules/entities.js';
import { mojibake } from '../../src/rules/mojibake.js';

interface FtfyCase {
  readonly label: string;
  readonly original: string;
  readonly fixed: string;
  readonly 'fixed-encoding'?: string;
  readonly expect: 'pass' | 'fail';
}

const FILES = ['in-the-wild', 'language-names', 'negative', 'synthetic', 'known-failures'] as const;
const given = process.env['NEWSCLEAN_FTFY_CASES'];
if (!given || !existsSync(given)) throw new Error(`set NEWSCLEAN_FTFY_CASES to the folder of ftfy's case files (${given ?? 'not set'})`);
const dir = given.endsWith('/') ? given : `${given}/`;

/**
 * Cases ftfy repairs that newsclean repairs differently, each with the reason. ftfy's own
 * known failures (known-failures.json) are listed apart: most stay failures here too.
 */
const DIFFERENT: Readonly<Record<string, string>> = {
  'in-the-wild#3': 'the last word is a #hashtag, a protected span: newsclean edits none',
  'in-the-wild#23': 'a pile-up with "?" for lost bytes and no clean word left: not repaired',
  'in-the-wild#35': 'newsclean recovers ┒ and ┎ where ftfy shows U+FFFD (â€ before a lost byte is ”)',
  'in-the-wild#36': 'â€ before a "?" for a lost byte is ” (its last byte, 0x9D, is the one Windows-1252 drops), not U+FFFD',
  'synthetic#18': 'â€ before U+FFFD is ”, not U+FFFD (as above)',
};
/** ftfy's known failures that newsclean does repair as the case file wants. */
const KNOWN_FAILURES_PASSED = ['known-failures#1', 'known-failures#8'];

const lexicon = defaultLexicon();
const clean = (text: string) => runClean(text, { rules: [entities, mojibake], lexicon }).text;

function load(): { key: string; c: FtfyCase }[] {
  return FILES.flatMap((file) =>
    (JSON.parse(readFileSync(`${dir}${file}.json`, 'utf8')) as FtfyCase[]).map((c, i) => ({ key: `${file}#${i}`, c })),
  );
}

describe('ftfy test cases', () => {
  const cases = load();
  const passing = cases.filter(({ c }) => c.expect === 'pass');
  const mustStay = passing.filter(({ c }) => c.original === c.fixed);
  const repairs = passing.filter(({ c }) => c.original !== c.fixed);
  const target = (c: FtfyCase) => (/&#?[A-Za-z0-9]+;/u.test(c.original) ? c.fixed : (c['fixed-encoding'] ?? c.fixed));

  it('are the 161 cases of the pinned commit', () => {
    expect([cases.length, mustStay.length, repairs.length]).toEqual([161, 37, 114]);
  });

  it('leave all 37 texts ftfy leaves alone unchanged', () => {
    const altered = mustStay.filter(({ c }) => clean(c.original) !== c.original).map(({ key, c }) => `${key} ${c.label}: ${JSON.stringify(clean(c.original))}`);
    expect(altered).toEqual([]);
  });

  it('repair at least 90 % of the 114 cases ftfy repairs exactly, and fail only the pinned ones', () => {
    const failed = repairs.filter(({ c }) => clean(c.original) !== target(c)).map(({ key }) => key);
    expect(failed).toEqual(Object.keys(DIFFERENT));
    expect((repairs.length - failed.length) / repairs.length).toBeGreaterThanOrEqual(0.9);
  });

  it("pass the pinned cases of ftfy's own known failures, and no others", () => {
    const passed = cases.filter(({ c }) => c.expect === 'fail' && clean(c.original) === target(c)).map(({ key }) => key);
    expect(passed).toEqual(KNOWN_FAILURES_PASSED);
  });

  for (const { key, c } of repairs.filter(({ key }) => DIFFERENT[key] !== undefined)) {
    it(`${key} differs from ftfy on purpose or by a known limit: ${DIFFERENT[key]}`, () => {
      expect(clean(c.original)).not.toBe(target(c));
    });
  }
});
