import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Leerling } from '../api/leerlingen';
import { actiefArrangement, expert, ibEr, leerling, LEERLING_ID } from '../test/arrangementFixtures';
import { beschrijving, mockArrangementApi, probleem, verzoekenNaar } from '../test/arrangementApi';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { ongeldigeInvoer, versieVerouderd } from '../test/fixtures';
import { jsonResponse, renderApp } from '../test/renderApp';
import { passendeSettingen } from '../test/matchingFixtures';
import { TLV_ID, tlvRij } from '../test/tlvFixtures';

const PAD = `/api/v1/leerlingen/${LEERLING_ID}`;
const aangemeld = () => new FakeUserManager(testUser());

function api(huidig: () => Leerling, wijziging: (request: Request) => Response | Promise<Response> = () => new Response(null, { status: 500 }), ik = ibEr()) {
  return mockArrangementApi((url, request) => {
    if (url.pathname === PAD) return jsonResponse(huidig());
    if (url.pathname === `${PAD}/ondersteuningsbehoeften` || url.pathname === `${PAD}/postcodegebied`) return wijziging(request);
    if (url.pathname === `${PAD}/passende-settingen`) return jsonResponse(passendeSettingen);
    if (url.pathname === '/api/v1/arrangementen/overzicht') return jsonResponse({ arrangementen: [actiefArrangement()] });
    if (url.pathname === '/api/v1/toelaatbaarheidsverklaringen') return jsonResponse({ toelaatbaarheidsverklaringen: [tlvRij()], totaal: 1 });
    return new Response(null, { status: 404 });
  }, ik);
}

async function openLeerling() {
  renderApp(`/leerlingen/${LEERLING_ID}`, aangemeld());
  await screen.findByRole('heading', { level: 1, name: 'Sam de Vries' });
}

describe('LeerlingPage', () => {
  it('shows the pupil, the ondersteuningsbehoeften and the arrangementen, with a link to request one', async () => {
    const fetchMock = api(() => leerling());

    await openLeerling();

    const behoeften = screen.getByRole('region', { name: 'Ondersteuningsbehoeften' });
    expect(within(behoeften).getByText('Bevorderende factoren').nextElementSibling?.textContent).toBe(
      'Gemotiveerd, goede band met de leerkracht.',
    );
    expect(within(behoeften).getByText('Belemmerende factoren').nextElementSibling?.textContent).toBe('Niet beschreven');
    expect(within(behoeften).getByText('Aandacht en tijd').nextElementSibling?.textContent).toBe('Korte instructie, vaak herhalen.');
    const arrangementen = screen.getByRole('region', { name: 'Arrangementen' });
    await within(arrangementen).findByRole('table', { name: 'Arrangementen van Sam de Vries (1)' });
    expect(
      verzoekenNaar(fetchMock, '/api/v1/arrangementen/overzicht').map((r) => new URL(r.url).searchParams.get('leerlingId')),
    ).toEqual([LEERLING_ID]);
    expect(within(arrangementen).getByRole('link', { name: 'Arrangement aanvragen' }).getAttribute('href')).toBe(
      `/arrangementen/nieuw?leerlingId=${LEERLING_ID}`,
    );
  });

  it('prints as a document: when it was printed at the top, without the link back to the list or the actions', async () => {
    api(() => leerling());

    await openLeerling();

    const kop = screen.getByRole('heading', { level: 1, name: 'Sam de Vries' });
    const afgedrukt = screen.getByText(/^Afgedrukt op \d{1,2} [a-z]+ \d{4} om \d{2}:\d{2}$/);
    expect(afgedrukt.classList.contains('alleen-afdruk')).toBe(true);
    expect(afgedrukt.compareDocumentPosition(kop) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Alle leerlingen' }).closest('.geen-afdruk')).not.toBeNull();
    // A link that looks like a button is an action: the print style sheet leaves out a.button.
    const aanvragen = await screen.findByRole('link', { name: 'Arrangement aanvragen' });
    expect(aanvragen.matches('a.button')).toBe(true);
  });

  it('lets an expert read but not change or request, and does not ask an expert for TLVs', async () => {
    const fetchMock = api(() => leerling(), undefined, expert());

    await openLeerling();

    await screen.findByRole('table', { name: 'Arrangementen van Sam de Vries (1)' });
    expect(screen.queryByRole('button', { name: 'Ondersteuningsbehoeften wijzigen' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Arrangement aanvragen' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Toelaatbaarheidsverklaringen' })).toBeNull();
    expect(verzoekenNaar(fetchMock, '/api/v1/toelaatbaarheidsverklaringen')).toEqual([]);
  });

  it("lists the pupil's TLVs, each opening its page, with a link to request one", async () => {
    const fetchMock = api(() => leerling());

    await openLeerling();

    const sectie = screen.getByRole('region', { name: 'Toelaatbaarheidsverklaringen' });
    const tabel = await within(sectie).findByRole('table', { name: 'Toelaatbaarheidsverklaringen van Sam de Vries (1)' });
    expect(verzoekenNaar(fetchMock, '/api/v1/toelaatbaarheidsverklaringen').map((r) => new URL(r.url).search)).toEqual([`?leerlingId=${LEERLING_ID}`]);
    const rij = within(tabel).getAllByRole('row')[1]!;
    expect([...rij.querySelectorAll('th, td')].map((cel) => cel.textContent).slice(0, 3)).toEqual(['Speciaal onderwijs (SO)', 'Laag (categorie 1)', 'Bekendgemaakt']);
    expect(within(tabel).getByRole('link', { name: 'Speciaal onderwijs (SO)' }).getAttribute('href')).toBe(`/toelaatbaarheidsverklaringen/${TLV_ID}`);
    expect(within(sectie).getByRole('link', { name: 'Toelaatbaarheidsverklaring aanvragen' }).getAttribute('href')).toBe(
      `/toelaatbaarheidsverklaringen/nieuw?leerling=${LEERLING_ID}`,
    );
  });

  it('saves the ondersteuningsbehoeften with If-Match; a 412 loads the newest versie, a 400 points at the field', async () => {
    let huidig = leerling();
    let pogingen = 0;
    const fetchMock = api(
      () => huidig,
      async (request) => {
        pogingen += 1;
        if (pogingen === 1) {
          huidig = leerling({ versie: 4, groep: '6' });
          return probleem(versieVerouderd(), 412);
        }
        if (pogingen === 2) {
          return probleem(ongeldigeInvoer([{ code: 'tekst-te-lang', detail: 'Hoogstens 2000 tekens.', pointer: '#/onderwijsbehoeften/expertise' }]), 400);
        }
        const body = (await request.clone().json()) as Leerling['ondersteuningsbehoeften'];
        return jsonResponse(leerling({ versie: 5, groep: '6', ondersteuningsbehoeften: body }));
      },
    );
    await openLeerling();

    fireEvent.click(screen.getByRole('button', { name: 'Ondersteuningsbehoeften wijzigen' }));
    const formulier = screen.getByRole('form', { name: 'Ondersteuningsbehoeften wijzigen' });
    fireEvent.change(within(formulier).getByLabelText('Belemmerende factoren'), { target: { value: 'Snel afgeleid.' } });
    fireEvent.change(within(formulier).getByLabelText('Expertise'), { target: { value: 'Leesspecialist' } });
    fireEvent.change(within(formulier).getByRole('combobox', { name: 'Niveau aandacht en tijd' }), { target: { value: '2' } });
    const opslaan = () => fireEvent.click(within(formulier).getByRole('button', { name: 'Ondersteuningsbehoeften opslaan' }));

    opslaan();
    expect((await within(formulier).findByRole('alert')).textContent).toContain(
      'Deze leerling is intussen door iemand anders gewijzigd; de nieuwste versie is geladen.',
    );
    await within(screen.getByRole('region', { name: 'Gegevens' })).findByText('6');

    opslaan();
    await within(formulier).findByText('De ondersteuningsbehoeften zijn niet opgeslagen.');
    expect(beschrijving(within(formulier).getByLabelText('Expertise'))).toContain('Hoogstens 2000 tekens.');

    opslaan();
    expect(await screen.findByText('De ondersteuningsbehoeften zijn opgeslagen.')).toBeDefined();
    const verzoeken = verzoekenNaar(fetchMock, `${PAD}/ondersteuningsbehoeften`);
    expect(verzoeken.map((r) => r.headers.get('If-Match'))).toEqual(['"3"', '"4"', '"4"']);
    expect(await verzoeken[2]?.clone().json()).toEqual({
      bevorderendeFactoren: 'Gemotiveerd, goede band met de leerkracht.',
      belemmerendeFactoren: 'Snel afgeleid.',
      onderwijsbehoeften: {
        aandachtEnTijd: 'Korte instructie, vaak herhalen.',
        onderwijsmaterialen: null,
        ruimtelijkeOmgeving: null,
        expertise: 'Leesspecialist',
        samenwerkingMetAndereInstanties: null,
        niveaus: { aandachtEnTijd: 2, onderwijsmaterialen: null, ruimtelijkeOmgeving: null, expertise: null, samenwerkingMetAndereInstanties: null },
      },
      visieLeerling: null,
      visieOuders: null,
      expertises: [],
    });
    const behoeften = screen.getByRole('region', { name: 'Ondersteuningsbehoeften' });
    expect(within(behoeften).getByText('Belemmerende factoren').nextElementSibling?.textContent).toBe('Snel afgeleid.');
    expect(within(behoeften).getByText('Aandacht en tijd').nextElementSibling?.nextElementSibling?.textContent).toBe('Niveau: 2 – intensief');
  });

  it('shows what fits only when asked: advice, lightest first, explained per field, with requests prefilled from a setting', async () => {
    const fetchMock = api(() => leerling());

    await openLeerling();
    const panel = screen.getByRole('region', { name: 'Wat past?' });
    expect(verzoekenNaar(fetchMock, `${PAD}/passende-settingen`)).toHaveLength(0);

    fireEvent.click(within(panel).getByRole('button', { name: 'Bekijk wat past' }));

    expect(await within(panel).findByText('Dit is een advies om mee te denken, geen besluit.')).toBeTruthy();
    // The button is gone: focus is where the answer came, which says how many settings there are.
    expect(document.activeElement?.contains(within(panel).getByText('Er zijn 2 settingen gevonden, de lichtste eerst.'))).toBe(true);
    const settingen = within(panel).getAllByRole('listitem').filter((li) => li.querySelector('h3'));
    expect(settingen.map((li) => li.querySelector('h3')?.textContent)).toEqual([
      'Speciaal basisonderwijs of praktijkonderwijs: SBO De Brug',
      'Eigen school met extra ondersteuning: De Regenboog',
    ]);
    const [sbo, eigen] = settingen as [HTMLElement, HTMLElement];
    expect(within(sbo).getByText('Voor deze school is een toelaatbaarheidsverklaring (TLV) nodig.')).toBeTruthy();
    expect(within(sbo).getByRole('link', { name: 'TLV aanvragen voor SBO De Brug' }).getAttribute('href')).toBe(
      `/toelaatbaarheidsverklaringen/nieuw?leerling=${LEERLING_ID}&vestiging=34CD00`,
    );
    expect(within(eigen).getByText('Wat ontbreekt:')).toBeTruthy();
    expect(within(eigen).getAllByText('Samenwerking met andere instanties ontbreekt.')).toHaveLength(1);
    expect(within(eigen).getByText('Aandacht en tijd: vraagt 2 (intensief), school biedt 1 (licht)')).toBeTruthy();
    // Each kind of arrangement and the ambulante begeleiding is its own request, opened with the setting's choice.
    expect(within(eigen).getByRole('link', { name: 'Arrangement aanvragen: Onderwijsarrangement' }).getAttribute('href')).toBe(
      `/arrangementen/nieuw?leerlingId=${LEERLING_ID}&soort=onderwijsarrangement`,
    );
    expect(within(eigen).getByRole('link', { name: 'Arrangement aanvragen: Ambulante begeleiding door Auris' }).getAttribute('href')).toBe(
      `/arrangementen/nieuw?leerlingId=${LEERLING_ID}&oba=101A003&obaNaam=Auris&expertise=SLECHTHORENDHEID`,
    );
    expect(within(sbo).queryByRole('link', { name: /^Arrangement aanvragen/ })).toBeNull();
    expect(within(sbo).getByRole('link', { name: 'Bekijk SBO De Brug en het ondersteuningsprofiel' }).getAttribute('href')).toBe(
      '/scholen?zoek=34CD00&school=34CD00',
    );
    expect(within(eigen).queryByRole('link', { name: /^Bekijk / })).toBeNull();
    expect(verzoekenNaar(fetchMock, `${PAD}/passende-settingen`)).toHaveLength(1);
  });

  it('shows the postcode area and saves a new one with If-Match; a 400 points at the field', async () => {
    let pogingen = 0;
    const fetchMock = api(
      () => leerling(),
      async (request) => {
        pogingen += 1;
        if (pogingen === 1) {
          return probleem(ongeldigeInvoer([{ code: 'ongeldig-postcodegebied', detail: 'Geef de vier cijfers van de postcode.', pointer: '#/postcodegebied' }]), 400);
        }
        const body = (await request.clone().json()) as { postcodegebied: string };
        return jsonResponse(leerling({ versie: 4, postcodegebied: body.postcodegebied }));
      },
    );
    await openLeerling();
    const gegevens = screen.getByRole('region', { name: 'Gegevens' });
    expect(within(gegevens).getByText('Postcodegebied').nextElementSibling?.textContent).toBe('Niet ingevuld');

    fireEvent.click(screen.getByRole('button', { name: 'Postcodegebied wijzigen' }));
    const formulier = screen.getByRole('form', { name: 'Postcodegebied wijzigen' });
    const veld = within(formulier).getByLabelText('Postcodegebied');
    expect(beschrijving(veld)).toContain('Alleen de vier cijfers: zo weten we welke begeleiders in de buurt werken.');
    fireEvent.change(veld, { target: { value: '38' } });
    const opslaan = () => fireEvent.click(within(formulier).getByRole('button', { name: 'Postcodegebied opslaan' }));
    opslaan();
    await within(formulier).findByText('Het postcodegebied is niet opgeslagen.');
    expect(beschrijving(within(formulier).getByLabelText('Postcodegebied'))).toContain('Geef de vier cijfers van de postcode.');

    fireEvent.change(within(formulier).getByLabelText('Postcodegebied'), { target: { value: ' 3811 ' } });
    opslaan();
    expect(await screen.findByText('Het postcodegebied is opgeslagen.')).toBeDefined();
    const verzoeken = verzoekenNaar(fetchMock, `${PAD}/postcodegebied`);
    expect(verzoeken.map((r) => [r.method, r.headers.get('If-Match')])).toEqual([['PUT', '"3"'], ['PUT', '"3"']]);
    expect(await verzoeken[1]?.clone().json()).toEqual({ postcodegebied: '3811' });
    expect(within(screen.getByRole('region', { name: 'Gegevens' })).getByText('Postcodegebied').nextElementSibling?.textContent).toBe('3811');
  });
});
