import { numbers } from '../../src/rules/numbers.js';
import { ruleCases } from '../helpers/rule-cases.js';

ruleCases(numbers, {
  unchanged: [
    ['The total number of infections rises to 14,153,098.', 'commas already'],
    ['Lombardy: +9.300 and 4,464,005 in total', 'a single dot group is ambiguous'],
    ['Die Zahl stieg auf 1.245.803.', 'no comma-grouped number in the text'],
    ['The server at 192.168.1.1 has 1,000 users.', 'an address'],
    ['On 12.03.2024 there were 1,200 cases.', 'a date'],
    ['The positivity rate rises from 3.2% to 3.5% with 206,531 swabs.', 'decimals'],
    ['It cost $1,200, or 9% more.', 'prices'],
    ['Moscow has 100,000 troops near its borders.', 'wire copy'],
    ['The deaths are 55 (yesterday 69), for a total of 128,634 victims.', 'more wire copy'],
    ['Section 1.2.3 of the 1,500-page report', 'section numbers'],
    ['The ratio was 1.5 to 2,000.', 'a decimal'],
    ['A total of 1.245.8034 and 2,000', 'not groups of three'],
    ['Call 555.123.4567 or 1,800 people will wait.', 'a phone number... with a four-digit group'],
    ['The 2.0.0 release reached 10,000 users.', 'a version number'],
    ['Only 1 can win; 1 of 5 adults and the 1 hand-picked candidate, which 10 can see.', 'counts and numbers'],
    ['He scored 1 and 1 will follow? If 1 can, that 1 may. Version 1 can run on 2.', 'a digit after a count, if, that or a noun'],
    ['There were 7,260 new cases, stable compared to 7,162 yesterday.', 'wire copy again'],
  ],
  fixed: [
    { input: 'On the 1 hand, he pointed out the desire in which 1 can see it.', output: 'On the one hand, he pointed out the desire in which one can see it.', messages: ['the pronoun "one" written as a digit', 'the pronoun "one" written as a digit'] },
    { input: 'cases: 81,811. The current cases are: 1.245.803 (+18.913), the healed: 12.748.859', output: 'cases: 81,811. The current cases are: 1,245,803 (+18.913), the healed: 12,748,859', messages: ['continental digit grouping in an English text', 'continental digit grouping in an English text'] },
  ],
});
