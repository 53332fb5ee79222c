import { describe, expect, it } from 'vitest';
import { euroTekst } from './arrangementWeergave';
import { bedragInvoer, leesBedrag } from './middelenWeergave';

describe('amounts of the middelen', () => {
  it('shows a grant in euro as a Dutch reader writes it', () => {
    expect(euroTekst(90000)).toBe('€ 90.000,00');
    expect(euroTekst(184500)).toBe('€ 184.500,00');
    expect(bedragInvoer(90000)).toBe('90.000,00');
    expect(bedragInvoer(1250.5)).toBe('1.250,50');
  });

  it('reads an amount with a decimal comma, thousands dots or a euro sign', () => {
    expect(leesBedrag('90.000,00')).toBe(90000);
    expect(leesBedrag('€ 1.250,5')).toBe(1250.5);
    expect(leesBedrag('90000')).toBe(90000);
    expect(leesBedrag('90.000')).toBe(90000);
    expect(leesBedrag('12,75')).toBe(12.75);
    expect(leesBedrag('1250.50')).toBe(1250.5);
    expect(leesBedrag(bedragInvoer(184500))).toBe(184500);
  });

  it('reads nothing from what is not an amount, so the API names the missing field', () => {
    expect(leesBedrag('')).toBeUndefined();
    expect(leesBedrag('  ')).toBeUndefined();
    expect(leesBedrag('veel')).toBeUndefined();
    expect(leesBedrag('1,2,3')).toBeUndefined();
  });
});
