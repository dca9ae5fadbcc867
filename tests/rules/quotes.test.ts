import { quotes } from '../../src/rules/quotes.js';
import { ruleCases } from '../helpers/rule-cases.js';

ruleCases(quotes, {
  unchanged: [
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
  ],
  fixed: [
    { input: 'America is still looking “Diplomatic solution“About Ukraine.', output: 'America is still looking “Diplomatic solution” About Ukraine.' },
    {
      input: 'however, he promised.” Quick and strong response ”in case of invasion.',
      output: 'however, he promised. “Quick and strong response” in case of invasion.',
      reason: 'both marks of a quotation turned and misplaced',
    },
    { input: 'in response to the written question:” This is a question.', output: 'in response to the written question: “This is a question.' },
    { input: 'This is the case with Romania and Bulgaria. “', output: 'This is the case with Romania and Bulgaria.”' },
    { input: 'reportedly said: ““The next step is to test it.”', output: 'reportedly said: “The next step is to test it.”', messages: ['doubled quotation mark'] },
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
  ],
});
