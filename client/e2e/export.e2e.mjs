// End-to-end test of exporting and printing: an SWV medewerker downloads the arrangementen list as CSV and as Excel
// (the Playwright download event; the file is fetched with the bearer token, never a token in a URL), and the
// arrangement and pupil pages print without menu or buttons. It starts no server: set BASE_URL,
// e.g. BASE_URL=http://localhost:8089 npm run test:e2e
// The demo users must exist (demo mode); DEMO_WACHTWOORD overrides their password.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ARTIFACTS, BASE_URL, csvRegels, download, escape, launchBrowser, opPad, recordingPage, toegankelijkheid } from './browser.mjs';

const EMAIL = 'medewerker@demo.passendonderwijs.nl';
const WACHTWOORD = process.env.DEMO_WACHTWOORD ?? 'Demo-wachtwoord-2026!';
const WACHTTIJD = 15_000;

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

describe('export', () => {
  it('downloads the filtered arrangementen as CSV and Excel, and prints an arrangement and a pupil without the menu', async () => {
    const { page, problems } = await recordingPage(browser.context);
    const inhoud = page.getByRole('main');
    await page.goto(`${BASE_URL}/arrangementen`);
    await page.waitForURL(opPad('/inloggen'), { timeout: WACHTTIJD });
    await page.getByLabel('E-mailadres', { exact: true }).fill(EMAIL);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(WACHTWOORD);
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.waitForURL(`${BASE_URL}/arrangementen`, { timeout: WACHTTIJD });
    const tabel = inhoud.getByRole('table', { name: 'Gevonden arrangementen' });
    await tabel.waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, '/arrangementen with the export buttons');

    const csv = await download(page, 'Exporteren als CSV');
    assert.match(csv.naam, /^arrangementen-\d{4}-\d{2}-\d{2}\.csv$/);
    const regels = csvRegels(csv.inhoud);
    assert.equal(regels[0], 'Leerling;Vestiging;Soort;Status;Ingangsdatum;Einddatum;Besluit uiterlijk;Evaluatie uiterlijk;Evaluatie te laat');
    assert.ok(regels.length > 1, 'the demo arrangementen');
    assert.match(regels[1], /;\d{2}-\d{2}-\d{4};/, 'dates as dd-mm-jjjj');

    const excel = await download(page, 'Exporteren als Excel');
    assert.match(excel.naam, /^arrangementen-\d{4}-\d{2}-\d{2}\.xlsx$/);
    assert.equal(excel.inhoud.subarray(0, 2).toString('latin1'), 'PK', 'an XLSX is a zip file');

    // Print view of one arrangement: the content stays, the menu and the buttons go.
    await tabel.locator('tbody tr').first().getByRole('link').first().click();
    const kop = inhoud.getByRole('heading', { level: 1, name: /^Arrangement voor / });
    await kop.waitFor({ timeout: WACHTTIJD });
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    const afdrukken = inhoud.getByRole('button', { name: 'Afdrukken', exact: true });
    assert.equal(await afdrukken.isVisible(), true);
    await page.emulateMedia({ media: 'print' });
    await afdrukken.waitFor({ state: 'hidden', timeout: WACHTTIJD });
    assert.equal(await menu.isVisible(), false, 'no menu on paper');
    assert.equal(await kop.isVisible(), true);
    assert.equal(await inhoud.getByRole('heading', { level: 2, name: 'Leerling' }).isVisible(), true);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'export-afdruk-arrangement.png'), fullPage: true });

    // And the pupil of that arrangement.
    await page.emulateMedia({ media: 'screen' });
    await inhoud.getByRole('region', { name: 'Leerling' }).getByRole('link').first().click();
    await page.waitForURL(new RegExp(`^${escape(BASE_URL)}/leerlingen/[0-9a-f-]+$`), { timeout: WACHTTIJD });
    await inhoud.getByRole('heading', { level: 2, name: 'Gegevens' }).waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, 'a pupil with the print button');
    await page.emulateMedia({ media: 'print' });
    await inhoud.getByRole('button', { name: 'Afdrukken', exact: true }).waitFor({ state: 'hidden', timeout: WACHTTIJD });
    assert.equal(await menu.isVisible(), false, 'no menu on paper');
    assert.equal(await inhoud.getByRole('heading', { level: 2, name: 'Gegevens' }).isVisible(), true);
    await page.screenshot({ path: join(ARTIFACTS, 'export-afdruk-leerling.png'), fullPage: true });

    assert.deepEqual(problems.cspViolations, [], 'CSP violations');
    assert.deepEqual(problems.pageErrors, [], 'uncaught page errors');
    assert.deepEqual(problems.consoleErrors, [], 'console errors');
  });
});
