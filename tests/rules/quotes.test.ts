import { quotes } from '../../src/rules/quotes.js';
import { ruleCases } from '../helpers/rule-cases.js';

ruleCases(quotes, {
  unchanged: [
    ['“Today the “Reform” faction is trying to stage a boycott, allegedly with the aim of “protecting the land.” In fact, we will vote”, he wrote.', 'quotations nested with the same marks, each spaced as its shape says'],
    ['“This is a critical moment,” Mr Blinken said in his opening remarks.', 'a well-formed quotation'],
    ['The US and Russia “don’t expect to resolve our differences here today”, he added.', 'comma after the closer, apostrophe inside'],
    ['"We have some experience," he said. "This experience cannot be erased."', 'straight quotes, two quotations'],
    ['Eugene O’Neill wrote in the ’90s that rock ’n’ roll didn’t matter.', 'apostrophes of every kind'],
    ['Samantha’s mission is named ‘Futura’, “to highlight the science”, writes ESA.', 'single quotes inside a sentence'],
    ['“He told me ‘never again’ and left,” she said.', 'single quotes nested in double quotes'],
    ['“We will fight,” he said. “We will never surrender.\n\n“Never,” he added.', 'a quotation running on into the next paragraph'],
    ['He bought the 12" and 7" records.', 'inch marks'],
    ['„Das ist gut“, sagte er.', 'German quotation marks'],
    ['«Thank you Zaccagni» and «happy with the 6-0 tennis score».', 'guillemets used properly'],
    ['“It’s even better than what I had dreamed”, she said. “Everything went very well.”', 'two quotations in one paragraph'],
    ['The “security guarantees” demanded by Moscow.', 'a quoted phrase'],
    ['Lavrov said: “We expect responses.”', 'a quotation after a colon'],
    ['“There is no ambiguity – the Ministry writes in response.', 'a single opening mark without its closer'],
    ['He called it a "farce" and a “mistake”.', 'mixed styles in one paragraph'],
    ['Sie sagte: »Ich komme.«', 'reversed guillemets'],
    ['Type 5\'11" into the form.', 'feet and inches'],
    ['the ‘s’ key on a keyboard', 'a quoted letter s'],
    ['in \'s-Hertogenbosch on Friday', 'a Dutch place name'],
    ['She wrote *“Never again”* in bold, and ‘“Quoted,” he said’ in the margin.', 'emphasis and a double quotation inside a single one'],
    ['List items are given as "• " lines and blanks as " ".', 'quotations of symbols, spaces included'],
    ['“He called it ‘the plan’ and left,” she said.', 'single quotes nested properly'],
    ['“They said ‘no way” is what I heard,” he added.', 'a single mark inside an open double quotation'],
    // Pairing once turned the first mark into an opener before its full stop; the next pass took
    // it for a stray mark and deleted it (and a line of such marks never settled).
    ['Prices rose”. Then costs fell”. Nobody knows.', 'two closers before full stops: no mark may open before punctuation'],
    // Pairing made the second mark close (`clear:” We`); the colon repair turned it back to open
    // (`clear: “We`), and so on until the engine gave up.
    ['“The plan is clear:“We will win', 'a mark after a colon and before a capital opens: pairing may not make it close'],
    ['“The plan is clear:”We will win', 'the same with the mark turned'],
    // From the quotation suites (fixtures/quotation-suites): correctly quoted texts once altered.
    ['Alfred “.bertrand” cees.', 'an opening mark before a word that starts with a full stop is no stray mark'],
    ['"Alfred "bertrand" cees."', 'straight quotations nested, each spaced as its shape says'],
    ['“Alfred “bertrand” cees.”', 'curly quotations nested the same way'],
    ['\'"Alfred" bertrand\' cees.', 'a double opening mark right after a single one needs no space'],
    ['‘“double in single”’ and (“A.”) and —“dash”', 'nor after a bracket or a dash'],
    ['"smarty" \\"pants\\"', 'escaped marks'],
  ],
  fixed: [
    {
      input: 'determining “how it must walk” in the way ” as peaceful as possible “.',
      output: 'determining “how it must walk” in the way “as peaceful as possible”.',
      reason: 'a mark before punctuation that pairs with the one before it is turned, not deleted as stray',
    },
    {
      input: 'He opened the “valve.” “. Then he left.',
      output: 'He opened the “valve.” Then he left.',
      reason: 'an odd mark before punctuation after a closed quotation is stray',
    },
    { input: 'America is still looking “Diplomatic solution“About Ukraine.', output: 'America is still looking “Diplomatic solution” About Ukraine.' },
    {
      input: 'however, he promised.” Quick and strong response ”in case of invasion.',
      output: 'however, he promised. “Quick and strong response” in case of invasion.',
      reason: 'both marks of a quotation turned and misplaced',
    },
    { input: 'in response to the written question:” This is a question.', output: 'in response to the written question: “This is a question.' },
    { input: 'This is the case with Romania and Bulgaria. “', output: 'This is the case with Romania and Bulgaria.”' },
    { input: 'reportedly said: ““The next step is to test it.”', output: 'reportedly said: “The next step is to test it.”', messages: ['doubled quotation mark'] },
    {
      input: 'reportedly said: “““The next step is to test it.””””',
      output: 'reportedly said: “The next step is to test it.”',
      messages: ['doubled quotation mark', 'doubled quotation mark'],
      reason: 'a run of marks becomes one mark in one edit',
    },
    {
      input: `He said: ${'“'.repeat(1100)}We will win.”`,
      output: 'He said: “We will win.”',
      messages: ['doubled quotation mark'],
      reason: 'a run of 1,100 marks goes in one pass (halving it pass by pass never settled)',
    },
    {
      input: '““x”” '.repeat(75_000),
      output: '“x” '.repeat(75_000),
      reason: '150,000 repairs on one line (spreading them into one call overflowed the stack)',
    },
    { input: '“Russian troops are expanding attacks in the Kharkiv region “,” a senior member said.', output: '“Russian troops are expanding attacks in the Kharkiv region,” a senior member said.' },
    { input: '“Could it be that he doesn’t know who Lula was here? ” Jair Bolsonaro said.', output: '“Could it be that he doesn’t know who Lula was here?” Jair Bolsonaro said.' },
    {
      input: 'so that “all who want to stop it have it harder.” It is a law subject to rigor and legal certainty.“said the Government spokesperson.',
      output: 'so that “all who want to stop it have it harder.” It is a law subject to rigor and legal certainty.” said the Government spokesperson.',
      reason: 'a closer glued to the attribution; its opener is missing but the paragraph does not say where',
    },
    {
      input: 'It is a law subject to rigor and legal certainty.“said the Government spokesperson.',
      output: '“It is a law subject to rigor and legal certainty.” said the Government spokesperson.',
      reason: 'a closer glued to the attribution, then the missing opener at the start of the paragraph',
    },
    { input: 'He began with a joke: «We suffered a bit but we never stopped believing…”. Are we?', output: 'He began with a joke: «We suffered a bit but we never stopped believing…». Are we?' },
    { input: '“I can say that the talks are ‘promising,\'” Peskov told reporters.', output: '“I can say that the talks are ‘promising,’” Peskov told reporters.' },
    { input: 'Terry Virts are Cristoforetti ‘s […]', output: 'Terry Virts are Cristoforetti’s […]' },
    {
      input: 'Scholz phoned Putin on Friday.\n\nChancellor Scholz told me that he was going to call Putin,” Zelensky said in his address. “Now there may be other calls.”',
      output: 'Scholz phoned Putin on Friday.\n\n“Chancellor Scholz told me that he was going to call Putin,” Zelensky said in his address. “Now there may be other calls.”',
      messages: ['the quotation closed later in this paragraph opens here'],
    },
    { input: 'the “end the fracture”, “discord” and “hatred”which, as he has said, has led', output: 'the “end the fracture”, “discord” and “hatred” which, as he has said, has led' },
    { input: '" It’s a provocation ", he said.', output: '"It’s a provocation", he said.' },
    { input: '“I know you intend to raise it. We are open to talks“, Putin said.', output: '“I know you intend to raise it. We are open to talks”, Putin said.' },
    { input: 'it was in its “final stages” and “it’s closer than it’s ever been”. “.', output: 'it was in its “final stages” and “it’s closer than it’s ever been”.' },
    { input: 'Jokingly adding: ‘Worker President”', output: 'Jokingly adding: “Worker President”', messages: ['a quotation closed with ” opens with “'] },
    {
      input: '“Very well also Rabiot, who has always been criticized and tonight he played a great game “. See also more.',
      output: '“Very well also Rabiot, who has always been criticized and tonight he played a great game”. See also more.',
      messages: ['a quotation mark before punctuation closes the open quotation'],
    },
  ],
});
