// End-to-end test of the register of deskundigen: the SWV medewerker registers one (a unique name per run, since the
// database persists), finds it in the list, changes it and deactivates it again, so other journeys count what they
// did; the demo deskundige signs in and lands on Mijn gegevens with their discipline and werkgever. Axe on each page.
// It starts no server: set BASE_URL, e.g. BASE_URL=http://localhost:8089 npm run test:e2e
// The demo users must exist (demo mode); DEMO_WACHTWOORD overrides their password.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ARTIFACTS, BASE_URL, escape, geenProblemen, launchBrowser, meldAan, opPad, recordingPage, toegankelijkheid } from './browser.mjs';

const MEDEWERKER = { email: 'medewerker@demo.passendonderwijs.nl', naam: 'Mo Medewerker' };
const DESKUNDIGE = { email: 'deskundige@demo.passendonderwijs.nl', naam: 'Dirk Deskundige' };
const WACHTTIJD = 15_000;
const NAAM = `Noor Nieuw ${Date.now()}`;

let browsers = [];

before(async () => {
  browsers = [await launchBrowser(), await launchBrowser()];
});

after(async () => {
  await Promise.all(browsers.map((browser) => browser?.close()));
});

describe('deskundigen', () => {
  it('lets the SWV medewerker register, find, change and deactivate a deskundige', async () => {
    const { page, problems } = await recordingPage(browsers[0].context);
    const inhoud = page.getByRole('main');
    await meldAan(page, MEDEWERKER, '/deskundigen');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Deskundigen' }).click();
    await page.waitForURL(opPad('/deskundigen'), { timeout: WACHTTIJD });
    await inhoud.getByRole('table', { name: 'Gevonden deskundigen' }).waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, '/deskundigen');

    // A registration without a werkgever: the error summary names the problem.
    const nieuw = inhoud.getByRole('form', { name: 'Deskundige registreren' });
    await nieuw.getByLabel('Naam', { exact: true }).fill(NAAM);
    await nieuw.getByLabel('Discipline', { exact: true }).selectOption({ label: 'Psycholoog' });
    await nieuw.getByRole('button', { name: 'Deskundige registreren' }).click();
    await nieuw.getByText('De deskundige is niet geregistreerd.').waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, '/deskundigen with the error summary');

    await nieuw.getByLabel('Beroepsregister', { exact: true }).selectOption({ label: 'NIP (Nederlands Instituut van Psychologen)' });
    await nieuw.getByLabel('Registratienummer', { exact: true }).fill('24680');
    await nieuw.getByLabel('Werkgever', { exact: true }).fill('Praktijk Noorderlicht');
    await nieuw.getByRole('button', { name: 'Deskundige registreren' }).click();
    await inhoud.getByText(`${NAAM} staat in het register.`).waitFor({ timeout: WACHTTIJD });

    // Found by name in the list, with its discipline and register in words.
    const zoeken = inhoud.getByRole('search', { name: 'Deskundigen zoeken' });
    await zoeken.getByRole('searchbox', { name: /Naam/ }).fill(NAAM);
    await zoeken.getByRole('button', { name: 'Zoeken' }).click();
    await inhoud.getByText('1 deskundige gevonden.').waitFor({ timeout: WACHTTIJD });
    const rij = inhoud.getByRole('table', { name: 'Gevonden deskundigen' }).getByRole('row', { name: new RegExp(escape(NAAM)) });
    await rij.getByText('Psycholoog').waitFor({ timeout: WACHTTIJD });
    await rij.getByText('NIP 24680').waitFor({ timeout: WACHTTIJD });

    // Changed: the employer.
    await rij.getByRole('button', { name: `Wijzigen: ${NAAM}` }).click();
    const wijzig = inhoud.getByRole('form', { name: 'Wijzigingen opslaan' });
    await wijzig.getByLabel('Werkgever', { exact: true }).fill('zelfstandig');
    await toegankelijkheid(page, '/deskundigen changing one');
    await wijzig.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await inhoud.getByText(`De gegevens van ${NAAM} zijn opgeslagen.`).waitFor({ timeout: WACHTTIJD });
    await rij.getByText('zelfstandig').waitFor({ timeout: WACHTTIJD });

    // Deactivated again, so the active register keeps what other journeys expect.
    await rij.getByRole('button', { name: `Deactiveren: ${NAAM}` }).click();
    await inhoud.getByText(`${NAAM} is gedeactiveerd.`).waitFor({ timeout: WACHTTIJD });
    await inhoud.getByText('Er zijn geen deskundigen gevonden.').waitFor({ timeout: WACHTTIJD });

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'deskundigen.png'), fullPage: true });
    // The browser logs the 400 of the registration without a werkgever; that one is on purpose.
    geenProblemen(problems, ['Failed to load resource: the server responded with a status of 400 (Bad Request)']);
  });

  it('shows the demo deskundige Mijn gegevens with discipline and werkgever, and no SWV lists in the menu', async () => {
    const { page, problems } = await recordingPage(browsers[1].context);
    const inhoud = page.getByRole('main');
    // (The start page sends a deskundige to Mijn werkvoorraad: tlv-lijst.e2e.mjs.)
    await meldAan(page, DESKUNDIGE, '/ik');
    await inhoud.getByRole('heading', { level: 1, name: 'Mijn gegevens' }).waitFor({ timeout: WACHTTIJD });
    await inhoud.getByText('Orthopedagoog').waitFor({ timeout: WACHTTIJD });
    await inhoud.getByText('Praktijk De Linde').waitFor({ timeout: WACHTTIJD });
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    for (const verborgen of ['Deskundigen', 'Scholen', 'Leerlingen', 'Arrangementen', 'Aanbieders']) {
      assert.equal(await menu.getByRole('link', { name: verborgen, exact: true }).count(), 0, `${verborgen} is not in the menu`);
    }
    await toegankelijkheid(page, '/ik as deskundige');
    geenProblemen(problems);
  });
});
