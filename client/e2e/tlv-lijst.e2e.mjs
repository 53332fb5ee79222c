// End-to-end test of the toelaatbaarheidsverklaringen outside their own page: the list filtered and sorted through the
// URL (the demo's TLV that ends in two months found with "verloopt binnen 6 maanden"), the TLV lines in Mijn
// werkvoorraad of the SWV-medewerker and of the deskundige, and the TLV's on the pupil page. axe on every screen, no
// console errors (a 403 would show as one) and no CSP violations.
// It starts no server: set BASE_URL, e.g. BASE_URL=http://localhost:8089 node --test e2e/tlv-lijst.e2e.mjs
// The demo users and the demo TLV's must exist (demo mode); DEMO_WACHTWOORD overrides their password. Other tests may
// add TLV's to the same database, so this one looks for the demo's own pupils rather than counting rows.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ARTIFACTS, BASE_URL, escape, geenProblemen, laadTot, launchBrowser, meldAan, recordingPage, toegankelijkheid } from './browser.mjs';

const MEDEWERKER = { email: 'medewerker@demo.passendonderwijs.nl', naam: 'Mo Medewerker' };
const DESKUNDIGE = { email: 'deskundige@demo.passendonderwijs.nl', naam: 'Dirk Deskundige' };
const WACHTTIJD = 15_000;
const TLV_PAD = /^\/toelaatbaarheidsverklaringen\/[0-9a-f-]{36}$/;

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/** The text of every cell of the rows of a table, row by row. */
function rijen(tabel) {
  return tabel.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cel) => cel.innerText.trim())));
}

/** Where the link with this name in this part of the page goes (its path). */
async function doelVan(deel, naam) {
  const href = await deel.getByRole('link', { name: naam, exact: true }).first().getAttribute('href');
  return new URL(href, BASE_URL).pathname;
}

describe('toelaatbaarheidsverklaringen in lists', () => {
  it('lets the SWV-medewerker filter and sort the list, and see the TLV lines in the werkvoorraad and on the pupil page', async () => {
    const { page, problems } = await recordingPage(browser.context);
    const inhoud = page.getByRole('main');
    await meldAan(page, MEDEWERKER, '/werkvoorraad');

    // The werkvoorraad: the demo's new request waits for two deskundigen, Noah's TLV for a herindicatie.
    const werk = inhoud.getByRole('table', { name: /^Wat op uw actie wacht als SWV-medewerker/ });
    await werk.waitFor({ timeout: WACHTTIJD });
    const tlvRegel = (leerling) => werk.locator('tbody tr').filter({ hasText: leerling }).filter({ hasText: 'Toelaatbaarheidsverklaring' });
    await laadTot(page, werk, tlvRegel('Sanne de Vries'));
    await laadTot(page, werk, tlvRegel('Noah Bakker'));
    const werkregels = await rijen(werk);
    // Sanne also has a refused TLV (the parent portal's demo), which may have a bezwaar line of its own.
    const sanne = werkregels.find(
      (cellen) => cellen[0].startsWith('Sanne de Vries') && cellen[1] === 'Toelaatbaarheidsverklaring' && cellen[2].startsWith('Deskundigen om advies vragen'),
    );
    assert.ok(sanne, `a TLV line for Sanne de Vries in ${JSON.stringify(werkregels)}`);
    assert.match(sanne[2], /^Deskundigen om advies vragen/);
    const noah = werkregels.find((cellen) => cellen[0].startsWith('Noah Bakker') && cellen[1] === 'Toelaatbaarheidsverklaring');
    assert.ok(noah, 'a herindicatie line for Noah Bakker');
    assert.match(noah[2], /^Herindicatie aanvragen/);
    assert.ok(werkregels.some((cellen) => cellen[1] === 'Arrangement'), 'the arrangementen are still there');
    assert.match(await doelVan(werk, 'Sanne de Vries'), /^\/(arrangementen|toelaatbaarheidsverklaringen|ontwikkelingsperspectiefplannen)\//);
    const deadlines = await werk.locator('tbody tr time').evaluateAll((tijden) => tijden.map((tijd) => tijd.getAttribute('datetime')));
    assert.deepEqual(deadlines, [...deadlines].sort(), 'earliest deadline first');
    await inhoud.getByText('De export bevat alleen de acties bij arrangementen.', { exact: true }).waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, '/werkvoorraad with TLV lines');

    // The list, from the menu.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Toelaatbaarheidsverklaringen', exact: true }).click();
    await page.waitForURL(`${BASE_URL}/toelaatbaarheidsverklaringen`, { timeout: WACHTTIJD });
    const tabel = inhoud.getByRole('table', { name: 'Gevonden toelaatbaarheidsverklaringen' });
    await tabel.waitFor({ timeout: WACHTTIJD });
    assert.match(await inhoud.getByText(/^\d+ toelaatbaarheidsverklaringen?[.,]/).innerText(), /^\d+ toelaatbaarheidsverklaring/);
    // The e2e database keeps every run's new requests, newest first, so the demo's own need not be on the first page:
    // the filters below find Noah's and Daan's.
    assert.ok((await rijen(tabel)).length > 0, 'the list shows requests');
    assert.equal(await tabel.getByRole('columnheader', { name: /^Aangevraagd op/ }).getAttribute('aria-sort'), 'descending');
    await toegankelijkheid(page, '/toelaatbaarheidsverklaringen');

    // Filter: bekendgemaakt, SBO, ending within 6 months finds Noah's TLV (it ends in two months).
    const filters = page.getByRole('search', { name: 'Toelaatbaarheidsverklaringen filteren' });
    await filters.getByLabel('Status', { exact: true }).selectOption('bekendgemaakt');
    await filters.getByLabel('Soort', { exact: true }).selectOption('SBO');
    await filters.getByLabel('Verloopt binnen', { exact: true }).selectOption('6');
    await filters.getByRole('button', { name: 'Filteren', exact: true }).click();
    await page.waitForURL(`${BASE_URL}/toelaatbaarheidsverklaringen?status=bekendgemaakt&soort=SBO&verlooptBinnen=6`, { timeout: WACHTTIJD });
    // The old rows stay until the new ones are there: Sanne's request leaves the table when the filter has worked.
    await tabel.getByRole('link', { name: 'Sanne de Vries', exact: true }).first().waitFor({ state: 'detached', timeout: WACHTTIJD });
    await tabel.locator('tbody tr', { hasText: 'TLV-2026-0007' }).waitFor({ timeout: WACHTTIJD });
    let gevonden = await rijen(tabel);
    assert.ok(gevonden.length >= 1);
    for (const cellen of gevonden) {
      assert.equal(cellen[1], 'Speciaal basisonderwijs (SBO)');
      assert.equal(cellen[3], 'Bekendgemaakt');
    }
    const rij = gevonden.find((cellen) => cellen[8] === 'TLV-2026-0007');
    assert.equal(rij[0].split('\n')[0], 'Noah Bakker');
    assert.match(rij[7], /^\d{1,2} [a-z]+ \d{4} t\/m \d{1,2} [a-z]+ \d{4}$/, 'the period in Dutch');
    assert.match(await doelVan(tabel, 'Noah Bakker'), TLV_PAD);
    await toegankelijkheid(page, '/toelaatbaarheidsverklaringen filtered');

    // Sort on the period (einddatum) with the column header; the filters stay; a reload keeps both.
    await tabel.getByRole('columnheader', { name: /^Periode/ }).getByRole('button').click();
    await page.waitForURL(`${BASE_URL}/toelaatbaarheidsverklaringen?sorteer=einddatum&status=bekendgemaakt&soort=SBO&verlooptBinnen=6`, { timeout: WACHTTIJD });
    await tabel.locator('th[aria-sort="ascending"]', { hasText: 'Periode' }).waitFor({ timeout: WACHTTIJD });
    await page.reload();
    await tabel.locator('tbody tr', { hasText: 'TLV-2026-0007' }).waitFor({ timeout: WACHTTIJD });
    assert.equal(await filters.getByLabel('Verloopt binnen', { exact: true }).inputValue(), '6');

    // Another status: Daan's refused TLV under bezwaar, and not Noah's.
    await filters.getByLabel('Status', { exact: true }).selectOption('in-bezwaar');
    await filters.getByLabel('Soort', { exact: true }).selectOption('');
    await filters.getByLabel('Verloopt binnen', { exact: true }).selectOption('');
    await filters.getByRole('button', { name: 'Filteren', exact: true }).click();
    await page.waitForURL(`${BASE_URL}/toelaatbaarheidsverklaringen?sorteer=einddatum&status=in-bezwaar`, { timeout: WACHTTIJD });
    await tabel.getByRole('link', { name: 'Noah Bakker', exact: true }).first().waitFor({ state: 'detached', timeout: WACHTTIJD });
    await tabel.getByRole('link', { name: 'Daan Jansen', exact: true }).first().waitFor({ timeout: WACHTTIJD });
    gevonden = await rijen(tabel);
    assert.ok(gevonden.every((cellen) => cellen[3].startsWith('In bezwaar')));
    assert.ok(!gevonden.some((cellen) => cellen[0].startsWith('Noah Bakker')));
    assert.match(gevonden.find((cellen) => cellen[0].startsWith('Daan Jansen'))[3], /Niet toelaatbaar/);

    // The pupil page lists Noah's TLV and offers a new request for him.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Leerlingen', exact: true }).click();
    await page.waitForURL(`${BASE_URL}/leerlingen`, { timeout: WACHTTIJD });
    const zoeken = page.getByRole('search', { name: 'Leerlingen zoeken' });
    await zoeken.getByLabel('Naam', { exact: true }).fill('Noah');
    await zoeken.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await inhoud.getByRole('table', { name: 'Gevonden leerlingen' }).getByRole('link', { name: 'Noah Bakker', exact: true }).first().click();
    await page.waitForURL(new RegExp(`^${escape(BASE_URL)}/leerlingen/[0-9a-f-]{36}$`), { timeout: WACHTTIJD });
    const leerlingId = new URL(page.url()).pathname.split('/').at(-1);
    const sectie = inhoud.getByRole('region', { name: 'Toelaatbaarheidsverklaringen' });
    const eigen = sectie.getByRole('table', { name: /^Toelaatbaarheidsverklaringen van Noah Bakker/ });
    await eigen.locator('tbody tr', { hasText: 'TLV-2026-0007' }).waitFor({ timeout: WACHTTIJD });
    assert.match(await doelVan(eigen, 'Speciaal basisonderwijs (SBO)'), TLV_PAD);
    assert.equal(
      await sectie.getByRole('link', { name: 'Toelaatbaarheidsverklaring aanvragen', exact: true }).getAttribute('href'),
      `/toelaatbaarheidsverklaringen/nieuw?leerling=${leerlingId}`,
    );
    await toegankelijkheid(page, '/leerlingen/{id} with its TLVs');

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.goto(`${BASE_URL}/toelaatbaarheidsverklaringen`);
    await inhoud.getByRole('table', { name: 'Gevonden toelaatbaarheidsverklaringen' }).waitFor({ timeout: WACHTTIJD });
    await page.screenshot({ path: join(ARTIFACTS, 'tlv-lijst.png'), fullPage: true });
    geenProblemen(problems);
    await page.close();
  });

  it('gives the deskundige the advice asked of them in Mijn werkvoorraad, from the start page', async () => {
    const context = await launchBrowser();
    try {
      const { page, problems } = await recordingPage(context.context);
      const inhoud = page.getByRole('main');
      await meldAan(page, DESKUNDIGE, '/ik');
      // The start page ("/", behind the name of the product) leads a deskundige to the werkvoorraad.
      await page.getByRole('banner').getByRole('link', { name: 'PassendOnderwijs', exact: true }).click();
      await page.waitForURL(`${BASE_URL}/werkvoorraad`, { timeout: WACHTTIJD });

      const werk = inhoud.getByRole('table', { name: /^Wat op uw actie wacht als deskundige/ });
      await werk.waitFor({ timeout: WACHTTIJD });
      await laadTot(page, werk, werk.locator('tbody tr').filter({ hasText: 'Emma Visser' }));
      const emma = (await rijen(werk)).find((cellen) => cellen[0].startsWith('Emma Visser'));
      assert.ok(emma, 'the advice on Emma Visser waits for Dirk');
      assert.equal(emma[1], 'Toelaatbaarheidsverklaring');
      assert.match(emma[2], /^Advies uitbrengen/);
      assert.match(await doelVan(werk, 'Emma Visser'), TLV_PAD);
      const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
      assert.deepEqual(await menu.getByRole('link').allInnerTexts(), ['Mijn werkvoorraad', 'Toelaatbaarheidsverklaringen', 'Expertises', 'Mijn gegevens']);
      assert.equal(await inhoud.getByRole('group', { name: 'Exporteren' }).count(), 0, 'no arrangementen to export');
      await toegankelijkheid(page, "the deskundige's werkvoorraad");

      // The list holds what he was asked to advise on.
      await menu.getByRole('link', { name: 'Toelaatbaarheidsverklaringen', exact: true }).click();
      const tabel = inhoud.getByRole('table', { name: 'Gevonden toelaatbaarheidsverklaringen' });
      await tabel.getByRole('link', { name: 'Emma Visser', exact: true }).first().waitFor({ timeout: WACHTTIJD });
      assert.equal(await inhoud.getByText(/vraagt u aan voor één leerling/).count(), 0, 'a deskundige requests nothing');
      await toegankelijkheid(page, "the deskundige's list");
      geenProblemen(problems);
    } finally {
      await context.close();
    }
  });
});
