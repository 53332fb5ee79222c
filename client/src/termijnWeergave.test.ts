import { describe, expect, it } from 'vitest';
import { termijnStand } from './termijnWeergave';

describe('termijnStand', () => {
  it('names the last day of a running term, inclusive', () => {
    expect(termijnStand({ fase: 'lopend', uiterlijk: '2027-01-12' })).toBe('Loopt: tot en met 12 januari 2027');
    expect(termijnStand({ fase: 'nadert', uiterlijk: '2027-01-12' })).toBe('Loopt bijna af: tot en met 12 januari 2027');
  });

  it('says when an expired or closed term ended', () => {
    expect(termijnStand({ fase: 'verlopen', uiterlijk: '2027-01-12' })).toBe('Verlopen: de laatste dag was 12 januari 2027');
    expect(termijnStand({ fase: 'gehaald', uiterlijk: '2027-01-12' })).toBe('Afgerond (laatste dag was 12 januari 2027)');
  });
});
