// End-to-end test of the OPP in the parent portal. Peter Jansen (ouder2@demo), Daan's father, opens Daan's page, reads
// the plan the school shared for the overleg in plain words and answers: first without a reason for "Nee" (the form
// names the problem), then "Ja, ik stem in" after a confirmation; the page then says what he answered. Axe passes,
// also at 320 px without horizontal scrolling. The IB'er then sees on the OPP page how and at what level he answered.
// Set BASE_URL (see arrangementen.e2e.mjs); the demo data must be there. Re-runnable: an earlier answer is changed.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BASE_URL, geenProblemen, launchBrowser, meldAan, recordingPage, toegankelijkheid, volgendAccessToken } from './browser.mjs';

const VADER = { email: 'ouder2@demo.passendonderwijs.nl', naam: 'Peter Jansen' };
const IB_ER = { email: 'ib@demo.passendonderwijs.nl', naam: "Ilse de IB'er" };
const WACHTTIJD = 15_000;
const SMAL = { width: 320, height: 640 };

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

describe('OPP in the ouderportaal', () => {
  it("lets Daan's father read the shared plan and give his instemming online", async () => {
    const { page, problems } = await recordingPage(browser.context);
    const inhoud = page.getByRole('main');

    const tokenKomt = volgendAccessToken(page);
    await meldAan(page, VADER, '/ouderportaal');
    const alsVader = { headers: { Authorization: `Bearer ${await tokenKomt}` } };
    const daan = (await (await page.request.get(`${BASE_URL}/api/v1/ouderportaal/kinderen`, alsVader)).json()).kinderen[0];
    const oppId = (await (await page.request.get(`${BASE_URL}/api/v1/ouderportaal/kinderen/${daan.id}/opps`, alsVader)).json()).opps[0].id;
    await inhoud.getByRole('link', { name: 'Daan Jansen' }).click();
    await page.waitForURL(/\/ouderportaal\/kinderen\//, { timeout: WACHTTIJD });
    const sectie = page.getByRole('region', { name: 'Ontwikkelingsperspectiefplan' });
    await sectie.getByRole('heading', { name: /Het nieuwe plan om te bespreken/ }).waitFor({ timeout: WACHTTIJD });
    await sectie.getByText(/zelfstandig aan een taak van een half uur/).waitFor({ timeout: WACHTTIJD });

    // An answer of an earlier run: give another one.
    const ander = sectie.getByRole('button', { name: 'Ander antwoord geven' });
    if (await ander.isVisible()) await ander.click();
    const formulier = sectie.getByRole('form', { name: 'Stemt u in met de afspraken over de hulp?' });
    await formulier.waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, 'the plan with the answer form');

    // "Nee" without a reason: the API names the problem, next to the field.
    await formulier.getByRole('radio', { name: 'Nee, ik stem niet in' }).check();
    await formulier.getByRole('button', { name: 'Antwoord versturen' }).click();
    await formulier.getByText('Schrijf op waarom u niet instemt met het plan.').first().waitFor({ timeout: WACHTTIJD });

    await formulier.getByRole('radio', { name: 'Ja, ik stem in' }).check();
    await formulier.getByRole('button', { name: 'Antwoord versturen' }).click();
    await formulier.getByRole('group', { name: /Weet u het zeker\? U stemt in/ }).getByRole('button', { name: 'Ja, verstuur mijn antwoord' }).click();
    await sectie.getByText('U heeft ingestemd met de afspraken over de hulp. De school weet het.').waitFor({ timeout: WACHTTIJD });
    await sectie.getByText(/Ingestemd door Peter Jansen op/).waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, 'the plan after the answer');

    await page.setViewportSize(SMAL);
    const breedte = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(breedte <= SMAL.width, `the child page is ${breedte} px wide at 320 px`);
    await toegankelijkheid(page, 'the plan at 320 px');
    await page.setViewportSize({ width: 1280, height: 800 });
    await meldAf(page);

    // --- The school sees at once how and at what level the answer was given. ---
    await meldAan(page, IB_ER, `/ontwikkelingsperspectiefplannen/${oppId}`);
    const procedure = page.getByRole('region', { name: /Procedure van versie/ });
    await procedure.getByText('Door de ouder zelf in het ouderportaal').waitFor({ timeout: WACHTTIJD });
    await procedure.getByText('Laag (wachtwoord, DigiD Basis of Midden)').waitFor({ timeout: WACHTTIJD });

    // The one 400 is the answer "Nee" without a reason, on purpose.
    geenProblemen(problems, ['Failed to load resource: the server responded with a status of 400 (Bad Request)']);
    await page.close();
  });
});
