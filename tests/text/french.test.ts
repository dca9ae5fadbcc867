import { describe, expect, it } from 'vitest';
import { isFrenchPassage } from '../../src/text/french.js';

describe('isFrenchPassage', () => {
  const cases: readonly (readonly [string, boolean, string])[] = [
    ['Paul a dit : « Je viendrai demain » .', true, 'a short French sentence'],
    ['Elle a écrit: « L’article est intitulé ‹ La technologie aujourd’hui › » .', true, 'elisions count as French words'],
    ['Le ministre a répondu : « Pourquoi pas ? »', true, 'French function words'],
    ['The minister said : « We will come » .', false, 'English with French spacing'],
    ['He met Valéry Giscard d’Estaing and the staff of L’Oréal in Paris.', false, 'French names in English prose'],
    ['Le Monde and Les Echos reported that the talks failed.', false, 'French titles in English prose'],
    ['It’s what they’d done, and she’ll say so.', false, 'English contractions are no elisions'],
  ];
  for (const [text, french, reason] of cases) {
    it(`${reason}: ${french ? 'French' : 'not French'}`, () => {
      expect(isFrenchPassage(text)).toBe(french);
    });
  }
});
