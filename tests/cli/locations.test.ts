// Where a finding is reported: the seed's "See also" line (line 13) and copyright line (line 15)
// go with the blank line before them, yet every format points at the line that goes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const root = new URL('../../', import.meta.url).pathname;
const SEED = 'seeds/000_074836f2c1ba7ac7.txt';
const INPUT = readFileSync(join(root, SEED), 'utf8');

describe('a removed line is reported at the line', () => {
  it('in the text report', async () => {
    const run = await runCli(['--check', SEED], { cwd: root });
    expect(run.stdout).toContain(`${SEED}:13:1  see-also  "See also" link line`);
    expect(run.stdout).toContain(`${SEED}:15:1  boilerplate  copyright notice`);
    expect(run.stdout).not.toContain(`${SEED}:11:505`);
  });

  it('in GitHub annotations', async () => {
    const run = await runCli(['--check', '--format', 'github', SEED], { cwd: root });
    const seeAlso = run.stdout.split('\n').find((line) => line.includes('(see-also)'));
    expect(seeAlso).toMatch(/ file=seeds\/000_074836f2c1ba7ac7\.txt,line=13,col=1,endLine=13,endColumn=\d+,/);
  });

  it('in SARIF, whose fix still removes the line with the break before it', async () => {
    const run = await runCli(['--check', '--format', 'sarif', SEED], { cwd: root });
    const results = JSON.parse(run.stdout).runs[0].results as {
      ruleId: string;
      locations: { physicalLocation: { region: { startLine: number; startColumn: number } } }[];
      fixes: { artifactChanges: { replacements: { deletedRegion: { charOffset: number; charLength: number }; insertedContent: { text: string } }[] }[] }[];
    }[];
    const seeAlso = results.find((result) => result.ruleId === 'see-also')!;
    expect(seeAlso.locations[0]!.physicalLocation.region).toMatchObject({ startLine: 13, startColumn: 1 });
    const { deletedRegion, insertedContent } = seeAlso.fixes[0]!.artifactChanges[0]!.replacements[0]!;
    expect(insertedContent.text).toBe('');
    expect(INPUT.slice(deletedRegion.charOffset, deletedRegion.charOffset + deletedRegion.charLength)).toMatch(/^\n\nSee also\s+War in Ukraine/);
    // Every fix of the first pass spans exactly the input text the finding says it replaces.
    const json = JSON.parse((await runCli(['--check', '--format', 'json', SEED], { cwd: root })).stdout);
    const findings = json.files[0].findings as { before: string; pass: number }[];
    const regions = results.map((result) => {
      const { charOffset, charLength } = result.fixes[0]!.artifactChanges[0]!.replacements[0]!.deletedRegion;
      return INPUT.slice(charOffset, charOffset + charLength);
    });
    const firstPass = findings.flatMap((finding, i) => (finding.pass === 1 ? [i] : []));
    expect(firstPass.length).toBeGreaterThan(10);
    for (const i of firstPass) expect(regions[i]).toBe(findings[i]!.before);
  });
});
