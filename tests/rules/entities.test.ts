import { entities } from '../../src/rules/entities.js';
import { ruleCases } from '../helpers/rule-cases.js';

ruleCases(entities, {
  unchanged: [
    ['AT&T and R&D budgets rose; Q&A sessions followed.', 'ampersands in names'],
    ['U.S. Surgeon General’s Report on Smoking & Health', 'an ampersand between words'],
    ['See https://example.com/?a=1&amp;b=2 for the data.', 'inside a URL'],
    ['Johnson & Johnson shares fell 2% on Tuesday.', 'a company name'],
    ['Marks & Spencer said sales rose.', 'another company name'],
    ['The ratio was 3&4 in the test.', 'an ampersand between digits'],
    ['He wrote &foo; in the code.', 'an unknown name'],
    ['The char &#1; is not text.', 'a control character number'],
    ['Tom & Jerry is a cartoon.', 'a spaced ampersand'],
    ['B&Q and H&M opened stores.', 'retailers'],
    ['&quotation marks are discussed', 'a longer word after &quot'],
    ['Rock & roll never dies.', 'rock & roll'],
    ['The P&O ferry left Dover.', 'P&O'],
    ['Use && in shell scripts.', 'a double ampersand'],
    ['The S&P 500 rose 1.2%.', 'S&P'],
    ['Fees are 5 & 10 euros.', 'numbers around an ampersand'],
  ],
  fixed: [
    { input: '& quot; It’s a provocation & quot;: Jair Bolsonaro', output: '" It’s a provocation ": Jair Bolsonaro', messages: ['broken HTML character reference & quot;', 'broken HTML character reference & quot;'] },
    { input: 'He said &quot;no&quot; twice.', output: 'He said "no" twice.' },
    { input: 'It&#39;s here and it&#x27;s there.', output: 'It\'s here and it\'s there.' },
    { input: 'Trump&#8217;s plan', output: 'Trump’s plan' },
    { input: 'Tom &amp;amp; Jerry', output: 'Tom & Jerry', reason: 'escaped twice' },
    { input: 'one&nbsp;two', output: 'one\u00a0two' },
    { input: 'Said &quot no.', output: 'Said " no.', reason: 'a reference cut short before a space' },
    { input: 'caf&eacute; in Par&iacute;s', output: 'café in París' },
    { input: 'wait&hellip; &mdash; now', output: 'wait… — now' },
  ],
});
