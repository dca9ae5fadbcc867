import { describe, expect, it } from 'vitest';
import { scanText } from '../../src/text/document.js';
import { FormAnswers, wordFormsOf } from '../../src/text/word-forms.js';

function spellings(text: string): string[] {
  const { words } = scanText(text);
  const forms = wordFormsOf(text, words);
  return Array.from(forms.ids, (id) => forms.forms[id]!);
}

describe('wordFormsOf', () => {
  it('numbers each word by its exact spelling', () => {
    const text = 'Blinken met blinken and Blinken’s aide, then Blinken left.';
    const { words } = scanText(text);
    const forms = wordFormsOf(text, words);
    const spelled = Array.from({ length: words.count }, (_, w) => text.slice(words.starts[w]!, words.ends[w]!));
    expect(Array.from(forms.ids, (id) => forms.forms[id])).toEqual(spelled);
    // The same spelling, the same number; another case or a possessive, another number.
    expect(forms.ids[0]).toBe(forms.ids[words.count - 2]);
    expect(forms.ids[0]).not.toBe(forms.ids[2]);
    expect(forms.ids[0]).not.toBe(forms.ids[4]);
  });

  it('keeps numbers across texts and reads non-ASCII spellings whole', () => {
    const first = wordFormsOf('Zelenskyy in Kyiv', scanText('Zelenskyy in Kyiv').words);
    const second = wordFormsOf('Kyiv: Zelenskyy, Łukasz', scanText('Kyiv: Zelenskyy, Łukasz').words);
    expect(second.ids[0]).toBe(first.ids[2]);
    expect(second.ids[1]).toBe(first.ids[0]);
    expect(second.forms[second.ids[2]!]).toBe('Łukasz');
  });

  it('holds a text with more spellings than the table before it starts over', () => {
    const text = Array.from({ length: 150_000 }, (_, i) => `w${i.toString(36)}`).join(' ');
    const found = spellings(text);
    expect(found.length).toBe(150_000);
    expect(found[0]).toBe('w0');
    expect(found[149_999]).toBe(`w${(149_999).toString(36)}`);
    expect(new Set(found).size).toBe(150_000);
  });
});

describe('FormAnswers', () => {
  it('computes an answer once per spelling', () => {
    const text = 'kyiv and kyiv and moscow';
    const { words } = scanText(text);
    const forms = wordFormsOf(text, words);
    const answers = new FormAnswers();
    const asked: string[] = [];
    const isPlace = (form: string): number => {
      asked.push(form);
      return form === 'kyiv' || form === 'moscow' ? 1 : 2;
    };
    const got = Array.from(forms.ids, (id) => answers.get(forms, id, isPlace));
    expect(got).toEqual([1, 2, 1, 2, 1]);
    expect(asked).toEqual(['kyiv', 'and', 'moscow']);
  });
});
