import { describe, expect, it } from 'vitest';
import { belNaam, zaakRoute } from './meldingen';

describe('meldingen', () => {
  it('names the bell with the unread count in words', () => {
    expect(belNaam(3)).toBe('Meldingen, 3 ongelezen');
    expect(belNaam(1)).toBe('Meldingen, 1 ongelezen');
    expect(belNaam(0)).toBe('Meldingen');
    expect(belNaam(undefined)).toBe('Meldingen');
  });

  it('links each kind of case to its page, and nothing without a case', () => {
    expect(zaakRoute({ zaak: 'arrangement', zaakId: 'a1' })).toBe('/arrangementen/a1');
    expect(zaakRoute({ zaak: 'toelaatbaarheidsverklaring', zaakId: 't1' })).toBe('/toelaatbaarheidsverklaringen/t1');
    expect(zaakRoute({ zaak: 'ontwikkelingsperspectiefplan', zaakId: 'o1' })).toBe('/ontwikkelingsperspectiefplannen/o1');
    expect(zaakRoute({})).toBeUndefined();
  });
});
