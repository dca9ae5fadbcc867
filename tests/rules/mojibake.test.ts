import { mojibake } from '../../src/rules/mojibake.js';
import { ruleCases } from '../helpers/rule-cases.js';

ruleCases(mojibake, {
  unchanged: [
    ['São Paulo, Bogotá and Zürich are cities.', 'real accented letters'],
    ['Alberto Núñez Feijóo met Pedro Sánchez.', 'Spanish names'],
    ['Ça va? Très bien, à bientôt.', 'French'],
    ['Die Straße heißt „Fuß“.', 'German with its quotation marks'],
    ['Москва и Киев', 'Cyrillic'],
    ['北京是中国的首都。', 'Chinese'],
    ['The temperature was 40 °C at 3 p.m.', 'a degree sign'],
    ['Íñigo Errejón resigned as spokesperson.', 'accented capitals'],
    ['Ökonomie and Übersee are German words.', 'umlauted capitals'],
    ['The café’s owner said “non”.', 'an accent before an apostrophe'],
    ['ESPAÑA” was the headline.', 'an accented capital before a quotation mark'],
    ['Ärger und Öl', 'German capitals'],
    ['Latvian: Īpaši labi.', 'a Latvian word'],
    ['The Ābele family lives in Riga.', 'a name starting with Ā'],
    ['He paid £40 and €30 — about ¥5,000.', 'currency signs'],
    ['Hôtel de Ville, Montréal', 'French place names'],
  ],
  fixed: [
    { input: 'Trumpâ€™s plan', output: 'Trump’s plan', messages: ['UTF-8 read as Windows-1252: "â€™" is "’"'] },
    { input: 'â€œHelloâ€ he said', output: '“Hello” he said', reason: 'a closing mark whose last byte was dropped' },
    { input: 'MÃ©xico and SÃ£o Paulo', output: 'México and São Paulo' },
    { input: 'Ð¿Ñ€Ð¸Ð²ÐµÑ‚', output: 'привет' },
    { input: 'costs Â£40', output: 'costs £40' },
    { input: 'Trump鈥檚 tariffs', output: 'Trump’s tariffs', messages: ['UTF-8 read as GBK: "鈥檚" is "’s"'] },
    { input: 'the White House鈥檚 view', output: 'the White House’s view' },
    { input: 'lifts off onĀ  a journey', output: 'lifts off on  a journey' },
    { input: 'so it wasn\'t much of a surprise.īut there have been', output: 'so it wasn\'t much of a surprise.\n\nBut there have been' },
    { input: 'on the doorstep".Īfter the meeting', output: 'on the doorstep".\n\nAfter the meeting' },
  ],
});
