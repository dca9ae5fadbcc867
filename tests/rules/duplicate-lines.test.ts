import { duplicateLines } from '../../src/rules/duplicate-lines.js';
import { ruleCases } from '../helpers/rule-cases.js';

ruleCases(duplicateLines, {
  unchanged: [
    ['We shall fight\nWe shall fight', 'a short refrain'],
    ['* * *\n* * *', 'separators'],
    ['Moscow has 100,000 troops near its borders.\nMoscow denies planning to invade.', 'two lines that start alike'],
    ['The vote was 172 in favour.\n\nThe government fell.\n\nThe vote was 172 in favour.', 'a repeat that is not next to its copy'],
    ['Leclerc: A qualifying you get once a season\nLeclerc, who signed an undisclosed multi-year contract, has trailed Sainz.', 'a heading and its paragraph'],
    ['Russia, US voice hope for diplomacy over Ukraine\n\n—Lavrov, Blinken conclude Geneva talks aimed at defusing tensions', 'a headline and a standfirst'],
    ['“It’s one of those sessions,” he said.\n“It’s one of those sessions” is a phrase he likes.', 'different lines'],
    ['The Soyuz spacecraft docked at 3:49 CET...\nThe crew then opened the hatch.', 'a line ending in dots followed by another line'],
    ['Agencies add: US Secretary of State Antony Blinken met Sergei Lavrov.\nAgencies add: more talks are planned next week.', 'two agency notes'],
    ['Helene Fischer on stage at the Open Air in Munich\n\nHelene Fischer on stage again after four years, her fans said.', 'a longer, different line'],
    ['Chapter 1\n\nChapter 1', 'a short heading repeated'],
    ['Allahu Akbar\nAllahu Akbar\nAllahu Akbar', 'a chant of a name-shaped phrase, three times'],
    ['Sergei Lavrov\n\nAntony Blinken', 'two different names'],
    ['New York, New York', 'a short phrase written twice with a comma'],
    ['Go, go, go', 'a short repeated word'],
    ['The ministers met in Vienna on Monday The ministers met in Vienna on Tuesday', 'two halves that differ'],
    ['Stand with Ukraine now and forever Stand with Ukraine now and forever Stand with Ukraine now and forever Stand with Ukraine now and forever', 'a run of repeats, not one text written twice'],
    ['Photo: dpa\nPhoto: dpa', 'short credits'],
    ['The Bundestag is to vote on January 15.\nThe Bundestag is to vote on January 15, Scholz said.', 'a line extended by more than a credit'],
    ['Follow Samantha on Twitter: @AstroSamantha', 'a single line'],
    ['One\n\nTwo\n\nThree', 'different short lines'],
    ['The government announced new measures: a tax cut\n\nThe government announced new measures a tax cut for families and pensioners was approved on Tuesday after a long debate in parliament that lasted all night and ended with a vote', 'a headline whose words open a long paragraph'],
    ['Previously the language service would keep walking up.\nPreviously the language service would keep walking up looking for tsconfig.json', 'a line continued without an ellipsis'],
  ],
  fixed: [
    { input: 'Dmitry Peskov\n\nDmitry Peskov\n\nKremlin spokesman', output: 'Dmitry Peskov\n\nKremlin spokesman' },
    { input: 'Recep Tayyip Erdoğan\nRecep Tayyip Erdoğan\n\nThe president spoke.', output: 'Recep Tayyip Erdoğan\n\nThe president spoke.' },
    {
      input: 'Modi addresses a rally in Varanasi (Source: ANI photo) Modi addresses a rally in Varanasi (Source: ANI photo)\n\nThe prime minister spoke.',
      output: 'Modi addresses a rally in Varanasi (Source: ANI photo)\n\nThe prime minister spoke.',
    },
    { input: '  Ministers meet in Geneva for talks Ministers meet in Geneva for talks', output: '  Ministers meet in Geneva for talks' },
    {
      input: 'Text.\n\nFlorian Silbereisen announced Helene Fischer!\n\nFlorian Silbereisen announced Helene Fischer! Photo: dpa\n\nMore.',
      output: 'Text.\n\nFlorian Silbereisen announced Helene Fischer!\n\nMore.',
      messages: ['a copy of the caption above, with its photo credit'],
    },
    {
      input: 'From left: Federal Finance Minister Christian Lindner (FDP), Federal Chancellor Olaf Scholz (SPD)...\nFrom left: Federal Finance Minister Christian Lindner (FDP), Federal Chancellor Olaf Scholz (SPD) and Robert Habeck (Greens)\n\nText.',
      output: 'From left: Federal Finance Minister Christian Lindner (FDP), Federal Chancellor Olaf Scholz (SPD) and Robert Habeck (Greens)\n\nText.',
      messages: ['a cut-off copy of the line below'],
    },
    {
      input: 'Pensions: how Macron plays his all-out – Le dossier de L’Express\n\nPensions how Macron plays his all out Le dossier de\n\nText.',
      output: 'Pensions: how Macron plays his all-out – Le dossier de L’Express\n\nText.',
      messages: ['a copy of the line above without its punctuation'],
    },
    {
      input: 'Olena Zelenska met the President of Serbia\n\nOlena Zelenska met the President of Serbia\n\nText.',
      output: 'Olena Zelenska met the President of Serbia\n\nText.',
      messages: ['a copy of the line above'],
    },
    {
      input: 'Olena Zelenska met the President of Serbia\nOlena Zelenska met the President of Serbia\nOlena Zelenska met the President of Serbia\nText.',
      output: 'Olena Zelenska met the President of Serbia\nText.',
      messages: ['a copy of the line above', 'a copy of the line above'],
      reason: 'every copy in a run goes, each compared with the line that stays',
    },
    {
      input: `${'See also: Zelensky meets Meloni in Rome\n\n'.repeat(1100)}Text.`,
      output: 'See also: Zelensky meets Meloni in Rome\n\nText.',
      reason: 'a run of 1,100 copies goes in one pass (removing every other copy a pass never settled)',
    },
    {
      input: 'Olena Zelenska met the President of...\nOlena Zelenska met the President of...\nOlena Zelenska met the President of Serbia\nText.',
      output: 'Olena Zelenska met the President of Serbia\nText.',
      messages: ['a cut-off copy of the line below', 'a copy of the line above'],
      reason: 'a cut-off line, its copy, then the full line: only the full line stays',
    },
  ],
});
