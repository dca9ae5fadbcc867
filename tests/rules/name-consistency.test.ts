import { nameConsistency } from '../../src/rules/name-consistency.js';
import { ruleCases } from '../helpers/rule-cases.js';

ruleCases(nameConsistency, {
  unchanged: [
    ['Sergei Lavrov met the ballerina Maria Lavrova in Moscow.', 'a longer form of the surname is another person'],
    ['Secretary Blinkan said the talks were useful.', 'no full mention of Antony Blinken to go by'],
    ['Antony Blinken met Mr Blinder, the mayor.', 'three letters off'],
    ['Antony Blinken arrived; Blinkan, a local man, watched.', 'a near form without first name or title'],
    ['Antony Blinken and the Blinkens, a local family, met.', 'a plural'],
    ['Antony Blinken spoke. Secretary Blinken agreed.', 'already consistent'],
    ['Antony Blinken met President Biden and Chancellor Scholz.', 'other people after titles'],
    ['Olaf Scholz met Martin Schulz of the SPD.', 'a different person with another first name'],
    ['Olaf Scholz met Mr Schulz of the SPD.', 'a title that fits anybody'],
    ['Emmanuel Macron spoke of macro trends.', 'a lower-case word'],
    ['US Secretary of State Antony Blinken and his Russian counterpart Sergey Lavrov have held talks in Geneva.', 'wire copy'],
    ['“This is a critical moment,” Mr Blinken said in his opening remarks.', 'wire copy with a title'],
    ['Speaking afterwards, Mr Lavrov described the talks as open and useful.', 'Lavrov with a title'],
    ['Volodymyr Zelensky met Olena Zelenska in Kyiv.', 'the feminine form'],
    ['Antony Blinken met Dr Blink.', 'a shorter form'],
    ['Kim Jong Un met Mr Kim.', 'a surname that is the first word'],
    ['Giorgia Meloni met Mr Melon.', 'a shorter form again'],
    ['Pedro Sánchez has won. Pedro Sanchez has lost the elections, the PP said.', 'the name without its accent'],
  ],
  fixed: [
    {
      input: 'Antony Blinken arrived in Kyiv. Later, Secretary Blinkan said the visit was useful.',
      output: 'Antony Blinken arrived in Kyiv. Later, Secretary Blinken said the visit was useful.',
      messages: ['"Blinkan" is "Blinken" (Antony Blinken, named in full in this text)'],
    },
    {
      input: 'Antony Blinken arrived. Anthony Blinkken said he was glad.',
      output: 'Antony Blinken arrived. Anthony Blinken said he was glad.',
      reason: 'after a near form of the first name',
    },
    {
      input: 'Sergei Lavrov spoke first. Then Minister Lavrow answered.',
      output: 'Sergei Lavrov spoke first. Then Minister Lavrov answered.',
    },
  ],
});
