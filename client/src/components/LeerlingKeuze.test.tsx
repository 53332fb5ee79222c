import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ibEr, leerling } from '../test/arrangementFixtures';
import { mockArrangementApi, verzoekenNaar } from '../test/arrangementApi';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { jsonResponse, renderApp } from '../test/renderApp';

const aangemeld = () => new FakeUserManager(testUser());
const SAM = leerling();
const SANNE = leerling({ id: '0197d3c4-2222-7a8b-9c0d-1e2f3a4b5c6d', voornaam: 'Sanne', achternaam: 'Bakker', geboortedatum: '2016-11-02' });

/** The API answers every search with Sam and Sanne, and says it found `totaal`. */
function api(totaal = 2) {
  return mockArrangementApi((url) => {
    if (url.pathname === '/api/v1/leerlingen/zoekopdrachten') return jsonResponse({ leerlingen: [SAM, SANNE], totaal });
    if (url.pathname === `/api/v1/leerlingen/${SANNE.id}`) return jsonResponse(SANNE);
    return jsonResponse({ items: [] });
  }, ibEr());
}

async function combobox() {
  const formulier = await screen.findByRole('form', { name: 'Arrangement aanvragen' });
  return within(formulier).getByRole('combobox', { name: 'Leerling' }) as HTMLInputElement;
}

/** What the picker searched for: the bodies of its POSTs; a URL with a query string would leak the name. */
const zoekvragen = (fetchMock: ReturnType<typeof api>) =>
  Promise.all(
    verzoekenNaar(fetchMock, '/api/v1/leerlingen/zoekopdrachten').map(async (request) => {
      expect(request.method).toBe('POST');
      expect(new URL(request.url).search).toBe('');
      return (await request.clone().json()) as unknown;
    }),
  );

describe('LeerlingKeuze (the pupil combobox)', () => {
  it('asks the API only from two characters on, and says so', async () => {
    const fetchMock = api();
    renderApp('/arrangementen/nieuw', aangemeld());
    const invoer = await combobox();
    expect(invoer.getAttribute('aria-expanded')).toBe('false');

    fireEvent.change(invoer, { target: { value: 's' } });
    expect(await screen.findByText('Typ minstens 2 tekens.')).toBeDefined();
    fireEvent.change(invoer, { target: { value: 'sa' } });
    expect(await screen.findByText('2 leerlingen gevonden.')).toBeDefined();
    expect(await zoekvragen(fetchMock)).toEqual([{ pageSize: 10, naam: 'sa' }]);
  });

  it('shows name, date of birth and school, and moves through them with the arrow keys; Enter chooses', async () => {
    api();
    renderApp('/arrangementen/nieuw', aangemeld());
    const invoer = await combobox();
    fireEvent.change(invoer, { target: { value: 'sa' } });

    const lijst = await screen.findByRole('listbox', { name: 'Gevonden leerlingen' });
    await waitFor(() => expect(invoer.getAttribute('aria-expanded')).toBe('true'));
    expect(invoer.getAttribute('aria-controls')).toBe(lijst.id);
    const [sam, sanne] = within(lijst).getAllByRole('option');
    expect(sam?.textContent).toBe('Sam de Vries geboren 14-03-2017, Basisschool De Regenboog (12AB00)');
    expect(invoer.getAttribute('aria-activedescendant')).toBeNull();

    fireEvent.keyDown(invoer, { key: 'ArrowDown' });
    expect(invoer.getAttribute('aria-activedescendant')).toBe(sam?.id);
    expect(sam?.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(invoer, { key: 'ArrowDown' });
    expect(invoer.getAttribute('aria-activedescendant')).toBe(sanne?.id);
    expect(sam?.getAttribute('aria-selected')).toBe('false');
    fireEvent.keyDown(invoer, { key: 'ArrowDown' });
    expect(invoer.getAttribute('aria-activedescendant')).toBe(sam?.id);
    fireEvent.keyDown(invoer, { key: 'ArrowUp' });
    expect(invoer.getAttribute('aria-activedescendant')).toBe(sanne?.id);

    fireEvent.keyDown(invoer, { key: 'Enter' });
    expect(invoer.value).toBe('Sanne Bakker');
    expect(invoer.getAttribute('aria-expanded')).toBe('false');
    expect(invoer.getAttribute('aria-activedescendant')).toBeNull();
    expect(await screen.findByText(/^Gekozen: Sanne Bakker, geboren 02-11-2016/)).toBeDefined();
  });

  it('closes the list with Escape and keeps what was typed', async () => {
    api();
    renderApp('/arrangementen/nieuw', aangemeld());
    const invoer = await combobox();
    fireEvent.change(invoer, { target: { value: 'sam' } });
    await waitFor(() => expect(invoer.getAttribute('aria-expanded')).toBe('true'));
    fireEvent.keyDown(invoer, { key: 'ArrowDown' });

    fireEvent.keyDown(invoer, { key: 'Escape' });
    expect(invoer.getAttribute('aria-expanded')).toBe('false');
    expect(document.getElementById(invoer.getAttribute('aria-controls') ?? '')?.hidden).toBe(true);
    expect(invoer.value).toBe('sam');

    // Enter on a closed list chooses nothing; Arrow down opens it again.
    fireEvent.keyDown(invoer, { key: 'Enter' });
    expect(invoer.value).toBe('sam');
    fireEvent.keyDown(invoer, { key: 'ArrowDown' });
    expect(invoer.getAttribute('aria-expanded')).toBe('true');
  });

  it('searches a Dutch date as the date of birth', async () => {
    const fetchMock = api();
    renderApp('/arrangementen/nieuw', aangemeld());
    const invoer = await combobox();
    fireEvent.change(invoer, { target: { value: '14-03-2017' } });
    await screen.findByText('2 leerlingen gevonden.');
    expect(await zoekvragen(fetchMock)).toEqual([{ pageSize: 10, geboortedatum: '2017-03-14' }]);
  });

  it('says when there are more than the list shows', async () => {
    api(23);
    renderApp('/arrangementen/nieuw', aangemeld());
    fireEvent.change(await combobox(), { target: { value: 'sa' } });
    expect(await screen.findByText('23 leerlingen gevonden; de eerste 2 staan in de lijst, typ verder om te verfijnen.')).toBeDefined();
  });
});
