// End-to-end test of signing in and out: the SPA, the API's OIDC provider and its sign-in page,
// on one origin. It starts no server: set BASE_URL, e.g. BASE_URL=http://localhost:8089 npm run test:e2e
// The demo user must exist (demo mode); DEMO_WACHTWOORD overrides its password.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ARTIFACTS, BASE_URL, launchBrowser, opPad, recordingPage, toegankelijkheid } from './browser.mjs';

const EMAIL = 'beheerder@demo.passendonderwijs.nl';
const WACHTWOORD = process.env.DEMO_WACHTWOORD ?? 'Demo-wachtwoord-2026!';
const WACHTTIJD = 15_000;
const SWV = 'Samenwerkingsverband Passend Onderwijs Demoregio (PO2705)';

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

describe('signing in and out', () => {
  it('signs in through the sign-in page for /ik, shows the user, and signs out again', async () => {
    const { page, problems } = await recordingPage(browser.context);
    // The token the SPA receives: it must go to the API and nowhere into web storage.
    const tokenAntwoord = page.waitForResponse(
      (response) => response.url() === `${BASE_URL}/connect/token` && response.request().method() === 'POST',
    );
    const ikVerzoek = page.waitForRequest((request) => request.url() === `${BASE_URL}/api/v1/ik`);

    // A protected page, signed out: the SPA sends the browser to the OIDC provider, and that to
    // its sign-in page.
    const response = await page.goto(`${BASE_URL}/ik`);
    assert.equal(response?.status(), 200, 'GET /ik should serve the SPA');
    await page.waitForURL(opPad('/inloggen'), { timeout: WACHTTIJD });
    await page.getByRole('link', { name: 'Activeer uw account', exact: true }).waitFor();
    await page.getByText('Wachtwoord vergeten?').waitFor();
    await toegankelijkheid(page, 'the sign-in page');

    await page.getByLabel('E-mailadres', { exact: true }).fill(EMAIL);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(WACHTWOORD);
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();

    // Back through /aangemeld to the page the user asked for.
    await page.waitForURL(`${BASE_URL}/ik`, { timeout: WACHTTIJD });
    await page.getByRole('heading', { level: 1, name: 'Mijn gegevens' }).waitFor({ timeout: WACHTTIJD });
    const inhoud = page.getByRole('main');
    await inhoud.getByText('Beheerder samenwerkingsverband', { exact: true }).waitFor();
    await inhoud.getByText(SWV, { exact: true }).waitFor();
    await inhoud.getByText(EMAIL, { exact: true }).waitFor();
    assert.equal(await page.title(), 'Mijn gegevens – PassendOnderwijs');
    const header = page.getByRole('banner');
    await header.getByRole('button', { name: 'Uitloggen' }).waitFor();
    assert.match(await header.textContent(), /Ingelogd als \S/);
    await toegankelijkheid(page, '/ik');

    const { access_token: accessToken } = await (await tokenAntwoord).json();
    assert.ok(accessToken, 'the token endpoint returned an access token');
    assert.equal((await ikVerzoek).headers()['authorization'], `Bearer ${accessToken}`);
    const opslag = await page.evaluate(() => JSON.stringify({ ...window.sessionStorage, ...window.localStorage }));
    assert.ok(!opslag.includes(accessToken), 'the access token is kept in memory, not in web storage');

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'aanmelden.png'), fullPage: true });

    // A reload loses the in-memory token; the server session makes the new sign-in a round trip
    // without the sign-in page.
    const bezocht = [];
    const noteer = (frame) => frame === page.mainFrame() && bezocht.push(new URL(frame.url()).pathname);
    page.on('framenavigated', noteer);
    await page.reload();
    await page.waitForURL(`${BASE_URL}/ik`, { timeout: WACHTTIJD });
    await inhoud.getByText(SWV, { exact: true }).waitFor({ timeout: WACHTTIJD });
    page.off('framenavigated', noteer);
    assert.ok(bezocht.includes('/aangemeld'), `a new sign-in after the reload (${bezocht.join(' → ')})`);
    assert.ok(!bezocht.includes('/inloggen'), `no sign-in page after the reload (${bezocht.join(' → ')})`);

    // Signing out ends the server session too, and the OIDC provider sends the browser to the start page.
    await header.getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForURL(`${BASE_URL}/`, { timeout: WACHTTIJD });
    await page.getByRole('heading', { level: 1, name: 'Welkom bij PassendOnderwijs' }).waitFor({ timeout: WACHTTIJD });
    await header.getByRole('button', { name: 'Inloggen', exact: true }).waitFor({ timeout: WACHTTIJD });
    assert.equal(await header.getByRole('button', { name: 'Uitloggen' }).count(), 0);
    await toegankelijkheid(page, '/, signed out');

    // Without the server session, /ik needs the sign-in page again instead of a silent round trip.
    await page.goto(`${BASE_URL}/ik`);
    await page.waitForURL(opPad('/inloggen'), { timeout: WACHTTIJD });
    await page.getByLabel('E-mailadres', { exact: true }).waitFor();

    assert.deepEqual(problems.cspViolations, [], 'CSP violations');
    assert.deepEqual(problems.pageErrors, [], 'uncaught page errors');
    assert.deepEqual(problems.consoleErrors, [], 'console errors');
    await page.close();
  });

  it('shows a visitor the start page, and from there the sign-in page and the activation page, all accessible', async () => {
    const { page, problems } = await recordingPage(browser.context);

    await page.goto(`${BASE_URL}/`);
    await page.getByRole('heading', { level: 1, name: 'Welkom bij PassendOnderwijs' }).waitFor({ timeout: WACHTTIJD });
    const inhoud = page.getByRole('main');
    await inhoud.getByRole('heading', { level: 2, name: 'Voor wie?' }).waitFor();
    assert.equal(await inhoud.getByRole('link', { name: 'Activeer uw account' }).getAttribute('href'), '/activeren');
    await toegankelijkheid(page, 'the start page, signed out');
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'start.png'), fullPage: true });

    // "Inloggen" on the page goes to the sign-in page, which leads on to activation.
    await inhoud.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.waitForURL(opPad('/inloggen'), { timeout: WACHTTIJD });
    // The product's look: the NL Design System stylesheet of the SPA, not the plain fallback.
    const kleur = await page.locator('.site-header').evaluate((kop) => getComputedStyle(kop).backgroundColor);
    assert.equal(kleur, 'rgb(21, 66, 115)', 'the header has the theme colour');
    await page.screenshot({ path: join(ARTIFACTS, 'inloggen.png'), fullPage: true });
    await page.getByRole('link', { name: 'Activeer uw account', exact: true }).click();
    await page.waitForURL(`${BASE_URL}/activeren`, { timeout: WACHTTIJD });
    await page.getByRole('heading', { level: 1, name: 'Account activeren' }).waitFor();
    await toegankelijkheid(page, 'the activation page');

    assert.deepEqual(problems, { consoleErrors: [], pageErrors: [], cspViolations: [] });

    // A wrong code: the message is an error alert, and the page stays accessible. The page comes back with status 400
    // (bad input), which Chromium logs as a console error of its own: that one, and nothing else, is expected.
    await page.getByLabel('Activeringscode', { exact: true }).fill('geen-echte-code');
    await page.getByLabel(/^Nieuw wachtwoord/).fill(WACHTWOORD);
    await page.getByLabel('Herhaal het wachtwoord', { exact: true }).fill(WACHTWOORD);
    await page.getByRole('button', { name: 'Wachtwoord instellen' }).click();
    await page.getByRole('alert').waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, 'the activation page with an error');

    assert.deepEqual(problems, {
      consoleErrors: ['Failed to load resource: the server responded with a status of 400 (Bad Request)'],
      pageErrors: [],
      cspViolations: [],
    });
    await page.close();
  });
});
