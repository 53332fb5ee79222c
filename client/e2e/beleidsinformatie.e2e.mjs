// End-to-end test of the beleidsinformatie dashboard (issue 21). Mila, the manager ondersteuning (manager@demo), opens
// Beleidsinformatie from the menu: the current schooljaar's tables stand beside their charts (which screen readers
// skip), the aanmeldingen, thuiszitters and deelname sections included; the demo's few cases are small so the staff see them marked. She changes the schooljaar and the regio, then
// looks at the version for outsiders and downloads the CSV, which always has the small figures hidden. Ilse the IB'er
// (ib@demo) has no such menu item and gets the explanation. Axe passes on every screen, charts and tables included.
// Set BASE_URL (see arrangementen.e2e.mjs); the demo data must be there. Reads only: re-runnable.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { csvRegels, download, geenProblemen, launchBrowser, meldAan, recordingPage, toegankelijkheid } from './browser.mjs';

const MANAGER = { email: 'manager@demo.passendonderwijs.nl', naam: 'Mila Manager' };
const IB_ER = { email: 'ib@demo.passendonderwijs.nl', naam: "Ilse de IB'er" };
const WACHTTIJD = 15_000;

/** The schooljaar (1 August to 31 July) of today, written 2026-2027. */
function schooljaar(terug = 0) {
  const nu = new Date();
  const begin = (nu.getMonth() >= 7 ? nu.getFullYear() : nu.getFullYear() - 1) - terug;
  return `${begin}-${begin + 1}`;
}

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

describe('beleidsinformatie', () => {
  it('the manager reads the schooljaar, filters it, sees the version for outsiders and downloads the CSV', async () => {
    const { page, problems } = await recordingPage(browser.context);
    await meldAan(page, MANAGER, '/portfolio');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beleidsinformatie' }).click();
    const inhoud = page.getByRole('main');
    await inhoud.getByRole('heading', { name: 'Beleidsinformatie', level: 1 }).waitFor({ timeout: WACHTTIJD });
    await inhoud.getByRole('heading', { name: `Schooljaar ${schooljaar()}`, level: 2 }).waitFor({ timeout: WACHTTIJD });

    const arrangementen = inhoud.getByRole('table', { name: 'Arrangementen per soort en status' });
    await arrangementen.waitFor({ timeout: WACHTTIJD });
    await inhoud.getByText("De cijfers van deze grafiek staan in de tabel 'Arrangementen per soort en status'.").waitFor();
    // The chart is drawn (an SVG) but hidden from screen readers; its table carries the figures.
    assert.ok((await inhoud.locator('figure.grafiek [aria-hidden="true"] svg').count()) > 0);
    await inhoud.getByRole('table', { name: 'Verloop per schooljaar' }).getByRole('row', { name: new RegExp(schooljaar()) }).waitFor();
    // The zorgplicht and thuiszitters sections, each with its table behind the chart.
    await inhoud.getByRole('heading', { name: 'Aanmeldingen en zorgplicht', level: 3 }).waitFor();
    await inhoud.getByRole('table', { name: 'Termijnen van aanmeldingen' }).waitFor();
    await inhoud.getByRole('heading', { name: 'Thuiszitters', level: 3 }).waitFor();
    await inhoud.getByRole('table', { name: 'Thuiszitters naar duur van het verzuim' }).waitFor();
    // The deelnamepercentage on 1 October, and the trend following aanmeldingen, thuiszitters and the deelname.
    await inhoud.getByRole('heading', { name: 'Deelname regulier onderwijs', level: 3 }).waitFor();
    await inhoud.getByRole('table', { name: 'Deelname regulier onderwijs per teldatum' }).waitFor();
    await inhoud.getByRole('table', { name: 'Verloop per schooljaar' }).getByRole('columnheader', { name: 'Thuiszitters op de laatste dag' }).waitFor();
    await toegankelijkheid(page, 'the dashboard for the staff');

    await inhoud.getByLabel('Schooljaar', { exact: true }).selectOption(schooljaar(1));
    await inhoud.getByRole('heading', { name: `Schooljaar ${schooljaar(1)}`, level: 2 }).waitFor({ timeout: WACHTTIJD });
    const regio = (await inhoud.getByLabel('Regio', { exact: true }).locator('option').allTextContents())[1];
    await inhoud.getByLabel('Regio', { exact: true }).selectOption(regio);
    await arrangementen.waitFor({ timeout: WACHTTIJD });

    await inhoud.getByLabel('Toon wat lezers buiten het bureau zien').check();
    await inhoud.getByText('U ziet de versie voor buiten het bureau', { exact: false }).waitFor({ timeout: WACHTTIJD });
    assert.equal(await inhoud.getByText(/niet zichtbaar buiten het bureau/).count(), 0);
    await toegankelijkheid(page, 'the version for outsiders');

    const csv = csvRegels((await download(page, 'Exporteren als CSV')).inhoud);
    assert.equal(csv[0], 'Onderdeel;Onderwerp;Kengetal;Waarde;Toelichting');
    assert.ok(csv.some((regel) => regel.startsWith(`Verloop;Schooljaar ${schooljaar(1)};`)), csv.join('\n'));
    assert.ok(csv.some((regel) => regel.startsWith('Thuiszitters naar duur;')), csv.join('\n'));
    // A regio is chosen: the deelnamepercentage says it is the samenwerkingsverband's.
    await inhoud.getByText('Dit cijfer geldt voor het hele samenwerkingsverband', { exact: false }).waitFor();
    assert.ok(csv.some((regel) => regel.startsWith('Deelname regulier onderwijs;')), csv.join('\n'));
    geenProblemen(problems);
    await page.close();
  });

  it("the IB'er has no beleidsinformatie in the menu and is told who sees it", async () => {
    const eigen = await launchBrowser();
    try {
      const { page, problems } = await recordingPage(eigen.context);
      await meldAan(page, IB_ER, '/beleidsinformatie');
      await page.getByRole('alert').getByText(/Alleen de regionaal procesbegeleider/).waitFor({ timeout: WACHTTIJD });
      assert.equal(await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beleidsinformatie' }).count(), 0);
      await toegankelijkheid(page, "the dashboard page for an IB'er");
      geenProblemen(problems);
    } finally {
      await eigen.close();
    }
  });
});
