// End-to-end test of the platform-beheerder's journey: signs in, lands on "Samenwerkingsverbanden", registers a
// samenwerkingsverband, creates its first beheerder (the activation code is shown once), suspends it and makes it
// active again, each after a confirmation. axe-core checks every page it passes for accessibility problems (none
// allowed). It starts no server: set BASE_URL, e.g. BASE_URL=http://localhost:8089 npm run test:e2e
// The demo platform-beheerder must exist (demo mode); DEMO_WACHTWOORD overrides its password. The database persists
// between runs, so the samenwerkingsverband's code is unique per run.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ARTIFACTS, BASE_URL, escape, launchBrowser, meldAan, recordingPage, toegankelijkheid } from './browser.mjs';

const PLATFORM = { email: 'platform@demo.passendonderwijs.nl', naam: 'Pia Platform' };
const WACHTTIJD = 15_000;

// VO and four digits from the clock, so every run registers a new one.
const CODE = `VO${String(Date.now()).slice(-4)}`;
const NAAM = `E2E Samenwerkingsverband ${CODE}`;

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

describe('the platform-beheerder', () => {
  it('registers a samenwerkingsverband, creates its first beheerder, suspends and reactivates it', async () => {
    const { page, problems } = await recordingPage(browser.context);

    await meldAan(page, PLATFORM, '/ik');

    // From the start page the platform-beheerder lands on the samenwerkingsverbanden.
    await page.getByRole('banner').getByRole('link', { name: 'PassendOnderwijs' }).click();
    await page.waitForURL(`${BASE_URL}/samenwerkingsverbanden`, { timeout: WACHTTIJD });
    const tabel = page.getByRole('table', { name: 'Alle samenwerkingsverbanden' });
    await tabel.waitFor({ timeout: WACHTTIJD });
    await tabel.getByRole('row', { name: /Samenwerkingsverband Passend Onderwijs Demoregio/ }).waitFor();
    await toegankelijkheid(page, '/samenwerkingsverbanden');

    const formulier = page.getByRole('form', { name: 'Samenwerkingsverband registreren' });
    await formulier.getByLabel('Code', { exact: true }).fill(CODE);
    await formulier.getByLabel('Naam', { exact: true }).fill(NAAM);
    await formulier.getByLabel('Sector', { exact: true }).selectOption('VO');
    await formulier.getByRole('button', { name: 'Registreren' }).click();
    await page.waitForURL(`${BASE_URL}/samenwerkingsverbanden/${CODE}`, { timeout: WACHTTIJD });
    await page.getByRole('heading', { level: 1, name: NAAM }).waitFor({ timeout: WACHTTIJD });
    await page.getByText(`${NAAM} is geregistreerd.`).waitFor();
    await toegankelijkheid(page, `/samenwerkingsverbanden/${CODE}`);

    const beheerder = page.getByRole('form', { name: 'Eerste beheerder aanmaken' });
    await beheerder.getByLabel('E-mailadres', { exact: true }).fill(`beheer-${CODE.toLowerCase()}@e2e.passendonderwijs.nl`);
    await beheerder.getByLabel('Naam', { exact: true }).fill('Eerste Beheerder');
    await beheerder.getByRole('button', { name: 'Beheerder aanmaken' }).click();
    const code = page.getByRole('region', { name: 'Activeringscode voor Eerste Beheerder' });
    await code.waitFor({ timeout: WACHTTIJD });
    const eersteCode = await code.locator('code.activeringscode').textContent();
    assert.match(eersteCode, /^\S{20,}$/);
    await toegankelijkheid(page, 'the activation code');

    // The code got lost: the beheerder, still waiting for activation, gets a new one and the first stops working.
    const beheerders = page.getByRole('table', { name: 'Beheerders van dit samenwerkingsverband' });
    await beheerders.getByRole('row', { name: /Eerste Beheerder .* Wacht op activering/ }).waitFor({ timeout: WACHTTIJD });
    await beheerders.getByRole('button', { name: 'Nieuwe activeringscode voor Eerste Beheerder' }).click();
    const vervangend = page.getByRole('region', { name: 'Nieuwe activeringscode voor Eerste Beheerder' });
    await vervangend.waitFor({ timeout: WACHTTIJD });
    const nieuweCode = await vervangend.locator('code.activeringscode').textContent();
    assert.match(nieuweCode, /^\S{20,}$/);
    assert.notEqual(nieuweCode, eersteCode);
    await toegankelijkheid(page, 'the renewed activation code');

    await page.getByRole('button', { name: 'Opschorten', exact: true }).click();
    await toegankelijkheid(page, 'the confirmation to suspend');
    await page.getByRole('button', { name: 'Ja, opschorten' }).click();
    await page.getByText(`${NAAM} is opgeschort.`).waitFor({ timeout: WACHTTIJD });
    assert.equal(await page.locator('dt', { hasText: /^Status$/ }).locator('xpath=following-sibling::dd[1]').textContent(), 'Opgeschort');

    await page.getByRole('button', { name: 'Weer activeren', exact: true }).click();
    await page.getByRole('button', { name: 'Ja, weer activeren' }).click();
    await page.getByText(`${NAAM} is weer actief.`).waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, 'after reactivating');

    // The overview shows it active, with its beheerder waiting for activation.
    await page.getByRole('link', { name: 'Alle samenwerkingsverbanden' }).click();
    const rij = page.getByRole('table', { name: 'Alle samenwerkingsverbanden' }).getByRole('row', { name: new RegExp(escape(NAAM)) });
    await rij.waitFor({ timeout: WACHTTIJD });
    // The list may first be shown from the SPA's cache, as it was before the beheerder existed, while it is fetched
    // again: wait for the fresh count of accounts waiting for activation before reading the row.
    await rij.getByRole('cell').nth(2).filter({ hasText: /^1$/ }).waitFor({ timeout: WACHTTIJD });
    assert.deepEqual((await rij.getByRole('cell').allTextContents()).slice(0, 4), ['Actief', '0', '1', '0']);

    // The platform's own accounts: a register-beheerder for the national register, with its code shown once.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Accounts van het platform' }).click();
    await page.getByRole('heading', { level: 1, name: 'Accounts van het platform' }).waitFor({ timeout: WACHTTIJD });
    await page.getByRole('table', { name: 'Accounts van het platform' }).getByRole('row', { name: new RegExp(escape(PLATFORM.naam)) }).waitFor();
    await toegankelijkheid(page, '/platform-gebruikers');
    const account = page.getByRole('form', { name: 'Account aanmaken' });
    const registerEmail = `register-${CODE.toLowerCase()}@e2e.passendonderwijs.nl`;
    await account.getByLabel('E-mailadres', { exact: true }).fill(registerEmail);
    await account.getByLabel('Naam', { exact: true }).fill('Register Beheerder E2E');
    await account.getByLabel('Rol', { exact: true }).selectOption({ label: 'Beheerder landelijk register' });
    await account.getByRole('button', { name: 'Account aanmaken' }).click();
    await page.getByRole('region', { name: 'Activeringscode voor Register Beheerder E2E' }).waitFor({ timeout: WACHTTIJD });
    await page.getByRole('table', { name: 'Accounts van het platform' }).getByRole('row', { name: new RegExp(`${escape(registerEmail)} .* Wacht op activering`) }).waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, 'a new platform account');

    // The platform's audit log names who made that account; filtered by who acted, chosen by name.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Auditlog van het platform' }).click();
    await page.getByRole('heading', { level: 1, name: 'Auditlog van het platform' }).waitFor({ timeout: WACHTTIJD });
    const regels = page.getByRole('table', { name: 'Regels van het auditlog' });
    await regels.getByRole('row', { name: new RegExp(`${escape(PLATFORM.naam)} Aangemaakt Account`) }).first().waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, '/platform-auditlog');
    const filters = page.getByRole('form', { name: 'Filteren' });
    await filters.getByLabel('Wie', { exact: true }).selectOption({ label: `${PLATFORM.naam} (${PLATFORM.email})` });
    const gefilterd = page.waitForResponse((antwoord) => /\/api\/v1\/platform-auditregels\?.*actor=/.test(antwoord.url()));
    await filters.getByRole('button', { name: 'Filteren', exact: true }).click();
    assert.equal((await gefilterd).status(), 200);
    // Until the filtered page is shown, rows of others may still be on screen: wait until none is left.
    await regels.locator('tbody tr').filter({ hasNotText: PLATFORM.naam }).first().waitFor({ state: 'detached', timeout: WACHTTIJD });
    await regels.getByRole('row', { name: new RegExp(`${escape(PLATFORM.naam)} Aangemaakt Account`) }).first().waitFor();
    await toegankelijkheid(page, '/platform-auditlog, filtered');

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'platform.png'), fullPage: true });
    assert.deepEqual(problems, { consoleErrors: [], pageErrors: [], cspViolations: [] });
  });
});
