import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { OppVerschillen } from '../api/ontwikkelingsperspectiefplannen';
import { ILSE, LEERLING_ID } from '../test/arrangementFixtures';
import { mockFetch, jsonResponse, renderComponent, requestedUrls } from '../test/renderApp';
import { instemming, opp, OPP_ID, versie } from '../test/oppFixtures';
import { OppVersies } from './OppVersies';

const vastgesteld = { vastgesteldOp: '2027-01-10', vastgesteldDoor: ILSE };

const plan = opp({
  status: 'in-herziening',
  geldendeVersie: 3,
  conceptversie: 4,
  versies: [
    versie({ nummer: 1, status: 'vervangen', ...vastgesteld, handelingsdeelVastgesteld: true, instemming: instemming() }),
    versie({
      nummer: 2,
      status: 'vervangen',
      ...vastgesteld,
      instemming: instemming({ gegeven: false, datum: '2027-03-01', reden: 'Te weinig begeleiding.' }),
    }),
    versie({ nummer: 3, status: 'vastgesteld', ...vastgesteld, instemming: instemming({ geldig: false }) }),
    versie({ nummer: 4 }),
  ],
});

function verschillen(van: number, naar: number): OppVerschillen {
  return {
    oppId: OPP_ID,
    leerlingId: LEERLING_ID,
    van,
    naar,
    verschillen: [
      { pad: 'handelingsdeel.doelen[0].omschrijving', label: 'Doel 1: omschrijving', oud: 'Sam leest op AVI-niveau E4.', nieuw: 'Sam leest op AVI-niveau E5.' },
      { pad: 'handelingsdeel.evaluatiemomenten[2]', label: 'Evaluatiemoment 3', oud: null, nieuw: '1 oktober 2027' },
      { pad: 'afwijkingen[0].vakgebied', label: 'Afwijking 1: vakgebied', oud: 'Rekenen', nieuw: null },
    ],
  };
}

function api() {
  return mockFetch((url) => {
    if (url.pathname === `/api/v1/ontwikkelingsperspectiefplannen/${OPP_ID}/verschillen`) {
      return jsonResponse(verschillen(Number(url.searchParams.get('van')), Number(url.searchParams.get('naar'))));
    }
    return new Response(null, { status: 404 });
  });
}

describe('OppVersies', () => {
  it('lists every version with its status, vaststelling, the ouders’ answer in words and a link to print it', async () => {
    api();
    renderComponent(<OppVersies opp={plan} />);

    const tabel = await screen.findByRole('table', { name: 'Versies van het plan van Sam de Vries' });
    const rijen = within(tabel)
      .getAllByRole('row')
      .slice(1)
      .map((rij) => [...rij.querySelectorAll('th, td')].map((cel) => cel.textContent));
    expect(rijen).toEqual([
      ['Versie 1', 'Vervangen door een nieuwere versie', '10 januari 2027 door Ilse de IB\'er', 'Gegeven op 5 januari 2027 door Anna de Vries, op papier ondertekend', 'Ja', `Versie 1 afdrukkenPDF bekijkenPDF downloadenVersie 1 van het OPP opent als PDF in een nieuw tabblad.`],
      ['Versie 2', 'Vervangen door een nieuwere versie', '10 januari 2027 door Ilse de IB\'er', 'Geweigerd op 1 maart 2027 door Anna de Vries. Reden: Te weinig begeleiding.', 'Nee', `Versie 2 afdrukkenPDF bekijkenPDF downloadenVersie 2 van het OPP opent als PDF in een nieuw tabblad.`],
      ['Versie 3', 'Vastgesteld', '10 januari 2027 door Ilse de IB\'er', 'Gegeven op een oudere tekst (5 januari 2027, Anna de Vries); het handelingsdeel is daarna veranderd', 'Nee', `Versie 3 afdrukkenPDF bekijkenPDF downloadenVersie 3 van het OPP opent als PDF in een nieuw tabblad.`],
      ['Versie 4', 'Concept', 'Nog niet', 'Nog niet gevraagd', 'Nee', `Versie 4 afdrukkenPDF bekijkenPDF downloadenVersie 4 van het OPP opent als PDF in een nieuw tabblad.`],
    ]);
    expect(within(tabel).getByRole('group', { name: 'PDF van versie 2' })).toBeDefined();
    expect(within(tabel).getByRole('link', { name: 'Versie 2 afdrukken' }).getAttribute('href')).toBe(
      `/ontwikkelingsperspectiefplannen/${OPP_ID}/versies/2/afdrukken`,
    );
  });

  it('compares the geldende version with the concept at first, and shows each change in words', async () => {
    const fetchMock = api();
    renderComponent(<OppVersies opp={plan} />);

    expect(await screen.findByText('Wat er in versie 4 anders is dan in versie 3:')).toBeTruthy();
    expect((screen.getByLabelText('Oude versie') as HTMLSelectElement).value).toBe('3');
    expect((screen.getByLabelText('Nieuwe versie') as HTMLSelectElement).value).toBe('4');
    const lijst = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(lijst).toEqual([
      'Doel 1: omschrijvingWas: Sam leest op AVI-niveau E4.Wordt: Sam leest op AVI-niveau E5.',
      'Evaluatiemoment 3Toegevoegd: 1 oktober 2027',
      'Afwijking 1: vakgebiedVerwijderd: Rekenen',
    ]);

    fireEvent.change(screen.getByLabelText('Oude versie'), { target: { value: '1' } });
    expect(await screen.findByText('Wat er in versie 4 anders is dan in versie 1:')).toBeTruthy();
    const gevraagd = requestedUrls(fetchMock).filter((url) => url.pathname.endsWith('/verschillen'));
    expect(gevraagd.map((url) => `${url.searchParams.get('van')}-${url.searchParams.get('naar')}`)).toEqual(['3-4', '1-4']);

    fireEvent.change(screen.getByLabelText('Nieuwe versie'), { target: { value: '1' } });
    expect(screen.getByText('Kies twee verschillende versies.')).toBeTruthy();
  });

  it('compares the last two versions when there is no concept', async () => {
    api();
    renderComponent(<OppVersies opp={opp({ geldendeVersie: 2, conceptversie: null, versies: [versie({ nummer: 1, status: 'vervangen' }), versie({ nummer: 2, status: 'vastgesteld' })] })} />);
    expect(await screen.findByText('Wat er in versie 2 anders is dan in versie 1:')).toBeTruthy();
  });

  it('says there is nothing to compare while there is one version', async () => {
    const fetchMock = api();
    renderComponent(<OppVersies opp={opp()} />);
    expect(await screen.findByText(/Er is nog maar één versie/)).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('table')).toBeTruthy());
    expect(requestedUrls(fetchMock).filter((url) => url.pathname.endsWith('/verschillen'))).toHaveLength(0);
  });
});
