// End-to-end test of exporting and printing: an SWV medewerker downloads the arrangementen list as CSV and as Excel
// (the Playwright download event; the file is fetched with the bearer token, never a token in a URL), and the
// arrangement and pupil pages print without menu, search box, links back to the list or buttons, and with the moment
// they were printed at the top. It starts no server: set BASE_URL,
// e.g. BASE_URL=http://localhost:8089 npm run test:e2e
// The demo users must exist (demo mode); DEMO_WACHTWOORD overrides their password.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ARTIFACTS, BASE_URL, csvRegels, download, escape, launchBrowser, meldAan, recordingPage, toegankelijkheid } from './browser.mjs';

const MEDEWERKER = { email: 'medewerker@demo.passendonderwijs.nl', naam: 'Mo Medewerker' };
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
    await meldAan(page, MEDEWERKER, '/arrangementen');
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
    const afgedrukt = inhoud.getByText(/^Afgedrukt op \d{1,2} [a-z]+ \d{4} om \d{2}:\d{2}$/);
    const alleArrangementen = inhoud.getByRole('link', { name: 'Alle arrangementen', exact: true });
    assert.equal(await afdrukken.isVisible(), true);
    const zoekvak = page.getByRole('search', { name: 'Zoeken in PassendOnderwijs' });
    assert.equal(await alleArrangementen.isVisible(), true);
    assert.equal(await zoekvak.isVisible(), true);
    assert.equal(await afgedrukt.isVisible(), false, 'the print date is for paper only');
    await page.emulateMedia({ media: 'print' });
    await afdrukken.waitFor({ state: 'hidden', timeout: WACHTTIJD });
    assert.equal(await menu.isVisible(), false, 'no menu on paper');
    assert.equal(await zoekvak.isVisible(), false, 'no search box on paper');
    assert.equal(await alleArrangementen.isVisible(), false, 'no link back to the list on paper');
    assert.equal(await afgedrukt.isVisible(), true, 'the paper says when it was printed');
    const bovenaan = await afgedrukt.boundingBox();
    assert.ok(bovenaan && bovenaan.y < (await kop.boundingBox()).y, 'the print date above the heading');
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
    const aanvragen = inhoud.getByRole('link', { name: 'Arrangement aanvragen', exact: true });
    const alleLeerlingen = inhoud.getByRole('link', { name: 'Alle leerlingen', exact: true });
    await aanvragen.waitFor({ timeout: WACHTTIJD });
    assert.equal(await alleLeerlingen.isVisible(), true);
    await page.emulateMedia({ media: 'print' });
    await inhoud.getByRole('button', { name: 'Afdrukken', exact: true }).waitFor({ state: 'hidden', timeout: WACHTTIJD });
    assert.equal(await menu.isVisible(), false, 'no menu on paper');
    assert.equal(await inhoud.getByRole('heading', { level: 2, name: 'Gegevens' }).isVisible(), true);
    assert.equal(await alleLeerlingen.isVisible(), false, 'no link back to the list on paper');
    assert.equal(await aanvragen.isVisible(), false, 'no actions on paper');
    assert.equal(await afgedrukt.isVisible(), true, 'the paper says when it was printed');
    await page.screenshot({ path: join(ARTIFACTS, 'export-afdruk-leerling.png'), fullPage: true });

    assert.deepEqual(problems.cspViolations, [], 'CSP violations');
    assert.deepEqual(problems.pageErrors, [], 'uncaught page errors');
    assert.deepEqual(problems.consoleErrors, [], 'console errors');
  });
});
