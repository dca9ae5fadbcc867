import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { capitalizedWordBefore, FULL_NAME_BEFORE, mayEndWithFullName, NAME_BEFORE, NONE, pronounAfterName } from '../../src/rules/pronoun-after-name.js';
import { matchBefore } from '../../src/text/scan.js';
import { ruleCases } from '../helpers/rule-cases.js';

ruleCases(pronounAfterName, {
  unchanged: [
    ['Blinken told Pedro Sánchez he would visit Madrid.', 'told X he would'],
    ['Macron warned Putin he could face sanctions.', 'warned X he could'],
    ['Yesterday He said nothing, according to the transcript.', 'a capitalized ordinary word'],
    ['When asked, she said she would stay.', 'she after said'],
    ['Mr Lavrov described the talks as open and useful.', 'no pronoun'],
    ['Speaking afterwards, Mr Lavrov said he was satisfied.', 'he after said'],
    ['Sainz said he had a good feeling with the car.', 'he in a clause'],
    ['President Vladimir Putin has issued demands to the West which he says concern Russia.', 'which he says'],
    ['Leclerc said he had a good feeling with the car despite another failure.', 'sport'],
    ['Did Zelensky know? He did, officials said.', 'a question then He'],
    ['Samantha and her crewmates were welcomed aboard.', 'no pronoun again'],
    ['Ask Alexa. She knows.', 'a sentence break'],
    ['The Russian said: He is wrong.', 'after a colon'],
    ['Giorgia Meloni, who he said was a friend, arrived.', 'who he said'],
    ['It was Merkel she trusted most.', 'she after a name mid-sentence'],
    ['Jair Bolsonaro, who he admires, was absent.', 'a relative clause'],
    ['“It was Putin he feared,” she said.', 'inside a quotation, mid-sentence'],
    ['The minister warned Giorgia Meloni she would lose.', 'warned X she would'],
    ['Nobody knew if Olaf Scholz he trusted would come.', 'after "if"'],
  ],
  fixed: [
    { input: 'the Junts deputy Eduard Pujol He was wrong and voted yes', output: 'the Junts deputy Eduard Pujol was wrong and voted yes', messages: ['"He" repeats the subject "Pujol"'] },
    { input: 'The President of Brazil, Jair Bolsonaro, He was disgusted with his French counterpart', output: 'The President of Brazil, Jair Bolsonaro, was disgusted with his French counterpart' },
    { input: 'Elly Schlein he can’t (but to tell the truth he doesn’t want to) hide his satisfaction', output: 'Elly Schlein can’t (but to tell the truth he doesn’t want to) hide his satisfaction' },
    { input: 'Chiara Ferragni He responded on Instagram.', output: 'Chiara Ferragni responded on Instagram.' },
    { input: 'The rapper Fedez He changed his mind.', output: 'The rapper Fedez changed his mind.' },
    { input: 'In all of this, the other Ferrari’s Carlos Sainz he finished qualifying on Friday', output: 'In all of this, the other Ferrari’s Carlos Sainz finished qualifying on Friday' },
    { input: 'of his second term. Emmanuel Macron he puts his entire political wealth at stake', output: 'of his second term. Emmanuel Macron puts his entire political wealth at stake' },
  ],
});

describe('the checks before the name patterns', () => {
  // They only spare the patterns' work: wherever a pattern matches, its check must have said yes.
  const root = new URL('../../', import.meta.url);
  const texts = ['fixtures/articles/', 'fixtures/clean/', 'seeds/'].flatMap((dir) =>
    readdirSync(new URL(dir, root))
      .filter((name) => name.endsWith('.txt'))
      .map((name) => readFileSync(new URL(`${dir}${name}`, root), 'utf8')),
  );
  const made = [
    'Eduard Pujol he', 'Jair Bolsonaro, He', 'Ferrari’s Carlos Sainz he', 'Émile Zola he', 'O’Neil-Smith Jones he',
    'told Pedro Sánchez he', 'Yesterday he', 'the Junts deputy he', 'A B he', 'Ab Cd he', '\u{1D400}bc Def he', 'Abc \u{1D41A}ef he',
    'Ábc Déf he', 'x Ab he', 'Ab,he', ' Ab he',
  ];

  it('say yes wherever a pattern matches, at every space of every fixture', () => {
    let full = 0;
    let single = 0;
    for (const text of [...texts, ...made]) {
      for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) {
        if (matchBefore(text, at, FULL_NAME_BEFORE, 100)) {
          expect(mayEndWithFullName(text, at), text.slice(Math.max(0, at - 40), at)).toBe(true);
          full++;
        }
        if (matchBefore(text, at, NAME_BEFORE, 40)) {
          expect(capitalizedWordBefore(text, text[at - 1] === ',' ? at - 1 : at), text.slice(Math.max(0, at - 40), at)).not.toBe(NONE);
          single++;
        }
      }
    }
    expect(full).toBeGreaterThan(100);
    expect(single).toBeGreaterThan(100);
  });

  it.each([
    ['Eduard Pujol', true],
    ['Yesterday', false],
    ['the deputy', false],
    ['Émile Zola', true],
    ['Ab,Cd', false],
  ] as const)('%j ends with two capitalized words: %s', (text, expected) => expect(mayEndWithFullName(text, text.length)).toBe(expected));
});
