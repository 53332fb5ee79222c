// End-to-end test of the built SPA against a running product (API + SPA on one origin).
// It starts no server: set BASE_URL, e.g. BASE_URL=http://localhost:8089 npm run test:e2e
// Uses Debian's Chromium through playwright-core; nothing is downloaded at run time.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const BASE_URL = process.env.BASE_URL?.replace(/\/+$/, '');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), 'artifacts');

if (!BASE_URL) {
  throw new Error('BASE_URL is not set: point it at the running product, e.g. http://localhost:8089');
}

let context;
let userDataDir;

before(async () => {
  // A fresh profile each run, so no cache or service worker from an earlier run can help.
  userDataDir = mkdtempSync(join(tmpdir(), 'po-e2e-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
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
});

after(async () => {
  await context?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

/** Opens a page that records console errors, uncaught exceptions and CSP violations. */
async function openPage(path) {
  const page = await context.newPage();
  const problems = { consoleErrors: [], pageErrors: [], cspViolations: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  // Injected through the DevTools protocol, so the page's own CSP does not block it.
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  const response = await page.goto(`${BASE_URL}${path}`);
  assert.equal(response?.status(), 200, `GET ${path} should serve the SPA`);
  const collectCsp = async () => {
    problems.cspViolations.push(...(await page.evaluate(() => window.__cspViolations)));
    return problems;
  };
  return { page, collectCsp };
}

describe('expertises page', () => {
  it('shows the 16 RIO expertises without console errors or CSP violations', async () => {
    const { page, collectCsp } = await openPage('/expertises');

    const table = page.getByRole('table', { name: /Expertises in leerjaar \d{4}-\d{4}/ });
    await table.waitFor({ timeout: 15_000 });
    assert.equal(await table.locator('tbody tr').count(), 16);
    await table.getByRole('rowheader', { name: 'AUTISMESPECTRUMSTOORNISSEN', exact: true }).waitFor();
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Expertises');
    assert.equal(await page.locator('html').getAttribute('lang'), 'nl');
    assert.equal(await page.title(), 'Expertises – PassendOnderwijs');

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'expertises.png'), fullPage: true });

    const problems = await collectCsp();
    assert.deepEqual(problems.cspViolations, [], 'CSP violations');
    assert.deepEqual(problems.pageErrors, [], 'uncaught page errors');
    assert.deepEqual(problems.consoleErrors, [], 'console errors');
    await page.close();
  });

  it('explains in Dutch that a leerjaar without a list has no expertises', async () => {
    const { page, collectCsp } = await openPage('/expertises?leerjaar=1999-2000');

    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 15_000 });
    assert.match(await alert.textContent(), /Er is geen lijst met expertises voor leerjaar 1999-2000\./);

    // The browser itself logs the expected 404 of the API call; anything else is a fault.
    const problems = await collectCsp();
    const unexpected = problems.consoleErrors.filter((text) => !/status of 404/.test(text));
    assert.deepEqual(problems.cspViolations, [], 'CSP violations');
    assert.deepEqual(problems.pageErrors, [], 'uncaught page errors');
    assert.deepEqual(unexpected, [], 'console errors');
    await page.close();
  });

  it('serves the SPA for a deep link and shows the Dutch not-found page', async () => {
    const { page, collectCsp } = await openPage('/bestaat-niet');

    await page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }).waitFor({ timeout: 15_000 });

    const problems = await collectCsp();
    assert.deepEqual(problems.cspViolations, [], 'CSP violations');
    assert.deepEqual(problems.pageErrors, [], 'uncaught page errors');
    assert.deepEqual(problems.consoleErrors, [], 'console errors');
    await page.close();
  });
});
