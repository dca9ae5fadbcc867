import { pronounAfterName } from '../../src/rules/pronoun-after-name.js';
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
