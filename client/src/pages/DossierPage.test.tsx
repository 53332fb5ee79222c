import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Dossierimport } from '../api/dossiers';
import type { Ik } from '../api/ik';
import { ibEr, LEERLING_ID } from '../test/arrangementFixtures';
import { mockArrangementApi, probleem, verzoekenNaar } from '../test/arrangementApi';
import { DOSSIER_ID, dossier } from '../test/dossierFixtures';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { medewerker } from '../test/fixtures';
import { jsonResponse, renderApp } from '../test/renderApp';

const PAD = `/api/v1/dossiers/${DOSSIER_ID}`;
const BESCHERMD = `${PAD}/beschermde-gegevens`;
const cellen = (rij: HTMLElement) => [...rij.querySelectorAll('th, td')].map((cel) => cel.textContent);
const rijen = (tabel: HTMLElement) => within(tabel).getAllByRole('row').slice(1).map(cellen);

function api(inhoud: Dossierimport | Response, ik: Ik = ibEr(), beschermd: (request: Request) => Response | Promise<Response> = () => jsonResponse({}, 404)) {
  return mockArrangementApi((url, request) => {
    if (url.pathname === PAD) return inhoud instanceof Response ? inhoud : jsonResponse(inhoud);
    if (url.pathname === BESCHERMD && request.method === 'POST') return beschermd(request);
    return jsonResponse({}, 404);
  }, ik);
}

async function open() {
  renderApp(`/dossiers/${DOSSIER_ID}`, new FakeUserManager(testUser()));
  await screen.findByRole('heading', { level: 1, name: 'Overdrachtsdossier van Sam de Vries' });
  return screen.getByRole('main');
}

describe('DossierPage', () => {
  it("warns first that the parents disagree, with their reason, and summarises the dossier in words", async () => {
    api(dossier());
    const main = await open();

    expect(within(main).getByRole('link', { name: 'Naar de leerling Sam de Vries' }).getAttribute('href')).toBe(`/leerlingen/${LEERLING_ID}`);
    const inzage = within(main).getByRole('region', { name: 'Inzage door de ouders' });
    expect(within(inzage).getByRole('heading', { level: 3, name: 'De ouders zijn het niet eens met dit dossier' })).toBeDefined();
    expect(within(inzage).getByText('Hun reden: Teveel zorggegevens in het dossier')).toBeDefined();
    expect(within(inzage).getByText('De ouders hebben het dossier ingezien op 10 maart 2027.')).toBeDefined();
    // The parents' view comes before everything else the dossier holds.
    const koppen = within(main).getAllByRole('heading', { level: 2 }).map((kop) => kop.textContent);
    expect(koppen.slice(0, 2)).toEqual(['Inzage door de ouders', 'Over dit dossier']);
    expect(koppen).toEqual(
      expect.arrayContaining(['Ouders en verzorgers', 'Schoolloopbaan', 'Toetsresultaten', 'Handelingsplannen', 'Verzuim', 'Eerdere ondersteuning', 'Verslag']),
    );

    const over = within(main).getByRole('region', { name: 'Over dit dossier' });
    await within(over).findByText('Basisschool De Regenboog (12AB00)');
    const waarden = [...over.querySelectorAll('dt')].map((dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`);
    expect(waarden).toEqual([
      'Status: Actueel',
      'Soort dossier: Dossier voor een samenwerkingsverband primair onderwijs',
      'Dossierdatum: 14 maart 2027',
      'Ontvangen: 15 maart 2027 om 10:30',
      "Aangeleverd door: Ilse de IB'er",
      'School: Basisschool De Regenboog (12AB00)',
      'Leerlingadministratie: ParnasSys',
    ]);
  });

  it('shows the contents in tables and says so for every empty part', async () => {
    api(dossier());
    const main = await open();

    expect(rijen(within(main).getByRole('table', { name: 'Ouders en verzorgers van Sam de Vries (1)' }))).toEqual([
      ['Petra de Vries', 'Moeder', 'Ja', '0612345678', '–'],
    ]);
    expect(rijen(within(main).getByRole('table', { name: 'Toetsresultaten van Sam de Vries (1)' }))).toEqual([
      ['Cito Rekenen-Wiskunde', 'Rekenen', '20 januari 2027', '5', '185, IV'],
    ]);
    expect(within(main).getByText('Het dossier bevat geen handelingsplannen.')).toBeDefined();
    expect(within(main).getByText('Het dossier bevat geen gegevens over verzuim.')).toBeDefined();
    expect(within(main).getByText('Het dossier noemt geen ontwikkelingsperspectiefplan.')).toBeDefined();
    expect(within(main).getByText('Het dossier noemt geen toelaatbaarheidsverklaringen.')).toBeDefined();
    expect(rijen(within(main).getByRole('table', { name: 'Eerdere arrangementen (1)' }))).toEqual([
      ['Ambulante begeleiding', 'AB-12', '–', '1 september 2025', '31 juli 2026'],
    ]);
  });

  it('lists the report with the label of what happened and the XPath, filterable by what happened', async () => {
    api(dossier());
    const main = await open();

    const verslag = within(main).getByRole('region', { name: 'Verslag' });
    expect(rijen(within(verslag).getByRole('table', { name: 'Verslag van de import (3)' }))).toEqual([
      ['Bijgewerkt', 'Leerling', 'Herkend aan het leerlingnummer in het LAS.', '/dossier/leerling'],
      ['Bewust weggelaten', 'Burgerservicenummer', 'Een BSN wordt nooit bewaard.', '/dossier/leerling/bsn'],
      ['Niet overgenomen', 'Foto', 'Niet nodig voor passend onderwijs.', '–'],
    ]);
    expect(verslag.querySelectorAll('td code')).toHaveLength(2);
    const filter = within(verslag).getByLabelText('Toon');
    expect([...filter.querySelectorAll('option')].map((optie) => optie.textContent)).toEqual([
      'Alles (3)',
      'Bijgewerkt (1)',
      'Niet overgenomen (1)',
      'Bewust weggelaten (1)',
    ]);

    fireEvent.change(filter, { target: { value: 'weggelaten' } });

    expect(rijen(within(verslag).getByRole('table', { name: 'Verslag van de import: Bewust weggelaten (1)' }))).toEqual([
      ['Bewust weggelaten', 'Burgerservicenummer', 'Een BSN wordt nooit bewaard.', '/dossier/leerling/bsn'],
    ]);
  });

  it('states plainly what the parents said when they agree', async () => {
    api(dossier({ ouderinzage: { ingezien: true, inzagedatum: null, akkoord: 'ja', toestemming: 'ja', heeftBezwaar: false } }));
    const main = await open();

    const inzage = within(main).getByRole('region', { name: 'Inzage door de ouders' });
    expect(within(inzage).queryByText('De ouders zijn het niet eens met dit dossier')).toBeNull();
    expect(within(inzage).getByText('De ouders hebben het dossier ingezien.')).toBeDefined();
    expect([...inzage.querySelectorAll('dd')].map((dd) => dd.textContent)).toEqual(['Ja', 'Ja']);
  });

  it('tells the school that only the SWV opens the protected data', async () => {
    const fetchMock = api(dossier());
    const main = await open();

    const sectie = within(main).getByRole('region', { name: 'Diagnoses en medicijngebruik' });
    expect(sectie.textContent).toContain('Alleen een medewerker van het samenwerkingsverband kan die openen.');
    expect(within(sectie).queryByRole('button')).toBeNull();
    expect(verzoekenNaar(fetchMock, BESCHERMD)).toEqual([]);
  });

  it('lets SWV staff open the diagnoses with a reason, and shows the API its refusal of a short one', async () => {
    let keer = 0;
    const fetchMock = api(dossier(), medewerker(), () =>
      ++keer === 1
        ? probleem(
            {
              type: 'urn:passendonderwijs:probleem:validatie',
              title: 'De invoer is ongeldig.',
              status: 400,
              errors: [{ code: 'te-kort', detail: 'Schrijf een reden van 10 tot en met 150 tekens.', pointer: '#/reden' }],
            },
            400,
          )
        : jsonResponse({
            dossierimportId: DOSSIER_ID,
            leerlingId: LEERLING_ID,
            diagnoses: [{ codes: ['H90.3', 'H54.2'], naam: 'Slechthorend en slechtziend', datum: '2024-05-02', doorWie: 'Dr. Jansen', instantie: 'Kentalis' }],
            medicijngebruik: false,
          }),
    );
    const main = await open();

    const sectie = within(main).getByRole('region', { name: 'Diagnoses en medicijngebruik' });
    expect(sectie.textContent).toContain('bijzondere persoonsgegevens');
    expect(sectie.textContent).toContain('auditlog');
    const formulier = within(sectie).getByRole('form', { name: 'Diagnoses tonen' });
    fireEvent.change(within(formulier).getByLabelText('Reden'), { target: { value: 'Kort' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Diagnoses tonen' }));

    expect(await within(formulier).findByRole('alert')).toBeDefined();
    expect(within(formulier).getAllByText('Schrijf een reden van 10 tot en met 150 tekens.').length).toBeGreaterThan(0);

    fireEvent.change(within(formulier).getByLabelText('Reden'), { target: { value: '  Voorbereiding van het overleg over de TLV.  ' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Diagnoses tonen' }));

    const tabel = await within(sectie).findByRole('table', { name: 'Diagnoses van Sam de Vries (1)' });
    expect(rijen(tabel)).toEqual([['Slechthorend en slechtziend', 'H90.3, H54.2', '2 mei 2024', 'Dr. Jansen', 'Kentalis']]);
    expect(within(sectie).getByText('Volgens het dossier gebruikt de leerling geen medicijnen.')).toBeDefined();
    const verzoeken = verzoekenNaar(fetchMock, BESCHERMD);
    expect(await Promise.all(verzoeken.map(async (r) => (await r.clone().json()) as unknown))).toEqual([
      { reden: 'Kort' },
      { reden: 'Voorbereiding van het overleg over de TLV.' },
    ]);
  });

  it('says the dossier holds no protected data when it has none', async () => {
    api(dossier({ heeftBeschermdeGegevens: false }), medewerker());
    const main = await open();

    const sectie = within(main).getByRole('region', { name: 'Diagnoses en medicijngebruik' });
    expect(sectie.textContent).toBe('Diagnoses en medicijngebruikDit dossier bevat geen diagnoses en geen gegevens over medicijngebruik.');
  });

  it('says so when the dossier does not exist or may not be seen', async () => {
    api(probleem({ type: 'about:blank', title: 'Not Found', status: 404, detail: 'Er is geen dossier met dit id.' }, 404));
    renderApp(`/dossiers/${DOSSIER_ID}`, new FakeUserManager(testUser()));

    expect(await screen.findByRole('heading', { name: 'Dit dossier bestaat niet, of u mag het niet zien.' })).toBeDefined();
    expect(screen.getByRole('heading', { level: 1, name: 'Overdrachtsdossier' })).toBeDefined();
  });
});
