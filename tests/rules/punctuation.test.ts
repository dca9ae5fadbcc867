import { punctuation } from '../../src/rules/punctuation.js';
import { ruleCases } from '../helpers/rule-cases.js';

ruleCases(punctuation, {
  unchanged: [
    ['The s sound, an s and the letter s; its s was silent.', 'a lone s after an article or the word letter'],
    ['He wrote 5 s on the board.', 'after a number'],
    ['He paused... and went on.', 'an ellipsis'],
    ['The U.S.; the U.K.; and Japan.', 'abbreviations before semicolons'],
    ['Apples, pears, etc., were sold.', 'etc. before a comma'],
    ['Acme Inc.; Widget Ltd.; and others.', 'company abbreviations'],
    ['It was 40 °C in the shade.', 'a degree sign written right'],
    ['It was 40°C in the shade.', 'a degree sign without spaces'],
    ['Turn 90° to the left.', 'an angle'],
    ['She said — and meant it — that she would go.', 'dashes'],
    ['Italy remains steadfast in its support for Ukraine – Meloni', 'a dash attribution'],
    ['Moscow has 100,000 troops near its borders with Ukraine, but denies planning to invade.', 'wire copy'],
    ['Use the .. operator in Rust.', 'a code operator'],
    ['Read the file ./config.json and ../data.', 'paths'],
    ['“Charles was P2 [in Australia] last week.', 'a quotation'],
    ['Scores: 3-1, 2-0, 1-1.', 'scores'],
    ['The plan — A, B, or C — was debated.', 'dashes and commas'],
    ['In 1929 he moved to the Loire Valley in France.', 'prose'],
    ['He wrote “wait...”. Then he left.', 'an ellipsis inside a quotation'],
    ['John said "Hello World!".', 'a full stop after a quotation that ends with "!" ends the sentence around it'],
    ['Did he ask “why not?”. Nobody knows.', 'the same after "?"'],
  ],
  fixed: [
    { input: 'Egypt s President met him', output: 'Egypt’s President met him', messages: ['"Egypt s": a possessive that lost its apostrophe'] },
    { input: "It's his country s keenness", output: "It's his country's keenness" },
    { input: 'He said it was over..', output: 'He said it was over.', messages: ['doubled full stop'] },
    { input: 'He said,, and left.', output: 'He said, and left.' },
    { input: 'It is done.; the next item', output: 'It is done; the next item', messages: ['a full stop before a semicolon'] },
    { input: 'Italy remains steadfast in its support for Ukraine, - Meloni', output: 'Italy remains steadfast in its support for Ukraine - Meloni', messages: ['a comma before a dash'] },
    { input: 'Temperatures of 40 ° C are expected.', output: 'Temperatures of 40 °C are expected.' },
    { input: 'It was 75° F outside.', output: 'It was 75°F outside.' },
    { input: 'will keep doing so in the future.”.', output: 'will keep doing so in the future.”', messages: ['a full stop after a quotation that already ended the sentence'] },
  ],
});
