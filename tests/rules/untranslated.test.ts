import { untranslated } from '../../src/rules/untranslated.js';
import { ruleCases } from '../helpers/rule-cases.js';

ruleCases(untranslated, {
  unchanged: [
    ['Petrobras chief Joaquim Silva e Luna spoke, as did Ulisses Correia e Silva.', 'a Portuguese surname that holds "e"'],
    ['Plot x and y on the Y axis.', 'x and y'],
    ['Take vitamin E and vitamin C daily.', 'vitamin E'],
    ['Chiara Ferragni and Fedez have ended their marriage.', 'already English'],
    ['The café in Montréal serves crème brûlée.', 'French words with accents'],
    ['He is 17 years old.', 'an age in English'],
    ['Y Combinator funded the start-up.', 'a capital Y'],
    ['The E numbers on food labels are additives.', 'E numbers'],
    ['Press Y to continue or N to stop.', 'keys'],
    ['The Rolling Stones played in Rome.', 'ordinary prose'],
    ['Italy’s Giorgia Meloni met Olaf Scholz.', 'names with and without accents'],
    ['He bought a Moët & Chandon bottle.', 'a brand'],
    ['The Molière award went to Paris.', 'a name with è inside'],
    ['Room 17e is on the left.', 'a room number'],
    ['Palazzo Chigi is the seat of the government.', 'Italian place name'],
    ['The Louvre e-ticket costs 22 euros.', 'e-ticket'],
    ['Agence France-Presse reported from Tehran.', 'agency'],
    ['Grupo Prisa y Asociados and Rossi e Figli are firms.', 'company names that keep their "y" and "e"'],
    ['José Ortega y Gasset wrote The Revolt of the Masses.', 'a Spanish name with y'],
    ['Santiago Ramón y Cajal won the Nobel Prize in 1906.', 'another one'],
    ['Benigni’s film La vita è bella won three Oscars.', 'an Italian title'],
  ],
  fixed: [
    { input: 'Chiara Ferragni (36) y Fedez (34) have ended their marriage', output: 'Chiara Ferragni (36) and Fedez (34) have ended their marriage', messages: ['"y" is Spanish for "and"'] },
    { input: 'Fedez e Chiara were seen in Milan', output: 'Fedez and Chiara were seen in Milan' },
    { input: 'a 17enne was arrested', output: 'a 17-year-old was arrested' },
    { input: 'the raceè over', output: 'the race is over' },
    { input: 'He knows the raceè', output: 'He knows the race is', reason: '"è" glued to the last word of a text (a paragraph cleaned alone ends there too)' },
    { input: 'Pedro y Ana were married in Seville.', output: 'Pedro and Ana were married in Seville.' },
    { input: 'a match like the one between Inter e Juve it’s always a lot', output: 'a match like the one between Inter and Juve it’s always a lot' },
  ],
});
