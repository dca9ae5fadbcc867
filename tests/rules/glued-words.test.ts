import { gluedWords } from '../../src/rules/glued-words.js';
import { ruleCases } from '../helpers/rule-cases.js';

ruleCases(gluedWords, {
  unchanged: [
    ['Apple unveiled the iPhone 15 and a new iPad; eBay and YouTube fell.', 'mixed-case brands'],
    ['McDonald’s, McDonald\'s and MacBook sales rose; LinkedIn and PayPal too.', 'Mc/Mac names and camel-case brands'],
    ['OpenAI, GlaxoSmithKline, PlayStation and JavaScript are names.', 'more brands'],
    ['She has a PhD from MIT and works at easyJet.', 'PhD and a lower-case brand'],
    ['Call getElementById or use snake_case_names in code.', 'code-like tokens'],
    ['Write to press@example.org or see https://example.com/NewsRoom.', 'e-mail address and URL'],
    ['Follow @AstroSamantha and #20Million on Twitter.', 'handle and hashtag'],
    ['The U.S. and the E.U. met, e.g. in Geneva, at 3 p.m. Friday.', 'abbreviations'],
    ['Prices rose 1,000 times, to 3.5%.', 'numbers'],
    ['Open report.Pdf or tsconfig.json.', 'file names'],
    ['He read it in The Guardian and TheStreet.', 'news sites'],
    ['The statement that he made was clear.', 'words already apart'],
    ['Mr.Smith and St.Petersburg are left alone.', 'abbreviations before a name'],
    ['The Netherlands, the Philippines and the United States.', 'country names'],
    ['“We won,” he said. “Now we rest.”', 'well-spaced quotations'],
    ['She studied at the Sorbonne and in Berlin.', 'ordinary prose'],
    ['This breathes new life into the lathe business.', 'words that end like "the"'],
    ['The Goethe Institute and Holland are places.', 'names that end like glue words'],
    ['Use the --stopOnBuildErrors flag.', 'a command-line flag'],
  ],
  fixed: [
    { input: 'arms suppliesMilitary equipment', output: 'arms supplies Military equipment', messages: ['a lower-case word glued to a capitalized one'] },
    { input: 'peppered with promisesPedro Sánchez has', output: 'peppered with promises Pedro Sánchez has' },
    { input: 'Meanwhile TheUkraine accuses', output: 'Meanwhile The Ukraine accuses', messages: ['"The" glued to the next word'] },
    { input: 'troops InRussia said', output: 'troops In Russia said' },
    { input: 'the console, it has said.The price of the console', output: 'the console, it has said. The price of the console', messages: ['sentences run together'] },
    { input: 'for the increase.“The global economic', output: 'for the increase. “The global economic' },
    { input: 'on many industries.”He said that', output: 'on many industries.” He said that' },
    { input: 'Russia and Ukraine,and Belarus', output: 'Russia and Ukraine, and Belarus', messages: ['no space after a comma'] },
    { input: 'in a statementthat was', output: 'in a statement that was', messages: ['"statement" and "that" run together'] },
    { input: 'the former deputy Lucas Ferrowho until now', output: 'the former deputy Lucas Ferro who until now' },
    { input: 'he said inthe morning', output: 'he said in the morning' },
  ],
});
