import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { vandaagIso } from '../aanbiederWeergave';
import { ARRANGEMENT_ID, ibEr, mijnAanvraag, werkvoorraadItem, werkvoorraadPagina } from '../test/arrangementFixtures';
import { mockArrangementApi, probleem, verzoekenNaar } from '../test/arrangementApi';
import { csvBestand, vangDownloads } from '../test/downloads';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { beheerder, medewerker } from '../test/fixtures';
import { jsonResponse, renderApp } from '../test/renderApp';

const aangemeld = () => new FakeUserManager(testUser());
const TWEEDE = '0197d3c4-5e6f-7a8b-9c0d-1e2f3a4b5c7e';
/** An empty werkvoorraad and an empty "mijn aanvragen" in one answer. */
const LEEG = { items: [], aanvragen: [], totaal: 0 };

describe('WerkvoorraadPage', () => {
  it('lists what waits, in the API order, with leerling, action and reason, soort, status, Dutch deadline and a verlopen mark', async () => {
    mockArrangementApi((url) =>
      url.pathname === '/api/v1/arrangementen/werkvoorraad'
        ? jsonResponse({
            totaal: 2,
            items: [
              werkvoorraadItem({
                arrangementId: TWEEDE,
                leerling: 'Noor Jansen',
                soort: 'inzet-expert',
                status: 'in-behandeling',
                actie: 'besluiten',
                omschrijving: 'Aanvraag in behandeling: ken toe of wijs af',
                deadline: '2026-11-02',
                verlopen: true,
              }),
              werkvoorraadItem(),
            ],
          })
        : new Response(null, { status: 404 }),
    );

    renderApp('/werkvoorraad', aangemeld());

    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn werkvoorraad' })).toBeDefined();
    expect(await screen.findByRole('heading', { level: 2, name: 'Voor: SWV-medewerker' })).toBeDefined();
    const tabel = await screen.findByRole('table', { name: 'Wat op uw actie wacht als SWV-medewerker (2)' });
    expect(document.title).toBe('Mijn werkvoorraad – PassendOnderwijs');
    expect(screen.getByText('Er wachten 2 acties op u; bij 1 is de deadline verlopen.')).toBeDefined();
    const rijen = within(tabel).getAllByRole('row').slice(1);
    const cellen = (rij: HTMLElement) => [...rij.querySelectorAll('th, td')].map((cel) => cel.textContent);
    expect(cellen(rijen[0]!)).toEqual([
      'Noor JansenBasisschool De Regenboog (12AB00)',
      'Arrangement',
      'BesluitenAanvraag in behandeling: ken toe of wijs af',
      'Inzet van een expert',
      'In behandeling',
      '2 november 2026Verlopen',
    ]);
    expect(cellen(rijen[1]!)).toEqual([
      'Sam de VriesBasisschool De Regenboog (12AB00)',
      'Arrangement',
      'In behandeling nemenNieuwe aanvraag: neem haar in behandeling',
      'Onderwijsarrangement',
      'Aangevraagd',
      '22 december 2026',
    ]);
    expect(rijen[0]!.className).toBe('rij--verlopen');
    expect(within(tabel).getByRole('link', { name: 'Sam de Vries' }).getAttribute('href')).toBe(`/arrangementen/${ARRANGEMENT_ID}`);
    expect(within(tabel).getByRole('link', { name: 'Noor Jansen' }).getAttribute('href')).toBe(`/arrangementen/${TWEEDE}`);
  });

  it('shows the first page with the total, and the next page of arrangementen on request, still grouped per role', async () => {
    const DERDE = '0197d3c4-5e6f-7a8b-9c0d-1e2f3a4b5c7f';
    const fetchMock = mockArrangementApi((url) => {
      if (url.pathname !== '/api/v1/arrangementen/werkvoorraad') return jsonResponse({ items: [] });
      return url.searchParams.get('cursor') === 'pagina-2'
        ? jsonResponse(werkvoorraadPagina([werkvoorraadItem({ arrangementId: DERDE, leerling: 'Daan Bakker', deadline: '2027-01-05' })], { totaal: 3 }))
        : jsonResponse(
            werkvoorraadPagina(
              [
                werkvoorraadItem({ leerling: 'Sam de Vries', deadline: '2026-11-02', verlopen: true }),
                werkvoorraadItem({ arrangementId: TWEEDE, leerling: 'Noor Jansen', actie: 'besluiten', status: 'in-behandeling' }),
              ],
              { totaal: 3, volgendeCursor: 'pagina-2' },
            ),
          );
    }, medewerker());

    renderApp('/werkvoorraad', aangemeld());

    expect(await screen.findByText('Er wachten 3 acties op u; u ziet de eerste 2, de vroegste deadline eerst.')).toBeDefined();
    expect(screen.getByRole('table', { name: 'Wat op uw actie wacht als SWV-medewerker (2)' })).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Meer laden' }));

    const tabel = await screen.findByRole('table', { name: 'Wat op uw actie wacht als SWV-medewerker (3)' });
    expect(within(tabel).getAllByRole('link').map((link) => link.textContent)).toEqual(['Sam de Vries', 'Noor Jansen', 'Daan Bakker']);
    expect(screen.getByText('Er wachten 3 acties op u; bij 1 is de deadline verlopen.')).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Meer laden' })).toBeNull();
    expect(verzoekenNaar(fetchMock, '/api/v1/arrangementen/werkvoorraad').map((r) => new URL(r.url).search)).toEqual(['', '?cursor=pagina-2']);
  });

  it('groups the lines by the role they are for, so a person with two roles sees both, each labelled', async () => {
    mockArrangementApi(
      (url) =>
        url.pathname === '/api/v1/arrangementen/werkvoorraad'
          ? jsonResponse({
              totaal: 2,
              items: [
                werkvoorraadItem({
                  arrangementId: TWEEDE,
                  actie: 'evalueren',
                  voor: 'expert',
                  status: 'actief',
                  omschrijving: 'Evaluatie nodig: de laatste was op 3 maart 2026',
                  deadline: '2026-09-03',
                  verlopen: true,
                }),
                werkvoorraadItem({ actie: 'vraag-beantwoorden', voor: 'school-medewerker', status: 'in-behandeling', omschrijving: 'Het samenwerkingsverband vraagt: Is er een plan?' }),
              ],
            })
          : jsonResponse(LEEG),
      { ...ibEr(), rollen: ['school-medewerker', 'expert'] },
    );

    renderApp('/werkvoorraad', aangemeld());

    const expertGroep = await screen.findByRole('region', { name: 'Voor: expert' });
    const ibGroep = screen.getByRole('region', { name: 'Voor: intern begeleider' });
    expect(screen.getAllByRole('heading', { level: 2 }).map((kop) => kop.textContent)).toEqual(['Voor: expert', 'Voor: intern begeleider', 'Mijn aanvragen']);
    const expertTabel = within(expertGroep).getByRole('table', { name: 'Wat op uw actie wacht als expert (1)' });
    expect(within(expertTabel).getByText('Evaluatie nodig: de laatste was op 3 maart 2026')).toBeDefined();
    expect(within(expertTabel).getByText('3 september 2026')).toBeDefined();
    expect(within(expertTabel).getByText('Verlopen')).toBeDefined();
    const ibTabel = within(ibGroep).getByRole('table', { name: 'Wat op uw actie wacht als intern begeleider (1)' });
    expect(within(ibTabel).getByText('Vraag beantwoorden')).toBeDefined();
    expect(within(ibTabel).queryByText('Verlopen')).toBeNull();
  });

  it('shows a school its own requests in progress, with status labels and Dutch dates, and loads more on request', async () => {
    const fetchMock = mockArrangementApi((url) => {
      if (url.pathname === '/api/v1/arrangementen/mijn-aanvragen') {
        return url.searchParams.get('cursor') === 'pagina-2'
          ? jsonResponse({ aanvragen: [mijnAanvraag({ id: TWEEDE, leerling: { id: 'l2', voornaam: 'Noor', achternaam: 'Jansen' } })], totaal: 2 })
          : jsonResponse({
              aanvragen: [mijnAanvraag({ status: 'in-behandeling', vraagStaatOpen: true })],
              totaal: 2,
              volgendeCursor: 'pagina-2',
            });
      }
      return jsonResponse({ items: [] });
    }, ibEr());

    renderApp('/werkvoorraad', aangemeld());

    const sectie = await screen.findByRole('region', { name: 'Mijn aanvragen' });
    const tabel = await within(sectie).findByRole('table', { name: 'Uw aanvragen die nog lopen (2)' });
    const cellen = (rij: HTMLElement) => [...rij.querySelectorAll('th, td')].map((cel) => cel.textContent);
    expect(cellen(within(tabel).getAllByRole('row')[1]!)).toEqual([
      'Sam de VriesBasisschool De Regenboog (12AB00)',
      'Onderwijsarrangement',
      'In behandelingHet samenwerkingsverband wacht op uw antwoord',
      '24 november 2026',
      '5 januari 2027',
    ]);
    expect(within(tabel).getByRole('link', { name: 'Sam de Vries' }).getAttribute('href')).toBe(`/arrangementen/${ARRANGEMENT_ID}`);

    within(sectie).getByRole('button', { name: 'Meer laden' }).click();

    expect(await within(tabel).findByRole('link', { name: 'Noor Jansen' })).toBeDefined();
    expect(verzoekenNaar(fetchMock, '/api/v1/arrangementen/mijn-aanvragen').map((r) => new URL(r.url).search)).toEqual(['', '?cursor=pagina-2']);
    expect(within(sectie).queryByRole('button', { name: 'Meer laden' })).toBeNull();
  });

  it('says so when a school has no requests in progress', async () => {
    mockArrangementApi(() => jsonResponse(LEEG), ibEr());

    renderApp('/werkvoorraad', aangemeld());

    expect(await screen.findByText('U heeft geen aanvragen die nog lopen.')).toBeDefined();
  });

  it('shows an SWV medewerker the arrangementen per status at the top, each leading to that list', async () => {
    mockArrangementApi((url) =>
      url.pathname === '/api/v1/arrangementen/tellingen'
        ? jsonResponse({
            tellingen: [
              { status: 'aangevraagd', aantal: 3 },
              { status: 'in-behandeling', aantal: 1 },
              { status: 'toegekend', aantal: 0 },
              { status: 'afgewezen', aantal: 2 },
              { status: 'actief', aantal: 7 },
              { status: 'beeindigd', aantal: 4 },
            ],
            bijgewerktOp: '2026-11-24T10:00:00Z',
          })
        : jsonResponse({ items: [] }),
    );

    renderApp('/werkvoorraad', aangemeld());

    const sectie = await screen.findByRole('region', { name: 'Arrangementen in het samenwerkingsverband' });
    const links = within(sectie).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      '3 Aangevraagd',
      '1 In behandeling',
      '0 Toegekend',
      '2 Afgewezen',
      '7 Actief',
      '4 Beëindigd',
    ]);
    expect(links[1]!.getAttribute('href')).toBe('/arrangementen?status=in-behandeling');
    expect(screen.getByText('Er wacht nu niets op uw actie.')).toBeDefined();
    expect(screen.queryByRole('region', { name: 'Mijn aanvragen' })).toBeNull();
  });

  it('does not ask a school for the SWV-wide counts', async () => {
    const fetchMock = mockArrangementApi(() => jsonResponse(LEEG), ibEr());

    renderApp('/werkvoorraad', aangemeld());

    expect(await screen.findByText('Er wacht nu niets op uw actie.')).toBeDefined();
    expect(verzoekenNaar(fetchMock, '/api/v1/arrangementen/tellingen')).toEqual([]);
    expect(verzoekenNaar(fetchMock, '/api/v1/arrangementen/mijn-aanvragen')).toHaveLength(1);
    expect(screen.queryByRole('region', { name: 'Arrangementen in het samenwerkingsverband' })).toBeNull();
  });

  it('says so when nothing waits, and offers the school to request an arrangement', async () => {
    mockArrangementApi(() => jsonResponse(LEEG), ibEr());

    renderApp('/werkvoorraad', aangemeld());

    expect(await screen.findByText('Er wacht nu niets op uw actie.')).toBeDefined();
    expect(screen.getByRole('link', { name: 'Arrangement aanvragen' }).getAttribute('href')).toBe('/arrangementen/nieuw');
  });

  it('is the first entry of the menu for those who work with arrangementen, and "/" leads there', async () => {
    mockArrangementApi(() => jsonResponse({ items: [] }), medewerker());

    const { router } = renderApp('/', aangemeld());

    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn werkvoorraad' })).toBeDefined();
    expect(router.state.location.pathname).toBe('/werkvoorraad');
    const menu = within(screen.getByRole('navigation', { name: 'Hoofdmenu' })).getAllByRole('link');
    expect(menu.map((link) => link.textContent)).toEqual([
      'Mijn werkvoorraad',
      'Arrangementen',
      'Toelaatbaarheidsverklaringen',
      'Aanmeldingen',
      'Thuiszitters',
      'Telling thuiszitters',
      'Inzet van experts',
      'Leerlingen',
      'Scholen',
      'Deskundigen',
      'Portfolio',
      'Expertises',
      'Aanbieders',
      'Mijn gegevens',
    ]);
  });

  it('shows no werkvoorraad, arrangementen or leerlingen in the menu of a beheerder', async () => {
    mockArrangementApi(() => jsonResponse({}), beheerder());

    const { router } = renderApp('/', aangemeld());

    await screen.findByRole('heading', { level: 1, name: 'Beheer' });
    expect(router.state.location.pathname).toBe('/beheer');
    const menu = within(screen.getByRole('navigation', { name: 'Hoofdmenu' })).getAllByRole('link');
    expect(menu.map((link) => link.textContent)).not.toContain('Mijn werkvoorraad');
    expect(menu.map((link) => link.textContent)).not.toContain('Arrangementen');
    expect(menu.map((link) => link.textContent)).not.toContain('Leerlingen');
  });

  it('explains a refusal in Dutch', async () => {
    mockArrangementApi(
      () =>
        probleem(
          { type: 'about:blank', title: 'Geen toegang.', status: 403, detail: 'Uw rol mag dit niet.', instance: '/api/v1/arrangementen/werkvoorraad', traceId: 't' },
          403,
        ),
      beheerder(),
    );

    renderApp('/werkvoorraad', aangemeld());

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('U heeft geen werkvoorraad: uw rol werkt niet met arrangementen.');
    expect(alert.textContent).toContain('Uw rol mag dit niet.');
  });

  it('exports the own werkvoorraad as Excel with the bearer token, and shows a refusal in Dutch', async () => {
    const { klik } = vangDownloads();
    let geweigerd = true;
    const fetchMock = mockArrangementApi((url) => {
      if (url.pathname === '/api/v1/arrangementen/werkvoorraad') return jsonResponse(werkvoorraadPagina([werkvoorraadItem()]));
      if (url.pathname === '/api/v1/arrangementen/werkvoorraad/export') {
        return geweigerd
          ? probleem({ title: 'Te veel regels', status: 400, errors: [{ code: 'te-veel-rijen', detail: 'De export heeft meer dan 50000 regels.' }] }, 400)
          : csvBestand();
      }
      return jsonResponse({ items: [] });
    });
    renderApp('/werkvoorraad', aangemeld());
    await screen.findByRole('table', { name: 'Wat op uw actie wacht als SWV-medewerker (1)' });

    fireEvent.click(screen.getByRole('button', { name: 'Exporteren als Excel' }));
    expect((await screen.findByRole('alert')).textContent).toContain('De export is niet gelukt.');
    geweigerd = false;
    fireEvent.click(screen.getByRole('button', { name: 'Exporteren als Excel' }));

    await waitFor(() => expect(klik).toHaveBeenCalledTimes(1));
    expect((klik.mock.contexts[0] as HTMLAnchorElement).download).toBe(`werkvoorraad-${vandaagIso()}.xlsx`);
    const verzoeken = verzoekenNaar(fetchMock, '/api/v1/arrangementen/werkvoorraad/export');
    expect(verzoeken).toHaveLength(2);
    expect(verzoeken[1]!.headers.get('Accept')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(verzoeken[1]!.headers.get('Authorization')).toBe('Bearer token-1');
    vi.restoreAllMocks();
  });

  it('offers no export when nothing waits', async () => {
    mockArrangementApi(() => jsonResponse(LEEG));
    renderApp('/werkvoorraad', aangemeld());
    await screen.findByText('Er wacht nu niets op uw actie.');

    expect(screen.queryByRole('group', { name: 'Exporteren' })).toBeNull();
  });
});
