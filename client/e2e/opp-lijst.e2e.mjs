// End-to-end test of the ontwikkelingsperspectiefplannen outside their own page: "OPP ontbreekt" in Mijn werkvoorraad
// (the demo's Sanne de Vries has had a reading arrangement for eight months and no OPP) for the IB'er of her school and
// for the SWV-medewerker, and the section Ontwikkelingsperspectiefplan on her pupil page, with "OPP starten" for the
// school only. axe on every screen, no console errors (a 403 would show as one) and no CSP violations.
// It starts no server: set BASE_URL, e.g. BASE_URL=http://localhost:8089 node --test e2e/opp-lijst.e2e.mjs
// The demo users and the demo arrangementen must exist (demo mode); DEMO_WACHTWOORD overrides their password. This
// test creates no OPP, so Sanne's plan stays missing however often it runs.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { BASE_URL, escape, launchBrowser, opPad, recordingPage, toegankelijkheid } from './browser.mjs';

const WACHTWOORD = process.env.DEMO_WACHTWOORD ?? 'Demo-wachtwoord-2026!';
const WACHTTIJD = 15_000;

let browser;

// A browser of its own per test: each signs in as someone else.
beforeEach(async () => {
  browser = await launchBrowser();
});

afterEach(async () => {
  await browser?.close();
});

async function meldAan(page, email, naam, pad) {
  await page.goto(`${BASE_URL}${pad}`);
  await page.waitForURL(opPad('/inloggen'), { timeout: WACHTTIJD });
  await page.getByLabel('E-mailadres', { exact: true }).fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(WACHTWOORD);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await page.getByRole('banner').getByText(naam).waitFor({ timeout: WACHTTIJD });
}

function geenProblemen(problems) {
  assert.deepEqual(problems.cspViolations, [], 'CSP violations');
  assert.deepEqual(problems.pageErrors, [], 'uncaught page errors');
  assert.deepEqual(problems.consoleErrors, [], 'console errors');
}

/** The line "OPP ontbreekt" for Sanne in the werkvoorraad table of `rol`; returns the link to the pupil's plan. */
async function ontbrekendOpp(page, rol) {
  const werk = page.getByRole('main').getByRole('table', { name: new RegExp(`^Wat op uw actie wacht als ${escape(rol)}`) });
  await werk.waitFor({ timeout: WACHTTIJD });
  const regel = werk.locator('tbody tr').filter({ hasText: 'OPP ontbreekt' }).filter({ hasText: 'Sanne de Vries' });
  await regel.waitFor({ timeout: WACHTTIJD });
  const tekst = await regel.innerText();
  assert.match(tekst, /Ontwikkelingsperspectiefplan/);
  assert.match(tekst, /Nog geen OPP/);
  assert.match(tekst, /Verlopen/, 'eight months after the start, the six weeks have long passed');
  return regel.getByRole('link', { name: 'Sanne de Vries', exact: true }).getAttribute('href');
}

/** Opens Sanne's pupil page through the search; returns her id and the section. */
async function openSanne(page) {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Leerlingen', exact: true }).click();
  await page.waitForURL(`${BASE_URL}/leerlingen`, { timeout: WACHTTIJD });
  const zoeken = page.getByRole('search', { name: 'Leerlingen zoeken' });
  await zoeken.getByLabel('Naam', { exact: true }).fill('Sanne');
  await zoeken.getByRole('button', { name: 'Zoeken', exact: true }).click();
  await page.getByRole('main').getByRole('table', { name: 'Gevonden leerlingen' }).getByRole('link', { name: 'Sanne de Vries', exact: true }).first().click();
  await page.waitForURL(new RegExp(`^${escape(BASE_URL)}/leerlingen/[0-9a-f-]{36}$`), { timeout: WACHTTIJD });
  const sectie = page.getByRole('main').getByRole('region', { name: 'Ontwikkelingsperspectiefplan' });
  await sectie.getByText('Sanne de Vries heeft nog geen ontwikkelingsperspectiefplan (OPP).', { exact: true }).waitFor({ timeout: WACHTTIJD });
  return { leerlingId: new URL(page.url()).pathname.split('/').at(-1), sectie };
}

describe('ontwikkelingsperspectiefplannen in lists', () => {
  it('shows the school the missing plan in its werkvoorraad and lets it start one from the pupil page', async () => {
    const { page, problems } = await recordingPage(browser.context);
    await meldAan(page, 'ib@demo.passendonderwijs.nl', "Ilse de IB'er", '/werkvoorraad');

    const pad = await ontbrekendOpp(page, 'intern begeleider');
    assert.match(pad, /^\/ontwikkelingsperspectiefplannen\/nieuw\?leerling=[0-9a-f-]{36}$/);
    await toegankelijkheid(page, '/werkvoorraad with OPP lines');

    const { leerlingId, sectie } = await openSanne(page);
    assert.equal(pad, `/ontwikkelingsperspectiefplannen/nieuw?leerling=${leerlingId}`);
    assert.equal(await sectie.getByRole('link', { name: 'OPP starten', exact: true }).getAttribute('href'), pad);
    await toegankelijkheid(page, '/leerlingen/{id} with its OPP section');
    geenProblemen(problems);
  });

  it('shows the SWV-medewerker the missing plan too, and nothing to start on the pupil page', async () => {
    const { page, problems } = await recordingPage(browser.context);
    await meldAan(page, 'medewerker@demo.passendonderwijs.nl', 'Mo Medewerker', '/werkvoorraad');

    assert.match(await ontbrekendOpp(page, 'SWV-medewerker'), /^\/ontwikkelingsperspectiefplannen\/nieuw\?leerling=/);
    await toegankelijkheid(page, '/werkvoorraad of the SWV with OPP lines');

    const { sectie } = await openSanne(page);
    assert.equal(await sectie.getByRole('link', { name: 'OPP starten' }).count(), 0);
    geenProblemen(problems);
  });
});
