import { countryArticle } from '../../src/rules/country-article.js';
import { ruleCases } from '../helpers/rule-cases.js';

ruleCases(countryArticle, {
  unchanged: [
    ['The Netherlands must learn to live with Rutte.', 'a country whose name takes the article'],
    ['The United States has called on Russia to pull back.', 'the United States'],
    ['The Russia-Ukraine war has lasted for years.', 'a hyphenated compound'],
    ['It was not the Russia of the 1990s any more.', 'the country of a time'],
    ['The Italy that did not go to the World Cup won.', 'a restrictive clause'],
    ['The Italy squad has arrived in London.', 'the country as a modifier'],
    ['The Ukraine talks have been postponed.', 'a compound noun with a noun that is also a verb'],
    ['The Gambia is a small country.', 'The Gambia'],
    ['The Philippines has a new president.', 'the Philippines'],
    ['Russia wants to withdraw foreign troops.', 'no article at all'],
    ['The Congo river floods every year.', 'the Congo'],
    ['The China syndrome was a film.', 'a title'],
    ['The Russia report was published.', 'the country as a modifier again'],
    ['He visited the Jordan valley.', 'a geographical feature'],
    ['The Turkey Trot is a race.', 'a name'],
    ['The America’s Cup is a sailing race.', 'a possessive'],
    ['The Zelensky government has asked for more.', 'a surname as a modifier'],
    ['The Hill reported that The Times said more.', 'newspapers whose names are words (and surnames)'],
    ['The Kremlin said the Pentagon has not replied.', 'institutions, not people'],
    ['The Kennedys were there; the Bushes said nothing.', 'families in the plural'],
    ['The Macron era has ended.', 'a surname before a noun'],
  ],
  fixed: [
    { input: 'The Russia wants to withdraw foreign NATO troops', output: 'Russia wants to withdraw foreign NATO troops', messages: ['"Russia" takes no article'] },
    { input: 'Meanwhile The Ukraine accuses Russia', output: 'Meanwhile Ukraine accuses Russia' },
    { input: 'He said that the Russia has also refused.', output: 'He said that Russia has also refused.' },
    { input: 'The Germany will continue to support Kyiv.', output: 'Germany will continue to support Kyiv.' },
    { input: 'The Italy also wants more.', output: 'Italy also wants more.' },
    { input: 'The Zelensky also said that talks would go on.', output: 'Zelensky also said that talks would go on.', messages: ['"Zelensky" is a person\'s name and takes no article'] },
    { input: 'and the Lavrov warned the West', output: 'and Lavrov warned the West' },
  ],
});
