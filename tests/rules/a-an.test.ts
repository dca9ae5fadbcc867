import { aAn } from '../../src/rules/a-an.js';
import { ruleCases } from '../helpers/rule-cases.js';

ruleCases(aAn, {
  unchanged: [
    ['It is a university, a European project and a one-off.', 'vowel letters with consonant sounds'],
    ['He waited an hour for an honest answer from a hotel.', 'silent and sounded h'],
    ['Plan A is better than plan B.', 'a capital A that is a letter'],
    ['She is an MP and an mRNA expert.', 'abbreviations read letter by letter'],
    ['They live in Frankfurt an der Oder.', 'German an der'],
    ['He ordered à la carte, a la mode.', 'a la'],
    ['An initiative was registered in the Senate.', 'already right at a sentence start'],
    ['Apple added enough new bells and whistles to the top-of-the line model.', 'wire copy'],
    ['Investors apparently weren’t impressed with what Apple rolled out Tuesday.', 'wire copy without articles'],
    ['It was a useful, a unique and a eulogistic speech.', 'u and eu words'],
    ['A hashtag is a searchable term used on social media.', 'a hashtag'],
    ['There was an X-ray, a euro coin and an FBI agent.', 'letters and abbreviations'],
    ['He is a once-in-a-generation talent.', 'once'],
    ['That was a ewe, not a ram.', 'ewe'],
    ['a. The first point; b. the second.', 'list letters'],
    ['Point a is north of point b.', 'a letter in lower case'],
    ['The Soyuz spacecraft launched from Baikonur cosmodrome in Kazakhstan.', 'no article at all'],
  ],
  fixed: [
    { input: 'The PP has registered in the Senate a initiative that includes', output: 'The PP has registered in the Senate an initiative that includes', messages: ['"initiative" takes "an"'] },
    { input: 'the party has opened a expulsion file', output: 'the party has opened an expulsion file' },
    { input: 'He bought an book and an car.', output: 'He bought a book and a car.' },
    { input: 'A important meeting took place.', output: 'An important meeting took place.' },
    { input: 'She said: “A other option exists.”', output: 'She said: “An other option exists.”' },
  ],
});
