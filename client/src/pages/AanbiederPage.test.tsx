import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Aanbieder } from '../api/aanbieders';
import type { components } from '../api/schema';
import { aanbiederVerzoeken, mockAanbiederApi } from '../test/aanbiederApi';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { aanbieder, aanbiederPagina, beheerder, medewerker, ongeldigeInvoer, registerBeheerder, versieVerouderd } from '../test/fixtures';
import { jsonResponse, renderApp } from '../test/renderApp';

const PAD = '/api/v1/onderwijsbegeleidingsaanbieders/123A456';
const aangemeld = () => new FakeUserManager(testUser());
const probleem = (body: unknown, status: number) => jsonResponse(body, status, 'application/problem+json');

/** The value next to a term in the description list of the section named `sectie`. */
function waarde(sectie: string, term: string): string | null | undefined {
  const section = screen.getByRole('region', { name: sectie });
  return within(section).getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;
}

/** The messages tied to a form control through aria-describedby. */
function beschrijving(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

/**
 * The API with one aanbieder: GET answers `huidig()` (so a test can change it between calls), every change goes
 * to `wijziging`.
 */
function api(
  huidig: () => Aanbieder,
  wijziging: (request: Request, url: URL) => Response | Promise<Response> = () => new Response(null, { status: 500 }),
  ik: components['schemas']['Ik'] = beheerder(),
) {
  return mockAanbiederApi((url, request) => {
    if (request.method === 'GET' && url.pathname === PAD) return jsonResponse(huidig());
    if (request.method === 'GET') return jsonResponse(aanbiederPagina([huidig()]));
    return wijziging(request, url);
  }, ik);
}

/** None of the management buttons or the Beheer section is there. */
function geenBeheer() {
  for (const knop of ['Contactgegevens wijzigen', 'Aanbod toevoegen', 'Uit bedrijf nemen', 'Aanbieder verwijderen']) {
    expect(screen.queryByRole('button', { name: knop })).toBeNull();
  }
  expect(screen.queryByRole('button', { name: /Beëindigen/ })).toBeNull();
  expect(screen.queryByRole('region', { name: 'Beheer' })).toBeNull();
}

const wijzigingen = (fetchMock: ReturnType<typeof api>) => aanbiederVerzoeken(fetchMock).filter((r) => r.method !== 'GET');

async function openDetails() {
  renderApp('/aanbieders/123A456', aangemeld());
  await screen.findByRole('heading', { level: 1, name: 'Ambulante Dienst Midden' });
}

describe('AanbiederPage (details)', () => {
  it('shows gegevens, erkenning with the licences by name, contacts, and the aanbod with "Landelijk"', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 24));
    api(() => aanbieder());

    await openDetails();

    expect(document.title).toBe('Ambulante Dienst Midden – PassendOnderwijs');
    expect(waarde('Gegevens', 'Bestuur')).toBe('Stichting Spraak en Gehoor Midden');
    expect(waarde('Gegevens', 'In bedrijf sinds')).toBe('1 augustus 2020');
    expect(waarde('Gegevens', 'Status')).toBe('In bedrijf');
    expect(waarde('Erkenning', 'Cluster')).toBe('2');
    const licenties = within(screen.getByRole('region', { name: 'Erkenning' })).getAllByRole('listitem');
    await waitFor(() =>
      expect(licenties.map((li) => li.textContent)).toEqual([
        'Slechthorendheid SLECHTHORENDHEID',
        'Taalontwikkelingsstoornissen TAALONTWIKKELINGSSTOORNISSEN',
      ]),
    );
    const contact = screen.getByRole('region', { name: 'Contactgegevens' });
    expect(within(contact).getByRole('heading', { level: 3, name: 'Algemeen' })).toBeDefined();
    expect(within(contact).getByRole('link', { name: 'info@ambulant-midden.example' }).getAttribute('href')).toBe(
      'mailto:info@ambulant-midden.example',
    );

    const tabel = screen.getByRole('table', { name: 'Aanbod (2)' });
    const cellen = (expertise: string) =>
      [...(within(tabel).getByRole('rowheader', { name: expertise }).closest('tr')?.querySelectorAll('td') ?? [])]
        .slice(0, 3)
        .map((cel) => cel.textContent);
    expect(cellen('Slechthorendheid')).toEqual(['Vanaf 1 augustus 2026', 'Landelijk', 'Onbeperkt']);
    expect(cellen('Taalontwikkelingsstoornissen')).toEqual(['Leerjaar 2026-2027', 'PO2705, 3811', '12']);
  });

  it('offers no management to staff without the beheerder role', async () => {
    api(() => aanbieder({ magWijzigen: false }), undefined, medewerker());

    await openDetails();

    await screen.findByRole('table', { name: 'Aanbod (2)' });
    geenBeheer();
    expect(screen.queryByRole('note')).toBeNull();
  });

  it("shows the owner, and offers a beheerder of another SWV no management but says whom to ask", async () => {
    api(() => aanbieder({ eigenaar: 'PO2706', magWijzigen: false }));

    await openDetails();

    await screen.findByRole('table', { name: 'Aanbod (2)' });
    expect(waarde('Gegevens', 'Beheerd door')).toBe('Samenwerkingsverband PO2706');
    geenBeheer();
    expect(screen.getByRole('note').textContent).toBe(
      'Alleen de beheerder van samenwerkingsverband PO2706 of een beheerder van het landelijke register kan deze aanbieder wijzigen.',
    );
  });

  it('offers a register-beheerder the management of a national aanbieder, as the API allows', async () => {
    api(() => aanbieder({ eigenaar: null, magWijzigen: true }), undefined, registerBeheerder());

    await openDetails();

    expect(waarde('Gegevens', 'Beheerd door')).toBe('Landelijk register');
    for (const knop of ['Contactgegevens wijzigen', 'Aanbod toevoegen', 'Uit bedrijf nemen', 'Aanbieder verwijderen']) {
      expect(screen.getByRole('button', { name: knop })).toBeDefined();
    }
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('saves the contacts with If-Match of the versie shown, and shows the answer', async () => {
    const fetchMock = api(
      () => aanbieder(),
      async (request) => {
        const { communicatiecontexten } = (await request.clone().json()) as { communicatiecontexten: Aanbieder['communicatiecontexten'] };
        return jsonResponse(aanbieder({ versie: 4, communicatiecontexten }));
      },
    );
    await openDetails();

    fireEvent.click(screen.getByRole('button', { name: 'Contactgegevens wijzigen' }));
    const formulier = screen.getByRole('form', { name: 'Contactgegevens wijzigen' });
    const contact1 = within(formulier).getByRole('group', { name: 'Contact 1' });
    fireEvent.change(within(contact1).getByLabelText('E-mailadres'), { target: { value: 'aanmelden@ambulant-midden.example' } });
    fireEvent.change(within(contact1).getByLabelText('Website'), { target: { value: '' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Contact toevoegen' }));
    const contact2 = within(formulier).getByRole('group', { name: 'Contact 2' });
    const context2 = within(contact2).getByRole('combobox', { name: /^Context/ }) as HTMLSelectElement;
    // Chosen by name from RIO's contexts, never typed as a code.
    expect(Array.from(context2.options).map((o) => o.text)).toEqual([
      'Kies een context',
      'Algemeen',
      'Aanmelden',
      'Andere context (code uit RIO)',
    ]);
    fireEvent.change(context2, { target: { value: 'AANMELDEN' } });
    fireEvent.change(within(contact2).getByLabelText('Telefoonnummer'), { target: { value: '030 765 4321' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Contactgegevens opslaan' }));

    expect(await screen.findByText('De contactgegevens zijn opgeslagen.')).toBeDefined();
    const [verzoek] = wijzigingen(fetchMock);
    expect(verzoek?.method).toBe('PUT');
    expect(new URL(verzoek?.url ?? '').pathname).toBe(`${PAD}/communicatiecontexten`);
    expect(verzoek?.headers.get('If-Match')).toBe('"3"');
    expect(await verzoek?.clone().json()).toEqual({
      communicatiecontexten: [
        { context: 'ALGEMEEN', email: 'aanmelden@ambulant-midden.example', telefoon: '030 123 4567', web: null, contactnaam: null, adres: null },
        { context: 'AANMELDEN', email: null, telefoon: '030 765 4321', web: null, contactnaam: null, adres: null },
      ],
    });
    // The answer is the new state: no form, the new contacts and versie, and the focus back on the button.
    expect(screen.queryByRole('form', { name: 'Contactgegevens wijzigen' })).toBeNull();
    const contact = screen.getByRole('region', { name: 'Contactgegevens' });
    expect(within(contact).getByRole('heading', { level: 3, name: 'Aanmelden' })).toBeDefined();
    expect(within(contact).getByRole('link', { name: 'aanmelden@ambulant-midden.example' })).toBeDefined();
    expect(waarde('Gegevens', 'Versie')).toBe('4');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Contactgegevens wijzigen' }));
  });

  it('on 412 says in Dutch that someone else changed the aanbieder, loads the newest versie and uses it next', async () => {
    let huidig = aanbieder();
    let pogingen = 0;
    const fetchMock = api(
      () => huidig,
      () => {
        pogingen += 1;
        if (pogingen === 1) {
          // Someone else saved first.
          huidig = aanbieder({ versie: 5, bestuur: 'Stichting Nieuw Bestuur' });
          return probleem(versieVerouderd(), 412);
        }
        return jsonResponse(aanbieder({ versie: 6 }));
      },
    );
    await openDetails();
    const getsVooraf = aanbiederVerzoeken(fetchMock).length;

    fireEvent.click(screen.getByRole('button', { name: 'Contactgegevens wijzigen' }));
    const formulier = screen.getByRole('form', { name: 'Contactgegevens wijzigen' });
    fireEvent.change(within(formulier).getByLabelText('E-mailadres'), { target: { value: 'nieuw@ambulant-midden.example' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Contactgegevens opslaan' }));

    const alert = await within(formulier).findByRole('alert');
    expect(alert.textContent).toContain('Deze aanbieder is intussen gewijzigd; de nieuwste versie is geladen');
    expect(wijzigingen(fetchMock)[0]?.headers.get('If-Match')).toBe('"3"');
    // The newest versie was fetched and is shown; the user's input is still there.
    expect(aanbiederVerzoeken(fetchMock).length).toBeGreaterThan(getsVooraf + 1);
    expect(waarde('Gegevens', 'Versie')).toBe('5');
    expect(waarde('Gegevens', 'Bestuur')).toBe('Stichting Nieuw Bestuur');
    expect((within(formulier).getByLabelText('E-mailadres') as HTMLInputElement).value).toBe('nieuw@ambulant-midden.example');

    fireEvent.click(within(formulier).getByRole('button', { name: 'Contactgegevens opslaan' }));

    await screen.findByText('De contactgegevens zijn opgeslagen.');
    expect(wijzigingen(fetchMock)[1]?.headers.get('If-Match')).toBe('"5"');
  });

  it('shows the errors of a 400 at their fields, and the rest as a list', async () => {
    const fetchMock = api(
      () => aanbieder(),
      () =>
        probleem(
          ongeldigeInvoer([
            { code: 'ongeldige-swv-code', detail: 'Een samenwerkingsverband heeft een code als PO2705 of VO2301.', pointer: '#/werkgebied/samenwerkingsverbanden/1' },
            { code: 'negatieve-capaciteit', detail: 'De capaciteit is 0 of meer.', pointer: '#/capaciteit' },
            { code: 'iets-anders', detail: 'Iets zonder veld in dit formulier.', pointer: '#/onbekend' },
          ]),
          400,
        ),
    );
    await openDetails();

    fireEvent.click(screen.getByRole('button', { name: 'Aanbod toevoegen' }));
    const formulier = screen.getByRole('form', { name: 'Aanbod toevoegen' });
    const expertise = within(formulier).getByLabelText('Expertise');
    expect(within(expertise).getAllByRole('option').map((o) => o.getAttribute('value'))).toEqual([
      '',
      'SLECHTHORENDHEID',
      'TAALONTWIKKELINGSSTOORNISSEN',
    ]);
    fireEvent.change(expertise, { target: { value: 'TAALONTWIKKELINGSSTOORNISSEN' } });
    fireEvent.change(within(formulier).getByLabelText('Leerjaar'), { target: { value: '2026-2027' } });
    fireEvent.change(within(formulier).getByLabelText('Samenwerkingsverbanden'), { target: { value: 'PO2705, PO27X5' } });
    fireEvent.change(within(formulier).getByLabelText('Capaciteit (niet verplicht)'), { target: { value: '-1' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Aanbod toevoegen' }));

    const alert = await within(formulier).findByRole('alert');
    expect(alert.textContent).toContain('Het aanbod is niet toegevoegd.');
    // The error summary lists every problem; those with a field link to it.
    expect(within(alert).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Een samenwerkingsverband heeft een code als PO2705 of VO2301.',
      'De capaciteit is 0 of meer.',
      'Iets zonder veld in dit formulier.',
    ]);
    expect(within(alert).getAllByRole('link').map((a) => a.textContent)).toEqual([
      'Een samenwerkingsverband heeft een code als PO2705 of VO2301.',
      'De capaciteit is 0 of meer.',
    ]);
    const swv = within(formulier).getByLabelText('Samenwerkingsverbanden');
    expect(swv.getAttribute('aria-invalid')).toBe('true');
    expect(beschrijving(swv)).toContain('Een samenwerkingsverband heeft een code als PO2705 of VO2301.');
    const capaciteit = within(formulier).getByLabelText('Capaciteit (niet verplicht)');
    expect(beschrijving(capaciteit)).toContain('De capaciteit is 0 of meer.');
    expect(within(formulier).getByLabelText('Leerjaar').getAttribute('aria-invalid')).toBeNull();

    const [verzoek] = wijzigingen(fetchMock);
    expect(verzoek?.headers.get('If-Match')).toBe('"3"');
    expect(await verzoek?.clone().json()).toEqual({
      expertise: 'TAALONTWIKKELINGSSTOORNISSEN',
      leerjaar: '2026-2027',
      werkgebied: { samenwerkingsverbanden: ['PO2705', 'PO27X5'], postcodegebieden: [] },
      capaciteit: -1,
    });
  });

  it('shows a broken business rule (422) at the expertise', async () => {
    api(
      () => aanbieder(),
      () =>
        probleem(
          {
            type: 'urn:passendonderwijs:probleem:expertise-niet-in-licentie',
            title: 'Een bedrijfsregel staat dit niet toe.',
            status: 422,
            detail: 'De licentie van erkenning ERK-2-0042 staat SLECHTHORENDHEID niet toe als begeleidingsaanbod.',
            instance: `${PAD}/aanbod`,
            traceId: '00-7bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
            errors: [
              {
                code: 'expertise-niet-in-licentie',
                detail: 'De licentie van erkenning ERK-2-0042 staat SLECHTHORENDHEID niet toe als begeleidingsaanbod.',
                pointer: '#/expertise',
              },
            ],
          },
          422,
        ),
    );
    await openDetails();

    fireEvent.click(screen.getByRole('button', { name: 'Aanbod toevoegen' }));
    const formulier = screen.getByRole('form', { name: 'Aanbod toevoegen' });
    fireEvent.change(within(formulier).getByLabelText('Expertise'), { target: { value: 'SLECHTHORENDHEID' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Aanbod toevoegen' }));

    const alert = await within(formulier).findByRole('alert');
    expect(alert.textContent).toContain('Een bedrijfsregel staat dit niet toe.');
    expect(beschrijving(within(formulier).getByLabelText('Expertise'))).toContain('staat SLECHTHORENDHEID niet toe');
  });

  it('ends one aanbod on a last day', async () => {
    const fetchMock = api(
      () => aanbieder(),
      () => jsonResponse(aanbieder({ versie: 4 })),
    );
    await openDetails();

    fireEvent.click(await screen.findByRole('button', { name: 'Beëindigen Slechthorendheid, Vanaf 1 augustus 2026' }));
    const formulier = screen.getByRole('form', { name: /^Aanbod beëindigen: Slechthorendheid/ });
    fireEvent.change(within(formulier).getByLabelText('Laatste dag'), { target: { value: '2026-12-31' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Aanbod beëindigen' }));

    expect(await screen.findByText('Het aanbod voor Slechthorendheid eindigt na 31 december 2026.')).toBeDefined();
    const [verzoek] = wijzigingen(fetchMock);
    expect(new URL(verzoek?.url ?? '').pathname).toBe(`${PAD}/aanbod/0197d3c4-5e6f-7a8b-9c0d-1e2f3a4b5c01/beeindiging`);
    expect(verzoek?.headers.get('If-Match')).toBe('"3"');
    expect(await verzoek?.clone().json()).toEqual({ laatsteDag: '2026-12-31' });
  });

  it('takes the aanbieder out of service, and shows it will be "uit bedrijf"', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 24));
    const fetchMock = api(
      () => aanbieder(),
      () => jsonResponse(aanbieder({ versie: 4, uitbedrijfdatum: '2027-07-31' })),
    );
    await openDetails();

    fireEvent.click(screen.getByRole('button', { name: 'Uit bedrijf nemen' }));
    const formulier = screen.getByRole('form', { name: 'Uit bedrijf nemen' });
    fireEvent.change(within(formulier).getByLabelText('Laatste dag'), { target: { value: '2027-07-31' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Uit bedrijf nemen' }));

    expect(await screen.findByText('De laatste dag in bedrijf is opgeslagen: 31 juli 2027.')).toBeDefined();
    expect(waarde('Gegevens', 'Status')).toBe('In bedrijf t/m 31 juli 2027, daarna uit bedrijf');
    const [verzoek] = wijzigingen(fetchMock);
    expect(new URL(verzoek?.url ?? '').pathname).toBe(`${PAD}/uitbedrijfname`);
    expect(verzoek?.headers.get('If-Match')).toBe('"3"');
    expect(await verzoek?.clone().json()).toEqual({ laatsteDag: '2027-07-31' });
  });

  it('deletes only after confirmation, then goes back to the search', async () => {
    const fetchMock = api(
      () => aanbieder(),
      () => new Response(null, { status: 204 }),
    );
    const { router } = renderApp('/aanbieders/123A456', aangemeld());
    await screen.findByRole('heading', { level: 1, name: 'Ambulante Dienst Midden' });

    fireEvent.click(screen.getByRole('button', { name: 'Aanbieder verwijderen' }));
    const bevestiging = screen.getByRole('group', { name: 'Aanbieder verwijderen' });
    expect(bevestiging.textContent).toContain('Weet u zeker dat u Ambulante Dienst Midden (123A456) wilt verwijderen?');
    fireEvent.click(within(bevestiging).getByRole('button', { name: 'Annuleren' }));
    expect(wijzigingen(fetchMock)).toHaveLength(0);

    fireEvent.click(screen.getByRole('button', { name: 'Aanbieder verwijderen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, verwijderen' }));

    expect(await screen.findByText('Ambulante Dienst Midden (123A456) is verwijderd.')).toBeDefined();
    expect(router.state.location.pathname).toBe('/aanbieders');
    const [verzoek] = wijzigingen(fetchMock);
    expect(verzoek?.method).toBe('DELETE');
    expect(verzoek?.headers.get('If-Match')).toBe('"3"');
  });

  it('says in Dutch when there is no aanbieder with the code', async () => {
    mockAanbiederApi(() =>
      probleem(
        {
          type: 'urn:passendonderwijs:probleem:aanbieder-onbekend',
          title: 'Niet gevonden.',
          status: 404,
          detail: 'Er is geen onderwijsbegeleidingsaanbieder met code 999Z999.',
          instance: '/api/v1/onderwijsbegeleidingsaanbieders/999Z999',
          traceId: '00-8bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
        },
        404,
      ),
    );

    renderApp('/aanbieders/999Z999', aangemeld());

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Er is geen aanbieder met code 999Z999.');
    expect(screen.getByRole('link', { name: 'Terug naar de aanbieders' }).getAttribute('href')).toBe('/aanbieders');
  });
});
