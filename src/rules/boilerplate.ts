// Site furniture that scraping keeps around an article: copyright and reproduction notices (also
// machine-translated: "Reproduction Assigned by © Copyright ANSA"), photo credits, breadcrumbs,
// comment forms, share and subscribe prompts, bare timestamps, `By admin`. Only whole lines that
// are nothing but furniture go; a sentence that mentions copyright or comments stays. Short labels
// ("Address", "Share") go only next to other furniture.
import type { Edit, Line, Rule } from '../engine/types.js';
import { isUpper } from '../text/chars.js';
import { LATIN_SHARE, ZONES } from '../text/facts.js';
import { FURNITURE_PREFIX, findLongLines, scoreFurniture } from '../text/furniture.js';
import { findLinkBlocks } from './see-also.js';
import { FOREIGN_MONTHS as FOREIGN_MONTH_NAMES } from '../text/calendar.js';

/**
 * Lines that are furniture whatever surrounds them, compared lower-cased, spaces collapsed, end
 * punctuation dropped. A list only because each is a fixed string of a CMS, a theme or a plugin
 * (WordPress's comment form, its translations, a cookie banner's buttons, navigation links), which
 * the page prints word for word. Calls to action (`Share this article`, `Follow us on X`, `Leave a
 * reply`, `Read the full story`) are no longer listed: the furniture model reads their grammar
 * (src/text/furniture.ts), wherever a page puts them around the article.
 */
const FURNITURE = new Set([
  // navigation
  'skip to content', 'skip to main content', 'skip to navigation', 'jump to content', 'back to top',
  'back to top button', 'scroll to top', 'go to top', 'back to live feed', 'back to homepage',
  'main menu', 'toggle navigation', 'open menu', 'close menu',
  'source link', 'source site', 'original source', 'more on the subject', 'more on this topic', 'more on this story',
  'article written by', 'written by', 'posted by', 'untitled design', 'image source',
  'original article link', 'link to the original article', 'end of message', 'end of news',
  'loading', 'advertisement', 'sponsored content', 'paid content', 'continue reading',
  // comment forms (WordPress's strings, word for word)
  'leave a reply cancel reply', 'cancel reply',
  'no comments', 'no comments yet', 'be the first to comment',
  'your email address will not be published', 'required fields are marked',
  'your email address will not be published. required fields are marked',
  'save my name, email, and website in this browser for the next time i comment',
  'notify me of follow-up comments by email', 'notify me of new posts by email',
  'you must be logged in to post a comment', 'you must log in to post a comment', 'log in to leave a comment',
  'please enable javascript in your browser to complete this form',
  'please enter your comment', 'please enter your name here', 'please enter your email address here',
  'you have entered an incorrect email address',
  'cookie settings', 'reject all', 'accept all', 'manage cookies',
  'this site uses akismet to reduce spam. learn how your comment data is processed',
  'enable notifications ok no thanks',
  // the same prompts left untranslated by the site
  'bir yanıt yazın', 'yorum yap', 'lascia un commento', 'lascia una risposta', 'deja una respuesta',
  'deja un comentario', 'dejar un comentario', 'laisser un commentaire', 'laisser une réponse',
  'hinterlasse einen kommentar', 'schreibe einen kommentar', 'kommentar hinterlassen',
  'deixe um comentário', 'deixe uma resposta', 'оставить комментарий', 'добавить комментарий',
  'оставьте комментарий', 'залишити коментар', 'залиште коментар', 'napisz komentarz',
  'zostaw komentarz', 'laat een reactie achter', 'plaats een reactie', 'lämna ett svar',
  'legg igjen en kommentar', 'skriv en kommentar', 'lasă un comentariu', 'zanechat komentář',
  'αφήστε ένα σχόλιο', 'اترك تعليقاً', 'ترك تعليق',
  // buttons of one or two words (the model reads a lone verb as weak evidence only)
  'share', 'subscribe', 'subscribe now', 'link copied', 'i follow', 'follow i follow',
  'поділитися публікацією', 'поделиться публикацией', 'поділитися', 'поделиться',
  'шукайте нас на twitter', 'шукайте нас на facebook', 'ищите нас в twitter', 'мы в telegram',
  // menus, paywalls and forms
  'no menu items', 'you have free article(s) remaining',
  'you have free article(s) remaining. subscribe for unlimited access',
  '[ad_1]', '[ad_2]', 'ваш адрес email не будет опубликован. обязательные поля помечены',
  'ваш адрес email не будет опубликован', 'ваша адреса електронної пошти не буде опублікована',
]);

/** Labels that are furniture only beside other furniture (a comment form, a share bar). */
const LABELS = new Set([
  'address', 'name', 'name *', 'email', 'email *', 'e-mail', 'website', 'comment', 'comment *',
  'message', 'tweet', 'facebook', 'twitter', 'x', 'whatsapp', 'linkedin', 'telegram', 'pinterest',
  'reddit', 'email this', 'ok', 'no thanks', 'yes', 'submit', 'send', 'post', 'reply', 'related',
  'tags', 'photo', 'video', 'audio', 'listen', 'watch', 'search', 'menu', 'print', 'comments',
  'discussion', 'ad', 'sponsored', 'follow', 'following', 'deposit', 'date', 'source', 'latest',
]);

const FOREIGN_MONTHS = [...FOREIGN_MONTH_NAMES].sort((a, b) => b.length - a.length).join('|');
/**
 * A month in English, or in a language whose sites' date widgets come through translation
 * untranslated (Romanian, Italian, Spanish, Portuguese, French, German, Polish, Turkish: the
 * full names, a closed set).
 */
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|${FOREIGN_MONTHS})\.?`;
/** A weekday, perhaps abbreviated, and its comma, spaced or not (`Saturday , April 17 2021`). */
const WEEKDAY = String.raw`(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?(?: ?,)?`;
const NUMERIC_DATE = String.raw`(?:\d{4}-\d{2}-\d{2}|\d{4}\.\d{2}\.\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})`;
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
const DATE = `(?<weekday>${WEEKDAY}\\s+)?(?:${MONTH}\\s+${DAY},?\\s+\\d{4}|${DAY}\\s+${MONTH},?\\s+\\d{4}|(?<numeric>${NUMERIC_DATE}))`;
const TIME = String.raw`\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*(?:GMT|UTC|CET|CEST|EST|EDT|PST|PDT|BST|IST|MSK)(?:\s*[+-]\s*\d{1,2})?)?`;
/**
 * The label of a date widget, in English or left untranslated (a closed set of CMS labels:
 * `Scritto il`, `Publicado`, `Veröffentlicht am`, `Opublikowano`).
 */
const STAMP_LABEL = String.raw`(?:published|updated|last updated|last update|posted|posted on|update post|date|created|modified|last modified|publication date|publishing date|date of publication|date published|update date|date updated|scritto il|pubblicato il|pubblicato|aggiornato il|publicado el|publicado|actualizado|publicado em|atualizado em|publié le|mis à jour le|veröffentlicht am|veröffentlicht|aktualisiert am|opublikowano|aktualizacja|yayınlanma tarihi|güncelleme tarihi)(?:\s+on)?\s*:?`;
/**
 * A line that is only a date, with a label or a time. A bare date (`Monday, June 26, 2006`,
 * `18.11.2023`) is an article's dateline under its title, or a heading; it goes only where it
 * reads as page furniture: above the title, or next to other furniture (see weakReason).
 */
const TIMESTAMP = new RegExp(
  `^(?<label>${STAMP_LABEL}\\s*)?${DATE}(?<time>,?\\s*(?:at|-|\\||–)?\\s*${TIME})?(?:\\s*(?:time|updated)\\s*:?\\s*${TIME})?$`,
  'i',
);
/**
 * `VIDEO GAMES ・ 38 MINUTES AGO`, `5 hours ago`, `rp.pl 2 months ago`: a relative time, perhaps
 * after a section label and a separator, or after the name of the site it comes from.
 */
const RELATIVE_TIME =
  /^(?:[\p{L}&' ]{2,40}\s*[・|·•\-–—]\s*|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+ )?(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago$/iu;
/** A date with a month in another language (`12 noiembrie 2019`): a date widget translation did not reach. */
// Flags 'i' without 'u' (no property escapes here): case-insensitive Unicode patterns over long
// alternations take milliseconds to compile, which a single short article pays at start-up.
const FOREIGN_DATE = new RegExp(`^(?:\\d{1,2}\\.? (?:${FOREIGN_MONTHS})|(?:${FOREIGN_MONTHS}) \\d{1,2},?) \\d{4}$`, 'i');
/** A source in capitals, a numeric date and a time, alone on a line: `BBC 2014.09.01 09:39`. */
const SOURCE_STAMP = new RegExp(`^[A-Z]{2,6} ${NUMERIC_DATE},?\\s+\\d{1,2}:\\d{2}(?::\\d{2})?$`);
/** A site user as author: `by archynewsy`, `By admin`, the site's own team (`By Bulinews Team`). */
const SITE_USER = /^by\s+(?:admin|administrator|editor|editorial staff|editorial team|staff|webmaster|newsdesk|news desk|web desk|guest|\p{Lu}[\p{L}.]+ (?:team|staff|desk|newsroom|editors|editorial))$/iu;
/** A user name in lower case as the author: `By jdoe_84`, `Author: author`. */
const USERNAME = /^(?:[Bb]y|[Aa]uthor\s*:)\s+[a-z][a-z0-9_.-]{2,30}$/;
/** `Photo: Europa Press`, `Image credit: Reuters/John Smith`: a label, then who (checked by isOwner). */
/**
 * `Photo: Europa Press`, `* Photo: Erçin Top / Ankara - AA`, `Zdjęcie: Foto: PAP/Paweł Supernak`:
 * perhaps a bullet, one or two labels (English, or a closed set left untranslated), then who
 * (checked by isOwner).
 */
const CREDIT_LABEL = String.raw`(?:photo|photos|image|images|picture|pic|foto|fotos|fot\.|photo credit|image credit|credit|credits|illustration|zdjęcie|bild|imagen|immagine|φωτογραφία|фото)`;
const CREDIT = new RegExp(`^[*•·]?\\s*\\(?(?:${CREDIT_LABEL}\\s*[:：]\\s*)?${CREDIT_LABEL}(?:\\s*(?:[:：]|by\\b))\\s*(?<who>[^.!?]{1,80})\\)?$`, 'i');
const OWNER_WORDS = new Set(['via', 'and', 'for', 'of', 'the', 'de', 'di', 'del', 'von', 'van', 'courtesy', 'dpa', 'afp', 'ap', 'epa', 'ansa', 'efe', 'getty', 'images', 'reuters', 'file']);
/**
 * A photographer and agency in capitals closing a line: `… on January 3. GONZALO FUENTES/REUTERS`,
 * `… AFP/GETTY IMAGES`. Names of two letters or more, one slash, at most three words either side.
 */
const CAPITALS_CREDIT = /(?:^|[\s.])(?:\p{Lu}[\p{Lu}'’.-]+ ){0,3}\p{Lu}[\p{Lu}'’.-]+ ?\/ ?\p{Lu}[\p{Lu}&'’-]+(?: \p{Lu}[\p{Lu}&'’-]+){0,2}$/u;
/** An agency in brackets closing a caption: `Egyptian President Abdel Fattah al-Sisi (AFP)`. */
const BRACKETED_AGENCY = /\s\((?:AFP|AP|Reuters|EPA|EPA-EFE|Getty Images|Xinhua|Anadolu|AA|ANSA|dpa|DPA|EFE|TASS|IRNA|KCNA|Yonhap|Kyodo|PTI|ANI|UPI|Sputnik|Bloomberg|Shutterstock|File|File photo|Photo|Archive)\)$/u;
const MAX_CAPTION_WORDS = 40;

/**
 * A photo caption with its credit: a line that ends, after a full stop or a comma, with a credit
 * in capitals around a slash, or a caption of names (no sentence punctuation, most words
 * capitalized) that ends with an agency in brackets. The line is the page's picture, not
 * the article's text.
 */
function isCreditedCaption(line: string): boolean {
  if (line.split(/\s+/).length > MAX_CAPTION_WORDS) return false;
  const capitals = CAPITALS_CREDIT.exec(line);
  if (capitals) {
    const credit = capitals[0].trim();
    // Something before the credit, and the credit not a line of capitals of its own (a heading).
    const before = line.slice(0, line.length - credit.length).trimEnd();
    return /\p{Ll}/u.test(before) && /[.,)|:–-]$/.test(before);
  }
  const agency = BRACKETED_AGENCY.exec(line);
  if (!agency) return false;
  const caption = line.slice(0, agency.index);
  // `WARSAW, March 4 (Reuters)`: a wire dateline, not a caption.
  if (/^\p{Lu}{2,}(?:[ -]\p{Lu}{2,})*,/u.test(caption)) return false;
  // A caption names: most of its words capitalized (`Egyptian President Abdel Fattah al-Sisi`),
  // unlike a sentence that ends with its source (`…, officials said (AFP)`).
  const words = caption.split(/\s+/);
  const capitalized = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return !/[.!?:;,]$/.test(caption) && words.length >= 3 && /^\p{Lu}/u.test(caption) && capitalized * 2 >= words.length;
}

/** The title text of an SVG widget: `brexit countdown_bgCreated with Sketch.` */
const SVG_TITLE = /^\S{0,60}\s?\S*Created with Sketch\.?$/;
/** `(tagsToTranslate) PSOE (t) Sanchez (t) …`: the tag list a translation plugin leaves. */
const TAGS_TO_TRANSLATE = /^\(tagsToTranslate\)/;
/** An identifier alone on a line: letters, digits and slashes, six digits or more (`ZZ/IRN83425631`). */
const ID_LINE = /^(?=(?:[^\d\n]*\d){6})[A-Z]{1,6}(?:\/[A-Z]{0,6})?\d{6,}$|^News Code:? \d{4,}$/;
/** `Connect with the Voice of America! Subscribe to our channels YouTube, …`: a call to subscribe. */
const SUBSCRIBE_TO_CHANNEL = /^.{0,60}\bsubscribe to (?:our|my|the) (?:channels?|telegram|youtube|page|account)\b.{0,160}$/i;
/** `All important news is on the Izvestia channel in the MAX messenger.` */
const NEWS_ON_CHANNEL = /^(?:all (?:the )?|the )?(?:important|latest|main|most important|breaking) news (?:is |are )?(?:on|in|at) .{0,60}\b(?:channel|telegram|messenger)\b.{0,40}$/i;
/**
 * A machine translation credit: `Translated by Yandex Translator`, `Powered by automated
 * translation`, `Переведено сервисом «Яндекс Переводчик»`.
 */
const TRANSLATION_CREDIT =
  /^(?:(?:this (?:article|text|page|story|content) (?:was|has been|is) )?(?:automatically |machine[- ])?translated (?:by|with|using|via) .{0,60}|(?:powered by )?(?:automated|automatic|machine) translation(?: by .{0,40})?|переведено (?:сервисом|с помощью) .{0,60})$/iu;
/** The skip links of a page, run together: `Skip to content Skip to sidebar Skip to footer`. */
const SKIP_LINKS = /^(?:(?:skip|jump) to (?:the )?(?:main )?(?:content|navigation|sidebar|footer|search|menu|primary navigation)\s*){2,}$/i;
/**
 * A notice that a machine wrote or rewrote the text: `ai generated text`, `This message was taken
 * from this source and rewritten by artificial intelligence.` One sentence, about the text.
 */
const AI_NOTICE =
  /^(?:(?:this )?(?:text|article|message|content|story|post) (?:was |has been |is )?(?:\w+ ){0,6}?(?:generated|written|rewritten|created|produced|translated) (?:by|with|using) (?:an? )?(?:artificial intelligence|ai)\b.{0,40}|ai[- ]generated (?:text|content|article|image))\.?$/i;
/** A cookie banner: `This website uses cookies to improve your experience. … Accept Read More`. */
const COOKIES = /^(?:this (?:web)?site uses cookies|we use cookies|by continuing to (?:use|browse) (?:this|our) (?:web)?site)\b.{0,400}$/i;
/** A line of a page's embedded script: the Facebook SDK loader, ads, analytics. */
const EMBED_SCRIPT = /facebook-jssdk|connect\.facebook\.net|getElementsByTagName\(s\)|platform\.twitter\.com\/widgets|adsbygoogle|googletag\.|window\.dataLayer|\bgtag\(|\bfbq\(/;
/** A line that reads as code: a statement, a brace, a function. */
const CODE_LINE = /^\s*(?:\(?function\b|var |let |const |if \(|[\w.]+\s*=\s|[{}()]|\}\(|js\.|fjs\.|window\.|document\.)|[;{}]\s*$/;
const MAX_CODE_LINE = 160;
/** A source label: a bare domain name (`nypost.com`). */
const DOMAIN_LINE = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|info|news|co\.uk|it|es|fr|de|ru|ua|eu|ch|at|nl|be|pt|pl|gr|tr|ro|in|ca|au)$/i;

/** `©` glued to the end of a letter is no copyright sign: `Ø©` is the Arabic ة read as Windows-1252. */
const COPYRIGHT_MARKERS =
  /(?<!\p{L})©|\(c\)|\bcopyright\b|all rights reserved|reproduction (?:reserved|assigned|prohibited|restricted|rights reserved|is prohibited)|riproduzione riservata|todos los derechos reservados|tous droits réservés|alle rechte vorbehalten|все права защищены/giu;
const YEARS = /\b(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?\b/g;
const NAME_JOINERS = new Set(['of', 'and', 'the', 'by', 'de', 'di', 'del', 'la', 'le', '&', 'for', 'in', 'via']);
const MAX_OWNER_WORDS = 6;

const HOME = new Set(['home', 'main', 'start', 'homepage', 'home page', 'inicio', 'accueil', 'startseite', 'главная', 'головна']);
const CRUMB_SEPARATOR = /\s*[/»›>|]\s*/;
const MIN_TITLE_WORDS = 5;
/**
 * A trail whose separators were lost: `Home World Macron: forward…`, `Home page politics`,
 * `HomeWorld NewsIsrael's Netanyahu…`. Reading: "Home" (and perhaps "page"), then section names
 * from a closed list, then a space, a capital glued on, or the end.
 */
const SECTION = '(?:world news|world|europe|politics|business|economy|sports?|football|culture|entertainment|showbiz|celebrity|tech(?:nology)?|science|health|opinion|international|national|local|lifestyle|latest news|latest|news|italy|cronaca|esteri)';
const BARE_CRUMB = new RegExp(`^Home(?:\\s*page)?(?:\\s*(?:${SECTION}))+(?=\\s|\\p{Lu}|$)`, 'iu');
/** A time glued to the last word of a headline: `… peace talks with Russia23:32`. */
const GLUED_TIME = /(?<=\p{L})\d{1,2}:\d{2}$/u;
const MAX_HEADLINE_WORDS = 30;
/** A copyright credit closing a caption line: `… Savings Banks Day 2023. © Rüdiger Wölk/Imago`. */
const TRAILING_CREDIT = /\s+(?:©|\(c\))\s*(?<who>[^©.!?]{2,60})$/u;

export const boilerplate: Rule = {
  id: 'boilerplate',
  description: 'Remove site furniture lines: copyright notices, photo credits, breadcrumbs, comment forms, share prompts, "By admin", bare timestamps, and lines that two signals of page structure mark as furniture (a call to action, a paywall, a count, a bio, links only… above, below or between the paragraphs)',
  category: 'chrome',
  editsProtected: 'it removes whole lines of site furniture, and the links, handles and code on them with them',
  leaves: 'sentences that mention copyright, comments or sharing; a full sentence inside the body; real bylines, datelines and agency lines; a bare date line; a kicker above the title; headings; "Courtesy photo"',
  examples: [
    ['Reproduction Assigned by © Copyright ANSA', ''],
    ['Home / World / Europe', ''],
    ['Bir yanıt yazın', ''],
  ],
  apply(text, ctx) {
    const edits: Edit[] = [];
    const lines = ctx.lines();
    const extra = ctx.settings.boilerplateLines;
    // A line's verdict depends on its content alone: later passes, which change few lines, ask the memo.
    const verdict = (content: string): Verdict => {
      if (extra.length > 0 && extra.some((pattern) => pattern.test(content.trim()))) return 'site furniture (a configured pattern)';
      return classify(content);
    };
    // A paragraph of prose is longer than any furniture line: it is answered at once, not remembered.
    const verdicts = ctx.memo(VERDICTS, () => new Map<string, Verdict>());
    const reasons = lines.map((line) => {
      const content = text.slice(line.start, line.end);
      if (content.length > MAX_FURNITURE_LINE * 2) return verdict(content);
      let known = verdicts.get(content);
      if (known === undefined && !verdicts.has(content)) verdicts.set(content, (known = verdict(content)));
      return known;
    });
    // A short label in another script than the article's (`Самое интересное`, `Δείτε επίσης` in an
    // English text) is a widget's title the translation did not reach.
    // The share of Latin letters is asked only when a line in another script needs it.
    let latin: number | undefined;
    const latinShare = (): number => (latin ??= ctx.fact(LATIN_SHARE, ''));
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (reasons[i] !== undefined || line.end - line.start > MAX_LABEL_SPAN || !isForeignLabel(text.slice(line.start, line.end))) continue;
      const share = latinShare();
      if (share >= MOSTLY_LATIN && share < 1) reasons[i] = 'a label in another script than the article';
    }
    // A bare link marker (`Most Read`) is see-also's, which removes it with its teasers. When the
    // article's own date label ends the teasers, the block and the label are see-also's too: the
    // label stays until the block is gone, so that the block stops at the title whichever rule's
    // edit is applied first.
    const zones = ctx.fact(ZONES, '');
    // A text with no line of prose that ends a sentence (a page cut off mid-paragraph) stands around its long lines.
    const [bodyStart, bodyEnd] = zones[0] >= 0 ? zones : findLongLines(text, lines);
    const markers = new Set<number>();
    const theirs = new Set<number>();
    for (const block of findLinkBlocks(text, lines, ctx.edges.end && zones[0] >= 0 ? zones[1] : Infinity)) {
      markers.add(block.first);
      if (block.dateLabel === undefined) continue;
      for (let i = block.first; i <= block.last; i++) theirs.add(i);
      theirs.add(block.dateLabel);
    }
    for (const i of theirs) reasons[i] = undefined;
    // Whole lines the page's structure marks as furniture (src/text/furniture.ts): two signals or more.
    const model = scoreFurniture({
      text,
      lines,
      bodyStart,
      bodyEnd,
      atStart: ctx.edges.start,
      atEnd: ctx.edges.end,
      latinShare,
      lexicon: ctx.lexicon,
      removed: (i) => reasons[i] !== undefined,
      theirs: (i) => markers.has(i) || theirs.has(i),
      memo: (key, compute) => ctx.memo(key, compute),
    });
    model.forEach((verdict, i) => {
      if (verdict !== undefined && reasons[i] === undefined) reasons[i] = verdict.message;
    });
    const weak = (content: string): string | undefined => ctx.memo(`\u0000${content}`, () => weakReason(content));
    markLabelsBesideFurniture(text, lines, reasons, ctx.edges.start, weak);
    markScriptAroundEmbeds(text, lines, reasons);
    for (const i of theirs) reasons[i] = undefined;
    for (let i = 0; i < lines.length; i++) {
      const reason = reasons[i];
      if (reason === undefined) continue;
      if (typeof reason === 'object') {
        const line = lines[i]!;
        if ('prefix' in reason) edits.push(ctx.remove(line.start, line.start + reason.prefix, 'breadcrumb trail'));
        else {
          const cut = text.slice(line.start + reason.suffix, line.end);
          const what = FEED_SUFFIX.test(cut) ? "a feed item's address and time after its headline" : /^\d/.test(cut) ? 'a timestamp glued to the headline' : 'photo credit closing a caption';
          edits.push(ctx.remove(line.start + reason.suffix, line.end, what));
        }
        continue;
      }
      // Neighbouring furniture lines (blank lines between allowed) go as one edit.
      const found = [reason];
      let last = i;
      for (let j = i + 1; j < lines.length; j++) {
        const next = reasons[j];
        if (typeof next === 'string') {
          found.push(next);
          last = j;
        } else if (next !== undefined || !isBlank(text, lines[j]!)) {
          break;
        }
      }
      edits.push(ctx.removeLines(lines[i]!, lines[last]!, joinReasons(found)));
      i = last;
    }
    return edits;
  },
};

/**
 * The reasons of neighbouring lines removed as one edit, each once; the furniture model's signals
 * (`page furniture: below the article; a call to action`) merged into one list.
 */
function joinReasons(found: readonly string[]): string {
  const reasons: string[] = [];
  const signals = new Set<string>();
  for (const reason of found) {
    if (reason.startsWith(FURNITURE_PREFIX)) {
      if (signals.size === 0) reasons.push(FURNITURE_PREFIX);
      for (const signal of reason.slice(FURNITURE_PREFIX.length).split('; ')) signals.add(signal);
    } else if (!reasons.includes(reason)) {
      reasons.push(reason);
    }
  }
  return reasons.map((reason) => (reason === FURNITURE_PREFIX ? FURNITURE_PREFIX + [...signals].join('; ') : reason)).join('; ');
}

/** The memo key of the table of verdicts on lines' contents, kept across passes. */
const VERDICTS = '\u0000boilerplate\u0000verdicts';

/** The longest line (spaces around it trimmed) that classify reads as furniture. */
const MAX_FURNITURE_LINE = 240;

/** Why a line is furniture: a reason, a breadcrumb prefix to cut, or undefined for text. */
type Verdict = string | { prefix: number } | { suffix: number } | undefined;

function classify(content: string): Verdict {
  const line = content.trim();
  if (line === '' || line.length > MAX_FURNITURE_LINE) return undefined;
  // Each test runs only where a cheap sign allows it (a length, a character, a first letter): most
  // lines are prose, and a line of prose is answered by a few character tests.
  const short = line.length <= MAX_FIXED_LINE;
  if (short && FURNITURE_FIRST_WORDS.has(firstWord(line)) && FURNITURE.has(normalize(line))) return `site furniture ("${line}")`;
  const digit = DIGIT.test(line);
  const spaced = line.includes(' ');
  if (COPYRIGHT_SIGN.test(line) && isCopyrightNotice(line)) return 'copyright notice';
  const credit = CREDIT_START.test(line) && !SENTENCE_CLOSE.test(line) ? CREDIT.exec(line) : null;
  if (credit && isOwner(credit.groups!['who']!)) return 'photo credit';
  if (BY_START.test(line) && (SITE_USER.test(line) || USERNAME.test(line))) return 'site user shown as author';
  if (SUBSCRIBE_OR_NEWS.test(line) && (SUBSCRIBE_TO_CHANNEL.test(line) || NEWS_ON_CHANNEL.test(line))) return `site furniture ("${line}")`;
  if ((line.includes('/') || line.endsWith(')')) && isCreditedCaption(line)) return 'photo caption with its credit';
  if (line.includes(',') && (TAGS_TO_TRANSLATE.test(line) || isTagList(line))) return 'a list of tags';
  if (line.startsWith('(tagsToTranslate)')) return 'a list of tags';
  if (digit) {
    if (ID_LINE.test(line)) return 'an identifier of the page';
    if (SOURCE_STAMP.test(line)) return 'timestamp line';
    if (FOREIGN_DATE.test(line)) return 'a date widget left untranslated';
    const parts = TIMESTAMP.exec(line)?.groups;
    if (parts && (parts['label'] || parts['time'])) return 'timestamp line';
  }
  if (AGO_END.test(line) && RELATIVE_TIME.test(line)) return 'section label with a relative time';
  if (MACHINE_WORDS.test(line) && (TRANSLATION_CREDIT.test(line) || AI_NOTICE.test(line))) return TRANSLATION_CREDIT.test(line) ? 'machine translation credit' : 'notice of a machine-written text';
  if (SKIP_START.test(line) && SKIP_LINKS.test(line)) return 'skip links of the page';
  if (COOKIE_WORDS.test(line) && COOKIES.test(line)) return 'cookie banner';
  if (!spaced && DOMAIN_LINE.test(line)) return 'source label (a site name)';
  if (line.includes('Created with Sketch') && SVG_TITLE.test(line)) return 'title text of a page graphic';
  if (SCRIPT_SIGN.test(line) && EMBED_SCRIPT.test(line)) return 'embedded page script';
  if (HOME_START.test(content)) {
    const crumb = breadcrumb(content);
    if (crumb !== undefined) return crumb;
  }
  if (!(line.includes('©') || line.includes('(c)') || line.includes(':'))) return undefined;
  const feed = line.includes('T') ? FEED_SUFFIX.exec(content) : null;
  if (feed && content.slice(0, feed.index).trim().split(/\s+/).length >= MIN_FEED_HEADLINE_WORDS) return { suffix: feed.index };
  const suffix = trailingCredit(content);
  return suffix === undefined ? undefined : { suffix };
}

/**
 * `Mount Fuji barrier to go up http://jp-gate.com/u/news/ryu641 2024-04-26T19:23:00+09:00`: an item
 * of a news feed, its headline followed by its address and its time as a machine writes it (ISO
 * 8601). The headline stays.
 */
const FEED_SUFFIX = /\s+(?:https?:\/\/|www\.)\S+\s+\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?\s*$/;
const MIN_FEED_HEADLINE_WORDS = 3;

/** The longest line the fixed strings of FURNITURE can match (room for bullets, marks and spaces). */
const MAX_FIXED_LINE = Math.max(...[...FURNITURE].map((key) => key.length)) + 16;
const AGO_END = /ago$/i;
const DIGIT = /\d/;
/** A credit's line and a site user's line never end with a full stop, an exclamation or question mark. */
const SENTENCE_CLOSE = /[.!?]$/;
/** What COPYRIGHT_MARKERS can match, read without Unicode case folding (a superset). */
const COPYRIGHT_SIGN = /©|\(c\)|copyright|rights reserved|reproduction|riproduzione|derechos|droits|rechte|права/i;
/** A credit line starts with a bullet, a bracket or a credit label's first letter. */
const CREDIT_START = /^[*•·(]|^[pPiIfFcCzZbBφΦфФ]/;
const BY_START = /^(?:by\s|author\s*:)/i;
const SUBSCRIBE_OR_NEWS = /subscribe to| news /i;
const MACHINE_WORDS = /translat|переведено|\bai\b|artificial intelligence/i;
const SKIP_START = /^(?:skip|jump) /i;
const COOKIE_WORDS = /cookies|by continuing/i;
const SCRIPT_SIGN = /facebook|getElementsByTagName|twitter\.com|adsbygoogle|googletag|dataLayer|gtag\(|fbq\(/;
/** The first word of a breadcrumb trail (BARE_CRUMB's `Home`, HOME's words), spaces before it allowed. */
const HOME_START = /^\s*(?:home|main|start|inicio|accueil|startseite|главная|головна)/i;

/** The first word of every line of FURNITURE. */
const FURNITURE_FIRST_WORDS = new Set([...FURNITURE].map((key) => key.split(' ')[0]!));

/** A line's first word as normalize would give it, cheaply (only the word is lower-cased). */
function firstWord(line: string): string {
  const m = FIRST_WORD.exec(line);
  return m ? m[1]!.toLowerCase().replace(CLOSING_MARKS, '') : '';
}

const CLOSING_MARKS = /[.:!*›»→…/|]+$/u;

/** Reading: the markers normalize drops at the start (an ellipsis too: `…continue reading`), then the word up to a space or the end. */
const FIRST_WORD = /^[\s•·*►▶»›>…-]*([^\s…]+)/u;

/** Lower-case, spaces collapsed, closing punctuation and markers dropped. */
function normalize(line: string): string {
  return line
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s.:!*›»→…/|]+$/u, '')
    .replace(/^[\s•·*►▶»›>…-]+/u, '');
}

/** Who a credit names: a few capitalized words, agencies, "via", slashes — not a description. */
function isOwner(who: string): boolean {
  const words = who.split(/[\s/|,\-–—]+/).filter((word) => word !== '');
  return words.length <= 8 && words.every((word) => isUpper(word[0]) || /^\d/.test(word) || OWNER_WORDS.has(word.toLowerCase()));
}

/** A line that is nothing but copyright markers, years and the owner's name. */
function isCopyrightNotice(line: string): boolean {
  // `[Copyright The Jiji Press, Ltd.]`: a wire service's credit in brackets closes its own copy,
  // as the agency sends it; it is the text's, not the page's.
  if (/^\[[^\]]*\]$/.test(line)) return false;
  if (line.search(COPYRIGHT_MARKERS) < 0) return false;
  const rest = line.replace(COPYRIGHT_MARKERS, ' ').replace(YEARS, ' ').replace(/[.,:;|\-–—/()[\]"“”']/g, ' ');
  const words = rest.split(/\s+/).filter((word) => word !== '');
  if (words.length > MAX_OWNER_WORDS) return false;
  return words.every((word) => isUpper(word[0]) || /^\d/.test(word) || NAME_JOINERS.has(word.toLowerCase()));
}

/**
 * `Home / World / Europe` goes whole; `Main » News » Title of the article` loses the trail and
 * keeps the title. So do trails whose separators were lost (`Home World Title…`).
 */
function breadcrumb(content: string): Verdict {
  if (content.includes('://')) return undefined;
  const parts = content.split(CRUMB_SEPARATOR);
  if (parts.length >= 3 && HOME.has((parts[0] ?? '').trim().toLowerCase())) {
    const title = parts[parts.length - 1]!.trim();
    if (titleWords(title) < MIN_TITLE_WORDS) return 'breadcrumb trail';
    return { prefix: content.lastIndexOf(title) };
  }
  const bare = BARE_CRUMB.exec(content);
  if (!bare) return undefined;
  const rest = content.slice(bare[0].length).trim();
  if (titleWords(rest) < MIN_TITLE_WORDS) return 'breadcrumb trail';
  return { prefix: content.length - content.slice(bare[0].length).trimStart().length };
}

/**
 * The words of a breadcrumb's last item that could make it the page's title: words of two letters
 * or more that are no day or month. `Friday, May 17, 2013 (AM)` is a date, not a title.
 */
function titleWords(item: string): number {
  let count = 0;
  for (const word of item.split(/\s+/)) if (/\p{L}.*\p{L}/u.test(word) && !CALENDAR_WORD.test(word)) count++;
  return count;
}

const CALENDAR_WORD = new RegExp(`^(?:${WEEKDAY}|${MONTH})$`, 'i');

/** Where a trailing copyright credit or a glued timestamp starts in a line, if it ends with one. */
function trailingCredit(content: string): number | undefined {
  const time = GLUED_TIME.exec(content);
  if (time && !/[.!?]$/.test(content.slice(0, time.index)) && content.split(' ').length <= MAX_HEADLINE_WORDS) return time.index;
  const credit = TRAILING_CREDIT.exec(content);
  if (!credit || !isOwner(credit.groups!['who']!) || credit.index < 20) return undefined;
  return credit.index;
}

/** Lines that are furniture only in furniture's company: form labels, bare dates. */
function weakReason(content: string): string | undefined {
  const line = content.trim();
  if (line.length > 60) return undefined;
  if (LABELS.has(normalize(line))) return 'form label beside site furniture';
  const groups = TIMESTAMP.exec(line)?.groups;
  if (groups && (groups['weekday'] || groups['numeric'])) return 'date line beside site furniture';
  return undefined;
}

function markLabelsBesideFurniture(
  text: string,
  lines: readonly Line[],
  reasons: Verdict[],
  atDocumentStart: boolean,
  weakReasonOf: (content: string) => string | undefined,
): void {
  const weak = (i: number): string | undefined => (reasons[i] === undefined ? weakReasonOf(text.slice(lines[i]!.start, lines[i]!.end)) : undefined);
  // A bare date above everything else is the page's, not the article's dateline.
  const first = atDocumentStart ? lines.findIndex((line) => !isBlank(text, line)) : -1;
  if (first >= 0 && weak(first)?.startsWith('date')) reasons[first] = 'date line above the title';
  // Spread outwards from furniture lines until a line of text: a form reads as one block.
  for (let pass = 0; pass < 2; pass++) {
    const order = pass === 0 ? lines.map((_, i) => i) : lines.map((_, i) => lines.length - 1 - i);
    let beside = false;
    for (const i of order) {
      if (isBlank(text, lines[i]!)) continue;
      const reason = beside ? weak(i) : undefined;
      if (typeof reasons[i] === 'string') beside = true;
      else if (reason !== undefined) reasons[i] = reason;
      else beside = false;
    }
  }
}

/** The rest of an embedded script: code-like lines next to a line that loads one. */
function markScriptAroundEmbeds(text: string, lines: readonly Line[], reasons: Verdict[]): void {
  const isCode = (i: number): boolean => {
    const content = text.slice(lines[i]!.start, lines[i]!.end);
    return reasons[i] === undefined && content.length <= MAX_CODE_LINE && CODE_LINE.test(content);
  };
  for (let i = 0; i < lines.length; i++) {
    if (reasons[i] !== 'embedded page script') continue;
    for (let j = i - 1; j >= 0 && isCode(j); j--) reasons[j] = 'embedded page script';
    for (let j = i + 1; j < lines.length && isCode(j); j++) reasons[j] = 'embedded page script';
  }
}

/**
 * A line of tags: eight or more short items (one to three capitalized words, or words in
 * capitals) separated by commas, with no sentence punctuation and no lower-case word between,
 * some in capitals or one repeated: `UKRAINE, PUTIN, REBEL, KIEV, STATEHOOD, RUSSIA, Putin,
 * Poroshenko, …`. A list in prose has a verb, an "and" or a full stop; a list of names in a fact
 * box has no item twice and no tag in capitals.
 */
function isTagList(line: string): boolean {
  if (/[.!?;:]$/.test(line) || !line.includes(',')) return false;
  const items = line.split(',').map((item) => item.trim());
  if (items.length < MIN_TAGS) return false;
  if (!items.every((item) => item !== '' && /^[\p{Lu}\p{N}][\p{L}\p{N}'’-]*(?: [\p{Lu}\p{N}][\p{L}\p{N}'’-]*){0,2}$/u.test(item))) return false;
  // A second sign that these are tags and not names in a list: items in capitals, or one repeated.
  const inCapitals = items.filter((item) => item.length >= 3 && item === item.toUpperCase() && /\p{Lu}/u.test(item)).length;
  return inCapitals >= 2 || new Set(items.map((item) => item.toLowerCase())).size < items.length;
}

const MIN_TAGS = 8;

/** The share of the article's letters in Latin script above which a line in another script stands out. */
const MOSTLY_LATIN = 0.85;
const MAX_LABEL_WORDS = 5;
const MAX_LABEL_LENGTH = 60;
/** A line longer than this, spaces included, is no label (a cheap test before the line is read). */
const MAX_LABEL_SPAN = 200;

/**
 * A short line of letters in one non-Latin script (Greek, Cyrillic, Arabic, Hebrew, …), with no
 * Latin letter, no quotation mark and no sentence punctuation: a label, not a quoted slogan.
 */
function isForeignLabel(content: string): boolean {
  const line = content.trim();
  if (line === '' || line.length > MAX_LABEL_LENGTH || /[A-Za-z\u00C0-\u024F"“”«»„‘’'.!?]/.test(line)) return false;
  if (line.split(/\s+/).length > MAX_LABEL_WORDS) return false;
  const letters = line.match(/\p{L}/gu);
  return letters !== null && letters.length >= 4;
}

function isBlank(text: string, line: Line): boolean {
  return text.slice(line.start, line.end).trim() === '';
}
