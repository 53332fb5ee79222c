// End-to-end test of the lists at SWV scale: Scholen searched, filtered and sorted by the API, with the state in the
// URL (reload and Back keep it) and exported as the screen shows them; Aanbieders sorted by a column. It starts no server: set BASE_URL,
// e.g. BASE_URL=http://localhost:8089 npm run test:e2e
// The demo users must exist (demo mode); DEMO_WACHTWOORD overrides their password.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ARTIFACTS, BASE_URL, csvRegels, download, launchBrowser, meldAan, recordingPage, toegankelijkheid } from './browser.mjs';

const MEDEWERKER = { email: 'medewerker@demo.passendonderwijs.nl', naam: 'Mo Medewerker' };
const WACHTTIJD = 15_000;

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/** The first cell (the name) of every row of the table `naam`. */
async function namen(page, naam) {
  const tabel = page.getByRole('table', { name: naam });
  await tabel.waitFor({ timeout: WACHTTIJD });
  return tabel.locator('tbody tr th').allInnerTexts();
}

describe('lijsten', () => {
  it('searches, filters and sorts the scholen through the API, and keeps that in the URL', async () => {
    const { page, problems } = await recordingPage(browser.context);
    const inhoud = page.getByRole('main');
    await meldAan(page, MEDEWERKER, '/scholen');

    // The demo SWV: five schools (the OSO test school among them), by name.
    await inhoud.getByText('5 scholen gevonden.', { exact: true }).waitFor({ timeout: WACHTTIJD });
    assert.deepEqual(await namen(page, 'Gevonden scholen'), [
      'Basisschool De Regenboog',
      'Basisschool De Vlinder',
      'OSO Testschool (SO)',
      'SBO De Brug',
      'SO Het Kompas',
    ]);
    const tabel = inhoud.getByRole('table', { name: 'Gevonden scholen' });
    assert.equal(await tabel.getByRole('columnheader', { name: /Naam/ }).getAttribute('aria-sort'), 'ascending');
    await toegankelijkheid(page, '/scholen');

    // Sort by vestiging, descending: two presses on its header, with the keyboard.
    const vestiging = tabel.getByRole('columnheader', { name: /Vestiging/ });
    await vestiging.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${BASE_URL}/scholen?sorteer=vestiging`, { timeout: WACHTTIJD });
    // The URL changes before React renders the new order (a transition); the next press must meet the header that
    // now sorts ascending, or it would ask for the same order again.
    await tabel.locator('th[aria-sort="ascending"]', { hasText: 'Vestiging' }).waitFor({ timeout: WACHTTIJD });
    await page.keyboard.press('Enter');
    await page.waitForURL(`${BASE_URL}/scholen?sorteer=-vestiging`, { timeout: WACHTTIJD });
    await tabel.locator('tbody tr').first().getByText('SO Het Kompas').waitFor({ timeout: WACHTTIJD });
    assert.equal(await vestiging.getAttribute('aria-sort'), 'descending');
    assert.equal(await tabel.getByRole('columnheader', { name: /Naam/ }).getAttribute('aria-sort'), 'none');

    // Search and filter: the order stays; a reload keeps all of it.
    const zoeken = page.getByRole('search', { name: 'Scholen zoeken' });
    await zoeken.getByLabel('Naam of vestiging', { exact: true }).fill('basisschool');
    await zoeken.getByLabel('Regio', { exact: true }).selectOption('Noord');
    await zoeken.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await page.waitForURL(`${BASE_URL}/scholen?sorteer=-vestiging&zoek=basisschool&regio=Noord`, { timeout: WACHTTIJD });
    await inhoud.getByText('2 scholen gevonden.', { exact: true }).waitFor({ timeout: WACHTTIJD });
    assert.deepEqual(await namen(page, 'Gevonden scholen'), ['Basisschool De Vlinder', 'Basisschool De Regenboog']);
    await page.reload();
    await inhoud.getByText('2 scholen gevonden.', { exact: true }).waitFor({ timeout: WACHTTIJD });
    assert.equal(await page.getByRole('search', { name: 'Scholen zoeken' }).getByLabel('Naam of vestiging', { exact: true }).inputValue(), 'basisschool');
    assert.deepEqual(await namen(page, 'Gevonden scholen'), ['Basisschool De Vlinder', 'Basisschool De Regenboog']);

    // The export holds the same schools in the same order, the soort in words.
    const csv = await download(page, 'Exporteren als CSV', WACHTTIJD);
    assert.match(csv.naam, /^scholen-\d{4}-\d{2}-\d{2}\.csv$/);
    const regels = csvRegels(csv.inhoud);
    assert.equal(regels[0], 'Naam;Vestiging;Soort;Schoolbestuur;Bevoegd-gezagnummer;Regio;Lokaal netwerk');
    assert.deepEqual(regels.slice(1).map((regel) => regel.split(';')[0]), ['Basisschool De Vlinder', 'Basisschool De Regenboog']);
    assert.match(regels[1], /;Basisonderwijs;/);

    // A BRIN finds its vestigingen; a school opens its ondersteuningsprofiel.
    await zoeken.getByLabel('Naam of vestiging', { exact: true }).fill('12AB');
    await zoeken.getByLabel('Regio', { exact: true }).selectOption('');
    await zoeken.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await inhoud.getByText('2 scholen gevonden.', { exact: true }).waitFor({ timeout: WACHTTIJD });
    await tabel.getByRole('link', { name: 'Basisschool De Vlinder', exact: true }).click();
    await inhoud.getByRole('region', { name: 'Basisschool De Vlinder' }).getByRole('heading', { name: 'Ondersteuningsprofiel' }).waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, '/scholen with a school open');

    // Back returns to the search before, with its results.
    await page.goBack();
    await page.goBack();
    await page.waitForURL(`${BASE_URL}/scholen?sorteer=-vestiging&zoek=basisschool&regio=Noord`, { timeout: WACHTTIJD });
    await inhoud.getByText('2 scholen gevonden.', { exact: true }).waitFor({ timeout: WACHTTIJD });
    assert.equal(await inhoud.getByRole('region', { name: 'Basisschool De Vlinder' }).count(), 0);

    // Aanbieders: sorted by code through the API, in the URL.
    await page.goto(`${BASE_URL}/aanbieders`);
    const aanbieders = inhoud.getByRole('table', { name: 'Gevonden aanbieders' });
    await aanbieders.waitFor({ timeout: WACHTTIJD });
    assert.equal(await aanbieders.getByRole('columnheader', { name: /Naam/ }).getAttribute('aria-sort'), 'ascending');
    const opNaam = await namen(page, 'Gevonden aanbieders');
    assert.deepEqual(opNaam, [...opNaam].sort((a, b) => a.localeCompare(b, 'nl')), 'by name by default');
    await aanbieders.getByRole('columnheader', { name: /Code/ }).getByRole('button').click();
    await page.waitForURL(`${BASE_URL}/aanbieders?sorteer=code`, { timeout: WACHTTIJD });
    await aanbieders.getByRole('columnheader', { name: /Code/, exact: false }).and(page.locator('[aria-sort="ascending"]')).waitFor({ timeout: WACHTTIJD });
    const codes = await aanbieders.locator('tbody tr td:first-child').allInnerTexts();
    assert.deepEqual(codes, [...codes].sort(), 'by code');
    await toegankelijkheid(page, '/aanbieders?sorteer=code');

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'lijsten.png'), fullPage: true });
    assert.deepEqual(problems.cspViolations, [], 'CSP violations');
    assert.deepEqual(problems.pageErrors, [], 'uncaught page errors');
    assert.deepEqual(problems.consoleErrors, [], 'console errors');
  });
});
