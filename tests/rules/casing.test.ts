import { casing } from '../../src/rules/casing.js';
import { ruleCases } from '../helpers/rule-cases.js';

ruleCases(casing, {
  unchanged: [
    ['He read Of Mice and Men at school.', 'a title in capitals'],
    ['He received the Pulitzer Prize in 1920 for Beyond the Horizon and the Nobel Prize.', 'a title whose next word is lower-case'],
    ['Tourists visited The Hague on Monday.', 'The Hague'],
    ['He read it in The New York Times.', 'a newspaper name'],
    ['They saw the film In Bruges twice.', 'a title after "film"'],
    ['The Italian Minister Of Finance spoke.', 'inside a run of capitals'],
    ['Russia Says It Will Respond To Sanctions', 'a headline in title case'],
    ['Traffic light method: And the sun rises again and again', 'after a colon'],
    ['He said “In the morning we leave.”', 'after an opening quote'],
    ['The report, And Then There Were None, sold well.', 'after a comma'],
    ['eBay For Business launched today.', 'after a brand'],
    ['Visit www.example.com/From now on.', 'inside a URL'],
    ['The band The Who played.', 'a band name'],
    ['She asked What next? and nobody answered.', 'a question word after a verb of speech'],
    ['in case of invasion from Moscow.', 'already lower-case'],
    ['Plan A and plan B were discussed.', 'single letters are not function words here'],
    ['He shouted “Stop!” And everyone stopped.', 'after a quotation that ends a sentence'],
    ['Made in china, sold in turkey, served in nice restaurants.', 'places that are also English words'],
    ['See kyiv.example.com and @kyiv and #moscow for updates.', 'a domain, a handle and a hashtag'],
    ['The Kyiv Independent and the Moscow Times reported.', 'capitalized already'],
  ],
  fixed: [
    { input: 'in case of invasion From Moscow.', output: 'in case of invasion from Moscow.', messages: ['"From" in mid-sentence after "invasion"'] },
    { input: 'who ordered the wiretapping, and What reason for these investigations', output: 'who ordered the wiretapping, and what reason for these investigations' },
    { input: 'the talks took place In Geneva on Friday', output: 'the talks took place in Geneva on Friday' },
    { input: 'the minister said The company would pay', output: 'the minister said the company would pay' },
    { input: 'held Sunday evening in kyiv.', output: 'held Sunday evening in Kyiv.', messages: ['"Kyiv" is a place name'] },
    { input: 'repeated on YouTube kyiv’s desire', output: 'repeated on YouTube Kyiv’s desire' },
    { input: 'flights from moscow to kyiv', output: 'flights from Moscow to Kyiv' },
    {
      input: 'America is still looking “Diplomatic solution” About Ukraine.',
      output: 'America is still looking “Diplomatic solution” about Ukraine.',
      messages: ['"About" in mid-sentence after a quotation that does not end the sentence'],
    },
  ],
});
