// End-to-end test of the ontwikkelingsperspectiefplannen outside their own page: the demo's OPP lines in Mijn
// werkvoorraad of the IB'er (Daan's concept waits for its vaststelling, Noah's begindatum for ROD), and the section
// Ontwikkelingsperspectiefplan on Sanne's pupil page (two vastgestelde versions) for the school and for the
// SWV-medewerker (who reads it because Sanne has an arrangement), with no "OPP starten" while her plan is open.
// "OPP ontbreekt" is in the demo only while a pupil's arrangement runs without a plan; the API tests
// (OppLijstTests) and the werkvoorraad's vitest cover it, and opp.e2e.mjs starts a plan from the pupil page.
// axe on every screen, no console errors (a 403 would show as one) and no CSP violations.
// It starts no server: set BASE_URL, e.g. BASE_URL=http://localhost:8089 node --test e2e/opp-lijst.e2e.mjs
// The demo users and the demo OPP's must exist (demo mode); DEMO_WACHTWOORD overrides their password. This test
// changes nothing, so it runs as often as needed.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { BASE_URL, escape, geenProblemen, laadTot, launchBrowser, meldAan, recordingPage, toegankelijkheid } from './browser.mjs';

const IB_ER = { email: 'ib@demo.passendonderwijs.nl', naam: "Ilse de IB'er" };
const MEDEWERKER = { email: 'medewerker@demo.passendonderwijs.nl', naam: 'Mo Medewerker' };
const WACHTTIJD = 15_000;

let browser;

// A browser of its own per test: each signs in as someone else.
beforeEach(async () => {
  browser = await launchBrowser();
});

afterEach(async () => {
  await browser?.close();
});

/** The line `actie` for `leerling` in the werkvoorraad table of `rol`; returns the link to the pupil's plan. */
async function oppRegel(page, rol, actie, leerling) {
  const werk = page.getByRole('main').getByRole('table', { name: new RegExp(`^Wat op uw actie wacht als ${escape(rol)}`) });
  await werk.waitFor({ timeout: WACHTTIJD });
  const regel = werk.locator('tbody tr').filter({ hasText: actie }).filter({ hasText: leerling });
  await laadTot(page, werk, regel);
  await regel.waitFor({ timeout: WACHTTIJD });
  assert.match(await regel.innerText(), /Ontwikkelingsperspectiefplan/);
  return regel.getByRole('link', { name: leerling, exact: true }).getAttribute('href');
}

/** Opens Sanne's pupil page through the search; returns the section with her plan. */
async function openSanne(page) {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Leerlingen', exact: true }).click();
  await page.waitForURL(`${BASE_URL}/leerlingen`, { timeout: WACHTTIJD });
  const zoeken = page.getByRole('search', { name: 'Leerlingen zoeken' });
  await zoeken.getByLabel('Naam', { exact: true }).fill('Sanne');
  await zoeken.getByRole('button', { name: 'Zoeken', exact: true }).click();
  await page.getByRole('main').getByRole('table', { name: 'Gevonden leerlingen' }).getByRole('link', { name: 'Sanne de Vries', exact: true }).first().click();
  await page.waitForURL(new RegExp(`^${escape(BASE_URL)}/leerlingen/[0-9a-f-]{36}$`), { timeout: WACHTTIJD });
  const sectie = page.getByRole('main').getByRole('region', { name: 'Ontwikkelingsperspectiefplan' });
  const plannen = sectie.getByRole('table', { name: /^Ontwikkelingsperspectiefplannen van Sanne de Vries/ });
  await plannen.waitFor({ timeout: WACHTTIJD });
  assert.match(await plannen.innerText(), /Versie 2/);
  assert.equal(await sectie.getByRole('link', { name: 'OPP starten' }).count(), 0, 'Sanne has an open plan');
  return sectie;
}

describe('ontwikkelingsperspectiefplannen in lists', () => {
  it('shows the school its OPP lines in the werkvoorraad and the plan on the pupil page', async () => {
    const { page, problems } = await recordingPage(browser.context);
    await meldAan(page, IB_ER, '/werkvoorraad');

    assert.match(await oppRegel(page, 'intern begeleider', 'OPP vaststellen', 'Daan Jansen'), /^\/ontwikkelingsperspectiefplannen\/[0-9a-f-]{36}$/);
    assert.match(await oppRegel(page, 'intern begeleider', 'Registreren in ROD', 'Noah Bakker'), /^\/ontwikkelingsperspectiefplannen\/[0-9a-f-]{36}$/);
    await toegankelijkheid(page, '/werkvoorraad with OPP lines');

    await openSanne(page);
    await toegankelijkheid(page, '/leerlingen/{id} with its OPP section');
    geenProblemen(problems);
  });

  it('lets the SWV-medewerker read the plan of a pupil with an arrangement, with nothing to start', async () => {
    const { page, problems } = await recordingPage(browser.context);
    await meldAan(page, MEDEWERKER, '/leerlingen');

    const sectie = await openSanne(page);
    await sectie.getByRole('link', { name: /^OPP gestart op / }).first().waitFor({ timeout: WACHTTIJD });
    geenProblemen(problems);
  });
});
