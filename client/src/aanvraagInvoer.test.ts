import { describe, expect, it } from 'vitest';
import { alsAanvraagVerzoek, getalFouten, leesGetal, legeAanvraag, nieuweDoelRij } from './aanvraagInvoer';

describe('leesGetal', () => {
  it('reads Dutch notation, and empty as null', () => {
    expect(leesGetal('1.250,50')).toBe(1250.5);
    expect(leesGetal('1.250')).toBe(1250);
    expect(leesGetal('€ 1250,5')).toBe(1250.5);
    expect(leesGetal('1.000.000')).toBe(1000000);
    expect(leesGetal(' 40 ')).toBe(40);
    expect(leesGetal('12,5')).toBe(12.5);
    expect(leesGetal('')).toBeNull();
  });

  it('refuses what is not a number in Dutch notation instead of guessing', () => {
    for (const tekst of ['veel', '1250.50', '1.25', '1,255', '1.2500', '-5', '1,', ',5', '12 uur']) {
      expect(leesGetal(tekst), tekst).toBe('onleesbaar');
    }
  });
});

describe('getalFouten', () => {
  it('points at every amount the form cannot read, with a Dutch example', () => {
    expect(getalFouten({ ...legeAanvraag(), uren: 'veel', budget: '1250.50' })).toEqual([
      { code: 'ongeldig-getal', detail: 'Schrijf het aantal uren als een getal, zoals 40 of 12,5.', pointer: '#/uren' },
      { code: 'ongeldig-getal', detail: 'Schrijf het bedrag in euro, zoals 1.250 of 1.250,50.', pointer: '#/budget' },
    ]);
    expect(getalFouten({ ...legeAanvraag(), uren: '40', budget: '1.250' })).toEqual([]);
  });
});

describe('alsAanvraagVerzoek', () => {
  it('sends every field, empty ones as null, and the doelen in order', () => {
    const invoer = {
      ...legeAanvraag('0197d3c4-1111-7a8b-9c0d-1e2f3a4b5c6d'),
      soort: 'onderwijsarrangement',
      doelen: [nieuweDoelRij(' Leest op AVI E4. '), nieuweDoelRij('Werkt zelfstandig.')],
      ingangsdatum: '2026-12-01',
      einddatum: '2027-06-01',
      uren: '40',
      uitvoerderSoort: 'school',
      uitvoerderNaam: 'De Regenboog',
      obaCode: '123a456',
      bekostiger: 'swv',
      toelichting: 'Nodig.',
    };
    invoer.inhoud.aandachtEnTijd = 'Verlengde instructie';
    expect(alsAanvraagVerzoek(invoer)).toEqual({
      leerlingId: '0197d3c4-1111-7a8b-9c0d-1e2f3a4b5c6d',
      soort: 'onderwijsarrangement',
      inhoud: {
        aandachtEnTijd: 'Verlengde instructie',
        onderwijsmaterialen: null,
        ruimtelijkeOmgeving: null,
        expertise: null,
        samenwerkingMetAndereInstanties: null,
      },
      doelen: ['Leest op AVI E4.', 'Werkt zelfstandig.'],
      ingangsdatum: '2026-12-01',
      einddatum: '2027-06-01',
      uren: 40,
      budget: null,
      // Not an OBA: the RIO code typed earlier is not sent.
      uitvoerder: { soort: 'school', naam: 'De Regenboog', obaCode: null, expertise: null, expertId: null },
      bekostiger: 'swv',
      toelichting: 'Nodig.',
    });
  });

  it('sends the RIO code in capitals and the expertise for an OBA', () => {
    const verzoek = alsAanvraagVerzoek({
      ...legeAanvraag(),
      uitvoerderSoort: 'oba',
      uitvoerderNaam: 'Ambulante Dienst',
      obaCode: '123a456',
      expertise: 'SLECHTHORENDHEID',
    });
    expect(verzoek.uitvoerder).toEqual({ soort: 'oba', naam: 'Ambulante Dienst', obaCode: '123A456', expertise: 'SLECHTHORENDHEID', expertId: null });
    expect(verzoek.leerlingId).toBeNull();
  });

  it('names an expert by account only when the provider is an expert', () => {
    const expert = { ...legeAanvraag(), uitvoerderSoort: 'expert', uitvoerderNaam: 'Eva Expert', expertId: '0197d3c4-2222-7a8b-9c0d-1e2f3a4b5c6d' };
    expect(alsAanvraagVerzoek(expert).uitvoerder.expertId).toBe('0197d3c4-2222-7a8b-9c0d-1e2f3a4b5c6d');
    expect(alsAanvraagVerzoek({ ...expert, uitvoerderSoort: 'school' }).uitvoerder.expertId).toBeNull();
    expect(alsAanvraagVerzoek({ ...expert, expertId: '' }).uitvoerder.expertId).toBeNull();
  });
});
