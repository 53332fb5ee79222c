import { describe, expect, it } from 'vitest';
import {
  alsAdviesVerzoek,
  alsBesluitVerzoek,
  alsTlvAanvraagVerzoek,
  besluitVanAanvraag,
  categorieenVoor,
  categorieNaSoort,
  gebruikelijkeEinddatum,
  gebruikelijkeJaren,
  legeTlvAanvraag,
  wijktAfVanLbt,
  type AdviesInvoer,
} from './tlvInvoer';

describe('categorieenVoor / categorieNaSoort', () => {
  it('offers low, middle and high for SO and VSO, only NVT for SBO and PrO, nothing before a soort', () => {
    expect(categorieenVoor('SO')).toEqual(['L', 'M', 'H']);
    expect(categorieenVoor('VSO')).toEqual(['L', 'M', 'H']);
    expect(categorieenVoor('SBO')).toEqual(['NVT']);
    expect(categorieenVoor('PRO')).toEqual(['NVT']);
    expect(categorieenVoor('')).toEqual([]);
  });

  it('keeps a categorie that still fits, chooses NVT where it is the only one, and drops one that no longer fits', () => {
    expect(categorieNaSoort('VSO', 'H')).toBe('H');
    expect(categorieNaSoort('SBO', 'H')).toBe('NVT');
    expect(categorieNaSoort('SO', 'NVT')).toBe('');
    expect(categorieNaSoort('', 'M')).toBe('');
  });
});

describe('legeTlvAanvraag', () => {
  it('takes the school of an aanmelding as beoogde school, with its soort', () => {
    const invoer = legeTlvAanvraag('leerling-1', { vestiging: '56EF00', soort: 'SBO' });
    expect(invoer).toMatchObject({ leerlingId: 'leerling-1', soort: 'SBO', categorie: 'NVT', schoolHerkomst: 'swv', vestiging: '56EF00' });
    expect(legeTlvAanvraag('leerling-1', { vestiging: '78GH00', soort: 'SO' })).toMatchObject({ soort: 'SO', categorie: '', vestiging: '78GH00' });
  });

  it('leaves school and soort open for a school no TLV is for (a regular school)', () => {
    expect(legeTlvAanvraag('leerling-1', { vestiging: '12AB00', soort: 'BAO' })).toMatchObject({ soort: '', categorie: '', vestiging: '' });
    expect(legeTlvAanvraag('leerling-1')).toMatchObject({ soort: '', vestiging: '' });
  });
});

describe('alsTlvAanvraagVerzoek', () => {
  const ingevuld = {
    ...legeTlvAanvraag('leerling-1'),
    soort: 'SO',
    categorie: 'L',
    vestiging: '56EF00',
    ingangsdatum: '2027-08-01',
    basisondersteuning: ' Verlengde instructie. ',
    extraOndersteuning: 'Een gedragsarrangement.',
    arrangementen: ['arrangement-1'],
    visieOuders: 'Rust.',
    visieLeerling: '',
  };

  it('sends a school of the SWV by its vestiging alone, empty fields as null, texts trimmed', () => {
    expect(alsTlvAanvraagVerzoek(ingevuld)).toEqual({
      leerlingId: 'leerling-1',
      soort: 'SO',
      categorie: 'L',
      beoogdeSchool: { vestiging: '56EF00' },
      ingangsdatum: '2027-08-01',
      einddatum: null,
      onderwijsbehoeften: {
        aandachtEnTijd: null,
        onderwijsmaterialen: null,
        ruimtelijkeOmgeving: null,
        expertise: null,
        samenwerkingMetAndereInstanties: null,
      },
      basisondersteuning: 'Verlengde instructie.',
      extraOndersteuning: 'Een gedragsarrangement.',
      arrangementen: ['arrangement-1'],
      visieOuders: 'Rust.',
      visieLeerling: null,
    });
  });

  it('makes a school outside the SWV from BRIN and vestigingcode, with its name and the soort of the TLV', () => {
    const buiten = { ...ingevuld, schoolHerkomst: 'buiten' as const, vestiging: '56EF00', brin: '98zz', vestigingcode: '01', schoolnaam: 'De Horizon' };
    expect(alsTlvAanvraagVerzoek(buiten).beoogdeSchool).toEqual({ vestiging: '98ZZ01', naam: 'De Horizon', soort: 'SO' });
    expect(alsTlvAanvraagVerzoek({ ...buiten, brin: '', vestigingcode: '', schoolnaam: '' }).beoogdeSchool).toEqual({
      vestiging: null,
      naam: null,
      soort: 'SO',
    });
  });
});

describe('alsBesluitVerzoek', () => {
  const aanvraag = { soort: 'SO', categorie: 'M', gevraagdeIngangsdatum: '2027-08-01' };

  it('starts from what was requested, with today as the date of the decision', () => {
    expect(besluitVanAanvraag(aanvraag, '2027-06-01')).toMatchObject({
      toelaatbaar: '',
      soort: 'SO',
      categorie: 'M',
      ingangsdatum: '2027-08-01',
      besluitdatum: '2027-06-01',
    });
  });

  it('sends a positive decision with soort, categorie and period; an empty einddatum as null (the usual duration)', () => {
    const invoer = { ...besluitVanAanvraag(aanvraag, '2027-06-01'), toelaatbaar: 'ja' as const, beschikkingsnummer: 'TLV-1', motivering: 'Past.' };
    expect(alsBesluitVerzoek(invoer)).toEqual({
      toelaatbaar: true,
      soort: 'SO',
      categorie: 'M',
      ingangsdatum: '2027-08-01',
      einddatum: null,
      redenAfwijkendeDuur: null,
      beschikkingsnummer: 'TLV-1',
      besluitdatum: '2027-06-01',
      motivering: 'Past.',
      afwijkingVanAdvies: null,
    });
  });

  it('sends a refusal without soort, categorie or period, whatever was filled in before', () => {
    const invoer = { ...besluitVanAanvraag(aanvraag, '2027-06-01'), toelaatbaar: 'nee' as const, einddatum: '2029-07-31', motivering: 'Regulier kan het.' };
    expect(alsBesluitVerzoek(invoer)).toEqual({
      toelaatbaar: false,
      beschikkingsnummer: null,
      besluitdatum: '2027-06-01',
      motivering: 'Regulier kan het.',
      afwijkingVanAdvies: null,
    });
  });

  it('sends an unanswered toelaatbaar as null, so the API names it', () => {
    expect(alsBesluitVerzoek(besluitVanAanvraag(aanvraag, '2027-06-01')).toelaatbaar).toBeNull();
  });
});

describe('alsAdviesVerzoek', () => {
  const advies: AdviesInvoer = {
    toelaatbaar: 'ja',
    soort: 'VSO',
    categorie: 'H',
    einddatum: '',
    motiveringOnderwijsbehoeften: 'Veel structuur.',
    motiveringRegulier: 'Regulier lukt niet.',
    motiveringBeoogdeSchool: 'Kleine groepen.',
    datum: '2027-05-01',
    onafhankelijk: true,
  };

  it('sends the declaration as true only when ticked; unticked as null, so the API names what is missing', () => {
    expect(alsAdviesVerzoek(advies).onafhankelijkheidVerklaard).toBe(true);
    expect(alsAdviesVerzoek({ ...advies, onafhankelijk: false }).onafhankelijkheidVerklaard).toBeNull();
  });

  it('sends a negative advice without soort, categorie or end date', () => {
    expect(alsAdviesVerzoek({ ...advies, toelaatbaar: 'nee', einddatum: '2029-07-31' })).toEqual({
      toelaatbaar: false,
      einddatum: null,
      motiveringOnderwijsbehoeften: 'Veel structuur.',
      motiveringRegulier: 'Regulier lukt niet.',
      motiveringBeoogdeSchool: 'Kleine groepen.',
      datum: '2027-05-01',
      onafhankelijkheidVerklaard: true,
    });
  });
});

describe('wijktAfVanLbt', () => {
  it('asks why only when the decision goes against the LBT', () => {
    expect(wijktAfVanLbt('gegrond', 'handhaven')).toBe(true);
    expect(wijktAfVanLbt('gegrond', 'herroepen')).toBe(false);
    expect(wijktAfVanLbt('ongegrond', 'handhaven')).toBe(false);
    expect(wijktAfVanLbt('ongegrond', 'wijzigen')).toBe(true);
    expect(wijktAfVanLbt(undefined, 'handhaven')).toBe(false);
  });
});

describe('the usual duration', () => {
  const duur = { sbo: 2, so: 3, vso: 4, pro: null };

  it('reads the years of the soort; PrO without a usual duration has none', () => {
    expect(gebruikelijkeJaren('SO', duur)).toBe(3);
    expect(gebruikelijkeJaren('PRO', duur)).toBeUndefined();
    expect(gebruikelijkeJaren('', duur)).toBeUndefined();
  });

  it('ends on 31 July of the last school year, counted from the school year of the ingangsdatum', () => {
    expect(gebruikelijkeEinddatum('2027-08-01', 2)).toBe('2029-07-31');
    // A start in January belongs to the school year that began the August before.
    expect(gebruikelijkeEinddatum('2027-01-15', 2)).toBe('2028-07-31');
    expect(gebruikelijkeEinddatum('', 2)).toBeUndefined();
  });
});
