import { describe, expect, it } from 'vitest';
import { huidigLeerjaar, isLeerjaar, leerjaarKeuzes } from './leerjaar';

describe('leerjaar', () => {
  it('starts a new leerjaar on 1 August', () => {
    expect(huidigLeerjaar(new Date(2026, 6, 31))).toBe('2025-2026');
    expect(huidigLeerjaar(new Date(2026, 7, 1))).toBe('2026-2027');
  });

  it('accepts only the form 2026-2027', () => {
    expect(isLeerjaar('2026-2027')).toBe(true);
    expect(isLeerjaar('2026')).toBe(false);
    expect(isLeerjaar('2026-2027 ')).toBe(false);
  });

  it('offers the adjacent leerjaren plus a chosen one further away', () => {
    const today = new Date(2026, 9, 1);
    expect(leerjaarKeuzes('2026-2027', today)).toEqual(['2025-2026', '2026-2027', '2027-2028']);
    expect(leerjaarKeuzes('2030-2031', today)).toEqual([
      '2025-2026',
      '2026-2027',
      '2027-2028',
      '2030-2031',
    ]);
  });
});
