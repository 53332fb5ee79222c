// End-to-end test of sharing a document with the ouders and of the ouder's inzage log as a file. The demo IB'er opens
// Sanne de Vries's pupil page and shares the demo verslag (DemoDocumenten) with the ouders; Karin de Vries
// (ouder@demo), Sanne's mother, sees it on Sanne's page and downloads it; the IB'er stops sharing and it is gone for
// Karin. Then Karin downloads "wie heeft de gegevens van Sanne bekeken" as CSV (BOM, ';', the sharing and her own
// download in it, no staff names) and as PDF. axe on every state, also at 320 px, where the page does not scroll
// sideways. Not yet here: the melding to the ouder when a document is shared (issue 19, meldingen for ouders).
// Set BASE_URL (see arrangementen.e2e.mjs); the demo data must be there. Re-runnable: a share left by an earlier run
// is stopped first.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { BASE_URL, csvRegels, escape, geenProblemen, launchBrowser, meldAan, recordingPage, toegankelijkheid } from './browser.mjs';

const MOEDER = { email: 'ouder@demo.passendonderwijs.nl', naam: 'Karin de Vries' };
const IB_ER = { email: 'ib@demo.passendonderwijs.nl', naam: "Ilse de IB'er" };
const VERSLAG = 'Verslag leerlingbespreking Sanne de Vries.pdf';
const WACHTTIJD = 15_000;
const SMAL = { width: 320, height: 640 };

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

async function meldAf(page) {
  const header = page.getByRole('banner');
  await header.getByRole('button', { name: 'Uitloggen', exact: true }).click();
  await page.waitForURL(`${BASE_URL}/`, { timeout: WACHTTIJD });
  await header.getByRole('button', { name: 'Inloggen', exact: true }).waitFor({ timeout: WACHTTIJD });
}

/** The IB'er's pupil page of Sanne, through the search; returns the row of the demo verslag in the section Documenten. */
async function verslagBijSchool(page) {
  await meldAan(page, IB_ER, '/werkvoorraad');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Leerlingen', exact: true }).click();
  await page.waitForURL(`${BASE_URL}/leerlingen`, { timeout: WACHTTIJD });
  const zoeken = page.getByRole('search', { name: 'Leerlingen zoeken' });
  await zoeken.getByLabel('Naam', { exact: true }).fill('Sanne');
  await zoeken.getByRole('button', { name: 'Zoeken', exact: true }).click();
  await page.getByRole('main').getByRole('table', { name: 'Gevonden leerlingen' }).getByRole('link', { name: 'Sanne de Vries', exact: true }).first().click();
  await page.waitForURL(new RegExp(`^${escape(BASE_URL)}/leerlingen/[0-9a-f-]{36}$`), { timeout: WACHTTIJD });
  const sectie = page.getByRole('main').getByRole('region', { name: 'Documenten' });
  const rij = sectie.getByRole('row').filter({ hasText: VERSLAG });
  await rij.waitFor({ timeout: WACHTTIJD });
  return { sectie, rij };
}

/** Karin's page of Sanne. */
async function sanneBijMoeder(page) {
  await meldAan(page, MOEDER, '/ouderportaal');
  await page.getByRole('main').getByRole('link', { name: 'Sanne de Vries' }).click();
  await page.waitForURL(/\/ouderportaal\/kinderen\//, { timeout: WACHTTIJD });
  const documenten = page.getByRole('region', { name: 'Documenten van de school' });
  await documenten.getByRole('heading', { name: 'Documenten van de school' }).waitFor({ timeout: WACHTTIJD });
  return documenten;
}

async function opTelefoon(page, waar) {
  await page.setViewportSize(SMAL);
  const breedte = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(breedte <= SMAL.width, `${waar} is ${breedte} px wide at 320 px`);
  await toegankelijkheid(page, `${waar} at 320 px`);
  await page.setViewportSize({ width: 1280, height: 800 });
}

async function downloadMet(page, knop) {
  const [bestand] = await Promise.all([page.waitForEvent('download', { timeout: WACHTTIJD }), knop.click()]);
  assert.ok(bestand.url().startsWith('blob:'), 'a blob download, not a URL with a token');
  return { naam: bestand.suggestedFilename(), inhoud: await readFile(await bestand.path()) };
}

describe('documents shared with the ouders, and the inzage log as a file', () => {
  it("lets the IB'er share Sanne's verslag with Karin and stop, and Karin download it and her child's log", async () => {
    const { page, problems } = await recordingPage(browser.context);

    // --- The IB'er shares the verslag (stopping a share an earlier run left first). ---
    let { sectie, rij } = await verslagBijSchool(page);
    const stop = rij.getByRole('button', { name: `Stop delen van ${VERSLAG}` });
    if (await stop.isVisible()) {
      await stop.click();
      await sectie.getByText(`De ouders zien ${VERSLAG} niet meer.`).waitFor({ timeout: WACHTTIJD });
    }
    await rij.getByRole('button', { name: `Delen met ouders: ${VERSLAG}` }).click();
    await sectie.getByText(`De ouders zien ${VERSLAG} nu in het ouderportaal.`).waitFor({ timeout: WACHTTIJD });
    await rij.getByText(/Gedeeld sinds/).waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, 'the pupil page with a shared document');
    await meldAf(page);

    // --- Karin sees it on Sanne's page and downloads it. ---
    let documenten = await sanneBijMoeder(page);
    await documenten.getByText(VERSLAG).waitFor({ timeout: WACHTTIJD });
    const verslag = await downloadMet(page, documenten.getByRole('button', { name: `Download ${VERSLAG}`, exact: true }));
    assert.equal(verslag.naam, VERSLAG);
    assert.equal(verslag.inhoud.subarray(0, 5).toString('latin1'), '%PDF-');
    await toegankelijkheid(page, 'the child page with a shared document');
    await opTelefoon(page, 'the child page with a shared document');
    await meldAf(page);

    // --- The IB'er stops sharing; for Karin it is gone. ---
    ({ sectie, rij } = await verslagBijSchool(page));
    await rij.getByRole('button', { name: `Stop delen van ${VERSLAG}` }).click();
    await sectie.getByText(`De ouders zien ${VERSLAG} niet meer.`).waitFor({ timeout: WACHTTIJD });
    await meldAf(page);

    documenten = await sanneBijMoeder(page);
    await documenten.locator('p, ul').first().waitFor({ timeout: WACHTTIJD });
    await page.getByRole('region', { name: 'Wie heeft de gegevens van Sanne bekeken?' }).getByText(/U zelf/).first().waitFor({ timeout: WACHTTIJD });
    assert.equal(await documenten.getByText(VERSLAG).count(), 0, 'the document is no longer shared');

    // --- Karin downloads Sanne's log as CSV and as PDF. ---
    const inzagen = page.getByRole('region', { name: 'Wie heeft de gegevens van Sanne bekeken?' });
    const csv = await downloadMet(page, inzagen.getByRole('button', { name: 'Downloaden als CSV', exact: true }));
    assert.match(csv.naam, /\.csv$/);
    const regels = csvRegels(csv.inhoud);
    assert.equal(regels[0], 'Wanneer;Wie;Organisatie;Wat;Welke gegevens;Waarom');
    assert.ok(regels.some((r) => r.includes(';U zelf;;Bekeken;Een document;')), 'her own download of the verslag is in it');
    assert.ok(regels.some((r) => r.includes('Intern begeleider of zorgcoördinator van de school;Basisschool De Regenboog;')), 'the school by role');
    assert.ok(!regels.some((r) => r.includes(IB_ER.naam)), 'no employee is named');
    await inzagen.getByRole('button', { name: 'Downloaden als PDF', exact: true }).waitFor({ timeout: WACHTTIJD });
    const pdf = await downloadMet(page, inzagen.getByRole('button', { name: 'Downloaden als PDF', exact: true }));
    assert.match(pdf.naam, /\.pdf$/);
    assert.equal(pdf.inhoud.subarray(0, 5).toString('latin1'), '%PDF-');
    await toegankelijkheid(page, 'the child page after the downloads');
    await opTelefoon(page, 'the child page after the downloads');

    geenProblemen(problems);
    await page.close();
  });
});
