// End-to-end test of the staff's search box: a pupil found by name and date of birth from the header, opened from
// the results page, with no name or date of birth in any URL the browser requested or showed. It starts no server:
// set BASE_URL, e.g. BASE_URL=http://localhost:8089 npm run test:e2e
// The demo users must exist (demo mode); DEMO_WACHTWOORD overrides their password.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BASE_URL, escape, launchBrowser, meldAan, recordingPage, toegankelijkheid } from './browser.mjs';

const MEDEWERKER = { email: 'medewerker@demo.passendonderwijs.nl', naam: 'Mo Medewerker' };
const WACHTTIJD = 15_000;

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

describe('zoeken', () => {
  it('finds a pupil from the header search box, opens them, and never puts the name in a URL', async () => {
    const { page, problems } = await recordingPage(browser.context);
    const urls = [];
    page.on('request', (request) => urls.push(request.url()));
    const inhoud = page.getByRole('main');
    await meldAan(page, MEDEWERKER, '/werkvoorraad');

    // The demo's Sanne de Vries (De Regenboog) was born nine years before the demo data was made; her date of birth,
    // read from the pupil list (the demo may be older than today), narrows the search to her.
    await page.goto(`${BASE_URL}/leerlingen`);
    const lijstzoeker = page.getByRole('search', { name: 'Leerlingen zoeken' });
    await lijstzoeker.getByLabel('Naam', { exact: true }).fill('Sanne de Vries');
    await lijstzoeker.getByRole('button', { name: 'Zoeken', exact: true }).click();
    const rij = inhoud.getByRole('table', { name: 'Gevonden leerlingen' }).locator('tbody tr').filter({ hasText: 'Sanne de Vries' }).first();
    await rij.waitFor({ timeout: WACHTTIJD });
    const datum = alsZoekdatum(await rij.locator('td').first().innerText());

    // Keyboard only: the box is labelled, Enter submits.
    const zoekvak = page.getByRole('search', { name: 'Zoeken in PassendOnderwijs' });
    const invoer = zoekvak.getByLabel('Zoek een leerling, arrangement of aanbieder', { exact: true });
    await invoer.focus();
    await page.keyboard.type(`sanne ${datum}`);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${BASE_URL}/zoeken`, { timeout: WACHTTIJD });
    await inhoud.getByRole('heading', { level: 1, name: 'Zoekresultaten' }).waitFor({ timeout: WACHTTIJD });

    const leerlingen = inhoud.getByRole('region', { name: 'Leerlingen' });
    const sanne = leerlingen.getByRole('link', { name: 'Sanne de Vries' }).first();
    await sanne.waitFor({ timeout: WACHTTIJD });
    // The count comes right under the heading.
    assert.match(await leerlingen.locator('p').first().innerText(), /^\d+ leerling(en)? gevonden/);
    await inhoud.getByRole('region', { name: 'Arrangementen' }).waitFor({ timeout: WACHTTIJD });
    await inhoud.getByRole('region', { name: 'Aanbieders' }).waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, '/zoeken');

    // At 320 CSS px the header, the box and the results fit without scrolling sideways.
    await page.setViewportSize({ width: 320, height: 800 });
    await sanne.waitFor({ timeout: WACHTTIJD });
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), 'no horizontal scrolling at 320 px');
    await page.setViewportSize({ width: 1280, height: 800 });

    await sanne.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`^${escape(BASE_URL)}/leerlingen/[0-9a-f-]{36}$`), { timeout: WACHTTIJD });
    await inhoud.getByRole('heading', { level: 1, name: 'Sanne de Vries' }).waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, '/leerlingen/{id}');

    // Back: the results come again from the history state, still without the name in the URL.
    await page.goBack();
    await page.waitForURL(`${BASE_URL}/zoeken`, { timeout: WACHTTIJD });
    await inhoud.getByRole('region', { name: 'Leerlingen' }).getByRole('link', { name: 'Sanne de Vries' }).first().waitFor({ timeout: WACHTTIJD });

    const lekken = urls.filter((url) => /sanne|vries/i.test(decodeURIComponent(url)) || url.includes(datum));
    assert.deepEqual(lekken, [], 'no name or date of birth in a requested URL');
    assert.deepEqual(problems, { consoleErrors: [], pageErrors: [], cspViolations: [] });
  });
});

const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** "14 maart 2017" (as the list shows a date) as "14-03-2017" (as a person types it in the search box). */
function alsZoekdatum(tekst) {
  const [dag, maand, jaar] = tekst.trim().split(/\s+/);
  const nummer = MAANDEN.indexOf(maand) + 1;
  assert.ok(nummer > 0 && jaar, `a date as the list shows it: ${tekst}`);
  return `${dag.padStart(2, '0')}-${String(nummer).padStart(2, '0')}-${jaar}`;
}
