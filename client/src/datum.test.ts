import { describe, expect, it } from 'vitest';
import { leesDatum, plusMaanden, toonDatum } from './datum';

describe('leesDatum', () => {
  it.each([
    ['14-03-2017', '2017-03-14'],
    ['14032017', '2017-03-14'],
    ['14-3-2017', '2017-03-14'],
    ['4-3-2017', '2017-03-04'],
    ['14/03/2017', '2017-03-14'],
    ['14.03.2017', '2017-03-14'],
    [' 14-03-2017 ', '2017-03-14'],
    ['29-02-2024', '2024-02-29'],
    ['2017-03-14', '2017-03-14'],
  ])('reads %s as %s, day first, whatever the browser language', (invoer, iso) => {
    expect(leesDatum(invoer)).toEqual({ soort: 'datum', iso });
  });

  it('reads an empty field as empty', () => {
    expect(leesDatum('')).toEqual({ soort: 'leeg' });
    expect(leesDatum('   ')).toEqual({ soort: 'leeg' });
  });

  it.each([
    ['31-02-2017', 'Februari 2017 heeft 28 dagen; 31-02-2017 bestaat niet.'],
    ['29-02-2023', 'Februari 2023 heeft 28 dagen; 29-02-2023 bestaat niet.'],
    ['31-04-2026', 'April 2026 heeft 30 dagen; 31-04-2026 bestaat niet.'],
    ['00-01-2026', 'Januari 2026 heeft 31 dagen; 00-01-2026 bestaat niet.'],
    ['14-13-2017', 'Een maand is een getal van 1 tot en met 12; 14-13-2017 is geen datum.'],
    ['14-03-17', 'Vul de datum in als dd-mm-jjjj, bijvoorbeeld 14-03-2017.'],
    ['1432017', 'Vul de datum in als dd-mm-jjjj, bijvoorbeeld 14-03-2017.'],
    ['morgen', 'Vul de datum in als dd-mm-jjjj, bijvoorbeeld 14-03-2017.'],
    ['14-03-0017', 'Vul een jaar met vier cijfers in, bijvoorbeeld 14-03-2017.'],
  ])('refuses %s with a Dutch sentence', (invoer, melding) => {
    expect(leesDatum(invoer)).toEqual({ soort: 'fout', melding });
  });
});

describe('toonDatum', () => {
  it('shows an ISO date as dd-mm-jjjj and leaves anything else as it was typed', () => {
    expect(toonDatum('2017-03-14')).toBe('14-03-2017');
    expect(toonDatum('')).toBe('');
    expect(toonDatum('31-02-2017')).toBe('31-02-2017');
  });
});

describe('plusMaanden', () => {
  it.each([
    ['2026-12-02', 3, '2027-03-02'],
    ['2026-12-02', 6, '2027-06-02'],
    ['2026-12-02', 12, '2027-12-02'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2027-01-31', 3, '2027-04-30'],
  ])('%s plus %i months is %s', (van, maanden, tot) => {
    expect(plusMaanden(van, maanden)).toBe(tot);
  });
});
