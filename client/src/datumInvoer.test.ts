import { describe, expect, it } from 'vitest';
import { leesNederlandseDatum } from './datumInvoer';

describe('leesNederlandseDatum', () => {
  it('reads day, month, year, with or without separators', () => {
    expect(leesNederlandseDatum('14-03-2027')).toBe('2027-03-14');
    expect(leesNederlandseDatum(' 14/3/2027 ')).toBe('2027-03-14');
    expect(leesNederlandseDatum('1.12.2026')).toBe('2026-12-01');
    expect(leesNederlandseDatum('14032017')).toBe('2017-03-14');
  });

  it('refuses dates that do not exist and other text', () => {
    expect(leesNederlandseDatum('31-02-2027')).toBeUndefined();
    expect(leesNederlandseDatum('03-14-2027')).toBeUndefined();
    expect(leesNederlandseDatum('2027-03-14')).toBeUndefined();
    expect(leesNederlandseDatum('morgen')).toBeUndefined();
    expect(leesNederlandseDatum('')).toBeUndefined();
  });
});
