import { describe, expect, it } from 'vitest';
import { gemiddeldeTekst, SCORES, TEVREDENHEIDSVRAGEN, VRAAGKOPPEN } from './tevredenheidWeergave';

describe('tevredenheidWeergave', () => {
  it('shows an average with one decimal and a comma, and a dash when it is hidden', () => {
    expect(gemiddeldeTekst(4.2)).toBe('4,2');
    expect(gemiddeldeTekst(3)).toBe('3,0');
    expect(gemiddeldeTekst(undefined)).toBe('–');
  });

  it('has a question and a heading for each of the five questions, and five answers', () => {
    expect([...TEVREDENHEIDSVRAGEN.keys()]).toEqual([...VRAAGKOPPEN.keys()]);
    expect(TEVREDENHEIDSVRAGEN.size).toBe(5);
    expect(SCORES.map((s) => s.waarde)).toEqual(['1', '2', '3', '4', '5']);
  });
});
