import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { OuderOpp, OuderOppVersie } from '../../api/ouderOpp';
import { mockArrangementApi, probleem, verzoekenNaar } from '../../test/arrangementApi';
import { FakeUserManager, testUser } from '../../test/fakeUserManager';
import { jsonResponse, renderComponent } from '../../test/renderApp';
import { KindOpp } from './KindOpp';

const KIND = '0197d3c4-1111-7a8b-9c0d-1e2f3a4b5c6d';
const OPP = '0197d3c4-2222-7a8b-9c0d-1e2f3a4b5c6d';
const PAD = `/api/v1/ouderportaal/kinderen/${KIND}/opps`;

const versie = (antwoord?: OuderOppVersie['antwoord']): OuderOppVersie => ({
  nummer: 2,
  gedeeldOp: '2026-11-20T09:00:00Z',
  doelen: [{ termijn: 'Korte termijn', domein: 'Technisch lezen', omschrijving: 'Leest in maart op AVI-niveau M6.' }],
  ondersteuning: [{ wat: 'Leesbegeleiding', doorWie: 'Leesspecialist', omvang: 'Twee keer per week' }],
  evaluatiemomenten: ['2027-03-14'],
  vingerafdruk: 'abc123',
  handelingsdeelGeldt: false,
  ...(antwoord ? { antwoord } : {}),
});

const plan = (beantwoord = false): OuderOpp => ({
  id: OPP,
  leerlingId: KIND,
  school: 'De Regenboog',
  toestand: 'De school heeft een nieuw plan met u gedeeld om te bespreken.',
  concept: versie(
    beantwoord
      ? { gegeven: false, datum: '2026-12-03', ouder: 'Peter Jansen', wijze: 'Door de ouder zelf in het ouderportaal', reden: 'Eerst praten.', geldig: true, betrouwbaarheidsniveau: 'Laag' }
      : undefined,
  ),
  instemmingGevraagd: 2,
  visieMogelijk: true,
});

function api(antwoord: () => Response) {
  return mockArrangementApi((url) => {
    if (url.pathname === PAD) return jsonResponse({ opps: [{ id: OPP, leerlingId: KIND, school: 'De Regenboog', toestand: 'x', vraagtInstemming: true }] });
    if (url.pathname === `${PAD}/${OPP}`) return jsonResponse(plan());
    if (url.pathname === `${PAD}/${OPP}/instemming`) return antwoord();
    return jsonResponse({});
  });
}

describe('KindOpp on the child page of the ouderportaal', () => {
  it('shows the shared plan in plain words and sends a refusal with its reason after a confirmation', async () => {
    const fetchMock = api(() => jsonResponse(plan(true)));
    renderComponent(<KindOpp leerlingId={KIND} voornaam="Daan" />, new FakeUserManager(testUser()));

    const sectie = await screen.findByRole('region', { name: 'Ontwikkelingsperspectiefplan' });
    await within(sectie).findByRole('heading', { name: 'Het nieuwe plan om te bespreken (versie 2)' });
    expect(within(sectie).getByText(/Leest in maart op AVI-niveau M6/)).toBeDefined();
    expect(within(sectie).getByText('14 maart 2027')).toBeDefined();

    fireEvent.click(within(sectie).getByRole('radio', { name: 'Nee, ik stem niet in' }));
    fireEvent.change(within(sectie).getByRole('textbox', { name: 'Waarom stemt u niet in?' }), { target: { value: 'Eerst praten.' } });
    fireEvent.click(within(sectie).getByRole('button', { name: 'Antwoord versturen' }));
    fireEvent.click(within(sectie).getByRole('button', { name: 'Ja, verstuur mijn antwoord' }));

    expect(await within(sectie).findByText(/U heeft niet ingestemd met de afspraken over de hulp/)).toBeDefined();
    const verzoek = verzoekenNaar(fetchMock, `${PAD}/${OPP}/instemming`).at(0);
    expect(await verzoek?.json()).toEqual({ vingerafdruk: 'abc123', gegeven: false, reden: 'Eerst praten.' });
  });

  it('shows every problem the API names next to its field', async () => {
    api(() =>
      probleem(
        {
          type: 'urn:passendonderwijs:probleem:validatie',
          title: 'Ongeldige invoer.',
          status: 400,
          errors: [{ code: 'antwoord-vereist', detail: 'Kies of u instemt met het plan.', pointer: '#/gegeven' }],
        },
        400,
      ),
    );
    renderComponent(<KindOpp leerlingId={KIND} voornaam="Daan" />, new FakeUserManager(testUser()));

    const sectie = await screen.findByRole('region', { name: 'Ontwikkelingsperspectiefplan' });
    fireEvent.click(await within(sectie).findByRole('button', { name: 'Antwoord versturen' }));

    expect(await within(sectie).findByText('Kies of u instemt met het plan.')).toBeDefined();
  });
});
