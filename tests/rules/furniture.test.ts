// The furniture model (src/text/furniture.ts) through the boilerplate rule: invented but realistic
// lines placed above an article, between its paragraphs or below it. Each must-remove row names a
// signal its message must give; each must-keep row says why the line is the article's.
import { describe, expect, it } from 'vitest';
import { boilerplate } from '../../src/rules/boilerplate.js';
import { runRule } from '../helpers/rule-cases.js';

type Zone = 'header' | 'insert' | 'tail';

const TITLE = 'Grain talks resume in Vienna';
const P1 = 'The foreign ministers of both countries met in Vienna on Tuesday to discuss the grain corridor and the prisoner exchange.';
const P2 = 'Officials said the talks would continue next month, although neither side gave a date for the next round of negotiations.';

/** An article with `lines` (one or more) above its title, between its two paragraphs, or below them. */
function page(zone: Zone, ...lines: string[]): string {
  const block = lines.join('\n');
  if (zone === 'header') return `${block}\n\n${TITLE}\n\n${P1}\n\n${P2}\n`;
  if (zone === 'insert') return `${TITLE}\n\n${P1}\n\n${block}\n\n${P2}\n`;
  return `${TITLE}\n\n${P1}\n\n${P2}\n\n${block}\n`;
}

const WITHOUT = `${TITLE}\n\n${P1}\n\n${P2}\n`;

/** [zone, line(s), a signal the message names]. */
const MUST_REMOVE: readonly (readonly [Zone, string, string])[] = [
  // Calls to action: an imperative web verb and what it acts on.
  ['header', 'Listen to this article', 'a call to action'],
  ['insert', 'Get our morning briefing straight to your inbox', 'a call to action'],
  ['insert', 'Download the free app for breaking news alerts', 'a call to action'],
  ['tail', 'Got a news tip? Email our newsroom.', 'a call to action'],
  ['tail', 'Join the conversation on our Telegram channel', 'a call to action'],
  ['tail', 'Keep reading with a digital subscription for €1.99 a month', 'a call to action'],
  ['insert', 'Enlarge this image', 'a call to action'],
  // Status lines of the page.
  ['header', '2,417 views', 'a count shown by the page'],
  ['header', '4 min read', 'a count shown by the page'],
  ['tail', 'Comments are closed.', 'a status line of the page'],
  ['tail', 'Commenting has been disabled for this article', 'a status line of the page'],
  ['tail', 'Already a subscriber? Log in', 'a paywall'],
  ['tail', 'You have 2 free articles left this month', 'a paywall'],
  ['tail', 'By signing up, you agree to our Terms of Service and Privacy Policy.', 'a status line of the page'],
  ['insert', 'Story continues below advertisement', 'a status line of the page'],
  ['tail', 'Loading comments…', 'a status line of the page'],
  // Credits: a label or an agency, then names.
  ['insert', 'Farmers block the motorway near Lyon on Monday. Photo: Pierre Vautrin', 'a credit'],
  ['insert', 'Protesters outside the parliament building in Tbilisi [AFP]', 'a credit'],
  ['insert', 'EPA via Getty Images', 'a credit'],
  ['header', 'KATERYNA BONDAR/UKRINFORM', 'a credit'],
  ['header', 'Share - WeChat', 'a share bar'],
  ['tail', 'Your Name\nYour Email Address', 'a field of a form'],
  ['insert', ']]>', 'markup left by a feed'],
  ['tail', 'http://example.org/u/news/ryu641 2024-04-26T19:23:00+09:00', 'a machine timestamp (ISO 8601)'],
  ['insert', 'Yahoo! 7/4/2020 01:56JST Category:World', 'a date with a time'],
  ['insert', 'The latest 10 items are displayed.', 'a status line of the page'],
  ['insert', '¿Qué me ofrece?\n\nCómo trabajamos\n\nTítulo qué me ofrece', "one of several lines in the page's other language"],
  ['tail', 'Your Comment', 'a field of a form'],
  ['header', 'News ID: 57222', 'an identifier or a machine timestamp'],
  ['tail', 'tend: 1685232535.2056', 'an identifier or a machine timestamp'],
  ['header', 'By  | ', 'a byline with no name'],
  ['header', 'Connect with us', 'a call to action'],
  ['header', 'Sign in to search for past news!', 'a call to action'],
  ['tail', 'Please Like and Share:', 'a call to action'],
  ['tail', 'Exit mobile version', 'a call to action'],
  // Bios.
  ['tail', 'Maria Keller is a senior correspondent for the Baltic Herald, based in Riga.', "an author's bio"],
  ['tail', 'I am Tom Reyes, a freelance journalist covering energy markets in Latin America.', "an author's bio"],
  ['tail', 'Ana Duarte covers agriculture and trade for the Lisbon Observer.', "an author's bio"],
  // An author's box: "About" and the author, then the bio (a person, or a newsroom's role).
  ['tail', 'About the author', "an author's bio"],
  ['tail', 'About Author', "an author's bio"],
  ['tail', 'About Maria Keller\n\nMaria Keller runs a small press in Riga. She has written about the Baltic ports since 2009.', "an author's bio"],
  ['tail', 'About Jonas Weber:\n\nBooks were his first love, long before the newspapers; today he edits the weekend pages and still reads every letter.', "an author's bio"],
  // The page's parts that did not come, and its instructions to press keys.
  ['header', 'Search module is not installed.', 'a status line of the page'],
  ['tail', 'The comment plugin could not be loaded', 'a status line of the page'],
  ['insert', 'Gallery widget is not available', 'a status line of the page'],
  ['tail', 'If you find a typo, select the text and press Ctrl + Enter.', 'an instruction to press keys on the page'],
  ['tail', 'Spotted a mistake? Highlight it and press Shift+Enter to tell us', 'an instruction to press keys on the page'],
  // Links, tags, menus.
  ['tail', '#Vienna #GrainDeal #Diplomacy', 'links, handles, hashtags or domains only'],
  ['tail', 'www.balticherald.lv | @balticherald', 'links, handles, hashtags or domains only'],
  ['tail', 'Tags: Ukraine, grain, Black Sea, diplomacy', 'a list of tags'],
  ['tail', 'Contact | Advertise | Privacy Policy | Terms of Use', 'a row of links'],
  ['tail', 'Facebook Twitter WhatsApp Telegram', 'a share bar'],
  ['header', 'Home » Economy', 'a breadcrumb trail'],
  ['header', '  1. home\n  2. news', 'an item of a menu'],
  ['insert', 'WATCH: Flood waters reach the old town of Passau', 'a link to another story or medium'],
  ['tail', 'Posted in %s by %s', 'a template placeholder left unfilled'],
  ['tail', 'Filed under: ,', 'a label with an empty list'],
  ['header', '日本語 · Español · Русский', 'a language menu'],
  ['header', 'Más leídas del día', 'another language than the article'],
  ['tail', 'Lascia un commento qui sotto', 'another language than the article'],
  // Dates and times as a widget shows them.
  ['header', 'Updated 14:05 CET', 'a date with a time'],
  ['header', '3 Mayıs 2024 Cuma, 09:12', 'a date with a time'],
  ['header', 'MONDAY, 12 MAY 2024 19:00', 'timestamp line'],
  ['header', '-2.5 C', 'a weather widget'],
  // Weak evidence next to furniture: a bare date, a short label.
  ['tail', '14 March 2025\n3 comments', 'next to other furniture'],
  ['tail', '3 comments\nNewsletter', 'next to other furniture'],
  ['insert', 'Topics\nEconomy\nTrade\nEnergy', 'one of several labels in a row'],
  // The title again, with the site's name or after a trail.
  ['header', 'Grain talks resume in Vienna – The Danube Post', "the title again with the site's name"],
];

/** [zone, line(s), why it stays]. */
const MUST_KEEP: readonly (readonly [Zone, string, string])[] = [
  ['header', 'Print and web media reports on the cabinet meeting are false, minister says', 'a title whose first word is a verb of the web joined to a noun'],
  ['header', 'By Anna Kowalska and Piotr Nowak', 'a byline'],
  ['header', 'Anna Kowalska | Piotr Nowak', 'two authors between a pipe'],
  ['header', 'MOSCOW, December 15. /TASS/.', 'an agency dateline'],
  ['header', 'WARSAW, March 4 (Reuters)', 'a wire dateline'],
  ['insert', 'ROME, 09 May 2024, 19:00', 'a wire dateline with its time'],
  ['insert', 'NEW DELHI, 4 March 2025, 10:15 IST', 'a wire dateline with its time'],
  ['header', 'Kyiv • UNN', 'a place and an agency'],
  ['header', 'Courtesy photo', 'a credit that names no one'],
  ['header', 'Politics', 'a kicker above the title'],
  ['header', 'Russia-Ukraine war', 'a topic above the title'],
  ['header', 'March 4, 2025', "a release's date line"],
  ['header', '[Date] March 4, 2025', "a release's own date field"],
  ['header', 'Press Release\nMarch 4, 2025', "a release's label and date"],
  ['header', 'Analysis\nBy Anna Kowalska', 'a kicker and a byline'],
  ['header', 'Lietuvos Žinios', 'a name in another language, no function word'],
  ['insert', 'What happens next?', 'a subheading'],
  ['insert', 'The road to Vienna', 'a subheading'],
  ['insert', '“We will not give up,” she said.', 'a quotation'],
  ['insert', 'Share prices fell 3%', '"Share" as a noun'],
  ['insert', 'Sign the petition at the town hall', 'an imperative about the world, not the page'],
  ['insert', 'Watch the delegates arrive in this video from the ministry:', 'an imperative about people'],
  ['insert', 'Read the statement in full below:', 'an imperative about a document'],
  ['insert', '[Anchor]', 'a transcript speaker label'],
  ['insert', 'Q&A', 'a heading'],
  ['insert', 'Viva la France', 'a slogan'],
  ['insert', 'Ni una menos, dicen las manifestantes', 'a quotation in its language between paragraphs'],
  ['insert', 'Topics\nEconomy', 'two labels'],
  ['tail', '(Reporting by Jan Novak; Editing by Susan Fenton)', 'a wire credit'],
  ['tail', 'Source: Ministry of Foreign Affairs', 'a source line'],
  ['tail', 'About Acme Logistics\n\nAcme Logistics is a leading provider of freight services in Central Europe, with offices in twelve countries.', "a company's About box of a press release (no person)"],
  ['insert', 'About Vienna', 'a heading inside the article'],
  ['tail', 'The new law says the module is not installed in every school yet, and the minister promised it by June.', 'a sentence about a module'],
  ['insert', 'Press Ctrl and the plus key together to enlarge the map.', 'no key combination written with a plus'],
  ['tail', 'Follow Samantha on Twitter: @AstroSam', 'an invitation to follow a person'],
  ['tail', 'Jane Smith, a professor of economics at Vienna University, contributed to this report.', 'a contributor line'],
  ['tail', 'Editor’s note: This story has been updated to correct the date of the vote.', "an editor's note"],
  ['tail', 'Vladimir Putin', 'a name'],
  ['tail', 'Comments', 'a lone label'],
  ['tail', 'World', 'one section word after the article'],
  ['tail', 'https://www.example.org/reports/2025/grain.pdf', 'one address alone'],
  ['tail', 'Reuters', 'an agency alone'],
  ['insert', 'Build 2024-04-26T19:23:00Z of the app went to testers', 'words around a machine time'],
  ['insert', 'The latest 10 items on the list are shown in the table below.', 'a sentence about a list'],
  ['insert', 'Ni una menos, dicen las manifestantes\n\nVivas nos queremos, gritan', 'two quotations in their language: no page of another language'],
  ['header', 'Появились новые статьи. Нажмите, чтобы обновить страницу.', 'one sentence in another script alone'],
  ['header', 'By\n• Anna Kowalska', 'a byline with its name on the next line'],
  ['insert', 'Your questions answered', 'a heading addressed to the reader'],
  ['insert', 'Search for survivors', 'a search in the world, not on the page'],
  ['insert', 'Exit polls', 'a noun after "exit"'],
  ['tail', 'Population: 1250000', 'a fact with a count, not a machine value'],
  ['insert', 'Like and dislike', 'a heading of words, not of buttons'],
];

describe('the furniture model', () => {
  describe('removes', () => {
    for (const [zone, line, signal] of MUST_REMOVE) {
      it(`${zone}: ${line.replaceAll('\n', '⏎')}`, () => {
        const result = runRule(boilerplate, page(zone, line));
        expect(result.text).toBe(WITHOUT);
        expect(result.edits.map((edit) => edit.message).join(' | ')).toContain(signal);
      });
    }
  });

  describe('keeps', () => {
    for (const [zone, line, why] of MUST_KEEP) {
      it(`${zone}: ${line.replaceAll('\n', '⏎')} (${why})`, () => {
        const text = page(zone, line);
        const result = runRule(boilerplate, text);
        expect(result.edits.map((edit) => `${JSON.stringify(edit.before)}: ${edit.message}`)).toEqual([]);
        expect(result.text).toBe(text);
      });
    }
  });

  it('needs a line of prose: a text without one has no header or tail to read', () => {
    const text = 'Listen to this article\n\n4 min read\n';
    expect(runRule(boilerplate, text).text).toBe(text);
  });

  it('never removes a full sentence inside the body', () => {
    const text = `${TITLE}\n\n${P1}\n\nMaria Keller is a senior correspondent for the Baltic Herald, based in Riga, and she was there.\n\n${P2}\n`;
    expect(runRule(boilerplate, text).text).toBe(text);
  });

  it('takes a photo credit between paragraphs but not the subheading under it', () => {
    const result = runRule(boilerplate, page('insert', 'PHOTO: Reuters', 'Upward pressure:'));
    expect(result.text).toBe(`${TITLE}\n\n${P1}\n\nUpward pressure:\n\n${P2}\n`);
  });

  it('names every signal of a line in its message', () => {
    const result = runRule(boilerplate, page('tail', '2,417 views'));
    expect(result.edits.map((edit) => edit.message)).toEqual(['page furniture: below the article; a count shown by the page']);
  });
});

describe('a page in another language than English', () => {
  it('keeps its short lines: the article itself speaks that language', () => {
    const text = 'Cómo trabajamos\n\nLa ministra de Sanidad anunció el lunes que el Gobierno ampliará el plan de vacunación en todas las regiones.\n\nQué nos ofrece\n\nLos expertos dijeron que la campaña seguirá durante todo el verano y que habrá más dosis para los mayores.\n\nPróximos pasos\n';
    expect(runRule(boilerplate, text).text).toBe(text);
  });
});

describe("lines in the page's other script around a long English article", () => {
  const body = Array.from({ length: 8 }, () => P1).join('\n\n');
  it('removes a sentence in that script above the article, with the labels around it', () => {
    const text = `Обычный вид\n\nПоявились новые статьи. Нажмите, чтобы обновить страницу.\n\nДо вчерашнего дня\n\n${TITLE}\n\n${body}\n`;
    const result = runRule(boilerplate, text);
    expect(result.text).toBe(`${TITLE}\n\n${body}\n`);
    expect(result.edits.map((edit) => edit.message).join(' | ')).toContain("one of several lines in the page's other language");
  });
  it('keeps a sentence in that script alone', () => {
    const text = `Появились новые статьи. Нажмите, чтобы обновить страницу.\n\n${TITLE}\n\n${body}\n`;
    expect(runRule(boilerplate, text).text).toBe(text);
  });
});
