import { brokenWords } from '../../src/rules/broken-words.js';
import { ruleCases } from '../helpers/rule-cases.js';

ruleCases(brokenWords, {
  unchanged: [
    ['We go from point a to point b and back.', 'letters used as letters'],
    ['Plan a or plan b, he said.', 'plan a or b'],
    ['The 5-yr bond yield rose.', '"yr" in a compound'],
    ['The rate is 3% per annum.', 'per annum'],
    ['Apple would invest $500 billion in the U.S. over the following 4 years.', 'wire copy'],
    ['I am here, he said.', 'capital I'],
    ['Options a, b and c were rejected.', 'a list of letters'],
    ['The variables x y z were renamed.', 'single letters'],
    ['It was a t-shirt and a hat.', 'a t-shirt'],
    ['Yr Wyddfa is the Welsh name of Snowdon.', 'Welsh Yr'],
    ['The team won the title last year.', 'year written out'],
    ['Moscow denies it is planning an attack.', 'ordinary prose'],
    ['Rows i and j were swapped.', 'indices'],
    ['“Everything went very well,” she said.', 'a quotation'],
    ['Press the s key to save.', 'a key name'],
    ['Leclerc only had one new set remaining compared to two for Sainz.', 'sport'],
  ],
  fixed: [
    { input: 'invest $500 billion i n the U.S. over', output: 'invest $500 billion in the U.S. over', messages: ['"i n" is the word "in" split in two'] },
    { input: 'what it i s that matters', output: 'what it is that matters' },
    { input: 'in reference to the upcoming yr — a marketing approach', output: 'in reference to the upcoming year — a marketing approach', messages: ['"yr" left by a synonym spinner for "year"'] },
    { input: 'sales rose last yr.', output: 'sales rose last year.' },
  ],
});
