// End-to-end test of the swv-beheerder's journey: signs in and lands on "Beheer"; checks a list of schools for the
// import (a problem row blocks it, the corrected file may be imported); creates an account (the activation
// code is shown once and copied with the copy button), gives it a new code and deactivates it; registers a koppeling,
// sees its secret, changes its scopes and schools, renews its secret and revokes it; filters the audit log down to its own actions and exports them as CSV.
// A second journey changes the functies of a medewerker of the samenwerkingsverband, by keyboard.
// axe-core checks every screen and state it passes (none allowed), also at phone width. It starts no server: set
// BASE_URL, e.g. BASE_URL=http://localhost:8089 node --test e2e/beheer.e2e.mjs
// The demo beheerder must exist (demo mode); DEMO_WACHTWOORD overrides its password. The database persists between
// runs, so the account's e-mail address and the koppeling's name are unique per run.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { api, ARTIFACTS, BASE_URL, escape, geenProblemen, launchBrowser, meldAan, recordingPage, toegankelijkheid, volgendAccessToken } from './browser.mjs';

const BEHEERDER = { email: 'beheerder@demo.passendonderwijs.nl', naam: 'Bea Beheer' };
const WACHTTIJD = 15_000;

const RUN = String(Date.now());
const ACCOUNT = { naam: `E2E Account ${RUN}`, email: `e2e-${RUN}@e2e.passendonderwijs.nl` };
const MEDEWERKER = { naam: `E2E Medewerker ${RUN}`, email: `e2e-functies-${RUN}@e2e.passendonderwijs.nl` };
const KOPPELING = `E2E Koppeling ${RUN}`;
// Today as a Dutchman types it (dd-mm-jjjj), in Dutch time, as the audit filter reads its days.
const VANDAAG = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: '2-digit', month: '2-digit', year: 'numeric' })
  .format(new Date())
  .replaceAll('/', '-');

let browser;

before(async () => {
  browser = await launchBrowser();
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE_URL });
});

after(async () => {
  await browser?.close();
});

/** Takes a screenshot at desktop and at phone width (390 px), checking axe at phone width as well. */
async function schermen(page, naam) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `beheer-${naam}.png`), fullPage: true });
  const groot = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  await toegankelijkheid(page, `${naam} at 390 px`);
  // Reflow (WCAG 1.4.10): the content scrolls only inside its own table containers, never the page sideways.
  const breedte = await page.locator('#inhoud').evaluate((main) => ({ nodig: main.scrollWidth, zichtbaar: main.clientWidth }));
  assert.ok(breedte.nodig <= breedte.zichtbaar, `${naam} is ${breedte.nodig} px wide at 390 px`);
  await page.screenshot({ path: join(ARTIFACTS, `beheer-${naam}-telefoon.png`), fullPage: true });
  await page.setViewportSize(groot ?? { width: 1280, height: 720 });
}

describe('the swv-beheerder', () => {
  it('manages accounts and koppelingen and finds its own actions in the audit log', async () => {
    const { page, problems } = await recordingPage(browser.context);

    await meldAan(page, BEHEERDER, '/ik');

    // The start page of the beheerder: accounts, koppelingen and the latest audit records.
    await page.getByRole('banner').getByRole('link', { name: 'PassendOnderwijs' }).click();
    await page.waitForURL(`${BASE_URL}/beheer`, { timeout: WACHTTIJD });
    await page.getByRole('heading', { level: 1, name: 'Beheer' }).waitFor({ timeout: WACHTTIJD });
    // A new database has no audit records yet: reading the log is recorded only after this first read.
    await page
      .getByRole('table', { name: 'De 10 nieuwste regels van het auditlog' })
      .or(page.getByText('Er staat nog niets in het auditlog.'))
      .waitFor({ timeout: WACHTTIJD });
    await page.getByRole('region', { name: 'Accounts' }).getByText('Wachten op activering').waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, '/beheer');
    await schermen(page, 'start');

    // The samenwerkingsverband's own indeling: seen and opened for a change, left as it is (other journeys use it).
    await page.getByRole('link', { name: /regio's en lokale netwerken/ }).click();
    await page.waitForURL(`${BASE_URL}/indeling`, { timeout: WACHTTIJD });
    await page.getByRole('heading', { level: 2, name: "Regio's en lokale netwerken" }).waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, '/indeling');
    await page.getByRole('button', { name: 'Naam en indeling wijzigen' }).click();
    await page.getByRole('form', { name: 'Naam en indeling wijzigen' }).waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, 'the form of the indeling');
    await page.getByRole('button', { name: 'Annuleren' }).click();

    // A schoolbestuur, registered with a number unique to this run.
    await page.goto(`${BASE_URL}/beheer`);
    await page.getByRole('link', { name: 'Een schoolbestuur of school registreren' }).click();
    await page.waitForURL(`${BASE_URL}/organisaties`, { timeout: WACHTTIJD });
    const bestuur = page.getByRole('form', { name: 'Schoolbestuur registreren' });
    await bestuur.waitFor({ timeout: WACHTTIJD });
    await page.getByRole('form', { name: 'School registreren' }).getByRole('option', { name: /\(\d+\)$/ }).first().waitFor({ state: 'attached', timeout: WACHTTIJD });
    await toegankelijkheid(page, '/organisaties');
    await bestuur.getByLabel('Bestuursnummer', { exact: true }).fill(RUN.slice(-5));
    await bestuur.getByLabel('Naam', { exact: true }).fill(`E2E Bestuur ${RUN}`);
    await bestuur.getByRole('button', { name: 'Schoolbestuur registreren' }).click();
    await page.getByText(`Schoolbestuur E2E Bestuur ${RUN} is geregistreerd.`).waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, 'after registering a schoolbestuur');

    // A list by the import: checked first (a row with an unknown soort is reported by row and column and blocks the
    // import), then corrected and checked again, after which it may be imported.
    const importeren = page.getByRole('form', { name: 'Een lijst importeren' });
    const importregels = (soort) =>
      `bevoegd-gezagnummer;bestuursnaam;brin;vestigingsnummer;schoolnaam;soort\n9${RUN.slice(-4)};E2E Import ${RUN};${RUN.slice(-2)}ZZ;${RUN.slice(-4, -2)};E2E School ${RUN};${soort}\n`;
    const importbestand = (soort) => ({ name: 'scholen.csv', mimeType: 'text/csv', buffer: Buffer.from(importregels(soort)) });
    await importeren.getByLabel('Bestand').setInputFiles(importbestand('XYZ'));
    await importeren.getByRole('button', { name: 'Bestand controleren' }).click();
    await page.getByRole('table', { name: 'Problemen in het bestand' }).getByRole('row', { name: /^2 soort / }).waitFor({ timeout: WACHTTIJD });
    assert.equal(await page.getByRole('button', { name: 'Importeren', exact: true }).count(), 0);
    await toegankelijkheid(page, 'an import file with a problem');
    await importeren.getByLabel('Bestand').setInputFiles(importbestand('BAO'));
    await importeren.getByRole('button', { name: 'Bestand controleren' }).click();
    await page.getByText(/^CSV-bestand scholen\.csv: 1 schoolbestuur .* en 1 school .*Er is nog niets veranderd\.$/).waitFor({ timeout: WACHTTIJD });
    // The checked file may be imported; the journey stops here, because a new school in the demo SWV would change
    // the lists other journeys count (the import itself is tested against the API and in Vitest).
    await page.getByRole('button', { name: 'Importeren', exact: true }).waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, 'a checked import file');

    // Accounts: create one for a school, with the school chosen by name.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Accounts' }).click();
    await page.waitForURL(`${BASE_URL}/gebruikers`, { timeout: WACHTTIJD });
    const accounts = page.getByRole('table', { name: 'Accounts van uw samenwerkingsverband' });
    await accounts.getByRole('row', { name: new RegExp(escape(BEHEERDER.naam)) }).waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, '/gebruikers');
    const formulier = page.getByRole('form', { name: 'Nieuw account' });
    await formulier.getByLabel('Naam', { exact: true }).fill(ACCOUNT.naam);
    await formulier.getByLabel('E-mailadres', { exact: true }).fill(ACCOUNT.email);
    await formulier.getByLabel("Medewerker school (IB'er/KC)").check();
    await formulier.getByRole('checkbox', { name: /\(12AB00\)$/ }).check();
    await toegankelijkheid(page, 'the new account form with schools');
    await formulier.getByRole('button', { name: 'Account aanmaken' }).click();

    const code = page.getByRole('region', { name: `Activeringscode voor ${ACCOUNT.naam}` });
    await code.waitFor({ timeout: WACHTTIJD });
    const eersteCode = await code.locator('code.activeringscode').textContent();
    assert.match(eersteCode, /^\S{20,}$/);
    await code.getByRole('button', { name: 'Kopieer de activeringscode' }).click();
    await code.getByText('Gekopieerd.').waitFor({ timeout: WACHTTIJD });
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), eersteCode);
    await toegankelijkheid(page, 'the activation code, copied');
    await schermen(page, 'activeringscode');

    // The code got lost before it was used: a new one, and the first stops working.
    const rij = accounts.getByRole('row', { name: new RegExp(escape(ACCOUNT.naam)) });
    await rij.getByText('Wacht op activering').waitFor({ timeout: WACHTTIJD });
    await rij.getByRole('button', { name: `Nieuwe activeringscode voor ${ACCOUNT.naam}` }).click();
    const vervangend = page.getByRole('region', { name: `Nieuwe activeringscode voor ${ACCOUNT.naam}` });
    await vervangend.waitFor({ timeout: WACHTTIJD });
    const nieuweCode = await vervangend.locator('code.activeringscode').textContent();
    assert.match(nieuweCode, /^\S{20,}$/);
    assert.notEqual(nieuweCode, eersteCode);
    await toegankelijkheid(page, 'the renewed activation code');

    await rij.getByRole('button', { name: `${ACCOUNT.naam} deactiveren` }).click();
    const bevestig = page.getByRole('group', { name: `${ACCOUNT.naam} deactiveren?` });
    await bevestig.waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, 'the confirmation to deactivate');
    await bevestig.getByRole('button', { name: 'Ja, deactiveren' }).click();
    await page.getByText(`Het account van ${ACCOUNT.naam} is gedeactiveerd.`).waitFor({ timeout: WACHTTIJD });
    await rij.getByText('Gedeactiveerd').waitFor({ timeout: WACHTTIJD });
    assert.equal(await rij.getByRole('button').count(), 0);
    await toegankelijkheid(page, 'after deactivating');

    // Koppelingen: register one that reads the register, see its secret once, renew it, revoke it.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Koppelingen' }).click();
    await page.waitForURL(`${BASE_URL}/koppelingen`, { timeout: WACHTTIJD });
    await page.getByRole('table', { name: 'Koppelingen van uw samenwerkingsverband' }).waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, '/koppelingen');
    const nieuw = page.getByRole('form', { name: 'Nieuwe koppeling' });
    await nieuw.getByLabel('Naam', { exact: true }).fill(KOPPELING);
    await nieuw.getByRole('checkbox', { name: /Aanbieders lezen/ }).check();
    await nieuw.getByLabel(/Met een eigen sleutel/).check();
    await toegankelijkheid(page, 'the koppeling form with a JWKS');
    await nieuw.getByLabel(/Met een geheim/).check();
    await nieuw.getByRole('button', { name: 'Koppeling registreren' }).click();
    const geheim = page.getByRole('region', { name: `Geheim van koppeling ${KOPPELING}` });
    await geheim.waitFor({ timeout: WACHTTIJD });
    const eersteGeheim = await geheim.locator('code.activeringscode').textContent();
    assert.match(eersteGeheim, /^\S{20,}$/);
    const clientId = await geheim.locator('p code').first().textContent();
    await toegankelijkheid(page, 'the secret of a new koppeling');
    await schermen(page, 'koppeling-geheim');

    await page.getByRole('link', { name: `Bekijk koppeling ${KOPPELING}` }).click();
    await page.waitForURL(`${BASE_URL}/koppelingen/${encodeURIComponent(clientId)}`, { timeout: WACHTTIJD });
    await page.getByRole('heading', { level: 1, name: `Koppeling ${KOPPELING}` }).waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, '/koppelingen/:clientId');
    // It may now also read pupils, of one school.
    await page.getByRole('button', { name: 'Koppeling wijzigen' }).click();
    const wijzig = page.getByRole('form', { name: 'Wat mag deze koppeling?' });
    await wijzig.getByRole('checkbox', { name: /Leerlingen lezen/ }).check();
    await wijzig.getByRole('checkbox', { name: /\(12AB00\)$/ }).check();
    await toegankelijkheid(page, 'the form to change a koppeling');
    await wijzig.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByText(`Koppeling ${KOPPELING} is gewijzigd.`, { exact: false }).waitFor({ timeout: WACHTTIJD });
    assert.equal(
      await page.locator('dt', { hasText: /^Mag$/ }).locator('xpath=following-sibling::dd[1]').textContent(),
      'Aanbieders lezen, Leerlingen lezen',
    );
    await toegankelijkheid(page, 'after changing a koppeling');
    await page.getByRole('button', { name: 'Nieuw geheim maken' }).click();
    await toegankelijkheid(page, 'the confirmation of a new secret');
    await page.getByRole('button', { name: 'Ja, maak een nieuw geheim' }).click();
    const vernieuwd = page.getByRole('region', { name: `Nieuw geheim van koppeling ${KOPPELING}` });
    await vernieuwd.waitFor({ timeout: WACHTTIJD });
    assert.notEqual(await vernieuwd.locator('code.activeringscode').textContent(), eersteGeheim);
    await toegankelijkheid(page, 'the renewed secret');

    await page.getByRole('button', { name: 'Koppeling intrekken' }).click();
    await toegankelijkheid(page, 'the confirmation to revoke');
    await page.getByRole('button', { name: 'Ja, intrekken' }).click();
    await page.waitForURL(`${BASE_URL}/koppelingen`, { timeout: WACHTTIJD });
    await page.getByText(`Koppeling ${KOPPELING} is ingetrokken.`).waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, 'after revoking');

    // The audit log: its own actions on accounts, and on the koppeling, then a CSV of them.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Auditlog' }).click();
    await page.waitForURL(`${BASE_URL}/auditlog`, { timeout: WACHTTIJD });
    const regels = page.getByRole('table', { name: 'Regels van het auditlog' });
    await regels.waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, '/auditlog');
    const filters = page.getByRole('form', { name: 'Filteren' });
    await filters.getByRole('option', { name: new RegExp(`^${escape(BEHEERDER.naam)} \\(`) }).waitFor({ state: 'attached', timeout: WACHTTIJD });
    await filters.getByLabel('Wie', { exact: true }).selectOption({ label: `${BEHEERDER.naam} (${BEHEERDER.email})` });
    await filters.getByLabel('Soort gegevens', { exact: true }).selectOption({ label: 'Koppeling' });
    await filters.getByLabel('Vanaf', { exact: true }).fill(VANDAAG);
    await filters.getByLabel('Tot en met', { exact: true }).fill(VANDAAG);
    await filters.getByRole('button', { name: 'Filteren' }).click();
    // Registered, changed, renewed and revoked: four records of this koppeling, each naming the beheerder.
    const vanKoppeling = regels.getByRole('row').filter({ hasText: clientId });
    await vanKoppeling.nth(3).waitFor({ timeout: WACHTTIJD });
    assert.deepEqual(
      (await vanKoppeling.allTextContents()).map((tekst) => tekst.includes(BEHEERDER.naam)),
      [true, true, true, true],
    );
    assert.deepEqual(
      (await vanKoppeling.locator('td:nth-child(3)').allTextContents()).sort(),
      ['Aangemaakt', 'Gewijzigd', 'Gewijzigd', 'Verwijderd'],
    );
    await toegankelijkheid(page, 'the filtered audit log');
    await schermen(page, 'auditlog');

    await filters.getByLabel('Soort gegevens', { exact: true }).selectOption({ label: 'Account' });
    await filters.getByRole('button', { name: 'Filteren' }).click();
    await regels.getByRole('row').filter({ hasText: 'Account' }).nth(2).waitFor({ timeout: WACHTTIJD });

    const download = page.waitForEvent('download', { timeout: WACHTTIJD });
    await page.getByRole('button', { name: 'Exporteren als CSV' }).click();
    const bestand = await download;
    assert.match(bestand.suggestedFilename(), /^auditlog-\d{4}-\d{2}-\d{2}\.csv$/);
    await toegankelijkheid(page, 'after the export');

    assert.deepEqual(problems, { consoleErrors: [], pageErrors: [], cspViolations: [] });
  });

  it('changes the functies of a medewerker of the samenwerkingsverband, by keyboard', async () => {
    // A browser of its own: a fresh sign-in, whatever the first journey left behind.
    const eigen = await launchBrowser();
    try {
      const { page, problems } = await recordingPage(eigen.context);
      const token = volgendAccessToken(page);
      await meldAan(page, BEHEERDER, '/gebruikers');
      const accessToken = await token;
      // Its own medewerker, a regionaal procesbegeleider: changing a demo account would sign that person out of
      // other journeys and change what they may do.
      const { body: nieuw } = await api(page, accessToken, 'POST', '/gebruikers', {
        data: { naam: MEDEWERKER.naam, email: MEDEWERKER.email, rol: 'swv-medewerker', vestigingen: [], functies: ['regionaal-procesbegeleider'] },
        status: 201,
      });
      await page.reload();

      const rij = page.getByRole('table', { name: 'Accounts van uw samenwerkingsverband' }).getByRole('row', { name: new RegExp(escape(MEDEWERKER.naam)) });
      await rij.getByText('Medewerker samenwerkingsverband, regionaal procesbegeleider', { exact: true }).waitFor({ timeout: WACHTTIJD });
      const knop = rij.getByRole('button', { name: `Functies wijzigen voor ${MEDEWERKER.naam}` });
      await knop.focus();
      await page.keyboard.press('Enter');
      const formulier = page.getByRole('form', { name: `Functies wijzigen voor ${MEDEWERKER.naam}` });
      const kop = formulier.getByRole('heading', { name: `Functies wijzigen voor ${MEDEWERKER.naam}` });
      await kop.waitFor({ timeout: WACHTTIJD });
      assert.ok(await kop.evaluate((element) => element === document.activeElement), 'the focus is on the heading of the form');
      await formulier.getByText(`${MEDEWERKER.naam} moet daarna opnieuw inloggen.`, { exact: false }).waitFor({ timeout: WACHTTIJD });
      assert.equal(await formulier.getByRole('checkbox', { name: /Regionaal procesbegeleider/ }).isChecked(), true);
      await toegankelijkheid(page, 'the form to change functies');
      await schermen(page, 'functies');

      // Tab to the boxes and toggle them with the space bar: procesbegeleider off, beleidsmedewerker on.
      for (const functie of [/Regionaal procesbegeleider/, /Beleidsmedewerker/]) {
        await formulier.getByRole('checkbox', { name: functie }).focus();
        await page.keyboard.press('Space');
      }
      await formulier.getByRole('button', { name: 'Functies opslaan' }).focus();
      await page.keyboard.press('Enter');

      await page.getByRole('status').getByText(`${MEDEWERKER.naam} is nu beleidsmedewerker. ${MEDEWERKER.naam} moet opnieuw inloggen.`).waitFor({ timeout: WACHTTIJD });
      await rij.getByText('Medewerker samenwerkingsverband, beleidsmedewerker', { exact: true }).waitFor({ timeout: WACHTTIJD });
      assert.equal(await formulier.count(), 0);
      assert.ok(await knop.evaluate((element) => element === document.activeElement), 'the focus is back on the button that opened the form');
      await toegankelijkheid(page, 'after changing functies');

      // Deactivated again, so no other journey meets this medewerker.
      await api(page, accessToken, 'POST', `/gebruikers/${nieuw.gebruiker.id}/deactivering`);
      geenProblemen(problems);
    } finally {
      await eigen.close();
    }
  });
});
