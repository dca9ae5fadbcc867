import { lostLetters } from '../../src/rules/lost-letters.js';
import { ruleCases } from '../helpers/rule-cases.js';

ruleCases(lostLetters, {
  unchanged: [
    ['Zürich and Zurich are the same city.', 'a name that only lost its accents'],
    ['Pedro Sánchez won. Pedro Sanchez lost, the PP said.', 'accents only, again'],
    ['Akturkolu scored a winning goal.', 'the whole name is not in the text'],
    ['The café opened. The cafe closed.', 'lower-case words'],
    ['Kerem Aktürkoğlu scored. Aktürkoğlu celebrated.', 'already consistent'],
    ['São Paulo beat Santos. So Paulo said.', 'a form shorter than four letters'],
    ['Élodie met Lodie in Paris.', 'a first letter lost is a different word'],
    ['José met Jos Buttler in Leeds.', 'a form of three letters is too short to tell (Jos is a name)'],
    ['Dvořák and Dvorak are one composer.', 'accents only'],
    ['Łódź is a city in Poland.', 'a single mention'],
    ['The Cortés government met Cortes, the parliament.', 'accents only'],
    ['Gómez said Gomez was wrong.', 'accents only'],
    ['Bayern München played in Munich.', 'a different name altogether'],
    ['Renée met René in Nice.', 'two names, one a shorter form of the other: Rene would be either'],
    ['Visit https://example.com/Aktrkolu for Aktürkoğlu.', 'a URL'],
    ['Mrs Fünf and Mr Fnf.', 'too short to tell'],
  ],
  fixed: [
    {
      input: 'Kerem Aktürkoğlu signed on Monday. Akturkolu scored a winning goal.',
      output: 'Kerem Aktürkoğlu signed on Monday. Aktürkoğlu scored a winning goal.',
      messages: ['"Akturkolu" is "Aktürkoğlu" with letters lost (the text also writes "Aktürkoğlu")'],
    },
    {
      input: 'Benfica beat Famalicão 2-0. Famalico had won the year before.',
      output: 'Benfica beat Famalicão 2-0. Famalicão had won the year before.',
    },
    {
      input: 'Maria da Conceição spoke. Later Conceio left, and Müller met Mller.',
      output: 'Maria da Conceição spoke. Later Conceição left, and Müller met Müller.',
    },
  ],
});
