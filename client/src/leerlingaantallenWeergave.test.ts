import { describe, expect, it } from 'vitest';
import { leesAantal, percentageTekst, teldatumKeuzes, teldatumTekst, verschilTekst } from './leerlingaantallenWeergave';

describe('leerlingaantallenWeergave', () => {
  it('writes a percentage the Dutch way and an absent one as a dash', () => {
    expect(percentageTekst(96.5)).toBe('96,5 %');
    expect(percentageTekst(null)).toBe('–');
  });

  it('offers the last 1 October that has come and the five before it', () => {
    expect(teldatumKeuzes(new Date(2026, 11, 4))[0]).toBe('2026-10-01');
    expect(teldatumKeuzes(new Date(2026, 8, 30))[0]).toBe('2025-10-01');
    expect(teldatumKeuzes(new Date(2026, 11, 4))).toHaveLength(6);
    expect(teldatumTekst('2026-10-01')).toBe('1 oktober 2026');
  });

  it('reads a typed count: empty is not given, anything but a whole number from 0 is wrong', () => {
    expect(leesAantal('')).toBeNull();
    expect(leesAantal(' 212 ')).toBe(212);
    expect(leesAantal('0')).toBe(0);
    expect(leesAantal('-3')).toBeUndefined();
    expect(leesAantal('2,5')).toBeUndefined();
  });

  it('says how far the percentage is from the target', () => {
    expect(verschilTekst(95.25, 96.5)).toBe('1,25 procentpunt onder het streefpercentage');
    expect(verschilTekst(97, 96.5)).toBe('0,5 procentpunt boven het streefpercentage');
    expect(verschilTekst(96.5, 96.5)).toBe('gelijk aan het streefpercentage');
    expect(verschilTekst(96.5, null)).toBe('');
  });
});
