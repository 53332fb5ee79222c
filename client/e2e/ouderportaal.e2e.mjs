// End-to-end test of the parent portal's way in. The IB'er invites a new ouder for a pupil on the pupil page and reads
// the one-time code; the ouder activates the account with it, signs in, sees that one child (and no other), opens it
// and sees who used the child's data, by role and organisation, with their own look as "U zelf". Axe passes on every
// screen, also at 320 px. Then the IB'er ends the link and the child is gone from the portal. Set BASE_URL (see
// arrangementen.e2e.mjs); the demo data must be there.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BASE_URL, geenProblemen, launchBrowser, meldAan, opPad, recordingPage, toegankelijkheid, volgendAccessToken } from './browser.mjs';

const IB_ER = { email: 'ib@demo.passendonderwijs.nl', naam: "Ilse de IB'er" };
const RUN = String(Date.now());
const OUDER = { email: `ouder-${RUN}@voorbeeld.nl`, naam: `Marleen Bakker ${RUN}` };
const WACHTWOORD = 'Ouder-wachtwoord-2026!';
const WACHTTIJD = 15_000;
const SMAL = { width: 320, height: 640 };

async function meldAf(page) {
  const header = page.getByRole('banner');
  await header.getByRole('button', { name: 'Uitloggen', exact: true }).click();
  await page.waitForURL(`${BASE_URL}/`, { timeout: WACHTTIJD });
  await header.getByRole('button', { name: 'Inloggen', exact: true }).waitFor({ timeout: WACHTTIJD });
}

async function pastOpTelefoon(page, waar) {
  await page.setViewportSize(SMAL);
  const breedte = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(breedte <= SMAL.width, `${waar} is ${breedte} px wide at 320 px`);
  await toegankelijkheid(page, `${waar} at 320 px`);
  await page.setViewportSize({ width: 1280, height: 800 });
}

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

describe('ouderportaal', () => {
  it('lets the school invite an ouder, who activates the account and sees their own child and who used its data', async () => {
    const { page, problems } = await recordingPage(browser.context);
    const inhoud = page.getByRole('main');

    // --- The IB'er finds Noah (the demo's pupil without a linked ouder) and invites his mother. ---
    const token = volgendAccessToken(page);
    await meldAan(page, IB_ER, '/leerlingen');
    const ibToken = await token;
    const zoek = await page.request.post(`${BASE_URL}/api/v1/leerlingen/zoekopdrachten`, {
      headers: { Authorization: `Bearer ${ibToken}` },
      data: { naam: 'Noah' },
    });
    const noah = (await zoek.json()).leerlingen.find((l) => l.voornaam === 'Noah' && l.achternaam === 'Bakker');
    assert.ok(noah, 'the demo has Noah Bakker');
    await page.goto(`${BASE_URL}/leerlingen/${noah.id}`);
    const sectie = page.getByRole('region', { name: 'Ouders en verzorgers' });
    await sectie.getByRole('button', { name: 'Ouder uitnodigen' }).click();
    const formulier = sectie.getByRole('form', { name: 'Ouder uitnodigen' });
    await formulier.getByLabel('Naam', { exact: true }).fill(OUDER.naam);
    await formulier.getByLabel('E-mailadres', { exact: true }).fill(OUDER.email);
    await toegankelijkheid(page, 'the invitation form');
    await formulier.getByRole('button', { name: 'Ouder uitnodigen' }).click();
    const codeRegio = page.getByRole('region', { name: `Activeringscode voor ${OUDER.naam}` });
    await codeRegio.waitFor({ timeout: WACHTTIJD });
    const code = await codeRegio.locator('code.activeringscode').textContent();
    assert.match(code, /^\S{20,}$/);
    await sectie.getByRole('row', { name: new RegExp(OUDER.naam) }).getByText('Wacht op activering').waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, 'the pupil page with the code');
    await meldAf(page);

    // --- The ouder activates the account with the code and signs in: the portal is their start. ---
    await page.goto(`${BASE_URL}/activeren`);
    await page.getByLabel('Activeringscode', { exact: true }).fill(code);
    await page.getByLabel(/^Nieuw wachtwoord/).fill(WACHTWOORD);
    await page.getByLabel('Herhaal het wachtwoord', { exact: true }).fill(WACHTWOORD);
    await page.getByRole('button', { name: 'Wachtwoord instellen' }).click();
    await page.getByText(/wachtwoord is ingesteld/i).first().waitFor({ timeout: WACHTTIJD });
    const ouderTokenKomt = volgendAccessToken(page);
    await page.goto(`${BASE_URL}/ouderportaal`);
    await page.waitForURL(opPad('/inloggen'), { timeout: WACHTTIJD });
    await page.getByLabel('E-mailadres', { exact: true }).fill(OUDER.email);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(WACHTWOORD);
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.waitForURL(`${BASE_URL}/ouderportaal`, { timeout: WACHTTIJD });
    const ouderToken = await ouderTokenKomt;
    await inhoud.getByRole('heading', { level: 1, name: 'Mijn kinderen' }).waitFor({ timeout: WACHTTIJD });
    const kinderen = inhoud.getByRole('listitem');
    await kinderen.first().waitFor({ timeout: WACHTTIJD });
    assert.deepEqual(await inhoud.getByRole('heading', { level: 2 }).allTextContents(), ['Noah Bakker']);
    await toegankelijkheid(page, '/ouderportaal');
    await pastOpTelefoon(page, '/ouderportaal');

    // --- Noah's page: who used his data, by role and school; the ouder's own look as "U zelf"; no staff names. ---
    await inhoud.getByRole('link', { name: 'Noah Bakker' }).click();
    await page.waitForURL(`${BASE_URL}/ouderportaal/kinderen/${noah.id}`, { timeout: WACHTTIJD });
    const inzagen = page.getByRole('region', { name: 'Wie heeft de gegevens van Noah bekeken?' });
    await inzagen.getByText(/Intern begeleider of zorgcoördinator van de school, Basisschool De Regenboog/).first().waitFor({ timeout: WACHTTIJD });
    await inzagen.getByText(/U zelf/).first().waitFor({ timeout: WACHTTIJD });
    assert.equal(await inzagen.getByText(IB_ER.naam).count(), 0, 'no employee is named');
    await toegankelijkheid(page, 'the child page');
    await pastOpTelefoon(page, 'the child page');

    // --- Another child does not exist for this ouder, and the staff screens are closed. ---
    const alsOuder = { headers: { Authorization: `Bearer ${ouderToken}` } };
    const anderKind = await page.request.get(`${BASE_URL}/api/v1/ouderportaal/kinderen/00000000-0000-7000-8000-000000000000`, alsOuder);
    assert.equal(anderKind.status(), 404);
    assert.equal((await page.request.get(`${BASE_URL}/api/v1/leerlingen/${noah.id}`, alsOuder)).status(), 403);
    await meldAf(page);

    // --- The IB'er ends the link; the ouder's portal is empty again. ---
    await meldAan(page, IB_ER, `/leerlingen/${noah.id}`);
    await sectie.getByRole('button', { name: `Ontkoppel ${OUDER.naam}` }).click();
    await page.getByRole('group', { name: new RegExp(`${OUDER.naam} ontkoppelen`) }).getByRole('button', { name: 'Ja, ontkoppelen' }).click();
    await sectie.getByText(`${OUDER.naam} ziet Noah Bakker niet meer.`).waitFor({ timeout: WACHTTIJD });
    const daarna = await page.request.get(`${BASE_URL}/api/v1/ouderportaal/kinderen`, alsOuder);
    assert.deepEqual((await daarna.json()).kinderen, []);

    geenProblemen(problems);
    await page.close();
  });
});
