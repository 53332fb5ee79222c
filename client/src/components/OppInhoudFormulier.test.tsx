import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Opp } from '../api/ontwikkelingsperspectiefplannen';
import { actiefArrangement, ARRANGEMENT_ID } from '../test/arrangementFixtures';
import { beschrijving, mockArrangementApi, probleem, verzoekenNaar } from '../test/arrangementApi';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { ongeldigeInvoer, versieVerouderd } from '../test/fixtures';
import { instemming, legeInhoud, opp, OPP_ID, versie, volledigeInhoud } from '../test/oppFixtures';
import { jsonResponse, renderComponent } from '../test/renderApp';
import { OppInhoudFormulier } from './OppInhoudFormulier';

const PAD = `/api/v1/ontwikkelingsperspectiefplannen/${OPP_ID}/concept`;

function api(opslaan: (request: Request) => Response | Promise<Response> = async () => jsonResponse(opp({ versie: 5 }))) {
  return mockArrangementApi((url, request) => {
    if (url.pathname === '/api/v1/arrangementen/overzicht') return jsonResponse({ arrangementen: [actiefArrangement()] });
    if (url.pathname === PAD && request.method === 'PUT') return opslaan(request);
    return new Response(null, { status: 404 });
  });
}

async function toon(plan: Opp) {
  renderComponent(<OppInhoudFormulier opp={plan} />, new FakeUserManager(testUser()));
  return screen.findByRole('form', { name: 'Concept van het plan bewerken' });
}

const waarde = (label: string) => (screen.getByLabelText(label) as HTMLInputElement).value;

describe('OppInhoudFormulier', () => {
  it('shows the concept in the sections of the plan, filled from what it says now', async () => {
    api();
    await toon(opp());

    expect(screen.getAllByRole('heading', { level: 3 }).map((kop) => kop.textContent)).toEqual([
      'Uitstroombestemming',
      'Belemmerende en bevorderende factoren',
      'Afwijkingen van het onderwijsprogramma',
      'Handelingsdeel',
      'Plan van aanpak',
    ]);
    expect(waarde('Verwachte uitstroombestemming')).toBe('vmbo-kb');
    expect(waarde('Onderbouwing van de uitstroombestemming')).toBe('Sam leert praktisch en gaat vooruit met rekenen.');
    expect(waarde('Belemmerende factoren')).toBe('Leest langzaam.');
    expect(waarde('Vakgebied afwijking 1')).toBe('Rekenen');
    expect(waarde('Termijn doel 2')).toBe('korte-termijn');
    expect(waarde('Omschrijving doel 2')).toBe('Werkt tien minuten zelfstandig.');
    expect(waarde('Hoeveel bij ondersteuning 1')).toBe('Twee keer per week een half uur');
    expect(waarde('Evaluatiemoment 2')).toBe('15-06-2027');
    expect(waarde('Begindatum interventie 1')).toBe('10-01-2027');
    expect(waarde('Experturen')).toBe('12,5');
    // The pupil's arrangementen to link support to, by soort and period.
    const keuze = screen.getByLabelText('Arrangement bij ondersteuning 1 (niet verplicht)');
    await within(keuze).findByRole('option', { name: /^Onderwijsarrangement, 1 december 2026 t\/m 17 juli 2027/ });
    expect(screen.queryByText(/moeten de ouders opnieuw instemmen/)).toBeNull();
  });

  it('offers only the destinations that fit the kind of school', async () => {
    api();
    await toon(opp({ soortSchool: 'VSO', versies: [versie({ inhoud: legeInhoud() })] }));
    const opties = within(screen.getByLabelText('Verwachte uitstroombestemming')).getAllByRole('option');
    expect(opties.map((optie) => optie.textContent)).toEqual([
      'Nog niet gekozen',
      'Uitstroomprofiel dagbesteding',
      'Uitstroomprofiel arbeidsmarkt',
      'Uitstroomprofiel vervolgonderwijs',
    ]);
  });

  it('offers a level of secondary education or a VSO profile at a primary school', async () => {
    api();
    await toon(opp({ versies: [versie({ inhoud: legeInhoud() })] }));
    const opties = within(screen.getByLabelText('Verwachte uitstroombestemming')).getAllByRole('option');
    expect(opties).toHaveLength(11);
    expect(opties.map((optie) => optie.textContent)).toContain('Havo');
    expect(opties.map((optie) => optie.textContent)).toContain('Uitstroomprofiel arbeidsmarkt');
  });

  it('adds a goal with the focus on its first field, and removes one with the focus on the add button', async () => {
    api();
    await toon(opp());

    fireEvent.click(screen.getByRole('button', { name: 'Doel toevoegen' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Termijn doel 3')));
    fireEvent.change(screen.getByLabelText('Omschrijving doel 3'), { target: { value: 'Sam vraagt zelf om hulp.' } });

    fireEvent.click(screen.getByRole('button', { name: 'Doel 1 verwijderen' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Doel toevoegen' }));
    expect(screen.queryByLabelText('Omschrijving doel 3')).toBeNull();
    expect(waarde('Omschrijving doel 1')).toBe('Werkt tien minuten zelfstandig.');
    expect(waarde('Omschrijving doel 2')).toBe('Sam vraagt zelf om hulp.');
  });

  it('saves the whole concept on the versie shown, empty texts as null, and says so', async () => {
    const fetchMock = api();
    await toon(opp());

    fireEvent.change(screen.getByLabelText('Verwachte uitstroombestemming'), { target: { value: 'vmbo-bb' } });
    fireEvent.change(screen.getByLabelText('Bevorderende factoren'), { target: { value: '  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Afwijking 1 verwijderen' }));
    fireEvent.change(screen.getByLabelText('Arrangement bij ondersteuning 1 (niet verplicht)'), { target: { value: ARRANGEMENT_ID } });
    fireEvent.click(screen.getByRole('button', { name: 'Evaluatiemoment toevoegen' }));
    fireEvent.change(screen.getByLabelText('Evaluatiemoment 3'), { target: { value: '1-10-2027' } });
    fireEvent.click(screen.getByRole('button', { name: 'Interventie 1 verwijderen' }));
    fireEvent.change(screen.getByLabelText('Experturen'), { target: { value: '20' } });
    fireEvent.click(screen.getByRole('button', { name: 'Concept opslaan' }));

    expect(await screen.findByText('Het concept is opgeslagen.')).toBeTruthy();
    const [verzoek] = verzoekenNaar(fetchMock, PAD);
    expect(verzoek?.method).toBe('PUT');
    expect(verzoek?.headers.get('If-Match')).toBe('"4"');
    expect(await verzoek?.json()).toEqual({
      uitstroombestemming: 'vmbo-bb',
      onderbouwingUitstroom: 'Sam leert praktisch en gaat vooruit met rekenen.',
      bevorderendeFactoren: null,
      belemmerendeFactoren: 'Leest langzaam.',
      afwijkingen: [],
      handelingsdeel: {
        doelen: [
          { termijn: 'lange-termijn', domein: 'Technisch lezen', omschrijving: 'Leest op AVI E6.' },
          { termijn: 'korte-termijn', domein: 'Werkhouding', omschrijving: 'Werkt tien minuten zelfstandig.' },
        ],
        ondersteuning: [
          { wat: 'Verlengde instructie lezen', doorWie: 'Leerkracht', omvang: 'Twee keer per week een half uur', arrangementId: ARRANGEMENT_ID },
        ],
        evaluatiemomenten: ['2027-02-01', '2027-06-15', '2027-10-01'],
        planVanAanpak: { doelen: ['Sam leest elke dag tien minuten hardop.'], interventies: [], expertUren: 20 },
      },
    });
  });

  it('leaves the plan van aanpak out while it is empty', async () => {
    const fetchMock = api();
    await toon(opp({ versies: [versie({ inhoud: legeInhoud() })] }));
    fireEvent.click(screen.getByRole('button', { name: 'Concept opslaan' }));
    await screen.findByText('Het concept is opgeslagen.');
    expect(await verzoekenNaar(fetchMock, PAD)[0]?.json()).toEqual({
      onderbouwingUitstroom: null,
      bevorderendeFactoren: null,
      belemmerendeFactoren: null,
      afwijkingen: [],
      handelingsdeel: { doelen: [], ondersteuning: [], evaluatiemomenten: [] },
    });
  });

  it('shows each problem of the API at its field and in the summary, with a link to the field', async () => {
    api(async () =>
      probleem(
        ongeldigeInvoer(
          [
            { code: 'tekst-vereist', detail: 'Beschrijf het doel.', pointer: '#/handelingsdeel/doelen/1/omschrijving' },
            { code: 'periode-omgekeerd', detail: 'De einddatum ligt op of na de begindatum.', pointer: '#/handelingsdeel/planVanAanpak/interventies/0/tot' },
            { code: 'uitstroombestemming-past-niet', detail: 'Kies een uitstroomprofiel.', pointer: '#/uitstroombestemming' },
          ],
          PAD,
        ),
        400,
      ),
    );
    await toon(opp());
    fireEvent.click(screen.getByRole('button', { name: 'Concept opslaan' }));

    const samenvatting = await screen.findByRole('alert');
    expect(within(samenvatting).getByText('Het concept is niet opgeslagen.')).toBeTruthy();
    expect(beschrijving(screen.getByLabelText('Omschrijving doel 2'))).toContain('Beschrijf het doel.');
    expect(beschrijving(screen.getByLabelText('Einddatum interventie 1'))).toContain('De einddatum ligt op of na de begindatum.');
    expect(beschrijving(screen.getByLabelText('Verwachte uitstroombestemming'))).toContain('Kies een uitstroomprofiel.');
    await waitFor(() => expect(within(samenvatting).getAllByRole('link')).toHaveLength(3));
    fireEvent.click(within(samenvatting).getByRole('link', { name: 'Beschrijf het doel.' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Omschrijving doel 2'));
    expect(screen.queryByText('Het concept is opgeslagen.')).toBeNull();
  });

  it('does not send a date or a number it cannot read, and says so at the field', async () => {
    const fetchMock = api();
    await toon(opp());
    fireEvent.change(screen.getByLabelText('Evaluatiemoment 1'), { target: { value: '31-02-2027' } });
    fireEvent.change(screen.getByLabelText('Experturen'), { target: { value: 'veel' } });
    fireEvent.click(screen.getByRole('button', { name: 'Concept opslaan' }));

    await screen.findByRole('alert');
    expect(beschrijving(screen.getByLabelText('Evaluatiemoment 1'))).toContain('Februari 2027 heeft 28 dagen');
    expect(beschrijving(screen.getByLabelText('Experturen'))).toContain('Schrijf het aantal experturen als een getal');
    expect(verzoekenNaar(fetchMock, PAD)).toHaveLength(0);
  });

  it('keeps the input when someone else changed the plan first, and says so', async () => {
    api(async () => probleem(versieVerouderd(), 412));
    await toon(opp());
    fireEvent.change(screen.getByLabelText('Omschrijving doel 1'), { target: { value: 'Sam leest op AVI-niveau M6.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Concept opslaan' }));

    expect((await screen.findByRole('alert')).textContent).toContain('Dit plan is intussen door iemand anders gewijzigd');
    expect(waarde('Omschrijving doel 1')).toBe('Sam leest op AVI-niveau M6.');
  });

  it('warns that the ouders must agree again when they agreed to this concept’s handelingsdeel', async () => {
    api();
    await toon(opp({ versies: [versie({ instemming: instemming() })] }));
    expect(screen.getByText(/moeten de ouders opnieuw instemmen/)).toBeTruthy();
  });

  it('says so when there is no concept to edit', async () => {
    api();
    renderComponent(
      <OppInhoudFormulier opp={opp({ status: 'vastgesteld', conceptversie: null, versies: [versie({ status: 'vastgesteld', inhoud: volledigeInhoud() })] })} />,
      new FakeUserManager(testUser()),
    );
    expect(await screen.findByText('Er is geen concept om te bewerken.')).toBeTruthy();
  });
});
