// Shared by the browser tests: Debian's Chromium through playwright-core (nothing is downloaded at
// run time), a fresh profile per run, and a record of console errors and CSP violations.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

// The product counts Dutch calendar days (deadlines, "today"), so the tests and the browser live in Dutch time too:
// a test that took its "today" from UTC would disagree with the product between 23:00 and 24:00 UTC. Set before any
// test module reads the clock (this module is imported first).
process.env.TZ = 'Europe/Amsterdam';
const TIJDZONE = 'Europe/Amsterdam';

/** A day counted from today (Dutch time), as the API writes a date: isoDag(7) is a week from today. */
export function isoDag(dagen = 0) {
  const dag = new Date();
  dag.setDate(dag.getDate() + dagen);
  return `${dag.getFullYear()}-${String(dag.getMonth() + 1).padStart(2, '0')}-${String(dag.getDate()).padStart(2, '0')}`;
}

export const BASE_URL = process.env.BASE_URL?.replace(/\/+$/, '');
export const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), 'artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!BASE_URL) {
  throw new Error('BASE_URL is not set: point it at the running product, e.g. http://localhost:8089');
}

/** Text made safe to use literally inside a regular expression. */
export const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A URL on this product at the given path, with or without a query string. */
export const opPad = (pad) => new RegExp(`^${escape(BASE_URL)}${escape(pad)}(\\?.*)?$`);

// Evaluated through the DevTools protocol, so the page's CSP (no inline or foreign scripts) need not allow it.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core on the page as it is now and fails on any violation, listed one per line with where it is. */
export async function toegankelijkheid(page, waar) {
  await page.evaluate(AXE);
  const schendingen = await page.evaluate(async () => {
    const uitkomst = await window.axe.run(document, { resultTypes: ['violations'] });
    return uitkomst.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  assert.deepEqual(schendingen, [], `axe violations on ${waar}`);
}

/** Starts Chromium with a fresh profile, so no cache, cookie or service worker from an earlier run can help. */
export async function launchBrowser() {
  const userDataDir = mkdtempSync(join(tmpdir(), 'po-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    timezoneId: TIJDZONE,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A new page that records console errors, uncaught exceptions and CSP violations, in every
 * document it shows (the sign-in flow passes through several).
 */
export async function recordingPage(context) {
  const page = await context.newPage();
  const problems = { consoleErrors: [], pageErrors: [], cspViolations: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  // Both go through the DevTools protocol, so the page's own CSP blocks neither.
  await page.exposeFunction('__meldCspSchending', (text) => problems.cspViolations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const blocked = event.blockedURI || 'inline';
      window.__meldCspSchending(`${event.violatedDirective} blocked ${blocked} on ${location.pathname}`);
    });
  });
  return { page, problems };
}

/**
 * Presses an export button (group "Exporteren") and returns the file the browser saved: its suggested name and its
 * bytes. The file must come as a blob: fetched with the bearer token, never a URL with a token in it.
 */
export async function download(page, knop, timeout = 15_000) {
  const [bestand] = await Promise.all([
    page.waitForEvent('download', { timeout }),
    page.getByRole('group', { name: 'Exporteren' }).getByRole('button', { name: knop, exact: true }).click(),
  ]);
  assert.ok(bestand.url().startsWith('blob:'), 'a blob download, not a URL with a token');
  return { naam: bestand.suggestedFilename(), inhoud: await readFile(await bestand.path()) };
}

/** The lines of a downloaded CSV file after its byte order mark (which Excel needs to read UTF-8). */
export function csvRegels(inhoud) {
  assert.deepEqual([...inhoud.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a byte order mark, for Excel');
  return inhoud.subarray(3).toString('utf8').split('\r\n').filter((regel) => regel !== '');
}

const WACHTWOORD = process.env.DEMO_WACHTWOORD ?? 'Demo-wachtwoord-2026!';
const WACHTTIJD = 15_000;

/**
 * Goes to `pad`, signs in there as `wie` ({ email, naam }) and waits until the SPA is back at `pad` with their name in
 * the header. `opInlogpagina` runs on the sign-in page before the form is filled in, to check that page. Returns the
 * answer to the first request for `pad` (the SPA's page, before the sign-in).
 */
export async function meldAan(page, wie, pad, { opInlogpagina = async () => {} } = {}) {
  const response = await page.goto(`${BASE_URL}${pad}`);
  await page.waitForURL(opPad('/inloggen'), { timeout: WACHTTIJD });
  await opInlogpagina();
  await page.getByLabel('E-mailadres', { exact: true }).fill(wie.email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(WACHTWOORD);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await page.waitForURL(`${BASE_URL}${pad}`, { timeout: WACHTTIJD });
  await page.getByRole('banner').getByText(wie.naam).waitFor({ timeout: WACHTTIJD });
  return response;
}

/** The access token the SPA gets at its next sign-in (call it before meldAan), to call the API as that person. */
export async function volgendAccessToken(page) {
  const antwoord = await page.waitForResponse(
    (response) => response.url() === `${BASE_URL}/connect/token` && response.request().method() === 'POST',
    { timeout: 2 * WACHTTIJD },
  );
  const { access_token: accessToken } = await antwoord.json();
  assert.ok(accessToken, 'the SPA received an access token');
  return accessToken;
}

/**
 * Calls the API as a person whose access token the test holds (see volgendAccessToken): sets up what a journey starts
 * from without walking other screens. Fails on anything but `status`; gives the JSON answer and its ETag.
 */
export async function api(page, accessToken, method, pad, { data, ifMatch, status = 200 } = {}) {
  const antwoord = await page.request.fetch(`${BASE_URL}/api/v1${pad}`, {
    method,
    headers: { Authorization: `Bearer ${accessToken}`, ...(ifMatch !== undefined && { 'If-Match': `"${ifMatch}"` }) },
    ...(data !== undefined && { data }),
  });
  assert.equal(antwoord.status(), status, `${method} ${pad}: ${await antwoord.text()}`);
  return { body: await antwoord.json(), etag: antwoord.headers().etag };
}

/** No CSP violation, no uncaught error, and no console error but the ones a journey provokes on purpose. */
export function geenProblemen(problems, verwachteConsolefouten = []) {
  assert.deepEqual(problems.cspViolations, [], 'CSP violations');
  assert.deepEqual(problems.pageErrors, [], 'uncaught page errors');
  assert.deepEqual(problems.consoleErrors, verwachteConsolefouten, 'console errors');
}

/**
 * Opens the step `knop` in the panel "Volgende stap", lets `vul` fill its form, sends it, and checks that it went with
 * If-Match to the step's own path and that the SPA says `gelukt`.
 */
export async function zetStap(page, { knop, formulier = knop, verstuur = knop, pad, gelukt, vul = async () => {} }) {
  const paneel = page.getByRole('region', { name: 'Volgende stap' });
  await paneel.getByRole('button', { name: knop, exact: true }).click();
  const form = page.getByRole('form', { name: formulier });
  await vul(form);
  const verzoek = page.waitForRequest((request) => request.method() === 'POST' && new URL(request.url()).pathname.endsWith(pad));
  await form.getByRole('button', { name: verstuur, exact: true }).click();
  assert.match((await verzoek).headers()['if-match'] ?? '', /^"\d+"$/, `${knop} names the versie in If-Match`);
  await paneel.getByText(gelukt, { exact: true }).waitFor({ timeout: WACHTTIJD });
}


/**
 * Mijn werkvoorraad comes a page at a time (per werkvoorraad, earliest deadline first) and the persistent e2e database
 * keeps every run's lines: press "Meer laden" until `regel` (a locator in `tabel`) is there or nothing more follows.
 * Each press waits for the next row of the table.
 */
export async function laadTot(page, tabel, regel) {
  const meerLaden = page.getByRole('main').getByRole('button', { name: 'Meer laden', exact: true });
  while ((await regel.count()) === 0 && (await meerLaden.count()) > 0) {
    const getoond = await tabel.locator('tbody tr').count();
    await meerLaden.click();
    await tabel.locator('tbody tr').nth(getoond).waitFor({ timeout: WACHTTIJD });
  }
}
