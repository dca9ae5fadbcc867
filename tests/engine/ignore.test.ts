import { describe, expect, it } from 'vitest';
import { clean, cleanDocument } from '../../src/index.js';

const DIRTY = 'Anthony Blingen  said .';
const FIXED = 'Antony Blinken said.';

describe('inline ignore markers', () => {
  it('newsclean-disable … newsclean-enable protects a region from every rule', () => {
    const input = `${DIRTY}\n<!-- newsclean-disable -->\n${DIRTY}\n<!-- newsclean-enable -->\n${DIRTY}\n`;
    expect(clean(input).text).toBe(`${FIXED}\n<!-- newsclean-disable -->\n${DIRTY}\n<!-- newsclean-enable -->\n${FIXED}\n`);
  });

  it('a disable without enable runs to the end of the text', () => {
    const input = `${DIRTY}\nnewsclean-disable\n${DIRTY}\n\n${DIRTY}`;
    expect(clean(input).text).toBe(`${FIXED}\nnewsclean-disable\n${DIRTY}\n\n${DIRTY}`);
  });

  it('names the rules it turns off, the others still run', () => {
    const input = `<!-- newsclean-disable names name-consistency -->\n${DIRTY}\n<!-- newsclean-enable names name-consistency -->\n${DIRTY}`;
    expect(clean(input).text).toBe(
      `<!-- newsclean-disable names name-consistency -->\nAnthony Blingen said.\n<!-- newsclean-enable names name-consistency -->\n${FIXED}`,
    );
  });

  it('after a blanket disable, enable with rules turns just those back on', () => {
    const input = `<!-- newsclean-disable -->\n<!-- newsclean-enable whitespace -->\n${DIRTY}`;
    expect(clean(input).text).toBe(`<!-- newsclean-disable -->\n<!-- newsclean-enable whitespace -->\nAnthony Blingen said.`);
  });

  it('takes a comma-separated list and a reason after --', () => {
    const input = `<!-- newsclean-disable names, whitespace -- quoted as published -->\n${DIRTY}`;
    expect(clean(input).text).toBe(input);
  });

  it('newsclean-disable-next-line protects only the next line', () => {
    const input = `<!-- newsclean-disable-next-line -->\n${DIRTY}\nThe minister Blingen  said .`;
    expect(clean(input).text).toBe(`<!-- newsclean-disable-next-line -->\n${DIRTY}\nThe minister Blinken said.`);
  });

  it('newsclean-disable-next-line with rules, as a line of its own', () => {
    const input = `newsclean-disable-next-line whitespace\n${DIRTY}`;
    expect(clean(input).text).toBe(`newsclean-disable-next-line whitespace\nAntony Blinken  said .`);
  });

  it('never changes the marker lines themselves', () => {
    const input = `Text.\n\n<!--   newsclean-disable   -->   \n\n\n\n<!-- newsclean-enable -->  \nSee also: more\n`;
    const output = clean(input).text;
    expect(output).toContain('<!--   newsclean-disable   -->   \n');
    expect(output).toContain('<!-- newsclean-enable -->  \n');
  });

  it('a marker inside an HTML comment on a line with other text counts too', () => {
    const input = `Intro <!-- newsclean-disable-next-line -->\n${DIRTY}`;
    expect(clean(input).text).toBe(input);
  });

  it('leaves text without markers to the rules', () => {
    expect(clean('newsclean disable is not a marker: Anthony Blingen').text).toBe('newsclean disable is not a marker: Antony Blinken');
  });

  it('takes a family for all its rules: names stops name-consistency too', () => {
    const input = 'Antony Blinken arrived.\n<!-- newsclean-disable-next-line names -->\nSecretary Blinkan said.\nSecretary Blinkan left.\n';
    expect(clean(input).text).toBe(
      'Antony Blinken arrived.\n<!-- newsclean-disable-next-line names -->\nSecretary Blinkan said.\nSecretary Blinken left.\n',
    );
    // The rule that changed it was name-consistency, not names.
    expect(clean(input).edits.map((edit) => edit.ruleId)).toEqual(['name-consistency']);
  });

  it('takes a category for all its rules', () => {
    const input = `newsclean-disable-next-line spacing\n${DIRTY}\nThe minister Blingen  said .`;
    expect(clean(input).text).toBe('newsclean-disable-next-line spacing\nAntony Blinken  said .\nThe minister Blinken said.');
  });

  it('warns about a name that is no rule, family or category, with the nearest one; the name has no effect', () => {
    const input = `First line.\r\n<!-- newsclean-disable nmaes -->\r\n${DIRTY}`;
    const result = clean(input);
    expect(result.text).toBe(`First line.\r\n<!-- newsclean-disable nmaes -->\r\n${FIXED}`);
    expect(result.warnings).toEqual([
      {
        start: input.indexOf('nmaes'),
        end: input.indexOf('nmaes') + 5,
        message: 'unknown rule "nmaes" in newsclean-disable; did you mean "names"? It has no effect (newsclean rules lists the names).',
      },
    ]);
    expect(cleanDocument(input).warnings).toEqual([{ line: 2, column: 24, message: result.warnings[0]!.message }]);
  });

  it('a marker whose names all mean nothing is not a blanket disable', () => {
    const input = `<!-- newsclean-disable-next-line zzzzzzzz, qqqqqqqq -->\n${DIRTY}`;
    const result = clean(input);
    expect(result.text).toBe(`<!-- newsclean-disable-next-line zzzzzzzz, qqqqqqqq -->\n${FIXED}`);
    expect(result.warnings.map((warning) => warning.message)).toEqual([
      'unknown rule "zzzzzzzz" in newsclean-disable-next-line. It has no effect (newsclean rules lists the names).',
      'unknown rule "qqqqqqqq" in newsclean-disable-next-line. It has no effect (newsclean rules lists the names).',
    ]);
  });

  it('knows a rule that is off: naming it is no mistake', () => {
    expect(clean(`<!-- newsclean-disable quotes -->\n${DIRTY}`, { disable: ['quotes'] }).warnings).toEqual([]);
  });
});

