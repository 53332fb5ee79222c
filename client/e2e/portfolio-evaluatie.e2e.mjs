// End-to-end test of the yearly evaluation of a regio's portfolio (issue 20). Mila, the manager ondersteuning
// (manager@demo), opens Jaarevaluatie from the menu for the year of the demo's hours: the hours of its expert inzetten
// show per expertisegebied, with the mark that the regional board's version leaves a cell of fewer than 5 pupils
// out; the board's version shows "verborgen" instead. She downloads the PDF and the CSV, which are the board's
// version. Ilse the IB'er (ib@demo) has no such menu item and gets the explanation on the page. Axe passes on every
// screen. Set BASE_URL (see arrangementen.e2e.mjs); the demo data must be there. Reads only: re-runnable.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { csvRegels, download, geenProblemen, launchBrowser, meldAan, recordingPage, toegankelijkheid } from './browser.mjs';

const MANAGER = { email: 'manager@demo.passendonderwijs.nl', naam: 'Mila Manager' };
const IB_ER = { email: 'ib@demo.passendonderwijs.nl', naam: "Ilse de IB'er" };
const WACHTTIJD = 15_000;

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

describe('portfolio-evaluatie', () => {
  it('the manager reads the year of a regio, sees what the board will not, and downloads the board version', async () => {
    const { page, problems } = await recordingPage(browser.context);
    await meldAan(page, MANAGER, '/portfolio');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Jaarevaluatie' }).click();
    const inhoud = page.getByRole('main');
    await inhoud.getByRole('heading', { name: 'Jaarevaluatie portfolio', level: 1 }).waitFor({ timeout: WACHTTIJD });

    // The demo's running inzet has hours from four to two weeks ago: the year of two weeks ago has some, also in January.
    const jaar = String(new Date(Date.now() - 14 * 24 * 60 * 60 * 1000).getFullYear());
    await inhoud.getByLabel('Kalenderjaar').selectOption(jaar);
    const regio = await inhoud.getByLabel('Regio', { exact: true }).inputValue();
    await inhoud.getByRole('heading', { name: `Regio ${regio}, ${jaar}`, level: 2 }).waitFor({ timeout: WACHTTIJD });
    const perGebied = inhoud.getByRole('table', { name: 'Uren per expertisegebied' });
    await perGebied.waitFor({ timeout: WACHTTIJD });
    // The demo's inzetten are a handful of pupils: every cell is small, so the staff see it marked.
    await perGebied.getByText(/niet in de versie voor het bestuur/).first().waitFor({ timeout: WACHTTIJD });
    await inhoud.getByRole('heading', { name: 'Tevredenheid van de scholen' }).waitFor();
    await toegankelijkheid(page, 'the evaluation for the staff');

    await inhoud.getByLabel('Toon wat het regionaal bestuur ziet').check();
    await inhoud.getByText('U ziet de versie voor het regionaal bestuur', { exact: false }).waitFor({ timeout: WACHTTIJD });
    await perGebied.getByRole('cell', { name: 'verborgen' }).first().waitFor({ timeout: WACHTTIJD });
    assert.equal(await perGebied.getByText(/niet in de versie voor het bestuur/).count(), 0);
    await toegankelijkheid(page, "the regional board's version");

    const pdf = await download(page, 'Downloaden als PDF');
    assert.match(pdf.naam, new RegExp(`^portfolio-evaluatie-${regio}-${jaar}-\\d{4}-\\d{2}-\\d{2}\\.pdf$`));
    assert.equal(pdf.inhoud.subarray(0, 5).toString('latin1'), '%PDF-');
    const csv = csvRegels((await download(page, 'Exporteren als CSV')).inhoud);
    assert.equal(csv[0], 'Onderdeel;Onderwerp;Kengetal;Waarde;Toelichting');
    assert.ok(csv.some((regel) => regel.startsWith('Uren per expertisegebied;') && regel.endsWith(';verborgen: klein aantal leerlingen')), csv.join('\n'));
    geenProblemen(problems);
    await page.close();
  });

  it("the IB'er has no evaluation in the menu and is told who makes it", async () => {
    const eigen = await launchBrowser();
    try {
      const { page, problems } = await recordingPage(eigen.context);
      await meldAan(page, IB_ER, '/portfolio-evaluatie');
      await page.getByRole('alert').getByText(/Alleen de regionaal procesbegeleider/).waitFor({ timeout: WACHTTIJD });
      assert.equal(await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Jaarevaluatie' }).count(), 0);
      await toegankelijkheid(page, "the evaluation page for an IB'er");
      geenProblemen(problems);
    } finally {
      await eigen.close();
    }
  });
});
