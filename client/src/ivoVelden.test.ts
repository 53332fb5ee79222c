import { describe, expect, it } from 'vitest';
import { alsIvoTeksten, alsIvoVelden, isLeeg, IVO_VELDEN, niveauLabel } from './ivoVelden';

describe('IVO fields', () => {
  it('names the five fields in their fixed order', () => {
    expect(IVO_VELDEN.map((v) => v.naam)).toEqual([
      'Aandacht en tijd',
      'Onderwijsmaterialen',
      'Ruimtelijke omgeving',
      'Expertise',
      'Samenwerking met andere instanties',
    ]);
  });

  it('edits missing fields as empty text and sends empty text as null, trimmed', () => {
    const teksten = alsIvoTeksten({ aandachtEnTijd: 'Twee uur per week', expertise: null });
    expect(teksten).toEqual({
      aandachtEnTijd: 'Twee uur per week',
      onderwijsmaterialen: '',
      ruimtelijkeOmgeving: '',
      expertise: '',
      samenwerkingMetAndereInstanties: '',
      niveaus: { aandachtEnTijd: '', onderwijsmaterialen: '', ruimtelijkeOmgeving: '', expertise: '', samenwerkingMetAndereInstanties: '' },
    });
    expect(alsIvoVelden({ ...teksten, expertise: '  Ambulant begeleider ', ruimtelijkeOmgeving: '   ' })).toEqual({
      aandachtEnTijd: 'Twee uur per week',
      onderwijsmaterialen: null,
      ruimtelijkeOmgeving: null,
      expertise: 'Ambulant begeleider',
      samenwerkingMetAndereInstanties: null,
    });
  });

  it('edits levels as select values and sends them as numbers, 0 included and empty as null', () => {
    const teksten = alsIvoTeksten({ niveaus: { aandachtEnTijd: 0, expertise: 3, onderwijsmaterialen: null } });
    expect(teksten.niveaus).toEqual({ aandachtEnTijd: '0', onderwijsmaterialen: '', ruimtelijkeOmgeving: '', expertise: '3', samenwerkingMetAndereInstanties: '' });
    expect(alsIvoVelden({ ...teksten, niveaus: { ...teksten.niveaus, ruimtelijkeOmgeving: '2' } }).niveaus).toEqual({
      aandachtEnTijd: 0,
      onderwijsmaterialen: null,
      ruimtelijkeOmgeving: 2,
      expertise: 3,
      samenwerkingMetAndereInstanties: null,
    });
  });

  it('labels the levels in plain words, and no level as not filled in', () => {
    expect(niveauLabel(2)).toBe('2 – intensief');
    expect(niveauLabel(0)).toBe('0 – geen');
    expect(niveauLabel(null)).toBe('Niet ingevuld');
  });

  it('knows when nothing is described', () => {
    expect(isLeeg(undefined)).toBe(true);
    expect(isLeeg({ aandachtEnTijd: ' ', expertise: null })).toBe(true);
    expect(isLeeg({ onderwijsmaterialen: 'Leesprogramma' })).toBe(false);
    expect(isLeeg({ niveaus: { expertise: 0 } })).toBe(false);
  });
});
