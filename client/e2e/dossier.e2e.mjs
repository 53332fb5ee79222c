// End-to-end test of the OSO dossier import in the SPA (issue 16): the IB'er of the demo's OSO Testschool (SO) in
// PO2705 delivers the official POSWV example from the pupils list, lands on the report (the parents disagree: "Teveel
// zorggegevens in het dossier"; the Verslag lists what was taken over), opens the pupil (Daan, LAS key LN094837) with
// the dossier listed and its TLV from elsewhere under the TLV's, and delivers the VOSWV example from there, which the PO samenwerkingsverband refuses (422). Then
// the SWV-medewerker opens the dossier and, with a reason, its diagnoses. axe on every screen, no CSP violations, no
// console errors except the refused upload's 422.
// The e2e database persists across runs: a second run gets 200 with the same import, and every check holds either way.
// It starts no server: set BASE_URL, e.g. BASE_URL=http://localhost:8089 node --test e2e/dossier.e2e.mjs
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { mkdirSync } from 'node:fs';
import { ARTIFACTS, BASE_URL, escape, launchBrowser, meldAan, recordingPage, toegankelijkheid } from './browser.mjs';

const IB_OSO = { email: 'ib-oso@demo.passendonderwijs.nl', naam: 'Olga Overdracht' };
const MEDEWERKER = { email: 'medewerker@demo.passendonderwijs.nl', naam: 'Mo Medewerker' };
const VOORBEELDEN = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'tests', 'TestData', 'Oso');
const POSWV = join(VOORBEELDEN, 'Voorbeelddossier_PaO_POSWV_full.xml');
const VOSWV = join(VOORBEELDEN, 'Voorbeelddossier_PaO_VOSWV_full.xml');
const WACHTTIJD = 15_000;
const UUID = '[0-9a-f-]{36}';

/** Checks that the page fits 320 CSS px without scrolling sideways (WCAG 1.4.10), and keeps a picture of it. */
async function pastOp320(page, naam) {
  const groot = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 800 });
  const breedte = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(breedte <= 320, `${naam} is ${breedte} px wide at 320 px`);
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${naam}-320.png`), fullPage: true });
  await toegankelijkheid(page, `${naam} at 320 px`);
  await page.setViewportSize(groot ?? { width: 1280, height: 720 });
}

let browser;
/** The dossier the IB'er delivered; the SWV-medewerker opens it. */
let dossierPad;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/** Chooses `bestand` in the form "Dossier aanleveren" and sends it with the form's button. */
async function leverAan(page, bestand, knop = 'Dossier aanleveren') {
  const formulier = page.getByRole('form', { name: 'Dossier aanleveren' });
  await formulier.getByLabel('OSO-dossier (XML-bestand)').setInputFiles(bestand);
  await formulier.getByRole('button', { name: knop, exact: true }).click();
}

describe('OSO dossier in the SPA', () => {
  it("lets the school deliver a dossier and shows the report, the parents' disagreement and the pupil's dossiers", async () => {
    const { page, problems } = await recordingPage(browser.context);
    await meldAan(page, IB_OSO, '/leerlingen');

    await page.getByRole('main').getByRole('link', { name: 'Dossier aanleveren', exact: true }).click();
    await page.waitForURL(`${BASE_URL}/dossiers/nieuw`, { timeout: WACHTTIJD });
    await page.getByRole('heading', { level: 1, name: 'Dossier aanleveren' }).waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, '/dossiers/nieuw');

    await leverAan(page, POSWV);
    await page.waitForURL(new RegExp(`^${escape(BASE_URL)}/dossiers/${UUID}$`), { timeout: WACHTTIJD });
    dossierPad = new URL(page.url()).pathname;
    const main = page.getByRole('main');
    await main.getByRole('heading', { level: 1, name: /^Overdrachtsdossier van Daan .*Berg$/ }).waitFor({ timeout: WACHTTIJD });
    await main.getByRole('heading', { name: 'De ouders zijn het niet eens met dit dossier' }).waitFor({ timeout: WACHTTIJD });
    assert.match(await main.getByRole('region', { name: 'Inzage door de ouders' }).innerText(), /Teveel zorggegevens in het dossier/);
    const verslag = main.getByRole('region', { name: 'Verslag', exact: true });
    const verslagtabel = verslag.getByRole('table', { name: /^Verslag van de import \(\d+\)$/ });
    await verslagtabel.waitFor({ timeout: WACHTTIJD });
    const tekst = await verslagtabel.innerText();
    assert.match(tekst, /Bewust weggelaten/, 'the BSN is left out on purpose');
    assert.match(tekst, /\/dossier\//, 'each part names its place in the file');
    // The school reads that there are diagnoses, but cannot open them.
    assert.match(await main.getByRole('region', { name: 'Diagnoses en medicijngebruik' }).innerText(), /Alleen een medewerker van het samenwerkingsverband/);
    await toegankelijkheid(page, dossierPad);

    await main.getByRole('link', { name: /^Naar de leerling Daan/ }).click();
    await page.waitForURL(new RegExp(`^${escape(BASE_URL)}/leerlingen/${UUID}$`), { timeout: WACHTTIJD });
    await main.getByText('LN094837', { exact: true }).waitFor({ timeout: WACHTTIJD });
    const dossiers = main.getByRole('region', { name: 'Overdrachtsdossiers' });
    const lijst = dossiers.getByRole('table', { name: /^Overdrachtsdossiers van Daan/ });
    await lijst.waitFor({ timeout: WACHTTIJD });
    assert.equal(await lijst.locator(`a[href="${dossierPad}"]`).count(), 1, 'the delivered dossier is listed');
    // The dossier's TLV from elsewhere is listed under this SWV's own, as history.
    const tlvs = main.getByRole('region', { name: 'Toelaatbaarheidsverklaringen' });
    const eerdere = tlvs.getByRole('table', { name: /^Eerdere toelaatbaarheidsverklaringen van Daan .* uit het overdrachtsdossier/ });
    await eerdere.waitFor({ timeout: WACHTTIJD });
    assert.match(await eerdere.innerText(), /55667788abcd[\s\S]*Laag \(categorie 1\)/);
    await toegankelijkheid(page, 'the pupil page with its dossiers');

    await dossiers.getByRole('link', { name: 'Dossier aanleveren', exact: true }).click();
    await page.waitForURL(`${BASE_URL}/dossiers/nieuw`, { timeout: WACHTTIJD });
    await leverAan(page, VOSWV);
    const probleem = page.getByRole('alert').filter({ hasText: 'Dit dossier past niet bij uw samenwerkingsverband.' });
    await probleem.waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, '/dossiers/nieuw with the sector problem');
    await pastOp320(page, 'dossier-aanleveren');

    assert.deepEqual(problems.cspViolations, [], 'CSP violations');
    assert.deepEqual(problems.pageErrors, [], 'uncaught page errors');
    assert.deepEqual(
      problems.consoleErrors,
      ['Failed to load resource: the server responded with a status of 422 (Unprocessable Entity)'],
      'console errors: only the refused VOSWV dossier',
    );
    await page.close();
  });

  it('lets SWV staff open the diagnoses with a reason', async () => {
    assert.ok(dossierPad, 'the school delivered the dossier first');
    const context = await launchBrowser();
    try {
      const { page, problems } = await recordingPage(context.context);
      await meldAan(page, MEDEWERKER, dossierPad);
      const sectie = page.getByRole('main').getByRole('region', { name: 'Diagnoses en medicijngebruik' });
      const formulier = sectie.getByRole('form', { name: 'Diagnoses tonen' });
      await formulier.waitFor({ timeout: WACHTTIJD });
      await toegankelijkheid(page, `${dossierPad} for SWV staff`);
      await formulier.getByLabel('Reden').fill('Voorbereiding van het overleg over de toelaatbaarheidsverklaring.');
      await formulier.getByRole('button', { name: 'Diagnoses tonen', exact: true }).click();
      const diagnoses = sectie.getByRole('table', { name: /^Diagnoses van Daan/ });
      await diagnoses.waitFor({ timeout: WACHTTIJD });
      assert.match(await diagnoses.innerText(), /Slechthorend en slechtziend/);
      await toegankelijkheid(page, `${dossierPad} with the diagnoses`);
      await pastOp320(page, 'dossier');
      assert.deepEqual(problems, { consoleErrors: [], pageErrors: [], cspViolations: [] });
    } finally {
      await context.close();
    }
  });
});
