// End-to-end test of the parent portal's TLV part. Karin de Vries (the demo's ouder@demo) opens Sanne's page: the
// refused TLV decision in plain words, with its beschikking as PDF and the running bezwaar term; she writes a bezwaar,
// confirms it and reads its date of receipt. The arrangementen and terms sections are there. Axe passes, also at 320 px,
// without horizontal scrolling. Set BASE_URL (see arrangementen.e2e.mjs); the demo data must be there. The demo keeps
// the bezwaar: on a second run against the same database the test finds it filed and checks that instead.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BASE_URL, geenProblemen, launchBrowser, meldAan, recordingPage, toegankelijkheid } from './browser.mjs';

const KARIN = { email: 'ouder@demo.passendonderwijs.nl', naam: 'Karin de Vries' };
const UITLEG = 'Sanne heeft op haar eigen school met extra hulp al veel geleerd. Wij willen dat zij daar blijft.';
const WACHTTIJD = 15_000;
const SMAL = { width: 320, height: 640 };

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

describe('ouderportaal: toelaatbaarheidsverklaring', () => {
  it('shows an ouder the decision with its PDF, and takes a bezwaar with its date of receipt', async () => {
    const { page, problems } = await recordingPage(browser.context);
    const inhoud = page.getByRole('main');
    await meldAan(page, KARIN, '/ouderportaal');
    await inhoud.getByRole('link', { name: 'Sanne de Vries' }).click();
    await inhoud.getByRole('heading', { level: 1, name: 'Sanne de Vries' }).waitFor({ timeout: WACHTTIJD });

    const tlv = page.getByRole('region', { name: 'Toelaatbaarheidsverklaring' });
    // The decision's card is the one with the PDF (its first sentence changes once there is a bezwaar).
    const besluit = tlv.getByRole('article').filter({ has: page.getByRole('button', { name: 'Besluit downloaden' }) });
    await besluit.waitFor({ timeout: WACHTTIJD });
    await besluit.getByRole('button', { name: 'Besluit downloaden' }).waitFor({ timeout: WACHTTIJD });
    await tlv.getByText(/Het samenwerkingsverband beslist nog/).waitFor({ timeout: WACHTTIJD });
    await page.getByRole('region', { name: 'Arrangementen' }).waitFor({ timeout: WACHTTIJD });
    await page.getByRole('region', { name: 'Termijnen' }).waitFor({ timeout: WACHTTIJD });

    const download = page.waitForEvent('download', { timeout: WACHTTIJD });
    await besluit.getByRole('button', { name: 'Besluit downloaden' }).click();
    assert.match((await download).suggestedFilename(), /^beschikking-TLV-2026-0110\.pdf$/);
    await toegankelijkheid(page, 'the child page with the decision');
    await pastOpTelefoon(page, 'the child page with the decision');

    if (await besluit.getByRole('button', { name: 'Bezwaar maken' }).count()) {
      await page.getByRole('region', { name: 'Termijnen' }).getByText(/bezwaar maken tegen het besluit/).waitFor({ timeout: WACHTTIJD });
      await besluit.getByRole('button', { name: 'Bezwaar maken' }).click();
      const formulier = besluit.getByRole('form', { name: 'Bezwaar maken' });
      await formulier.getByLabel('Waarom bent u het niet eens met het besluit?').fill(UITLEG);
      await formulier.getByRole('button', { name: 'Bezwaar versturen' }).click();
      await toegankelijkheid(page, 'the bezwaar form with its confirmation');
      await pastOpTelefoon(page, 'the bezwaar form');
      await formulier.getByRole('button', { name: 'Ja, bezwaar versturen' }).click();
      await besluit.getByText(/^Uw bezwaar is ontvangen op \d{1,2} \S+ \d{4}\./).waitFor({ timeout: WACHTTIJD });
    }

    await besluit.getByRole('heading', { name: /^Uw bezwaar van / }).waitFor({ timeout: WACHTTIJD });
    await besluit.getByText(`Wat u schreef: ${UITLEG}`).waitFor({ timeout: WACHTTIJD });
    assert.equal(await besluit.getByRole('button', { name: 'Bezwaar maken' }).count(), 0, 'one bezwaar at a time');
    await toegankelijkheid(page, 'the child page after the bezwaar');
    await pastOpTelefoon(page, 'the child page after the bezwaar');
    geenProblemen(problems);
  });
});
