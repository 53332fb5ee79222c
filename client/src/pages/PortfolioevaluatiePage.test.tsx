import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Portfolioevaluatie } from '../api/portfolioevaluatie';
import { mockArrangementApi, verzoekenNaar } from '../test/arrangementApi';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { medewerker } from '../test/fixtures';
import { jsonResponse, renderApp } from '../test/renderApp';

const aangemeld = () => new FakeUserManager(testUser());
const pim = { ...medewerker(), naam: 'Pim Proces', functies: ['regionaal-procesbegeleider' as const] };
const regio = (naam: string) => ({ regio: naam, lokaleNetwerken: [], aanbod: [], eigenFte: 1, versie: 1 });

function evaluatie(voorBestuur: boolean): Portfolioevaluatie {
  return {
    samenwerkingsverband: 'SWV De Vallei',
    regio: 'Noord',
    jaar: 2026,
    voorBestuur,
    drempel: 5,
    uren: {
      leerlingen: 9,
      uren: 61.5,
      klein: false,
      perExpertisegebied: [
        { sleutel: 'gedrag', naam: 'Gedrag', leerlingen: 6, uren: 40, klein: false },
        voorBestuur ? { sleutel: 'hechting', naam: 'Hechting en trauma', klein: true } : { sleutel: 'hechting', naam: 'Hechting en trauma', leerlingen: 3, uren: 21.5, klein: true },
      ],
      perSchool: [],
    },
    casuistiek: { netwerkbesprekingen: 4, casussen: 12, klein: false, uitkomsten: [{ sleutel: 'inzet-expert', naam: 'Inzet expert', aantal: 12, klein: false }], afgeslotenInzetten: [] },
    tevredenheid: { vragen: ['werkwijze', 'bijdrage', 'bereikbaarheid', 'communicatie', 'snelheid'], verstuurd: 6, beantwoord: 5, perExpertisegebied: [] },
    middelen: [{ schoolbestuurId: 'b-1', schoolbestuur: 'Stichting Primair', toegekend: 90000, verantwoording: 'ingediend', verantwoordingLabel: 'Ingediend', besteed: 88000 }],
    projecten: [],
  };
}

describe('PortfolioevaluatiePage', () => {
  it('shows the procesbegeleider every figure, marks what the board does not see, and switches to the board version', async () => {
    const fetchMock = mockArrangementApi((url) => {
      if (url.pathname === '/api/v1/portfolio/regios') return jsonResponse({ regios: [regio('Noord'), regio('Zuid')] });
      if (url.pathname === '/api/v1/portfolio/regios/Noord/evaluaties/2026') return jsonResponse(evaluatie(url.searchParams.get('voorBestuur') === 'true'));
      return jsonResponse({});
    }, pim);

    renderApp('/portfolio-evaluatie', aangemeld());

    fireEvent.change(await screen.findByLabelText('Kalenderjaar'), { target: { value: '2026' } });
    const tabel = await screen.findByRole('table', { name: 'Uren per expertisegebied' });
    const hechting = within(tabel).getByRole('row', { name: /Hechting en trauma/ });
    expect(hechting.textContent).toContain('3 (niet in de versie voor het bestuur)');
    expect(hechting.textContent).toContain('21,5');
    expect(screen.getByRole('row', { name: /Stichting Primair/ }).textContent).toContain('€ 90.000,00');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Downloaden als PDF' }).disabled).toBe(false);

    fireEvent.click(screen.getByLabelText('Toon wat het regionaal bestuur ziet'));
    await waitFor(() => expect(within(screen.getByRole('table', { name: 'Uren per expertisegebied' })).getByRole('row', { name: /Hechting en trauma/ }).textContent).toContain('verborgen'));
    expect(verzoekenNaar(fetchMock, '/api/v1/portfolio/regios/Noord/evaluaties/2026').some((r) => new URL(r.url).searchParams.get('voorBestuur') === 'true')).toBe(true);
  });

  it('tells a school that only the portfolio functies make the evaluation', async () => {
    mockArrangementApi(() => jsonResponse({ regios: [] }), { ...medewerker(), rollen: ['school-medewerker'] });

    renderApp('/portfolio-evaluatie', aangemeld());

    expect((await screen.findByRole('alert')).textContent).toContain('Alleen de regionaal procesbegeleider, de beleidsmedewerker en de manager ondersteuning');
  });
});
