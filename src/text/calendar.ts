// Days and months by name, as rules that read names need them.

/**
 * The days and months that are no English word in lower case: never written so in English, and
 * names of their own in any text. Not "may", "march" or "august", which are words.
 */
export const DAYS_AND_MONTHS: readonly string[] = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'april', 'june', 'july', 'september', 'october', 'november', 'december',
];

/**
 * Month names of the languages whose pages newsclean most often meets untranslated (Romanian,
 * Italian, Spanish, Portuguese, French, German, Polish, Turkish), in lower case, as date widgets
 * show them: a closed set per language.
 */
export const FOREIGN_MONTHS: readonly string[] = [
  'ianuarie', 'februarie', 'martie', 'aprilie', 'mai', 'iunie', 'iulie', 'septembrie', 'octombrie', 'noiembrie', 'decembrie',
  'gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre',
  'enero', 'febrero', 'abril', 'mayo', 'junio', 'julio', 'septiembre', 'octubre', 'noviembre', 'diciembre',
  'janeiro', 'fevereiro', 'março', 'maio', 'junho', 'julho', 'setembro', 'outubro', 'novembro', 'dezembro',
  'janvier', 'février', 'mars', 'avril', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'décembre',
  'januar', 'februar', 'märz', 'juni', 'juli', 'oktober', 'dezember',
  'stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia',
  'ocak', 'şubat', 'mart', 'nisan', 'mayıs', 'haziran', 'temmuz', 'ağustos', 'eylül', 'ekim', 'kasım', 'aralık',
];
