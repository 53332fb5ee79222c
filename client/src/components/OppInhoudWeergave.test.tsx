import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ARRANGEMENT_ID } from '../test/arrangementFixtures';
import { legeInhoud, volledigeInhoud } from '../test/oppFixtures';
import { mockFetch, renderComponent } from '../test/renderApp';
import { OppInhoudWeergave } from './OppInhoudWeergave';

function toon(inhoud = volledigeInhoud()) {
  mockFetch(() => new Response(null, { status: 404 }));
  renderComponent(<OppInhoudWeergave inhoud={inhoud} />);
}

describe('OppInhoudWeergave', () => {
  it('shows what a version says in the sections of the plan, with labels and Dutch dates', async () => {
    const inhoud = volledigeInhoud();
    inhoud.handelingsdeel.ondersteuning[0]!.arrangementId = ARRANGEMENT_ID;
    toon(inhoud);

    await screen.findByRole('heading', { level: 3, name: 'Uitstroombestemming' });
    expect(screen.getAllByRole('heading', { level: 3 }).map((kop) => kop.textContent)).toEqual([
      'Uitstroombestemming',
      'Belemmerende en bevorderende factoren',
      'Afwijkingen van het onderwijsprogramma',
      'Handelingsdeel',
      'Plan van aanpak',
    ]);
    expect(screen.getByText('Vmbo kaderberoepsgerichte leerweg')).toBeTruthy();
    expect(screen.getByText('Leest langzaam.')).toBeTruthy();
    const lijsten = screen.getAllByRole('list').map((lijst) => lijst.textContent);
    expect(lijsten).toEqual([
      'Rekenen (niveau 1F): Eigen leerlijn rekenen',
      'Lange termijn, Technisch lezen: Leest op AVI E6.Korte termijn, Werkhouding: Werkt tien minuten zelfstandig.',
      'Verlengde instructie lezenDoor: Leerkracht. Hoeveel: Twee keer per week een half uur. Bekijk het arrangement bij ondersteuning 1',
      '1 februari 202715 juni 2027',
      'Sam leest elke dag tien minuten hardop.',
      'Observatie in de klasDoor: Eva Expert. Van 10 januari 2027 tot en met 31 januari 2027.',
    ]);
    expect(screen.getByRole('link', { name: 'Bekijk het arrangement bij ondersteuning 1' }).getAttribute('href')).toBe(`/arrangementen/${ARRANGEMENT_ID}`);
    expect(screen.getByText('12,5 uur')).toBeTruthy();
    expect(screen.queryByText('Nog niet ingevuld')).toBeNull();
  });

  it('says "Nog niet ingevuld" for every empty part', async () => {
    toon(legeInhoud());
    await screen.findByRole('heading', { level: 3, name: 'Plan van aanpak' });
    // Destination, onderbouwing, both factoren, afwijkingen, goals, support, evaluation moments and the plan.
    expect(screen.getAllByText('Nog niet ingevuld')).toHaveLength(9);
    expect(screen.queryByRole('list')).toBeNull();
  });
});
