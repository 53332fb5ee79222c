import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Beleidsinformatie } from '../api/beleidsinformatie';
import { mockArrangementApi, verzoekenNaar } from '../test/arrangementApi';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { medewerker } from '../test/fixtures';
import { jsonResponse, renderApp } from '../test/renderApp';

const aangemeld = () => new FakeUserManager(testUser());
const bella = { ...medewerker(), naam: 'Bella Beleid', functies: ['beleidsmedewerker' as const] };
const cijfer = (aantal: number, klein: boolean, voorBuiten: boolean) => (klein && voorBuiten ? { klein } : { aantal, klein });

function dashboard(leerjaar: string, voorBuiten: boolean, filter: Beleidsinformatie['filter'] = {}): Beleidsinformatie {
  const c = (aantal: number, klein = false) => cijfer(aantal, klein, voorBuiten);
  const p = (waarde: number, klein = false) => (klein && voorBuiten ? { klein } : { waarde, klein });
  const besluit = (opTijd: number, teLaat: number, kleinTeLaat = false) => [
    { sleutel: 'op-tijd', naam: 'Op tijd', ...c(opTijd) },
    { sleutel: 'te-laat', naam: 'Te laat', ...c(teLaat, kleinTeLaat) },
  ];
  return {
    samenwerkingsverband: 'SWV De Vallei',
    leerjaar,
    voorBuiten,
    drempel: 5,
    filter,
    keuzes: { regios: ['Noord', 'Zuid'], besturen: [{ waarde: 'b-1', naam: 'Stichting Primair' }], scholen: [{ waarde: '00AA00', naam: 'De Regenboog' }] },
    arrangementenPerSoortEnStatus: {
      rijen: [{ sleutel: 'onderwijsarrangement', naam: 'Onderwijsarrangement' }],
      kolommen: [
        { sleutel: 'actief', naam: 'Actief' },
        { sleutel: 'afgewezen', naam: 'Afgewezen' },
      ],
      cellen: [[c(12), c(3, true)]],
      rijtotalen: [c(15)],
      kolomtotalen: [c(12), c(3, true)],
      totaal: c(15),
    },
    urenEnBudgetPerSoort: [{ sleutel: 'onderwijsarrangement', naam: 'Onderwijsarrangement', aantal: 12, uren: 240, budget: 36000, klein: false }],
    tlvsPerSoortEnCategorie: { rijen: [], kolommen: [], cellen: [], rijtotalen: [], kolomtotalen: [], totaal: c(0) },
    opps: { nieuw: c(20), vaststelling: [{ sleutel: 'op-tijd', naam: 'Op tijd', aantal: 18, klein: false }], evaluatie: [{ sleutel: 'op-tijd', naam: 'Op tijd', aantal: 9, klein: false }] },
    doorlooptijdArrangementen: { aantal: 15, mediaan: 6.5, p90: 21, klein: false },
    doorlooptijdTlvs: voorBuiten ? { klein: true } : { aantal: 2, mediaan: 30, p90: 41, klein: true },
    experturen: { leerlingen: 9, uren: 61.5, klein: false, perExpertisegebied: [], perSchool: [] },
    aanmeldingen: {
      nieuw: c(14),
      besluit: [
        { sleutel: 'op-tijd', naam: 'Op tijd', ...c(9) },
        { sleutel: 'te-laat', naam: 'Te laat', ...c(3, true) },
        { sleutel: 'lopend', naam: 'Loopt nog', ...c(2, true) },
      ],
    },
    thuiszitters: {
      peildatum: '2026-12-04',
      perDuur: {
        rijen: [
          { sleutel: 'tot-3-maanden', naam: 'Tot 3 maanden' },
          { sleutel: '1-jaar-of-langer', naam: '1 jaar of langer' },
        ],
        kolommen: [{ sleutel: 'absoluut-verzuim', naam: 'Absoluut verzuim' }],
        cellen: [[c(6)], [c(2, true)]],
        rijtotalen: [c(6), c(2, true)],
        kolomtotalen: [c(8)],
        totaal: c(8),
      },
    },
    deelname: {
      teldatum: '2026-10-01',
      streefpercentage: 96.5,
      perTeldatum: {
        rijen: [
          { sleutel: '2025-10-01', naam: '1 oktober 2025' },
          { sleutel: '2026-10-01', naam: '1 oktober 2026' },
        ],
        kolommen: [
          { sleutel: 'regulier', naam: 'Regulier onderwijs' },
          { sleutel: 'sbo', naam: 'Speciaal basisonderwijs' },
        ],
        cellen: [
          [c(190), c(10)],
          [c(196), c(4, true)],
        ],
        rijtotalen: [c(200), c(200)],
        kolomtotalen: [c(386), c(14)],
        totaal: c(400),
      },
      percentages: [p(95), p(98, true)],
    },
    trend: [
      {
        leerjaar: '2025-2026', arrangementen: c(10), tlvs: c(4, true), opps: c(14), experturen: 40,
        aanmeldingen: c(12), aanmeldingBesluit: besluit(8, 2), thuiszitters: c(7), deelnamepercentage: p(95),
      },
      {
        leerjaar, arrangementen: c(15), tlvs: c(0), opps: c(20), experturen: 61.5,
        aanmeldingen: c(14), aanmeldingBesluit: besluit(9, 3, true), thuiszitters: c(8), deelnamepercentage: p(98, true),
      },
    ],
  };
}

describe('BeleidsinformatiePage', () => {
  it('shows the beleidsmedewerker every figure in tables beside the charts, marks small ones, and follows schooljaar and filters', async () => {
    const fetchMock = mockArrangementApi((url) => {
      if (url.pathname === '/api/v1/beleidsinformatie/dashboard') {
        const regio = url.searchParams.get('regio');
        return jsonResponse(dashboard(url.searchParams.get('leerjaar') ?? '', url.searchParams.get('voorBuiten') === 'true', { regio }));
      }
      return jsonResponse({});
    }, bella);

    renderApp('/beleidsinformatie', aangemeld());

    const tabel = await screen.findByRole('table', { name: 'Arrangementen per soort en status' });
    const rij = within(tabel).getByRole('row', { name: /Onderwijsarrangement/ });
    expect(rij.textContent).toContain('3 (niet zichtbaar buiten het bureau)');
    expect(within(screen.getByRole('table', { name: 'Doorlooptijd van aanvraag tot besluit' })).getByRole('row', { name: /Arrangementen/ }).textContent).toContain('6,5 dagen');
    expect(screen.getAllByText(/De cijfers van deze grafiek staan in de tabel/).length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: 'Beleidsinformatie' })).toBeTruthy();

    const aanmeldingen = screen.getByRole('region', { name: 'Aanmeldingen en zorgplicht' });
    expect(aanmeldingen.textContent).toContain('Aanmeldingen ontvangen in dit schooljaar: 14.');
    expect(aanmeldingen.textContent).toContain('Besloten binnen de termijn: 75 %.');
    expect(within(screen.getByRole('table', { name: 'Termijnen van aanmeldingen' })).getByRole('row', { name: /Besluit over de toelating/ }).textContent).toContain(
      '3 (niet zichtbaar buiten het bureau)',
    );
    expect(screen.getByRole('region', { name: 'Thuiszitters' }).textContent).toContain('Thuiszitters op 4 december 2026: 8.');
    expect(within(screen.getByRole('table', { name: 'Thuiszitters naar duur van het verzuim' })).getByRole('row', { name: /1 jaar of langer/ }).textContent).toContain(
      '2 (niet zichtbaar buiten het bureau)',
    );

    const deelname = screen.getByRole('region', { name: 'Deelname regulier onderwijs' });
    expect(deelname.textContent).toContain('Deelnamepercentage op 1 oktober 2026: 98 % (niet zichtbaar buiten het bureau).');
    expect(deelname.textContent).toContain('Het streefpercentage uit het ondersteuningsplan is 96,5 %.');
    expect(deelname.textContent).not.toContain('geldt voor het hele samenwerkingsverband');
    expect(within(screen.getByRole('table', { name: 'Deelname regulier onderwijs per teldatum' })).getByRole('row', { name: /1 oktober 2025/ }).textContent).toContain('95 %');
    const verloop = within(screen.getByRole('table', { name: 'Verloop per schooljaar' }));
    expect(verloop.getByRole('columnheader', { name: 'Thuiszitters op de laatste dag' })).toBeTruthy();
    expect(verloop.getByRole('row', { name: /2025-2026/ }).textContent).toContain('80 %');
    expect(verloop.getByRole('row', { name: /2025-2026/ }).textContent).toContain('95 %');

    fireEvent.change(screen.getByLabelText('Schooljaar'), { target: { value: '2025-2026' } });
    fireEvent.change(screen.getByLabelText('Regio'), { target: { value: 'Noord' } });
    await waitFor(() =>
      expect(
        verzoekenNaar(fetchMock, '/api/v1/beleidsinformatie/dashboard').some((r) => {
          const q = new URL(r.url).searchParams;
          return q.get('leerjaar') === '2025-2026' && q.get('regio') === 'Noord';
        }),
      ).toBe(true),
    );

    // With a regio chosen the deelnamepercentage stays the samenwerkingsverband's, and the page says so.
    await waitFor(() => expect(screen.getByRole('region', { name: 'Deelname regulier onderwijs' }).textContent).toContain('geldt voor het hele samenwerkingsverband'));

    fireEvent.click(screen.getByLabelText('Toon wat lezers buiten het bureau zien'));
    await waitFor(() =>
      expect(within(screen.getByRole('table', { name: 'Arrangementen per soort en status' })).getByRole('row', { name: /Onderwijsarrangement/ }).textContent).toContain('verborgen'),
    );
    expect(within(screen.getByRole('table', { name: 'Doorlooptijd van aanvraag tot besluit' })).getByRole('row', { name: /TLV/ }).textContent).not.toContain('30');
    // A share of a hidden count could give it away: with "te laat" hidden there is no percentage.
    expect(screen.getByRole('region', { name: 'Aanmeldingen en zorgplicht' }).textContent).toContain('Besloten binnen de termijn: verborgen.');
    expect(within(screen.getByRole('table', { name: 'Thuiszitters naar duur van het verzuim' })).getByRole('row', { name: /1 jaar of langer/ }).textContent).toContain('verborgen');
    // A percentage made with a hidden count is hidden too, on the section and in the trend.
    expect(screen.getByRole('region', { name: 'Deelname regulier onderwijs' }).textContent).toContain('Deelnamepercentage op 1 oktober 2026: verborgen.');
    // The fixture's last year is the chosen one (2025-2026 by now): its first row is the year before, with a shown 95 %.
    const [vorigJaar] = within(screen.getByRole('table', { name: 'Verloop per schooljaar' })).getAllByRole('row', { name: /2025-2026/ });
    expect(vorigJaar?.textContent).toContain('95 %');
  });

  it('tells a school that only the SWV functies see the beleidsinformatie', async () => {
    mockArrangementApi(() => jsonResponse({}), { ...medewerker(), rollen: ['school-medewerker'] });

    renderApp('/beleidsinformatie', aangemeld());

    expect((await screen.findByRole('alert')).textContent).toContain('Alleen de regionaal procesbegeleider, de beleidsmedewerker en de manager ondersteuning');
  });
});
