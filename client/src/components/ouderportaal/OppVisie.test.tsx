import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { OuderOpp } from '../../api/ouderOpp';
import { mockArrangementApi, probleem, verzoekenNaar } from '../../test/arrangementApi';
import { FakeUserManager, testUser } from '../../test/fakeUserManager';
import { jsonResponse, renderComponent } from '../../test/renderApp';
import { KindOpp } from './KindOpp';
import { OppVisie } from './OppVisie';

const KIND = '0197d3c4-1111-7a8b-9c0d-1e2f3a4b5c6d';
const OPP = '0197d3c4-2222-7a8b-9c0d-1e2f3a4b5c6d';
const PAD = `/api/v1/ouderportaal/kinderen/${KIND}/opps/${OPP}/visie`;

const plan = (metVisie = false): OuderOpp => ({
  id: OPP,
  leerlingId: KIND,
  school: 'De Regenboog',
  toestand: 'Het plan geldt.',
  visieMogelijk: true,
  ...(metVisie
    ? {
        visie: {
          aandachtEnTijd: 'Korte uitleg, dan zelf proberen.',
          watWerktThuis: 'Een vaste volgorde van de dag.',
          ouder: 'Peter Jansen',
          gegevenOp: '2026-12-03T10:00:00Z',
          inVersie: 2,
        },
      }
    : {}),
});

describe('OppVisie: "Hoe denkt u erover?" in the ouderportaal', () => {
  it('sends the parts the ouder filled in and then shows what they sent', async () => {
    const lijst = `/api/v1/ouderportaal/kinderen/${KIND}/opps`;
    const fetchMock = mockArrangementApi((url) => {
      if (url.pathname === lijst) return jsonResponse({ opps: [{ id: OPP, leerlingId: KIND, school: 'De Regenboog', toestand: 'x', vraagtInstemming: false }] });
      if (url.pathname === `${lijst}/${OPP}`) return jsonResponse(plan());
      if (url.pathname === PAD) return jsonResponse(plan(true));
      return jsonResponse({});
    });
    renderComponent(<KindOpp leerlingId={KIND} voornaam="Daan" />, new FakeUserManager(testUser()));

    const formulier = await screen.findByRole('form', { name: 'Hoe denkt u erover?' });
    expect(within(formulier).getByText('Hoeveel uitleg en hulp heeft uw kind nodig, en wanneer?')).toBeDefined();
    fireEvent.change(within(formulier).getByRole('textbox', { name: 'Aandacht en tijd' }), { target: { value: ' Korte uitleg, dan zelf proberen. ' } });
    fireEvent.change(within(formulier).getByRole('textbox', { name: 'Wat vindt u belangrijk? Wat werkt thuis?' }), {
      target: { value: 'Een vaste volgorde van de dag.' },
    });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Versturen naar de school' }));

    await screen.findByRole('heading', { name: 'Wat u de school liet weten' });
    const verzoek = verzoekenNaar(fetchMock, PAD).at(0);
    expect(await verzoek?.json()).toEqual({
      aandachtEnTijd: 'Korte uitleg, dan zelf proberen.',
      onderwijsmaterialen: null,
      ruimtelijkeOmgeving: null,
      expertise: null,
      samenwerkingMetAndereInstanties: null,
      watWerktThuis: 'Een vaste volgorde van de dag.',
    });
  });

  it('shows what was sent, where it is in the plan, and a problem the API names', async () => {
    mockArrangementApi(() =>
      probleem(
        {
          type: 'urn:passendonderwijs:probleem:validatie',
          title: 'Ongeldige invoer.',
          status: 400,
          errors: [{ code: 'visie-leeg', detail: 'Schrijf bij ten minste één onderdeel wat u ervan denkt.', pointer: '#/watWerktThuis' }],
        },
        400,
      ),
    );
    renderComponent(<OppVisie leerlingId={KIND} plan={plan(true)} />, new FakeUserManager(testUser()));

    expect(await screen.findByText(/Het staat in het plan dat de school nu maakt \(versie 2\)/)).toBeDefined();
    expect(screen.getByText('Een vaste volgorde van de dag.')).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Iets anders laten weten' }));
    const formulier = await screen.findByRole('form', { name: 'Hoe denkt u erover?' });
    fireEvent.change(within(formulier).getByRole('textbox', { name: 'Aandacht en tijd' }), { target: { value: '' } });
    fireEvent.change(within(formulier).getByRole('textbox', { name: 'Wat vindt u belangrijk? Wat werkt thuis?' }), { target: { value: '' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Versturen naar de school' }));

    expect(await within(formulier).findByText('Schrijf bij ten minste één onderdeel wat u ervan denkt.')).toBeDefined();
  });
});
