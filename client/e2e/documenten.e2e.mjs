// End-to-end test of a pupil's documents: the demo IB'er (vestiging 12AB00) opens Sanne's pupil page, adds a small
// PDF in the section Documenten, sees it in the list with its kind and size, downloads it (the same bytes, as a blob:
// fetched with the bearer token) and sees a refused file (a web page) explained in the form's error summary.
// axe on every state, no CSP violations, no console errors except the one 400 of the refused upload.
// On a case page: she opens one of Sanne's arrangementen from the pupil page (found there, not assumed), adds a PDF in
// its section Documenten, sees it in the arrangement's list (also at 320 px, without scrolling sideways), and back on
// the pupil page sees it with the case named, a link to that arrangement.
// It starts no server: set BASE_URL, e.g. BASE_URL=http://localhost:8089 node --test e2e/documenten.e2e.mjs
// The demo users must exist (demo mode); DEMO_WACHTWOORD overrides their password. Each run adds one document with a
// name of its own, so it runs as often as needed on the same database.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { BASE_URL, escape, launchBrowser, meldAan, recordingPage, toegankelijkheid } from './browser.mjs';

const WACHTTIJD = 15_000;
const IB = { email: 'ib@demo.passendonderwijs.nl', naam: "Ilse de IB'er" };

/** The smallest PDF a reader opens: header, catalog, pages, trailer. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
);

let browser;

beforeEach(async () => {
  browser = await launchBrowser();
});

afterEach(async () => {
  await browser?.close();
});

/** Opens Sanne's pupil page through the search; returns the section Documenten. */
async function openSanne(page) {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Leerlingen', exact: true }).click();
  await page.waitForURL(`${BASE_URL}/leerlingen`, { timeout: WACHTTIJD });
  const zoeken = page.getByRole('search', { name: 'Leerlingen zoeken' });
  await zoeken.getByLabel('Naam', { exact: true }).fill('Sanne');
  await zoeken.getByRole('button', { name: 'Zoeken', exact: true }).click();
  await page.getByRole('main').getByRole('table', { name: 'Gevonden leerlingen' }).getByRole('link', { name: 'Sanne de Vries', exact: true }).first().click();
  await page.waitForURL(new RegExp(`^${escape(BASE_URL)}/leerlingen/[0-9a-f-]{36}$`), { timeout: WACHTTIJD });
  const sectie = page.getByRole('main').getByRole('region', { name: 'Documenten' });
  await sectie.getByLabel('Bestand', { exact: true }).waitFor({ timeout: WACHTTIJD });
  return sectie;
}

describe('documents of a pupil', () => {
  it('lets the IB’er add a PDF, see it listed, download it unchanged, and hear why a web page is refused', async () => {
    const { page, problems } = await recordingPage(browser.context);
    await meldAan(page, IB, '/werkvoorraad');
    const sectie = await openSanne(page);
    await toegankelijkheid(page, 'the pupil page with its documents');

    const naam = `verslag-groep-5-${Date.now()}.pdf`;
    await sectie.getByLabel('Bestand', { exact: true }).setInputFiles({ name: naam, mimeType: 'application/pdf', buffer: PDF });
    await sectie.getByRole('button', { name: 'Document toevoegen', exact: true }).click();
    await sectie.getByText(`${naam} is toegevoegd.`, { exact: true }).waitFor({ timeout: WACHTTIJD });

    const rij = sectie.getByRole('table', { name: /^Documenten van Sanne de Vries/ }).getByRole('row').filter({ hasText: naam });
    await rij.waitFor({ timeout: WACHTTIJD });
    const tekst = await rij.innerText();
    assert.match(tekst, /PDF-document/);
    assert.match(tekst, /1 kB/);
    assert.match(tekst, /Ilse de IB'er/);
    await toegankelijkheid(page, 'the pupil page after adding a document');

    const [bestand] = await Promise.all([
      page.waitForEvent('download', { timeout: WACHTTIJD }),
      rij.getByRole('button', { name: `Download ${naam}`, exact: true }).click(),
    ]);
    assert.ok(bestand.url().startsWith('blob:'), 'a blob download, not a URL with a token');
    assert.equal(bestand.suggestedFilename(), naam);
    assert.deepEqual(await readFile(await bestand.path()), PDF, 'the downloaded bytes are the uploaded bytes');

    await sectie.getByLabel('Bestand', { exact: true }).setInputFiles({
      name: 'pagina.html',
      mimeType: 'text/html',
      buffer: Buffer.from('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>'),
    });
    await sectie.getByRole('button', { name: 'Document toevoegen', exact: true }).click();
    const samenvatting = sectie.getByRole('alert').filter({ hasText: 'Het document is niet toegevoegd.' });
    await samenvatting.waitFor({ timeout: WACHTTIJD });
    assert.match(await samenvatting.innerText(), /webpagina \(HTML\)/);
    assert.equal(await sectie.getByRole('row').filter({ hasText: 'pagina.html' }).count(), 0, 'the refused file is not listed');
    await toegankelijkheid(page, 'the pupil page with a refused document');

    assert.deepEqual(problems.cspViolations, [], 'CSP violations');
    assert.deepEqual(problems.pageErrors, [], 'uncaught page errors');
    assert.deepEqual(problems.consoleErrors, ['Failed to load resource: the server responded with a status of 400 (Bad Request)'], 'console errors');
  });
});

describe('documents of a case', () => {
  it('lets the IB’er add a PDF on an arrangement’s page, listed there and on the pupil page with the case named', async () => {
    const { page, problems } = await recordingPage(browser.context);
    await meldAan(page, IB, '/werkvoorraad');
    await openSanne(page);

    // One of her arrangementen, whatever its state: the demo data need not be of today.
    const arrangementen = page.getByRole('main').getByRole('region', { name: 'Arrangementen' });
    await arrangementen.getByRole('table', { name: /^Arrangementen van Sanne de Vries/ }).getByRole('link').first().click();
    await page.waitForURL(new RegExp(`^${escape(BASE_URL)}/arrangementen/[0-9a-f-]{36}$`), { timeout: WACHTTIJD });
    const arrangementPad = new URL(page.url()).pathname;
    const sectie = page.getByRole('main').getByRole('region', { name: 'Documenten' });
    await sectie.getByLabel('Bestand', { exact: true }).waitFor({ timeout: WACHTTIJD });
    await sectie.getByText('Het document komt in het dossier van Sanne de Vries en hoort bij dit arrangement.', { exact: true }).waitFor();
    await toegankelijkheid(page, 'the arrangement page with its documents');

    const naam = `handelingsplan-${Date.now()}.pdf`;
    await sectie.getByLabel('Bestand', { exact: true }).setInputFiles({ name: naam, mimeType: 'application/pdf', buffer: PDF });
    const upload = page.waitForRequest((request) => request.method() === 'POST' && new URL(request.url()).pathname.endsWith('/documenten'));
    await sectie.getByRole('button', { name: 'Document toevoegen', exact: true }).click();
    assert.equal(new URL((await upload).url()).searchParams.get('arrangementId'), arrangementPad.split('/').at(-1), 'the upload names the arrangement');
    await sectie.getByText(`${naam} is toegevoegd.`, { exact: true }).waitFor({ timeout: WACHTTIJD });

    const rij = sectie.getByRole('table', { name: /^Documenten bij dit arrangement \(\d+\)$/ }).getByRole('row').filter({ hasText: naam });
    await rij.waitFor({ timeout: WACHTTIJD });
    assert.match(await rij.innerText(), /PDF-document/);
    await toegankelijkheid(page, 'the arrangement page after adding a document');

    await page.setViewportSize({ width: 320, height: 640 });
    await rij.waitFor({ timeout: WACHTTIJD });
    const breedte = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, venster: document.documentElement.clientWidth }));
    assert.ok(breedte.scroll <= breedte.venster, `the arrangement page fits in 320 px (${breedte.scroll} > ${breedte.venster})`);
    await toegankelijkheid(page, 'the arrangement page with its documents at 320 px');
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.getByRole('main').getByRole('region', { name: 'Leerling' }).getByRole('link', { name: 'Sanne de Vries', exact: true }).click();
    await page.waitForURL(new RegExp(`^${escape(BASE_URL)}/leerlingen/[0-9a-f-]{36}$`), { timeout: WACHTTIJD });
    const opLeerling = page
      .getByRole('main')
      .getByRole('region', { name: 'Documenten' })
      .getByRole('table', { name: /^Documenten van Sanne de Vries/ })
      .getByRole('row')
      .filter({ hasText: naam });
    await opLeerling.waitFor({ timeout: WACHTTIJD });
    assert.equal(await opLeerling.getByRole('link', { name: 'Arrangement', exact: true }).getAttribute('href'), arrangementPad, 'the case named, linked');

    assert.deepEqual(problems.cspViolations, [], 'CSP violations');
    assert.deepEqual(problems.pageErrors, [], 'uncaught page errors');
    assert.deepEqual(problems.consoleErrors, [], 'console errors');
  });
});
