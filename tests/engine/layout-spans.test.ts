// Plain text laid out with spaces: columns that line up from one line to the next (a table, a
// list of figures) and blocks of lines indented by four spaces or a tab (code, verse, an indented
// quotation) keep their whitespace; the words in them are still cleaned. A gap on a line of its
// own, or gaps that line up with nothing, are runs of spaces as ever.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { findLayoutSpans } from '../../src/engine/protect.js';

describe('layout in plain text', () => {
  it.each([
    ['Name     Value\nAlpha    1\nBeta     22\n', 'a two-column table, left-aligned'],
    ['Total spent      1,234\nTax                 12\n', 'right-aligned figures'],
    ['Rank  Country  Gold\n1     Norway   16\n2     Germany  12\n', 'three columns of two spaces'],
    ['Results:\n\n    x  = compute(1)\n    yy = compute(22)\n', 'an indented block with aligned code'],
    ['    The night  is long,\n    the road  is longer.\n', 'indented verse with its own spacing'],
    ['Item\tPrice\nBread\t2\n', 'columns separated by tabs'],
  ])('keeps %j (%s)', (text) => {
    expect(clean(text).text).toBe(text);
  });

  it.each([
    ['two  spaces in one line.\n', 'two spaces in one line.\n', 'a gap on its own line'],
    ['He said  this.\nThen  she left.\n', 'He said this.\nThen she left.\n', 'gaps that do not line up'],
    ['    One indented  line.\n', '    One indented line.\n', 'one indented line is no block'],
    ['Name     Value\nAlpha    Blingen\n', 'Name     Value\nAlpha    Blinken\n', 'the words of a table are still read'],
  ])('cleans %j', (input, output) => {
    expect(clean(input).text).toBe(output);
  });

  it('finds the gaps and indentation it keeps, as offsets of the paragraph', () => {
    expect(findLayoutSpans('a  b\nc  d')).toEqual([[1, 3], [6, 8]]);
    expect(findLayoutSpans('a  b\ncc d')).toEqual([]);
    expect(findLayoutSpans('    x\n    y  z')).toEqual([[0, 4], [6, 10], [11, 13]]);
    expect(findLayoutSpans('no gaps here\nnor here')).toEqual([]);
  });
});
