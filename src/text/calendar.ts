// Days and months by name, as rules that read names need them.

/**
 * The days and months that are no English word in lower case: never written so in English, and
 * names of their own in any text. Not "may", "march" or "august", which are words.
 */
export const DAYS_AND_MONTHS: readonly string[] = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'april', 'june', 'july', 'september', 'october', 'november', 'december',
];
