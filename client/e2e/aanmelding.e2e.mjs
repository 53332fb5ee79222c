// End-to-end test of the aanmelding and the zorgplicht (issue 21). Ilse the IB'er (ib@demo) registers the written
// aanmelding of a demo pupil at Basisschool De Regenboog, reads the term in plain Dutch, extends it once (with the
// reason and the day the ouders heard) and decides "toegelaten op een andere school" (SBO De Brug, with its agreement
// and in overleg with the ouders); a missing agreement is first explained at its field. Pim, the procesbegeleider of
// the samenwerkingsverband (procesbegeleider@demo), sees the open cases of the region with the demo's overdue one
// first, and his zorgplicht-bewaken lines in Mijn werkvoorraad. Axe passes on every screen. Set BASE_URL (see
// arrangementen.e2e.mjs); the demo data must be there. Re-runnable: the aanmelding it makes is decided, so a next run
// may register the pupil again.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BASE_URL, geenProblemen, launchBrowser, laadTot, meldAan, recordingPage, toegankelijkheid, zetStap } from './browser.mjs';

const IB_ER = { email: 'ib@demo.passendonderwijs.nl', naam: "Ilse de IB'er" };
const SWV = { email: 'procesbegeleider@demo.passendonderwijs.nl', naam: 'Pim Procesbegeleider' };
const LEERLING = 'Noah Bakker';
const WACHTTIJD = 15_000;

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

describe('aanmelding en zorgplicht', () => {
  it("the IB'er registers an aanmelding, sees the term, extends it and decides for another school", async () => {
    const { page, problems } = await recordingPage(browser.context);
    await meldAan(page, IB_ER, '/aanmeldingen/nieuw');
    const formulier = page.getByRole('form', { name: 'Aanmelding registreren' });
    await formulier.waitFor({ timeout: WACHTTIJD });
    const leerlingKeuze = formulier.getByRole('combobox', { name: 'Leerling', exact: true });
    await leerlingKeuze.fill('Noah');
    await formulier.getByRole('listbox', { name: 'Gevonden leerlingen' }).getByRole('option', { name: new RegExp(`^${LEERLING} `) }).click();
    await formulier.getByRole('radio', { name: 'Ja', exact: true }).check();
    // The form proposes the current school year ("2026-2027"); its last day lies after today and inside the year.
    const schooljaar = await formulier.getByLabel('Schooljaar', { exact: true }).inputValue();
    await formulier.getByLabel('Gewenste startdatum', { exact: true }).fill(`31-07-${schooljaar.slice(5)}`);
    await toegankelijkheid(page, '/aanmeldingen/nieuw');
    await formulier.getByRole('button', { name: 'Aanmelding registreren', exact: true }).click();

    await page.waitForURL(/\/aanmeldingen\/[0-9a-f-]{36}$/, { timeout: WACHTTIJD });
    const inhoud = page.getByRole('main');
    await inhoud.getByRole('heading', { name: `Aanmelding van ${LEERLING}`, level: 1 }).waitFor({ timeout: WACHTTIJD });
    // Received today: six weeks to decide.
    await inhoud.getByText(/^Besluit uiterlijk \d+ \w+ \d{4}, nog 42 dagen$/).waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, 'the new aanmelding');

    await zetStap(page, {
      knop: 'Termijn verlengen',
      verstuur: 'Verlenging vastleggen',
      pad: '/verlenging',
      gelukt: 'De termijn is verlengd.',
      vul: async (form) => form.getByLabel('Reden van de verlenging', { exact: true }).fill('Het onderzoek naar de ondersteuning loopt nog.'),
    });
    await inhoud.getByText(/^Besluit uiterlijk \d+ \w+ \d{4}, nog 70 dagen$/).waitFor({ timeout: WACHTTIJD });
    await inhoud.getByRole('region', { name: 'Verlenging' }).getByText('Het onderzoek naar de ondersteuning loopt nog.').waitFor({ timeout: WACHTTIJD });
    assert.equal(await page.getByRole('region', { name: 'Volgende stap' }).getByRole('button', { name: 'Termijn verlengen', exact: true }).count(), 0, 'only once');
    await toegankelijkheid(page, 'the extended aanmelding');

    // Without the other school's agreement the API refuses, and says so at the field.
    const paneel = page.getByRole('region', { name: 'Volgende stap' });
    await paneel.getByRole('button', { name: 'Besluiten over de toelating', exact: true }).click();
    const besluit = page.getByRole('form', { name: 'Besluiten over de toelating' });
    await besluit.getByRole('radio', { name: 'Toegelaten op een andere school', exact: true }).check();
    const school = besluit.getByLabel('School die de leerling toelaat', { exact: true });
    await school.locator('option[value="34CD00"]').waitFor({ state: 'attached', timeout: WACHTTIJD });
    await school.selectOption('34CD00');
    await besluit.getByLabel('Reden', { exact: true }).fill('Het speciaal basisonderwijs past beter bij wat Noah nodig heeft.');
    await besluit.getByRole('checkbox', { name: 'De school is gezocht in overleg met de ouders' }).check();
    await besluit.getByRole('button', { name: 'Besluit vastleggen', exact: true }).click();
    await besluit.getByText('Het besluit is niet vastgelegd.').waitFor({ timeout: WACHTTIJD });
    await besluit.locator('[data-veld="akkoordAndereSchoolOp"]').getByText(/akkoord ging/).first().waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, 'the besluit with a problem at its field');

    const vandaag = new Intl.DateTimeFormat('nl-NL', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(new Date());
    await besluit.getByLabel('Die school ging akkoord op', { exact: true }).fill(vandaag);
    const verzoek = page.waitForRequest((request) => request.method() === 'POST' && new URL(request.url()).pathname.endsWith('/besluit'));
    await besluit.getByRole('button', { name: 'Besluit vastleggen', exact: true }).click();
    assert.match((await verzoek).headers()['if-match'] ?? '', /^"\d+"$/);
    await paneel.getByText('Het besluit is vastgelegd.', { exact: true }).waitFor({ timeout: WACHTTIJD });
    const vastgelegd = inhoud.getByRole('region', { name: 'Besluit' });
    await vastgelegd.getByText('Toegelaten op een andere school').waitFor({ timeout: WACHTTIJD });
    await vastgelegd.getByText(/^SBO De Brug \(34CD00\), akkoord op .*, in overleg met de ouders$/).waitFor({ timeout: WACHTTIJD });
    await inhoud.getByText('Geen termijn meer: de aanmelding is afgerond').waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, 'the decided aanmelding');
    geenProblemen(problems, ['Failed to load resource: the server responded with a status of 400 (Bad Request)']);
    await page.close();
  });

  it('the SWV sees the open cases of the region, the overdue one first, and watches them in the werkvoorraad', async () => {
    const eigen = await launchBrowser();
    try {
      const { page, problems } = await recordingPage(eigen.context);
      await meldAan(page, SWV, '/aanmeldingen');
      const inhoud = page.getByRole('main');
      await inhoud.getByRole('heading', { name: 'Zorgplicht in de regio', level: 1 }).waitFor({ timeout: WACHTTIJD });
      const tabel = inhoud.getByRole('table', { name: 'Aanmeldingen' });
      const eerste = tabel.locator('tbody tr').first();
      await eerste.getByText(/dagen te laat/).waitFor({ timeout: WACHTTIJD });
      assert.match(await eerste.textContent(), /Daan Jansen.*SBO De Brug.*8 dagen te laat/);
      // The decided case of the demo is not open, so not in this list.
      assert.equal(await tabel.getByText('Sanne de Vries').count(), 0);
      await toegankelijkheid(page, 'the zorgplicht in de regio');

      await eerste.getByRole('link', { name: 'Daan Jansen' }).click();
      await inhoud.getByRole('heading', { name: 'Aanmelding van Daan Jansen', level: 1 }).waitFor({ timeout: WACHTTIJD });
      assert.equal(await page.getByRole('region', { name: 'Volgende stap' }).count(), 0, 'the SWV watches; it takes no steps');
      await toegankelijkheid(page, 'an aanmelding for the SWV');

      await page.goto(`${BASE_URL}/werkvoorraad`);
      const werk = inhoud.getByRole('table', { name: /^Wat op uw actie wacht als SWV-medewerker/ });
      await werk.waitFor({ timeout: WACHTTIJD });
      const daan = werk.getByRole('row').filter({ hasText: 'Daan Jansen' }).filter({ hasText: 'Zorgplicht bewaken' });
      await laadTot(page, werk, daan);
      await daan.first().waitFor({ timeout: WACHTTIJD });
      assert.match(await daan.first().textContent(), /Verlopen/);
      await toegankelijkheid(page, 'the werkvoorraad with the zorgplicht lines');
      geenProblemen(problems);
    } finally {
      await eigen.close();
    }
  });
});
