// End-to-end test of managing onderwijsbegeleidingsaanbieders as an SWV beheerder: register one, add aanbod,
// find it, change its contact, take it out of service and delete it again. It starts no server: set BASE_URL,
// e.g. BASE_URL=http://localhost:8089 npm run test:e2e
// The demo beheerder must exist (demo mode); DEMO_WACHTWOORD overrides its password.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ARTIFACTS, BASE_URL, launchBrowser, meldAan, recordingPage, toegankelijkheid } from './browser.mjs';

const BEHEERDER = { email: 'beheerder@demo.passendonderwijs.nl', naam: 'Bea Beheer' };
const WACHTTIJD = 15_000;

// A code no earlier run used: three digits, "E" (for e2e) and three digits, from the clock.
const cijfers = String(Date.now() % 1_000_000).padStart(6, '0');
const CODE = `${cijfers.slice(0, 3)}E${cijfers.slice(3)}`;
const NAAM = `E2E Ambulante Dienst ${CODE}`;
const EMAIL_OUD = `info-${CODE.toLowerCase()}@e2e.example`;
const EMAIL_NIEUW = `aanmelden-${CODE.toLowerCase()}@e2e.example`;

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

const isWijziging = (request, pad, method) =>
  request.method() === method && new URL(request.url()).pathname === `/api/v1/onderwijsbegeleidingsaanbieders/${CODE}${pad}`;

describe('onderwijsbegeleidingsaanbieders', () => {
  it('registers an aanbieder, adds aanbod, finds it, changes its contact and takes it out of service', async () => {
    const { page, problems } = await recordingPage(browser.context);
    const inhoud = page.getByRole('main');

    // Signed out, the page sends the browser to the sign-in page and, signed in, back.
    const response = await meldAan(page, BEHEERDER, '/aanbieders');
    assert.equal(response?.status(), 200, 'GET /aanbieders should serve the SPA');
    await page.getByRole('heading', { level: 1, name: 'Onderwijsbegeleidingsaanbieders' }).waitFor({ timeout: WACHTTIJD });
    assert.equal(await page.title(), 'Onderwijsbegeleidingsaanbieders – PassendOnderwijs');
    await toegankelijkheid(page, '/aanbieders');

    // Register: cluster 2, two licences, one ALGEMEEN context.
    await inhoud.getByRole('link', { name: 'Nieuwe aanbieder', exact: true }).click();
    await page.waitForURL(`${BASE_URL}/aanbieders/nieuw`, { timeout: WACHTTIJD });
    const registratie = page.getByRole('form', { name: 'Nieuwe aanbieder registreren' });
    await registratie.waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, '/aanbieders/nieuw');
    await registratie.getByLabel('Aanbiedercode', { exact: true }).fill(CODE);
    await registratie.getByLabel('Naam', { exact: true }).fill(NAAM);
    await registratie.getByLabel('In bedrijf sinds', { exact: true }).fill('2020-08-01');
    await registratie.getByLabel('Bestuur', { exact: true }).fill('Stichting E2E');
    await registratie.getByLabel('Erkenningscode', { exact: true }).fill(`ERK-${CODE}`);
    await registratie.getByLabel('Cluster', { exact: true }).selectOption('2');
    await registratie.getByRole('checkbox', { name: 'Slechthorendheid', exact: true }).check({ timeout: WACHTTIJD });
    await registratie.getByRole('checkbox', { name: 'Taalontwikkelingsstoornissen', exact: true }).check();
    const contact = registratie.getByRole('group', { name: 'Contact 1', exact: true });
    assert.equal(await contact.getByLabel('Context', { exact: true }).inputValue(), 'ALGEMEEN');
    await contact.getByLabel('E-mailadres', { exact: true }).fill(EMAIL_OUD);
    await registratie.getByRole('button', { name: 'Aanbieder registreren', exact: true }).click();

    await page.waitForURL(`${BASE_URL}/aanbieders/${CODE}`, { timeout: WACHTTIJD });
    await page.getByRole('heading', { level: 1, name: NAAM }).waitFor({ timeout: WACHTTIJD });
    await inhoud.getByText(`${NAAM} is geregistreerd. Voeg nu het aanbod toe.`, { exact: true }).waitFor();

    // Aanbod: TAALONTWIKKELINGSSTOORNISSEN for leerjaar 2026-2027 in PO2705, based on the versie shown.
    await inhoud.getByRole('button', { name: 'Aanbod toevoegen', exact: true }).click();
    const aanbodFormulier = page.getByRole('form', { name: 'Aanbod toevoegen' });
    await aanbodFormulier.waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, 'the aanbieder with its aanbod form open');
    await aanbodFormulier.getByLabel('Expertise', { exact: true }).selectOption('TAALONTWIKKELINGSSTOORNISSEN');
    await aanbodFormulier.getByLabel('Leerjaar', { exact: true }).fill('2026-2027');
    await aanbodFormulier.getByLabel('Samenwerkingsverbanden', { exact: true }).fill('PO2705');
    const aanbodVerzoek = page.waitForRequest((request) => isWijziging(request, '/aanbod', 'POST'));
    await aanbodFormulier.getByRole('button', { name: 'Aanbod toevoegen', exact: true }).click();
    assert.match((await aanbodVerzoek).headers()['if-match'] ?? '', /^"\d+"$/, 'the change names the versie in If-Match');
    await inhoud
      .getByText('Het aanbod voor Taalontwikkelingsstoornissen is toegevoegd.', { exact: true })
      .waitFor({ timeout: WACHTTIJD });
    const aanbod = inhoud.getByRole('table', { name: 'Aanbod (1)' });
    const regel = aanbod.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Taalontwikkelingsstoornissen' }) });
    const aanbodTekst = await regel.textContent();
    assert.match(aanbodTekst, /Leerjaar 2026-2027/);
    assert.match(aanbodTekst, /PO2705/);

    // Find it by its name through the menu and the search form; the search goes into the URL.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Aanbieders', exact: true }).click();
    await page.waitForURL(`${BASE_URL}/aanbieders`, { timeout: WACHTTIJD });
    const zoeken = page.getByRole('search', { name: 'Aanbieders zoeken' });
    await zoeken.getByLabel('Naam', { exact: true }).fill(NAAM);
    // The answer to this search, not the list shown before it, must be what is checked below.
    const zoekAntwoord = page.waitForResponse((antwoord) => {
      const url = new URL(antwoord.url());
      return url.pathname === '/api/v1/onderwijsbegeleidingsaanbieders' && url.searchParams.get('naam') === NAAM;
    });
    await zoeken.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/aanbieders' && url.searchParams.get('naam') === NAAM, {
      timeout: WACHTTIJD,
    });
    assert.equal((await zoekAntwoord).status(), 200);
    await inhoud.getByText('1 aanbieder getoond.', { exact: true }).waitFor({ timeout: WACHTTIJD });
    const resultaten = inhoud.getByRole('table', { name: 'Gevonden aanbieders' });
    const resultaat = resultaten.locator('tbody tr');
    assert.equal(await resultaat.count(), 1);
    const resultaatTekst = await resultaat.textContent();
    assert.match(resultaatTekst, new RegExp(CODE));
    assert.match(resultaatTekst, /Taalontwikkelingsstoornissen/);
    assert.match(resultaatTekst, /In bedrijf/);
    await toegankelijkheid(page, 'the search results');
    await resultaten.getByRole('link', { name: NAAM, exact: true }).click();
    await page.waitForURL(`${BASE_URL}/aanbieders/${CODE}`, { timeout: WACHTTIJD });
    await page.getByRole('heading', { level: 1, name: NAAM }).waitFor({ timeout: WACHTTIJD });

    // Change the contact e-mail.
    await inhoud.getByRole('button', { name: 'Contactgegevens wijzigen', exact: true }).click();
    const contactFormulier = page.getByRole('form', { name: 'Contactgegevens wijzigen' });
    await contactFormulier
      .getByRole('group', { name: 'Contact 1', exact: true })
      .getByLabel('E-mailadres', { exact: true })
      .fill(EMAIL_NIEUW);
    const contactVerzoek = page.waitForRequest((request) => isWijziging(request, '/communicatiecontexten', 'PUT'));
    await contactFormulier.getByRole('button', { name: 'Contactgegevens opslaan', exact: true }).click();
    assert.match((await contactVerzoek).headers()['if-match'] ?? '', /^"\d+"$/);
    await inhoud.getByText('De contactgegevens zijn opgeslagen.', { exact: true }).waitFor({ timeout: WACHTTIJD });
    await inhoud.getByRole('link', { name: EMAIL_NIEUW, exact: true }).waitFor();
    assert.equal(await inhoud.getByRole('link', { name: EMAIL_OUD, exact: true }).count(), 0);

    // Out of service after 31 July 2027: the status says it goes (or went) "uit bedrijf".
    await inhoud.getByRole('button', { name: 'Uit bedrijf nemen', exact: true }).click();
    const uitBedrijf = page.getByRole('form', { name: 'Uit bedrijf nemen' });
    await uitBedrijf.getByLabel('Laatste dag', { exact: true }).fill('2027-07-31');
    await uitBedrijf.getByRole('button', { name: 'Uit bedrijf nemen', exact: true }).click();
    await inhoud
      .getByText('De laatste dag in bedrijf is opgeslagen: 31 juli 2027.', { exact: true })
      .waitFor({ timeout: WACHTTIJD });
    const status = inhoud.getByText(/daarna uit bedrijf$|^Uit bedrijf \(laatste dag/);
    assert.match(await status.textContent(), /uit bedrijf.*31 juli 2027|31 juli 2027.*uit bedrijf/i);
    await toegankelijkheid(page, 'the aanbieder going out of service');

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'aanbieders.png'), fullPage: true });

    // Clean up: deleting, after confirming, leads back to the search.
    await inhoud.getByRole('button', { name: 'Aanbieder verwijderen', exact: true }).click();
    await inhoud
      .getByRole('group', { name: 'Aanbieder verwijderen' })
      .getByRole('button', { name: 'Ja, verwijderen', exact: true })
      .click();
    await page.waitForURL(`${BASE_URL}/aanbieders`, { timeout: WACHTTIJD });
    await inhoud.getByText(`${NAAM} (${CODE}) is verwijderd.`, { exact: true }).waitFor({ timeout: WACHTTIJD });

    assert.deepEqual(problems.cspViolations, [], 'CSP violations');
    assert.deepEqual(problems.pageErrors, [], 'uncaught page errors');
    assert.deepEqual(problems.consoleErrors, [], 'console errors');
    await page.close();
  });
});
