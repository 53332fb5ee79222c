import { describe, expect, it } from 'vitest';
import { celTekst, getalTekst, jaarKeuzes, standaardJaar, VERBORGEN } from './portfolioevaluatieWeergave';

describe('portfolioevaluatieWeergave', () => {
  it('writes decimals with a comma', () => {
    expect(getalTekst(12)).toBe('12');
    expect(getalTekst(2.5)).toBe('2,5');
    expect(getalTekst(0.25)).toBe('0,25');
  });

  it('says a hidden cell has fewer than 5 pupils, and marks a small cell on the staff page', () => {
    expect(celTekst(undefined, true)).toBe(VERBORGEN);
    expect(celTekst(null, true)).toBe(VERBORGEN);
    expect(celTekst(3, true)).toBe('3 (niet in de versie voor het bestuur)');
    expect(celTekst(14.75, false)).toBe('14,75');
    expect(celTekst(0, false)).toBe('0');
  });

  it('offers this year and the four before, and opens on last year until April', () => {
    expect(jaarKeuzes(new Date(2026, 11, 4))).toEqual([2026, 2025, 2024, 2023, 2022]);
    expect(standaardJaar(new Date(2027, 0, 15))).toBe(2026);
    expect(standaardJaar(new Date(2027, 2, 31))).toBe(2026);
    expect(standaardJaar(new Date(2027, 3, 1))).toBe(2027);
  });
});
