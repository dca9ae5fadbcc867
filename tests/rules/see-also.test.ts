import { describe, expect, it } from 'vitest';
import { runClean } from '../../src/engine/engine.js';
import { defaultLexicon } from '../../src/lexicon/default.js';
import { boilerplate } from '../../src/rules/boilerplate.js';
import { seeAlso } from '../../src/rules/see-also.js';
import { ruleCases } from '../helpers/rule-cases.js';

ruleCases(seeAlso, {
  unchanged: [
    ['Check also the small print before you sign, the lawyer said.', 'a sentence that starts with the words'],
    ['Watch the video of the match on our site, the club said.', '"Watch the video" as prose'],
    ['It might interest you to know that prices rose.', '"It might interest you" as prose'],
    ['SEE ALSO: the annex of the report, which lists every case the panel examined, the names of the witnesses, the dates of the hearings and the decisions of the court in each case.', 'a long line after the marker: prose, not a link'],
    ['See also the report by the UN Human Rights Council, published on Monday.', 'a sentence that starts with "See also"'],
    ['Read more about the plan in the minister’s statement.', '"Read more" continuing as prose'],
    ['Related matters were discussed at the summit.', '"Related" as an ordinary word'],
    ['Readers may also read the full transcript online.', '"read" in a sentence'],
    ['The minister said he would see also to the other claims.', 'the words mid-sentence'],
    ['Recommendations were published by the panel.', 'a word starting like "Recommended"'],
    ['He said that the decision to increase...', 'a single line cut off with an ellipsis (the article itself)'],
    ['This double comeback was really heartfelt … It is THE mega concert of the summer!', 'an ellipsis inside a line'],
    ['Seeing also matters: witnesses were heard.', 'a longer word'],
    ['Also, read the small print before signing.', '"Also," starting a sentence'],
    ['Related: the two men were cousins.', 'a colon followed by prose'],
    ['“Read more books,” the teacher said.', 'inside a quotation'],
    ['Don’t miss the point: prices rose.', '"Don’t miss" followed by prose'],
    ['She said she would see also whether it helps.', 'the phrase mid-line'],
    ['More on this later, the minister said.', '"More on this" in a sentence'],
    ['Further reading of the text shows a different picture.', '"Further reading" as prose'],
    ['Most popular among voters was the tax cut, the poll found.', '"Most popular" starting a sentence'],
    ['He said: “See also what happened in 2014.” Nobody answered.', 'inside a quotation'],
    ['The report is long. See also the annex, which lists every case in detail and was published on Monday.', 'an inline "See also" that is a sentence'],
    ['More about it later, the minister said.', '"More about" in a sentence'],
    ['Latest News\n\nTalks resume in Geneva on Friday\n\nThe talks in Geneva ended on Friday with both sides saying they would meet again.', 'a list label above the article is not followed into it'],
    ['The talks in Geneva ended on Friday with both sides saying they would meet again.\n\nLatest News', 'a list label alone below the article (boilerplate\'s)'],
    ['The ministry listed the measures it would take next year:\n- Free transport for all pupils in rural areas\n- Lower taxes on fuel for farmers\n- A cap on rents in the largest cities', 'a list the article introduces with a colon'],
    ['The singer was finally back on stage after two years away from her fans.\n\nHelene Fischer on stage at the Open Air in Munich\n\nHelene Fischer on stage at the Open Air in Munich Photo: dpa\n\nThe singer’s first words to her', 'lines without list marks: captions and a paragraph cut short'],
    ['The talks ended on Friday with both sides saying they would meet again.\n- Ukraine and Russia agree to resume grain talks\n- EU leaders meet in Brussels', 'two list items are no run of headlines'],
    ['The talks ended on Friday with both sides saying they would meet again.\n- Ukraine and Russia agree to resume grain talks\n- EU leaders meet in Brussels\n- Prices rose again in May\n\nThe talks will resume in March, after the elections in both countries, officials said.', 'a list followed by more of the article'],
    ['I thought we would win the match, but then it all went wrong…\nAnd after that I did not know what to think about it all…\nThen the coach came in and spoke to us.\nWe listened in silence.', 'lines trailing off in the middle of a story'],
  ],
  fixed: [
    { input: 'The talks ended.\n\nCheck Also\n\nPortugal breaks its record of coronavirus tests\n\nThe medical centre said the record number of tests concerned …', output: 'The talks ended.' },
    { input: 'The talks ended.\n\nLook also: Ministers meet in Geneva', output: 'The talks ended.' },
    { input: 'Text.\n\nIt might interest you\nPlayers suspended amid betting scandal\n\nMore text.', output: 'Text.\n\nMore text.' },
    { input: 'Text.\nWatch the video\nA disturbed striker about the armband\n\nMore text of the article follows here.', output: 'Text.\n\nMore text of the article follows here.' },
    {
      input: 'Text.\nSEE ALSO:Phone maker pushes rival down to number twoThe company might also launch other devices at the event.\nMore.',
      output: 'Text.\nThe company might also launch other devices at the event.\nMore.',
    },
    {
      input: 'Text.\n\nSee also\u00a0 War in Ukraine, live - Kiev: "Russian forces occupy dozens of small towns"\n\nMore text.',
      output: 'Text.\n\nMore text.',
      messages: ['"See also" link line'],
    },
    { input: 'Text.\n\nRead more: Italy forbids Ukraine to strike with its weapons - Tajani\n\nMore.', output: 'Text.\n\nMore.' },
    { input: 'Text.\n\nRead more "That Smile Towards Space"', output: 'Text.' },
    { input: 'Text.\n\nREAD MORE: Putin says talks are useful\n', output: 'Text.\n' },
    { input: 'Text.\n• Related: Putin and Scholz hold first phone call in two years\nMore.', output: 'Text.\nMore.' },
    { input: 'Text.\n\nRelated Posts\n\nLeave a Comment', output: 'Text.', messages: ['"Related Posts" link with its teasers'] },
    {
      input: 'Most Read\nMost Commented\nRead more like this\nTurnout higher than 2008 in twin by-elections\nPublished: Mar 6, 2011 8:11 AM\n\nPolling: 8am to 5pm\n\nVoters came out early.',
      output: 'Turnout higher than 2008 in twin by-elections\nPublished: Mar 6, 2011 8:11 AM\n\nPolling: 8am to 5pm\n\nVoters came out early.',
      reason: 'the teasers stop at the title above the article\'s own date label',
    },
    { input: 'Text.\n\nRelated Articles', output: 'Text.', messages: ['"Related Articles" link line'] },
    {
      input: 'The talks in Geneva ended on Friday with both sides saying they would meet again.\n\nLatest News\n\nTrump-Putin Call on Ending Ukraine War Set for Tuesday\nTrump announces he will discuss a ceasefire with Putin on Tuesday. The U.S. President is cautiously hop',
      output: 'The talks in Geneva ended on Friday with both sides saying they would meet again.',
      messages: ['"Latest News" list of stories with its teasers'],
    },
    {
      input: 'The health ministry said cases fell in several governorates.\n\nMore about coronavirus\n\nThe novel coronavirus was first reported in Wuhan, China, and has infected more than one million people.',
      output: 'The health ministry said cases fell in several governorates.\n\nThe novel coronavirus was first reported in Wuhan, China, and has infected more than one million people.',
      messages: ['"More about coronavirus" link line'],
    },
    {
      input: "The spokesman made the remarks in response to a media query about the drills.\n- PLA drills 'encircle' Taiwan to demonstrate ability to cut off energy supply: Expert\n- China becomes the world's 4th manufacturing power\n- China rolls out plan to boost health of children, youth through 2030\n- China launches new satellite\n\n\n",
      output: 'The spokesman made the remarks in response to a media query about the drills.\n\n\n',
      messages: ['headlines of other articles closing the text'],
    },
    { input: 'Text.\n\nAlso read: Meloni meets Zelensky in Kyiv\nMore.', output: 'Text.\n\nMore.', reason: 'the wider paragraph break of the two survives' },
    {
      input: 'Text.\n\nRead more\n\nFILE PHOTO: Olaf Scholz.\nPutin and Scholz hold first phone call in two years – Berlin\n\nEarlier in the day, a source told Reuters.',
      output: 'Text.\n\nEarlier in the day, a source told Reuters.',
      messages: ['"Read more" link with its teasers'],
    },
    {
      input:
        'Text.\n\nYou may also like\n\n«Berlusconi? They never bombed his house with missiles...\n\nFiber and more, the Opensignal rankings with the...\n\nPutin: “Tests on nuclear weapons if the US...\n\nThe first anniversary of the Ukraine war is...\n\nLeave a Comment',
      output: 'Text.',
      reason: 'a list of teasers across blank lines',
    },
    {
      input: 'Related\n\nThe talks in Geneva ended on Friday after six hours, officials said, and will resume next week.',
      output: 'The talks in Geneva ended on Friday after six hours, officials said, and will resume next week.',
      reason: 'a bare marker goes, the prose after it stays',
    },
    {
      input: 'Text.\n\nPrevious Article\n\nUN, US pressure and Israel-PNA negotiations behind the softening of the resolution\n\nMore text follows here, as a full sentence of the page.',
      output: 'Text.\n\nMore text follows here, as a full sentence of the page.',
    },
    {
      input:
        "Source: Gazeta\n\nMore from author\n\nJapan reacts to US decision to stop data exchange with Russia 07:48\n\nJapan's Cabinet Secretary General said that the government will closely monitor the...\n\nLIVE Arsenal vs Boca for the Professional League Tournament: online match\n",
      output: 'Source: Gazeta\n',
      reason: 'headlines and excerpts under "More from author"',
    },
    {
      input: 'is ” constructive destruction ”. Read also The peace talks between Ukrainian and Russian negotiators are continuing, at expert level and closed to the media, Peskov explained. No statements will be made.',
      output: 'is ” constructive destruction ”. The peace talks between Ukrainian and Russian negotiators are continuing, at expert level and closed to the media, Peskov explained. No statements will be made.',
      messages: ['"Read also" label inside a paragraph'],
    },
    {
      input: 'and tonight he played a great game”. See also F1 | Alfa Romeo surprise: C42 shakedown at Fiorano!\n\nFUTURE – Allegri',
      output: 'and tonight he played a great game”.\n\nFUTURE – Allegri',
      messages: ['"See also" link with its teaser, inside a paragraph'],
    },
    {
      input: 'Text.\n\nRead more\n\nThe Kremlin said on Tuesday that the talks had been useful and that the two delegations would meet again.',
      output: 'Text.\n\nThe Kremlin said on Tuesday that the talks had been useful and that the two delegations would meet again.',
      reason: 'a bare "Read more" goes, the prose after it stays',
    },
    {
      input:
        'In March 2021, she was born Vittoria.\nMUJER HOY magazine is in luck. Firstly, because it has been in the market for…\nMADRID, 29 Oct. (EUROPA PRESS) - The President of the Government, Pedro Sánchez, has congratulated…\n',
      output: 'In March 2021, she was born Vittoria.\n',
      messages: ['teasers of other articles, cut off with "…"'],
    },
  ],
});

describe('a teaser block stops at the title above the article\'s date label, whichever rule goes first', () => {
  const input =
    'Most Read\nMost Commented\nRead more like this\nmk-logo\nNews\nTurnout higher than 2008 in twin by-elections\nPublished:  Mar 6, 2011 8:11 AM\nUpdated: 10:39 AM\n\nPolling: 8am to 5pm\n\nVote count: From 6pm\n\nVoters in Merlimau, Malacca and Kerdau make their decision today after a lackluster campaign.\n';
  const expected =
    'Turnout higher than 2008 in twin by-elections\n\nPolling: 8am to 5pm\n\nVote count: From 6pm\n\nVoters in Merlimau, Malacca and Kerdau make their decision today after a lackluster campaign.\n';
  for (const order of [
    [boilerplate, seeAlso],
    [seeAlso, boilerplate],
  ]) {
    it(`${order.map((rule) => rule.id).join(' before ')}`, () => {
      expect(runClean(input, { rules: order, lexicon: defaultLexicon() }).text).toBe(expected);
    });
  }
  it('boilerplate alone keeps the date label while the block stands', () => {
    expect(runClean(input, { rules: [boilerplate], lexicon: defaultLexicon() }).text).toContain('Published:  Mar 6, 2011');
  });
});
