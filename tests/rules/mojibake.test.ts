import { describe, expect, it } from 'vitest';
import { LEAD_TRIGGERS, mojibake } from '../../src/rules/mojibake.js';
import { createRequire } from 'node:module';
import { CODEC_CHARS } from '../../src/text/codec-chars.js';
import { codecTables } from '../../src/text/codecs.js';
import { ruleCases } from '../helpers/rule-cases.js';

ruleCases(mojibake, {
  unchanged: [
    ['São Paulo, Bogotá and Zürich are cities.', 'real accented letters'],
    ['Alberto Núñez Feijóo met Pedro Sánchez.', 'Spanish names'],
    ['Ça va? Très bien, à bientôt.', 'French'],
    ['Die Straße heißt „Fuß“.', 'German with its quotation marks'],
    ['Москва и Киев', 'Cyrillic'],
    ['北京是中国的首都。', 'Chinese'],
    ['The launch of the iPhone手机 in Beijing', 'Chinese glued to a Latin word that GBK bytes do not make UTF-8 of'],
    ['Xi Jinping习近平 met Joe Biden in 北京.', 'a Chinese name glued to its transcription'],
    ['中国外交部发言人汪文斌说，中方Kaczy艅ski', 'ideographs on a line written mostly in Chinese'],
    ['¡Hola! ¿Qué tal? ¡¥500 de descuento!', 'Spanish marks and a yen price, not Big5 inside a word'],
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
    ['a radius of 10 Å—', 'an ångström sign before a dash (ftfy)'],
    ['PARCE QUE SUR LEURS PLAQUES IL Y MARQUÉ…', 'an accented capital before an ellipsis'],
    ['TEM QUE SEGUIR, SDV SÓ…', 'Ó before an ellipsis'],
    ['There are a lot of Ã’s in mojibake text', 'Ã before an apostrophe'],
    ['AHÅ™, the new sofa from IKEA', 'Å before a trade mark sign'],
    ['SELKÄ\u00a0EDELLÄ\u00a0MAAHAN via @YouTube', 'Ä before a no-break space'],
    ['( o¬ô )', 'a face drawn with letters'],
    ['Bremer/Mccoy – DrÃ¥ber', 'Latin-1 or MacRoman: ambiguous, left'],
    ['C O N C L U S Ã O', 'a spaced-out capital Ã'],
    ['ВІКІ is Ukrainian for WIKI', 'Ukrainian capitals'],
    ['ПоздравЂаво', 'a Serbian Ђ after в'],
    ['NESTLÉ® requiere contratar personal', 'a registered sign after É'],
    ['Join ZZAJÉ’s Official Fan List', 'É before an apostrophe'],
    ['higher values (“+” and “×” curves)', 'a multiplication sign in quotes'],
    ['Con il corpo e lo spirito ammaccato,\u00a0è come se', 'è after a no-break space'],
    ['Россия и Украина подписали соглашение «О мире» в Стамбуле.', 'Russian with guillemets'],
    ['В Москве прошёл саммит. Всё было готово.', 'Russian capitals before spaces'],
    ['He said: “Yes—” and left… ‘Really?’', 'typographic marks side by side'],
    ['irmã e mãe', 'ã before a space'],
    ['These control characters \u001a are intentional \u0081', 'C1 controls Windows-1252 has no character for'],
  ],
  fixed: [
    { input: 'Trumpâ€™s plan', output: 'Trump’s plan', messages: ['UTF-8 read as Windows-1252: "â€™" is "’"'] },
    { input: 'â€œHelloâ€ he said', output: '“Hello” he said', reason: 'a closing mark whose last byte was dropped' },
    { input: 'MÃ©xico and SÃ£o Paulo', output: 'México and São Paulo' },
    { input: 'Ð¿Ñ€Ð¸Ð²ÐµÑ‚', output: 'привет' },
    { input: 'costs Â£40', output: 'costs £40' },
    { input: 'Trump鈥檚 tariffs', output: 'Trump’s tariffs', messages: ['UTF-8 read as GBK: "鈥檚" is "’s"'] },
    { input: 'the White House鈥檚 view', output: 'the White House’s view' },
    { input: 'PiS chairman Jaros艂aw Kaczy艅ski said', output: 'PiS chairman Jarosław Kaczyński said', messages: ['UTF-8 read as GBK: "艂" is "ł"', 'UTF-8 read as GBK: "艅" is "ń"'] },
    { input: "thinks about a聽coup d'etat", output: "thinks about a\u00a0coup d'etat", reason: 'a no-break space read as GBK' },
    { input: 'the nation¡¦s compass', output: 'the nation’s compass', messages: ['Big5 read as Windows-1252: "¡¦" is "’"'] },
    { input: 'he said ¡§we will win¡¨ today', output: 'he said “we will win” today', reason: 'Big5 quotation marks' },
    { input: 'lifts off onĀ  a journey', output: 'lifts off on  a journey' },
    { input: 'so it wasn\'t much of a surprise.īut there have been', output: 'so it wasn\'t much of a surprise.\n\nBut there have been' },
    { input: 'on the doorstep".Īfter the meeting', output: 'on the doorstep".\n\nAfter the meeting' },
    { input: 'Kyivâ€™s mayor', output: 'Kyiv’s mayor', messages: ['UTF-8 read as Windows-1252: "â€™" is "’"'] },
    { input: 'S&P Confirms UkrsotsbankвЂ™s вЂњB-вЂњ Rating', output: 'S&P Confirms Ukrsotsbank’s “B-“ Rating', reason: 'UTF-8 read as Windows-1251' },
    { input: 'Blog Traffic Tip 2 вЂ“ Broadcast Email', output: 'Blog Traffic Tip 2 – Broadcast Email', messages: ['UTF-8 read as Windows-1251: "вЂ“" is "–"'] },
    { input: 'It was â€śa new dealâ€ť, he said.', output: 'It was “a new deal”, he said.', reason: 'Windows-1250, not a lone â€ read as ”' },
    { input: 'Le Schtroumpf conseille g√¢teaux pour un r√©gime √©quilibr√©.', output: 'Le Schtroumpf conseille gâteaux pour un régime équilibré.', reason: 'MacRoman' },
    { input: '#╨┐╤Ç╨░╨▓╨╕╨╗╤î╨╜╨╛╨╡', output: '#правильное', reason: 'code page 437' },
    { input: 'Hi guys í\u00a0½í¸\u008d', output: 'Hi guys 😍', reason: 'CESU-8 emoji' },
    { input: 'The Mona Lisa doesnÃƒÂ¢Ã¢â€šÂ¬Ã¢â€žÂ¢t have eyebrows.', output: 'The Mona Lisa doesn’t have eyebrows.', messages: ['UTF-8 read as Windows-1252 3 times: "ÃƒÂ¢Ã¢â€šÂ¬Ã¢â€žÂ¢" is "’"'] },
    { input: '\u0084Handwerk bringt dich überall hin\u0093: Von der YOU', output: '„Handwerk bringt dich überall hin“: Von der YOU', reason: 'C1 controls as Windows-1252' },
    { input: 'parlé\u0085 Tu sais', output: 'parlé… Tu sais', messages: ['control character U+0085 is Windows-1252 "…"'] },
    { input: 'Ecuadorâ\u0080\u0099s â\u0080\u0098purely political decisionâ\u0080\u0099', output: 'Ecuador’s ‘purely political decision’', reason: 'UTF-8 read as Latin-1' },
    { input: 'RÄ«ga', output: 'Rīga', reason: 'a whole line that decodes' },
    { input: 'Ã perturber la rÃ©flexion des thÃ©ologiens jusqu\'Ã nos jours', output: 'à perturber la réflexion des théologiens jusqu\'à nos jours', reason: 'à whose no-break space became a space' },
    { input: 'com especial atenÃ§Ã£o Ã s crianÃ§as', output: 'com especial atenção às crianças', reason: 'Portuguese às' },
    { input: 'Å veices baÅ†Ä·ieri gaida konkrÄ“tus investÄ«ciju projektus', output: 'Šveices baņķieri gaida konkrētus investīciju projektus', reason: 'Windows-1257' },
    { input: 'MĂĄm dost tĹ\u0099etĂ\u00adho tisĂ\u00adciletĂ\u00ad', output: 'Mám dost třetího tisíciletí', reason: 'ISO-8859-2' },
    { input: 'Р\u00a0С—РЎР‚Р\u00a0С‘РЎРЏРЎвЂљР\u00a0Р…Р\u00a0С•РЎРѓРЎвЂљР\u00a0С‘. РІСњВ¤', output: 'приятности. ❤', reason: 'Windows-1251 twice' },
    { input: 'Ø±Ø³Ø§Ù„Ø©', output: 'رسالة', reason: 'Arabic' },
    { input: '×‘×”×•×“×¢×”', output: 'בהודעה', reason: 'Hebrew' },
    { input: 'Táº¡i sao giÃ¡ háº¡t sáº§u riÃªng láº¡i lÃªn giÃ¡?', output: 'Tại sao giá hạt sầu riêng lại lên giá?', reason: 'Vietnamese' },
    { input: 'âœ” No problems', output: '✔ No problems' },
    { input: '<40% vs â\u0089¥40%', output: '<40% vs ≥40%' },
  ],
});

describe('the codec tables', () => {
  it('are what iconv-lite reads bytes 0x80–0xFF as, in each character set (else: node tests/tools/write-codec-chars.mjs)', () => {
    const iconv = createRequire(import.meta.url)('iconv-lite') as { decode(bytes: Buffer, encoding: string): string };
    const bytes = Buffer.from(Array.from({ length: 128 }, (_, b) => 0x80 + b));
    expect(codecTables().codecs.map((codec) => codec.id)).toEqual(Object.keys(CODEC_CHARS));
    for (const id of Object.keys(CODEC_CHARS)) expect(CODEC_CHARS[id], id).toBe(iconv.decode(bytes, id));
    // Windows-1252 reads “ as 0x93: what turns ’ into â€™.
    expect(codecTables().codecs[0]!.encode.get(0x201c)).toBe(0x93);
  });
});

describe('mojibake triggers', () => {
  it('hold every character that stands for a UTF-8 lead byte in a codec tried, and the C1 controls', () => {
    const { lead } = codecTables();
    const missing = [...lead.keys()].filter((c) => !LEAD_TRIGGERS.includes(String.fromCharCode(c)));
    expect(missing.map((c) => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`)).toEqual([]);
    for (let c = 0x80; c <= 0x9f; c++) expect(LEAD_TRIGGERS).toContain(String.fromCharCode(c));
  });
});
