// End-to-end test of the swv-beheerder's webhook screens: registers a koppeling, opens it and adds a webhook. A host
// that does not resolve (this sandbox has no DNS, and ontvanger.example never resolves) is refused by the API's SSRF
// check, and that refusal shows in the form's error summary; a public IP address (192.0.2.10, the documentation range
// RFC 5737: it needs no DNS and routes nowhere) is accepted, and its whsec_ secret is shown once. Then the webhook is
// paused, its (empty) delivery log opened, and it is ended after a confirmation. axe-core checks every state (none
// allowed). It starts no server: set BASE_URL, e.g. BASE_URL=http://localhost:8089 node --test e2e/webhooks.e2e.mjs
// The demo beheerder must exist (demo mode). The koppeling's name is unique per run (the database persists).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BASE_URL, geenProblemen, launchBrowser, meldAan, recordingPage, toegankelijkheid } from './browser.mjs';

const BEHEERDER = { email: 'beheerder@demo.passendonderwijs.nl', naam: 'Bea Beheer' };
const WACHTTIJD = 15_000;
const KOPPELING = `E2E Webhookkoppeling ${Date.now()}`;
const ONBEKEND = 'https://ontvanger.example/webhook';
const PUBLIEK = 'https://192.0.2.10/webhook';

let browser;

before(async () => {
  browser = await launchBrowser();
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE_URL });
});

after(async () => {
  await browser?.close();
});

describe('the swv-beheerder', () => {
  it('adds a webhook to a koppeling, sees its secret once, pauses and ends it', async () => {
    const { page, problems } = await recordingPage(browser.context);
    await meldAan(page, BEHEERDER, '/koppelingen');

    // A koppeling of its own, that may read arrangementen (so it may receive their events).
    await page.getByRole('table', { name: 'Koppelingen van uw samenwerkingsverband' }).waitFor({ timeout: WACHTTIJD });
    const nieuw = page.getByRole('form', { name: 'Nieuwe koppeling' });
    await nieuw.getByLabel('Naam', { exact: true }).fill(KOPPELING);
    await nieuw.getByRole('checkbox', { name: /Arrangementen lezen/ }).check();
    await nieuw.getByLabel(/Met een geheim/).check();
    await nieuw.getByRole('button', { name: 'Koppeling registreren' }).click();
    await page.getByRole('region', { name: `Geheim van koppeling ${KOPPELING}` }).waitFor({ timeout: WACHTTIJD });
    await page.getByRole('link', { name: `Bekijk koppeling ${KOPPELING}` }).click();
    await page.getByRole('heading', { level: 1, name: `Koppeling ${KOPPELING}` }).waitFor({ timeout: WACHTTIJD });

    const webhooks = page.getByRole('region', { name: 'Webhooks' });
    await webhooks.getByText('Deze koppeling heeft nog geen webhooks.').waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, 'the Webhooks section without abonnementen');

    // The form: a URL and the event types of the catalogue, by their Dutch description.
    await webhooks.getByRole('button', { name: 'Webhook toevoegen' }).click();
    const formulier = webhooks.getByRole('form', { name: 'Webhook toevoegen' });
    const soorten = formulier.getByRole('group', { name: 'Over welke berichten?' });
    await soorten.getByRole('checkbox').first().waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, 'the form to add a webhook');
    await formulier.getByLabel(/^URL/).fill(ONBEKEND);
    await soorten.getByRole('checkbox').first().check();
    await formulier.getByRole('button', { name: 'Webhook toevoegen' }).click();

    // The API resolves the host before it subscribes; a host without an address is refused, shown at the form.
    await formulier.getByText('De webhook is niet toegevoegd.').waitFor({ timeout: WACHTTIJD });
    await formulier.getByText(/De host ontvanger\.example van de url bestaat niet/).first().waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, 'the refused webhook');

    await formulier.getByLabel(/^URL/).fill(PUBLIEK);
    await formulier.getByRole('button', { name: 'Webhook toevoegen' }).click();
    const geheim = page.getByRole('region', { name: `Geheim van de webhook naar ${PUBLIEK}` });
    await geheim.waitFor({ timeout: WACHTTIJD });
    assert.match(await geheim.locator('code.activeringscode').textContent(), /^whsec_\S{20,}$/);
    await toegankelijkheid(page, 'the secret of a new webhook');

    const kaart = webhooks.getByRole('region', { name: `Webhook naar ${PUBLIEK}`, exact: true });
    await kaart.waitFor({ timeout: WACHTTIJD });
    assert.equal(await kaart.getByText('Status').locator('xpath=following-sibling::dd[1]').textContent(), 'Actief');

    // Pause: a PUT with If-Match; the state says so in words.
    await kaart.getByRole('button', { name: 'Pauzeren' }).click();
    await kaart.getByRole('button', { name: 'Hervatten' }).waitFor({ timeout: WACHTTIJD });
    assert.match(await kaart.getByText('Status').locator('xpath=following-sibling::dd[1]').textContent(), /^Gepauzeerd/);
    await page.getByText(`De webhook naar ${PUBLIEK} is gepauzeerd.`, { exact: false }).waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, 'a paused webhook');

    // The secret shown once is gone after a reload: the list never holds it.
    await page.reload();
    await kaart.waitFor({ timeout: WACHTTIJD });
    assert.equal(await page.getByText(/whsec_/).count(), 0);

    await kaart.getByRole('button', { name: 'Afleverlog tonen' }).click();
    await kaart.getByText('Er is nog niets naar deze webhook verstuurd.').waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, 'an empty delivery log');

    // End it after a confirmation, and revoke the koppeling, so the demo keeps no test webhooks.
    await kaart.getByRole('button', { name: 'Webhook beëindigen' }).click();
    await kaart.getByRole('button', { name: 'Ja, beëindigen' }).click();
    await webhooks.getByText('Deze koppeling heeft nog geen webhooks.').waitFor({ timeout: WACHTTIJD });
    await page.getByRole('button', { name: 'Koppeling intrekken' }).click();
    await page.getByRole('button', { name: 'Ja, intrekken' }).click();
    await page.getByText(`Koppeling ${KOPPELING} is ingetrokken.`).waitFor({ timeout: WACHTTIJD });

    geenProblemen(problems, ['Failed to load resource: the server responded with a status of 400 (Bad Request)']);
  });
});
