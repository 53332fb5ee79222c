// End-to-end test of the notification centre. The IB'er requests an arrangement, the SWV medewerker grants it (both
// through the API, with the tokens the SPA got at sign-in); once the outbox delivered the event, the IB'er sees the
// bell's count, opens the list, follows the link to the arrangement and marks the notification as read; the list and
// the preferences page pass axe, also at 320 px wide. It starts no server: set BASE_URL (see arrangementen.e2e.mjs).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { api, BASE_URL, geenProblemen, isoDag, launchBrowser, meldAan, opPad, recordingPage, toegankelijkheid, volgendAccessToken } from './browser.mjs';

const IB_ER = { email: 'ib@demo.passendonderwijs.nl', naam: "Ilse de IB'er" };
const MEDEWERKER = { email: 'medewerker@demo.passendonderwijs.nl', naam: 'Mo Medewerker' };
const WACHTTIJD = 15_000;
/** The outbox delivers within its poll interval (2 s); a busy machine gets far more. */
const BEZORGTIJD = 60_000;
const RUN = String(Date.now());
const TEKST = 'Uw aanvraag voor een arrangement is toegekend.';

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

describe('meldingen', () => {
  it('tells the IB’er that the request was granted: bell, list, link to the case, marked as read', async () => {
    const { page, problems } = await recordingPage(browser.context);
    const inhoud = page.getByRole('main');
    const header = page.getByRole('banner');

    // --- The IB'er registers a pupil and requests an arrangement, through the API. ---
    let token = volgendAccessToken(page);
    await meldAan(page, IB_ER, '/meldingen');
    const ibToken = await token;
    const leerling = await api(page, ibToken, 'POST', '/leerlingen', {
      data: { voornaam: 'Noor', achternaam: `Melding ${RUN}`, geboortedatum: '2017-03-14', vestiging: '12AB00', groep: '5' },
      status: 201,
    });
    const aanvraag = await api(page, ibToken, 'POST', '/arrangementen', {
      data: {
        leerlingId: leerling.body.id,
        soort: 'onderwijsarrangement',
        inhoud: { aandachtEnTijd: 'Twee keer per week een half uur extra instructie.', expertise: 'Leesspecialist.' },
        doelen: ['Leest op AVI E5.'],
        ingangsdatum: isoDag(0),
        einddatum: isoDag(200),
        uren: 40,
        uitvoerder: { soort: 'school', naam: 'Basisschool De Regenboog' },
        bekostiger: 'swv',
        toelichting: 'De basisondersteuning is niet genoeg gebleken.',
      },
      status: 201,
    });
    const arrangementId = aanvraag.body.id;
    await meldAf(page);

    // --- The SWV medewerker takes it in behandeling and grants it; they hear nothing of their own step. ---
    token = volgendAccessToken(page);
    await meldAan(page, MEDEWERKER, '/meldingen');
    const mwToken = await token;
    const behandeling = await api(page, mwToken, 'POST', `/arrangementen/${arrangementId}/behandeling`, { data: {}, ifMatch: aanvraag.body.versie });
    await api(page, mwToken, 'POST', `/arrangementen/${arrangementId}/toekenning`, {
      data: { beschikkingsnummer: `E2E-M-${RUN}`, besluitdatum: isoDag(0), motivering: 'Past bij de onderwijsbehoeften.' },
      ifMatch: behandeling.body.versie,
    });
    await meldAf(page);

    // --- The IB'er: once the outbox delivered, the notification is there (the API is asked, not a fixed wait). ---
    await meldAan(page, IB_ER, '/meldingen');
    const regel = inhoud.getByRole('listitem').filter({ has: page.locator(`a[href="/arrangementen/${arrangementId}"]`) });
    const grens = Date.now() + BEZORGTIJD;
    while ((await regel.count()) === 0) {
      assert.ok(Date.now() < grens, 'the notification arrived within the delivery time');
      await page.reload();
      await inhoud.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor({ timeout: WACHTTIJD });
      await inhoud.getByRole('status').first().waitFor({ timeout: WACHTTIJD });
    }

    const bel = header.getByRole('link', { name: /^Meldingen, \d+ ongelezen$/ });
    await bel.waitFor({ timeout: WACHTTIJD });
    const aantal = Number(/(\d+) ongelezen/.exec(await bel.textContent())[1]);
    assert.ok(aantal >= 1, 'the bell counts the new notification');
    await regel.getByText(TEKST, { exact: true }).waitFor();
    await regel.getByText('Ongelezen', { exact: true }).waitFor();
    assert.equal(await regel.getByText('Noor', { exact: false }).count(), 0, 'a notification names no pupil');
    await toegankelijkheid(page, '/meldingen');

    // --- The link leads to the arrangement. ---
    await regel.getByRole('link', { name: 'Naar het arrangement', exact: true }).click();
    await page.waitForURL(`${BASE_URL}/arrangementen/${arrangementId}`, { timeout: WACHTTIJD });
    await page.getByRole('heading', { level: 1 }).waitFor({ timeout: WACHTTIJD });

    // --- Back in the list, the IB'er marks it as read: the words change and the bell counts one less. ---
    await bel.click();
    await page.waitForURL(opPad('/meldingen'), { timeout: WACHTTIJD });
    await regel.getByRole('button', { name: 'Markeer als gelezen', exact: true }).click();
    await regel.getByText('Gelezen', { exact: true }).waitFor({ timeout: WACHTTIJD });
    assert.equal(await regel.getByRole('button', { name: 'Markeer als gelezen' }).count(), 0);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn gegevens', exact: true }).click();
    await header.getByRole('link', { name: aantal - 1 === 0 ? 'Meldingen' : `Meldingen, ${aantal - 1} ongelezen`, exact: true })
      .waitFor({ timeout: WACHTTIJD });

    // --- The preferences page, and both pages at 320 px. ---
    await page.goto(`${BASE_URL}/meldingen/voorkeuren`);
    await inhoud.getByRole('group', { name: 'Besluit op uw aanvraag' }).waitFor({ timeout: WACHTTIJD });
    assert.equal(await inhoud.getByRole('group', { name: 'Besluit op uw aanvraag' }).getByLabel('In de app').isChecked(), true);
    await toegankelijkheid(page, '/meldingen/voorkeuren');
    await page.setViewportSize({ width: 320, height: 800 });
    await toegankelijkheid(page, '/meldingen/voorkeuren at 320 px');
    await page.goto(`${BASE_URL}/meldingen`);
    await regel.waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, '/meldingen at 320 px');
    const breedte = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(breedte <= 320, `no horizontal scrolling at 320 px (content is ${breedte} px wide)`);

    geenProblemen(problems);
  });
});
