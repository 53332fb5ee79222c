import { describe, expect, it } from 'vitest';
import { euroTekst, leerlingNaam, tijdstipTekst, urenTekst } from './arrangementWeergave';

describe('euroTekst', () => {
  it('writes euros the Dutch way', () => {
    expect(euroTekst(1250.5)).toBe('€ 1.250,50');
    expect(euroTekst(0)).toBe('€ 0,00');
    expect(euroTekst(1234567)).toBe('€ 1.234.567,00');
    expect(euroTekst(99.999)).toBe('€ 100,00');
  });
});

describe('urenTekst and leerlingNaam', () => {
  it('writes hours with a decimal comma, and the full name', () => {
    expect(urenTekst(40)).toBe('40 uur');
    expect(urenTekst(1.5)).toBe('1,5 uur');
    expect(leerlingNaam({ voornaam: 'Sam', achternaam: 'de Vries' })).toBe('Sam de Vries');
  });
});

describe('tijdstipTekst', () => {
  it('writes a moment in Dutch time, winter and summer', () => {
    expect(tijdstipTekst('2026-11-24T09:15:00Z')).toBe('24 november 2026 om 10:15');
    expect(tijdstipTekst('2026-07-01T22:30:00+00:00')).toBe('2 juli 2026 om 00:30');
  });

  it('shows what is not a moment as it is', () => {
    expect(tijdstipTekst('gisteren')).toBe('gisteren');
  });
});
