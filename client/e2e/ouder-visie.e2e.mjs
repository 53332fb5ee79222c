// End-to-end test of "Hoe denkt u erover?" in the parent portal. Karin de Vries (ouder@demo), Sanne's mother, opens
// Sanne's page and gives her view on what Sanne needs under the plan: first with nothing filled in (the form names the
// problem), then two parts; the page then shows what she sent and where it goes in the plan. Axe passes, also at
// 320 px without horizontal scrolling. The IB'er then sees "Visie van de ouders" on the OPP page.
// Set BASE_URL (see arrangementen.e2e.mjs); the demo data must be there. Re-runnable: an earlier view is replaced.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BASE_URL, geenProblemen, launchBrowser, meldAan, recordingPage, toegankelijkheid, volgendAccessToken } from './browser.mjs';

const MOEDER = { email: 'ouder@demo.passendonderwijs.nl', naam: 'Karin de Vries' };
const IB_ER = { email: 'ib@demo.passendonderwijs.nl', naam: "Ilse de IB'er" };
const WACHTTIJD = 15_000;
const SMAL = { width: 320, height: 640 };
const THUIS = `Sanne leest thuis graag voor aan haar broertje (${new Date().toISOString()}).`;

async function meldAf(page) {
  const header = page.getByRole('banner');
  await header.getByRole('button', { name: 'Uitloggen', exact: true }).click();
  await page.waitForURL(`${BASE_URL}/`, { timeout: WACHTTIJD });
  await header.getByRole('button', { name: 'Inloggen', exact: true }).waitFor({ timeout: WACHTTIJD });
}

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

describe('"Hoe denkt u erover?" in the ouderportaal', () => {
  it("lets Sanne's mother give her view on what Sanne needs, and the school reads it", async () => {
    const { page, problems } = await recordingPage(browser.context);
    const inhoud = page.getByRole('main');

    const tokenKomt = volgendAccessToken(page);
    await meldAan(page, MOEDER, '/ouderportaal');
    const alsMoeder = { headers: { Authorization: `Bearer ${await tokenKomt}` } };
    const sanne = (await (await page.request.get(`${BASE_URL}/api/v1/ouderportaal/kinderen`, alsMoeder)).json()).kinderen[0];
    const oppId = (await (await page.request.get(`${BASE_URL}/api/v1/ouderportaal/kinderen/${sanne.id}/opps`, alsMoeder)).json()).opps[0].id;
    await inhoud.getByRole('link', { name: 'Sanne de Vries' }).click();
    await page.waitForURL(/\/ouderportaal\/kinderen\//, { timeout: WACHTTIJD });
    const sectie = page.getByRole('region', { name: 'Ontwikkelingsperspectiefplan' });

    // A view of an earlier run: send another one.
    const formulier = sectie.getByRole('form', { name: 'Hoe denkt u erover?' });
    const anders = sectie.getByRole('button', { name: 'Iets anders laten weten' });
    await formulier.or(anders).first().waitFor({ timeout: WACHTTIJD });
    if (await anders.isVisible()) await anders.click();
    await formulier.waitFor({ timeout: WACHTTIJD });
    for (const veld of await formulier.getByRole('textbox').all()) await veld.fill('');
    await toegankelijkheid(page, 'the plan with the view form');

    // Nothing filled in: the API names the problem, next to the field.
    await formulier.getByRole('button', { name: 'Versturen naar de school' }).click();
    await formulier.getByText('Schrijf bij ten minste één onderdeel wat u ervan denkt.').first().waitFor({ timeout: WACHTTIJD });

    await formulier.getByRole('textbox', { name: 'De plek in de klas' }).fill('Een rustige plek bij het raam.');
    await formulier.getByRole('textbox', { name: 'Wat vindt u belangrijk? Wat werkt thuis?' }).fill(THUIS);
    await formulier.getByRole('button', { name: 'Versturen naar de school' }).click();
    const verstuurd = sectie.getByRole('region', { name: 'Wat u de school liet weten' });
    await verstuurd.getByText(THUIS).waitFor({ timeout: WACHTTIJD });
    await verstuurd.getByText(/U stuurde dit op/).waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, 'the plan after the view');

    await page.setViewportSize(SMAL);
    const breedte = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(breedte <= SMAL.width, `the child page is ${breedte} px wide at 320 px`);
    await toegankelijkheid(page, 'the plan at 320 px');
    await page.setViewportSize({ width: 1280, height: 800 });
    await meldAf(page);

    // --- The school reads the ouders' words, who gave them and at what level. ---
    await meldAan(page, IB_ER, `/ontwikkelingsperspectiefplannen/${oppId}`);
    const visie = page.getByRole('region', { name: 'Visie van de ouders' });
    await visie.getByText(THUIS).waitFor({ timeout: WACHTTIJD });
    await visie.getByText(/Gegeven door Karin de Vries in het ouderportaal/).waitFor({ timeout: WACHTTIJD });

    // The one 400 is the empty view, on purpose.
    geenProblemen(problems, ['Failed to load resource: the server responded with a status of 400 (Bad Request)']);
    await page.close();
  });
});
