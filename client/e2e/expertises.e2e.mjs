// End-to-end test of the built SPA against a running product (API + SPA on one origin).
// It starts no server: set BASE_URL, e.g. BASE_URL=http://localhost:8089 npm run test:e2e
// Uses Debian's Chromium through playwright-core; nothing is downloaded at run time.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ARTIFACTS, BASE_URL, launchBrowser, recordingPage } from './browser.mjs';

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/** Opens a page that records console errors, uncaught exceptions and CSP violations. */
async function openPage(path) {
  const { page, problems } = await recordingPage(browser.context);
  const response = await page.goto(`${BASE_URL}${path}`);
  assert.equal(response?.status(), 200, `GET ${path} should serve the SPA`);
  return { page, problems };
}

describe('expertises page', () => {
  it('shows the 16 RIO expertises without console errors or CSP violations', async () => {
    const { page, problems } = await openPage('/expertises');

    const table = page.getByRole('table', { name: /Expertises in leerjaar \d{4}-\d{4}/ });
    await table.waitFor({ timeout: 15_000 });
    assert.equal(await table.locator('tbody tr').count(), 16);
    await table.getByRole('rowheader', { name: 'AUTISMESPECTRUMSTOORNISSEN', exact: true }).waitFor();
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Expertises');
    assert.equal(await page.locator('html').getAttribute('lang'), 'nl');
    assert.equal(await page.title(), 'Expertises – PassendOnderwijs');

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'expertises.png'), fullPage: true });

    assert.deepEqual(problems.cspViolations, [], 'CSP violations');
    assert.deepEqual(problems.pageErrors, [], 'uncaught page errors');
    assert.deepEqual(problems.consoleErrors, [], 'console errors');
    await page.close();
  });

  it('explains in Dutch that a leerjaar without a list has no expertises', async () => {
    const { page, problems } = await openPage('/expertises?leerjaar=1999-2000');

    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 15_000 });
    assert.match(await alert.textContent(), /Er is geen lijst met expertises voor leerjaar 1999-2000\./);

    // The browser itself logs the expected 404 of the API call; anything else is a fault.
    const unexpected = problems.consoleErrors.filter((text) => !/status of 404/.test(text));
    assert.deepEqual(problems.cspViolations, [], 'CSP violations');
    assert.deepEqual(problems.pageErrors, [], 'uncaught page errors');
    assert.deepEqual(unexpected, [], 'console errors');
    await page.close();
  });

  it('serves the SPA for a deep link and shows the Dutch not-found page', async () => {
    const { page, problems } = await openPage('/bestaat-niet');

    await page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }).waitFor({ timeout: 15_000 });

    assert.deepEqual(problems.cspViolations, [], 'CSP violations');
    assert.deepEqual(problems.pageErrors, [], 'uncaught page errors');
    assert.deepEqual(problems.consoleErrors, [], 'console errors');
    await page.close();
  });
});
