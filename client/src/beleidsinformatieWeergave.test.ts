import { describe, expect, it } from 'vitest';
import { binnenTermijnTekst, cijferTekst, dagenTekst, grafiekwaarde, percentagecijferTekst, schooljaarKeuzes } from './beleidsinformatieWeergave';

describe('beleidsinformatieWeergave', () => {
  it('offers the current schooljaar and the four before it, newest first', () => {
    expect(schooljaarKeuzes(new Date(2026, 11, 4))).toEqual(['2026-2027', '2025-2026', '2024-2025', '2023-2024', '2022-2023']);
  });

  it('writes a hidden figure as verborgen and marks a small one on the staff page only', () => {
    expect(cijferTekst(undefined, true, true)).toBe('verborgen');
    expect(cijferTekst(3, true, false)).toBe('3 (niet zichtbaar buiten het bureau)');
    expect(cijferTekst(3, true, true)).toBe('3');
    expect(cijferTekst(12.5, false, false)).toBe('12,5');
  });

  it('writes days in Dutch and draws a hidden figure as nothing, not zero', () => {
    expect(dagenTekst(1)).toBe('1 dag');
    expect(dagenTekst(6.5)).toBe('6,5 dagen');
    expect(dagenTekst(undefined)).toBe('–');
    expect(grafiekwaarde(undefined)).toBeNull();
    expect(grafiekwaarde(0)).toBe(0);
  });

  it('gives the share decided within the term only from two shown figures', () => {
    const cellen = (opTijd?: number, teLaat?: number) => [
      { sleutel: 'op-tijd', aantal: opTijd },
      { sleutel: 'te-laat', aantal: teLaat },
      { sleutel: 'lopend', aantal: 4 },
    ];
    expect(binnenTermijnTekst(cellen(9, 3))).toBe('75 %');
    expect(binnenTermijnTekst(cellen(2, 1))).toBe('67 %');
    expect(binnenTermijnTekst(cellen(9, undefined))).toBe('verborgen');
    expect(binnenTermijnTekst(cellen(undefined, 6))).toBe('verborgen');
    expect(binnenTermijnTekst(cellen(0, 0))).toBe('nog geen termijn afgelopen');
  });

  it('writes a deelnamepercentage with a comma, hidden or not counted', () => {
    expect(percentagecijferTekst({ waarde: 96.5, klein: false }, false)).toBe('96,5 %');
    expect(percentagecijferTekst({ waarde: 98, klein: true }, false)).toBe('98 % (niet zichtbaar buiten het bureau)');
    expect(percentagecijferTekst({ klein: true }, true)).toBe('verborgen');
    expect(percentagecijferTekst({ klein: false }, true)).toBe('niet geteld');
  });
});
