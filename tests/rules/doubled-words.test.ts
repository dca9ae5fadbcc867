import { doubledWords } from '../../src/rules/doubled-words.js';
import { ruleCases } from '../helpers/rule-cases.js';

ruleCases(doubledWords, {
  unchanged: [
    ['Previously, the fans on site had had to worry for a long time whether the show would take place at all.', 'had had'],
    ['He said that that was the end of it.', 'that that'],
    ['What it is is a question of trust.', 'is is'],
    ['Users who log in in the morning see the update.', 'a phrasal verb and its preposition'],
    ['They carried on on Monday as if nothing happened.', 'carry on on Monday'],
    ['She looked at at least three options.', 'at at least'],
    ['Moscow has 100,000 troops near its borders with Ukraine, but denies planning to invade.', 'wire copy'],
    ['“This is a critical moment,” Mr Blinken said in his opening remarks.', 'a quotation'],
    ['The Italian media have closely followed Samantha\'s launch into space.', 'ordinary prose'],
    ['Bora Bora and Baden-Baden are places.', 'doubled place names'],
    ['He said no, no, no to the offer.', 'repetition with commas'],
    ['A. A. Milne wrote Winnie-the-Pooh.', 'initials'],
    ['Will will be there on Friday.', 'a name and the verb'],
    ['The Oder and the Neisse form the border.', 'two different words'],
    ['He turned in in time for the deadline.', 'turned in in time'],
    ['Lavrov said at the beginning of the meeting that he did not expect a turnaround.', 'wire copy again'],
    ['“We will fight,” he said. He added that “the war is not over”.', 'two sentences with he'],
  ],
  fixed: [
    { input: 'since since last December they have not published', output: 'since last December they have not published', messages: ['"since" written twice'] },
    { input: 'in the the span of a year', output: 'in the span of a year' },
    { input: 'The the government said', output: 'The government said' },
    { input: 'a a new plan', output: 'a new plan' },
    { input: 'talks with with Moscow', output: 'talks with Moscow' },
    {
      input: '“there will be a ‘new Boucha’ every day”, he said. he launched, alluding to this city',
      output: '“there will be a ‘new Boucha’ every day”, he said, alluding to this city',
      messages: ['the attribution is translated twice'],
    },
  ],
});
