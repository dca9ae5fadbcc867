import { strayTokens } from '../../src/rules/stray-tokens.js';
import { ruleCases } from '../helpers/rule-cases.js';

ruleCases(strayTokens, {
  unchanged: [
    ['๐ is how the Thai script writes zero.', 'a foreign character with a space after it'],
    ['μSv per hour were measured near the plant.', 'a Greek letter as a unit'],
    ['Αθήνα\n\n๐Όταν', 'an article in another script'],
    ['The file’s MD5: ae0fcc31ae342fd3a1346ebb1f342fcb matches.', 'a hash after a label'],
    ['Commit 3dafb23 fixed the bug.', 'a short hash'],
    ['Run `npm install` first.', 'inline code'],
    ['` – paired` and `ticks`', 'backticks that pair up on the line'],
    ['The code is deadbeefdeadbeefdeadbeefdeadbeef in the docs.', 'a hash-like word mid-sentence'],
    ['Moscow has 100,000 troops near its borders with Ukraine.', 'ordinary prose'],
    ['CUPERTINO, Calif. (AP) — Apple on Tuesday unveiled its next generation of iPhones.', 'a dateline'],
    ['The order id is 12345678901234567890123456789012.', 'digits only'],
    ['Version 2.0.1 was released in 2024.', 'a version number'],
    ['He typed `ls -la` and `pwd`.', 'two code spans'],
    ['GENEVA: US Secretary of State Antony Blinken and his Russian counterpart met.', 'a dateline with a colon'],
    ['The hash abcdefabcdefabcdefabcdefabcdefab has no digits.', 'letters only'],
    ['It was priced at $1,200, or 9% more.', 'prices'],
    ['Sainz finished in third ahead of Leclerc.', 'sport'],
    ['“I’m not at all [worried],” Frederic Vasseur told Sky Sports F1.', 'a quotation with brackets'],
  ],
  fixed: [
    {
      input: 'grandchildren receive royal titles. ae0fcc31ae342fd3a1346ebb1f342fcb 3 A New Prince and Princess',
      output: 'grandchildren receive royal titles. 3 A New Prince and Princess',
      messages: ['a hash from the page template'],
    },
    { input: '` – They are 7,260 new Covid cases in Italy', output: 'They are 7,260 new Covid cases in Italy', messages: ['a stray backtick where a credit was'] },
    { input: '` They are here.', output: 'They are here.' },
    { input: 'The minister said on Monday that the talks in Geneva would go on next week, and that both sides had agreed.\n\n๐When asked what Ukraine wanted, he paused for a long time.', output: 'The minister said on Monday that the talks in Geneva would go on next week, and that both sides had agreed.\n\nWhen asked what Ukraine wanted, he paused for a long time.' },
    { input: 'The minister said on Monday that the talks in Geneva would go on next week, and that both sides had agreed.\n\n๐"Victory is an opportunity," he said.', output: 'The minister said on Monday that the talks in Geneva would go on next week, and that both sides had agreed.\n\n"Victory is an opportunity," he said.' },
    { input: 'The minister said on Monday that the talks in Geneva would go on next week, and that both sides had agreed.\n\n\uFE0FJapanese Prime Minister Shigeru Ishiba has denied reports.', output: 'The minister said on Monday that the talks in Geneva would go on next week, and that both sides had agreed.\n\nJapanese Prime Minister Shigeru Ishiba has denied reports.' },
  ],
});
