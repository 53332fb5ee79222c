// End-to-end test of consent per recipient in the parent portal. Karin de Vries (ouder@demo), Sanne's mother, opens
// Sanne's page, reads under "Wie mag meekijken" that nobody outside may look, gives Bas Bakker (the external ambulant
// begeleider the SWV involved) consent after a confirmation, sees him listed with his organisation, purpose and date,
// and withdraws it after a confirmation. In between, Ilse the IB'er sees the consent under "Toestemmingen van ouders"
// on Sanne's pupil page, given by Karin in the portal. Axe passes, also at 320 px without horizontal scrolling. Set BASE_URL (see
// arrangementen.e2e.mjs); the demo data must be there. Re-runnable: a consent left by an earlier run is withdrawn first.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { geenProblemen, launchBrowser, meldAan, recordingPage, toegankelijkheid } from './browser.mjs';

const MOEDER = { email: 'ouder@demo.passendonderwijs.nl', naam: 'Karin de Vries' };
const IB_ER = { email: 'ib@demo.passendonderwijs.nl', naam: "Ilse de IB'er" };
const WACHTTIJD = 15_000;
const SMAL = { width: 320, height: 640 };

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

describe('Wie mag meekijken in the ouderportaal', () => {
  it("lets Sanne's mother give and withdraw consent for the external begeleider", async () => {
    const { page, problems } = await recordingPage(browser.context);
    const inhoud = page.getByRole('main');

    await meldAan(page, MOEDER, '/ouderportaal');
    await inhoud.getByRole('link', { name: 'Sanne de Vries' }).click();
    await page.waitForURL(/\/ouderportaal\/kinderen\//, { timeout: WACHTTIJD });
    const sectie = page.getByRole('region', { name: 'Wie mag meekijken' });
    const formulier = sectie.getByRole('form', { name: 'Toestemming geven' });
    await formulier.waitFor({ timeout: WACHTTIJD });

    const intrekken = sectie.getByRole('button', { name: 'Toestemming intrekken voor Bas Bakker' });
    if (await intrekken.isVisible()) {
      await intrekken.click();
      await sectie.getByRole('button', { name: 'Ja, trek in' }).click();
    }
    await sectie.getByText(/Nu mag niemand van buiten/).waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, 'who may look, nobody yet');

    await formulier.getByRole('radio', { name: /Bas Bakker \(Klankkast Ambulante Dienst\)/ }).check();
    await formulier.getByRole('textbox', { name: 'Waarvoor geeft u toestemming?' }).fill('Begeleiding van Sanne in de klas en overleg met de juf.');
    await formulier.getByRole('button', { name: 'Toestemming geven' }).click();
    await formulier.getByRole('button', { name: 'Ja, geef toestemming' }).click();
    await sectie.getByText('U heeft toestemming gegeven aan Bas Bakker.').waitFor({ timeout: WACHTTIJD });
    await sectie.getByText('Waarvoor: Begeleiding van Sanne in de klas en overleg met de juf.').waitFor({ timeout: WACHTTIJD });
    await sectie.getByText(/Gegeven door Karin de Vries op/).waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, 'who may look, with a consent');

    await page.setViewportSize(SMAL);
    const breedte = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(breedte <= SMAL.width, `the child page is ${breedte} px wide at 320 px`);
    await toegankelijkheid(page, 'who may look at 320 px');
    await page.setViewportSize({ width: 1280, height: 800 });

    await ibErZietToestemming();

    await intrekken.click();
    await sectie.getByRole('button', { name: 'Ja, trek in' }).click();
    await sectie.getByText(/Nu mag niemand van buiten/).waitFor({ timeout: WACHTTIJD });

    geenProblemen(problems);
    await page.close();
  });
});

/** The IB'er of Sanne's school opens her pupil page (own browser: another person) and finds Karin's consent for Bas. */
async function ibErZietToestemming() {
  const ib = await launchBrowser();
  try {
    const { page, problems } = await recordingPage(ib.context);
    await meldAan(page, IB_ER, '/leerlingen');
    const zoeken = page.getByRole('search', { name: 'Leerlingen zoeken' });
    await zoeken.getByLabel('Naam', { exact: true }).fill('Sanne');
    await zoeken.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await page.getByRole('main').getByRole('table', { name: 'Gevonden leerlingen' }).getByRole('link', { name: 'Sanne de Vries', exact: true }).first().click();
    const sectie = page.getByRole('main').getByRole('region', { name: 'Toestemmingen van ouders' });
    const rij = sectie.getByRole('row', { name: /^Bas Bakker \(Klankkast Ambulante Dienst\).*Karin de Vries \(ouder, in het ouderportaal\).*Geldt/ });
    await rij.waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, 'the consents on the staff pupil page');
    geenProblemen(problems);
  } finally {
    await ib.close();
  }
}
