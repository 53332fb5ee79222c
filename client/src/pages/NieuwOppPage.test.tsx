import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { vandaagIso } from '../aanbiederWeergave';
import { ibEr, leerling, LEERLING_ID, school } from '../test/arrangementFixtures';
import { probleem } from '../test/arrangementApi';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { medewerker } from '../test/fixtures';
import { opp, OPP_ID } from '../test/oppFixtures';
import { jsonResponse, mockFetch, renderApp } from '../test/renderApp';

const BESTAAND = '0197d3c4-1234-7a8b-9c0d-1e2f3a4b5c6d';

/** The API for the form: the pupil Sam at 12AB00, one school, and every POST of an OPP to `start`. */
function api(start: (request: Request) => Response | Promise<Response>, ik = ibEr()) {
  return mockFetch((url, request) => {
    if (url.pathname === '/api/v1/ik') return jsonResponse(ik);
    if (url.pathname === '/api/v1/scholen') return jsonResponse({ scholen: [school()], totaal: 1 });
    if (url.pathname === `/api/v1/leerlingen/${LEERLING_ID}`) return jsonResponse(leerling());
    if (request.method === 'POST' && url.pathname === '/api/v1/ontwikkelingsperspectiefplannen') return start(request);
    if (url.pathname === `/api/v1/ontwikkelingsperspectiefplannen/${OPP_ID}`) return jsonResponse(opp());
    return jsonResponse({ items: [] });
  });
}

async function formulier() {
  renderApp(`/ontwikkelingsperspectiefplannen/nieuw?leerling=${LEERLING_ID}`, new FakeUserManager(testUser()));
  const form = await screen.findByRole('form', { name: 'OPP starten' });
  const keuze = within(form).getByRole('combobox', { name: 'Leerling' }) as HTMLInputElement;
  await waitFor(() => expect(keuze.value).toBe('Sam de Vries'));
  await within(form).findByText('School: Basisschool De Regenboog (12AB00), groep 5.');
  return form;
}

describe('NieuwOppPage', () => {
  it('starts the OPP of the pupil and goes to it with a message naming the term', async () => {
    let gestuurd: unknown;
    api(async (request) => {
      gestuurd = await request.json();
      return jsonResponse(opp(), 201);
    });
    const form = await formulier();

    expect(form.textContent).toContain('Het OPP moet binnen zes weken daarna zijn vastgesteld.');
    fireEvent.click(within(form).getByRole('radio', { name: 'Start van extra ondersteuning' }));
    fireEvent.click(within(form).getByRole('button', { name: 'OPP starten' }));

    await screen.findByRole('heading', { level: 1, name: 'Ontwikkelingsperspectiefplan van Sam de Vries' });
    expect(gestuurd).toEqual({ leerlingId: LEERLING_ID, aanleiding: 'extra-ondersteuning', startdatum: vandaagIso() });
    expect(screen.getByText('Het OPP is gestart. Stel het vast uiterlijk 14 december 2026.')).toBeTruthy();
  });

  it('links to the open OPP the 409 names', async () => {
    api(() =>
      probleem(
        {
          type: 'urn:passendonderwijs:probleem:opp-bestaat',
          title: 'Dit kan niet in de huidige toestand.',
          status: 409,
          detail: `Deze leerling heeft op deze school al een OPP (${BESTAAND}); werk dat bij of sluit het eerst af.`,
          instance: '/api/v1/ontwikkelingsperspectiefplannen',
          errors: [
            {
              code: 'opp-bestaat',
              detail: `Deze leerling heeft op deze school al een OPP (${BESTAAND}); werk dat bij of sluit het eerst af.`,
            },
          ],
        },
        409,
      ),
    );
    const form = await formulier();
    fireEvent.click(within(form).getByRole('radio', { name: 'Start van extra ondersteuning' }));
    fireEvent.click(within(form).getByRole('button', { name: 'OPP starten' }));

    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toContain('Het OPP is niet gestart.');
    expect(alert.textContent).toContain('al een OPP');
    expect(within(form).getByRole('link', { name: 'Naar het OPP dat al loopt' }).getAttribute('href')).toBe(
      `/ontwikkelingsperspectiefplannen/${BESTAAND}`,
    );
  });

  it('is for school staff only', async () => {
    api(() => new Response(null, { status: 500 }), medewerker());
    renderApp(`/ontwikkelingsperspectiefplannen/nieuw?leerling=${LEERLING_ID}`, new FakeUserManager(testUser()));

    expect((await screen.findByRole('alert')).textContent).toContain('Alleen een medewerker van de school van de leerling kan een OPP starten.');
    expect(screen.queryByRole('form', { name: 'OPP starten' })).toBeNull();
  });
});
