import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aanbiederVerzoeken, mockAanbiederApi } from '../test/aanbiederApi';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { aanbieder, medewerker, ongeldigeInvoer } from '../test/fixtures';
import { jsonResponse, renderApp } from '../test/renderApp';

const aangemeld = () => new FakeUserManager(testUser());

/** The messages tied to a form control through aria-describedby. */
function beschrijving(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

async function vulIn() {
  const formulier = await screen.findByRole('form', { name: 'Nieuwe aanbieder registreren' });
  const vul = (label: string, value: string) => fireEvent.change(within(formulier).getByLabelText(label), { target: { value } });
  vul('Aanbiedercode', '123a456');
  vul('Naam', 'Ambulante Dienst Midden');
  vul('In bedrijf sinds', '2020-08-01');
  vul('Bestuur', 'Stichting Spraak en Gehoor Midden');
  vul('Erkenningscode', 'ERK-2-0042');
  vul('Cluster', '2');
  fireEvent.click(await within(formulier).findByRole('checkbox', { name: 'Slechthorendheid' }));
  fireEvent.click(within(formulier).getByRole('checkbox', { name: 'Taalontwikkelingsstoornissen' }));
  const contact = within(formulier).getByRole('group', { name: 'Contact 1' });
  expect((within(contact).getByLabelText('Context') as HTMLSelectElement).value).toBe('ALGEMEEN');
  fireEvent.change(within(contact).getByLabelText('E-mailadres'), { target: { value: 'info@ambulant-midden.example' } });
  return formulier;
}

describe('NieuweAanbiederPage (registration)', () => {
  it('registers the aanbieder and goes to its page', async () => {
    const fetchMock = mockAanbiederApi((_url, request) =>
      request.method === 'POST'
        ? jsonResponse(aanbieder({ aanbod: [], versie: 1 }), 201)
        : jsonResponse(aanbieder({ aanbod: [], versie: 1 })),
    );
    const { router } = renderApp('/aanbieders/nieuw', aangemeld());
    expect(await screen.findByRole('heading', { level: 1, name: 'Nieuwe aanbieder' })).toBeDefined();

    const formulier = await vulIn();
    fireEvent.click(within(formulier).getByRole('button', { name: 'Aanbieder registreren' }));

    expect(await screen.findByText('Ambulante Dienst Midden is geregistreerd. Voeg nu het aanbod toe.')).toBeDefined();
    expect(router.state.location.pathname).toBe('/aanbieders/123A456');
    expect(screen.getByRole('heading', { level: 1, name: 'Ambulante Dienst Midden' })).toBeDefined();
    const [verzoek] = aanbiederVerzoeken(fetchMock);
    expect(verzoek?.method).toBe('POST');
    expect(verzoek?.headers.has('If-Match')).toBe(false);
    expect(await verzoek?.clone().json()).toEqual({
      code: '123A456',
      naam: 'Ambulante Dienst Midden',
      internationaleNaam: null,
      inbedrijfdatum: '2020-08-01',
      bestuur: 'Stichting Spraak en Gehoor Midden',
      erkenning: { code: 'ERK-2-0042', cluster: 2, licenties: ['SLECHTHORENDHEID', 'TAALONTWIKKELINGSSTOORNISSEN'] },
      communicatiecontexten: [
        { context: 'ALGEMEEN', email: 'info@ambulant-midden.example', telefoon: null, web: null, contactnaam: null, adres: null },
      ],
    });
  });

  it('takes another RIO context as a typed code only after "Andere context" is chosen', async () => {
    const fetchMock = mockAanbiederApi((_url, request) =>
      request.method === 'POST'
        ? jsonResponse(aanbieder({ aanbod: [], versie: 1 }), 201)
        : jsonResponse(aanbieder({ aanbod: [], versie: 1 })),
    );
    renderApp('/aanbieders/nieuw', aangemeld());
    const formulier = await vulIn();
    const contact = within(formulier).getByRole('group', { name: 'Contact 1' });
    expect(within(contact).queryByLabelText(/^Code van de andere context/)).toBeNull();

    fireEvent.change(within(contact).getByLabelText('Context'), { target: { value: 'anders' } });
    const code = within(contact).getByLabelText(/^Code van de andere context/) as HTMLInputElement;
    expect(code.value).toBe('');
    fireEvent.change(code, { target: { value: 'klachten' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Aanbieder registreren' }));

    await screen.findByText('Ambulante Dienst Midden is geregistreerd. Voeg nu het aanbod toe.');
    const [verzoek] = aanbiederVerzoeken(fetchMock);
    const body = (await verzoek?.clone().json()) as { communicatiecontexten: { context: string }[] };
    expect(body.communicatiecontexten.map((c) => c.context)).toEqual(['KLACHTEN']);
  });

  it('shows every error of a 400 next to its field, and the ones without a field as a list', async () => {
    mockAanbiederApi(() =>
      jsonResponse(
        ongeldigeInvoer([
          {
            code: 'ongeldige-oba-code',
            detail: 'Een onderwijsbegeleidingsaanbiedercode is drie cijfers, een hoofdletter en drie cijfers, zoals 123A456.',
            pointer: '#/code',
          },
          { code: 'ongeldig-emailadres', detail: 'Geef een geldig e-mailadres op.', pointer: '#/communicatiecontexten/0/email' },
          {
            code: 'onbekende-expertise',
            detail: 'De expertise DANSEN staat niet in de waardelijst; kies een expertise uit de lijst.',
            pointer: '#/erkenning/licenties/2',
          },
          { code: 'bereikbaarheid-vereist', detail: 'Geef minstens een e-mailadres, telefoonnummer, website of adres op.', pointer: '#/communicatiecontexten/1' },
          { code: 'raar', detail: 'Een probleem zonder veld.' },
        ]),
        400,
        'application/problem+json',
      ),
    );
    renderApp('/aanbieders/nieuw', aangemeld());
    const formulier = await vulIn();
    fireEvent.click(within(formulier).getByRole('button', { name: 'Contact toevoegen' }));
    fireEvent.click(within(formulier).getByRole('button', { name: 'Aanbieder registreren' }));

    const alert = await within(formulier).findByRole('alert');
    expect(alert.textContent).toContain('De aanbieder is niet geregistreerd.');
    expect(alert.textContent).toContain('Er zijn 5 problemen met de invoer.');
    // The error summary lists every problem and links each one that has a field (or group) to it.
    const aanVeld = [
      'Een onderwijsbegeleidingsaanbiedercode is drie cijfers, een hoofdletter en drie cijfers, zoals 123A456.',
      'Geef een geldig e-mailadres op.',
      'De expertise DANSEN staat niet in de waardelijst; kies een expertise uit de lijst.',
      'Geef minstens een e-mailadres, telefoonnummer, website of adres op.',
    ];
    expect(within(alert).getAllByRole('listitem').map((li) => li.textContent)).toEqual([...aanVeld, 'Een probleem zonder veld.']);
    expect(within(alert).getAllByRole('link').map((a) => a.textContent)).toEqual(aanVeld);

    const code = within(formulier).getByLabelText('Aanbiedercode');
    expect(code.getAttribute('aria-invalid')).toBe('true');
    expect(beschrijving(code)).toContain('Een onderwijsbegeleidingsaanbiedercode is drie cijfers');
    const email = within(within(formulier).getByRole('group', { name: 'Contact 1' })).getByLabelText('E-mailadres');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(beschrijving(email)).toContain('Geef een geldig e-mailadres op.');
    expect(within(formulier).getByRole('group', { name: 'Licenties' }).textContent).toContain(
      'De expertise DANSEN staat niet in de waardelijst',
    );
    expect(within(formulier).getByRole('group', { name: 'Contact 2' }).textContent).toContain(
      'Geef minstens een e-mailadres, telefoonnummer, website of adres op.',
    );
    expect(within(formulier).getByLabelText('Naam').getAttribute('aria-invalid')).toBeNull();
  });

  it('tells other staff that only a beheerder registers aanbieders', async () => {
    mockAanbiederApi(() => jsonResponse({}), medewerker());

    renderApp('/aanbieders/nieuw', aangemeld());

    expect((await screen.findByRole('alert')).textContent).toContain(
      'Alleen een beheerder van het samenwerkingsverband kan aanbieders registreren.',
    );
    expect(screen.queryByRole('form')).toBeNull();
  });
});
