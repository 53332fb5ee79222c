import { describe, expect, it } from 'vitest';
import { alsLeerlingZoekvraag } from './leerlingZoekvraag';

describe('alsLeerlingZoekvraag', () => {
  it('reads a Dutch date as a date of birth and anything else as a name', () => {
    expect(alsLeerlingZoekvraag('14-03-2017')).toEqual({ geboortedatum: '2017-03-14' });
    expect(alsLeerlingZoekvraag(' 4/3/2017 ')).toEqual({ geboortedatum: '2017-03-04' });
    expect(alsLeerlingZoekvraag('14032017')).toEqual({ geboortedatum: '2017-03-14' });
    expect(alsLeerlingZoekvraag('de vries')).toEqual({ naam: 'de vries' });
    expect(alsLeerlingZoekvraag(' s ')).toBeNull();
  });
});
