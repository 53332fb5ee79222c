// End-to-end test of the figures' policy and the deelnamepercentage (issue 21). Bea, the beheerder of the demo
// samenwerkingsverband (beheerder@demo), sets the drempel for small counts and the ondersteuningsplan's target on
// Beleidsinstellingen. Bella, the beleidsmedewerker (beleid@demo), reads the deelnamepercentage per teldatum against
// that target (a chart with the table behind it), corrects one school's count for the last teldatum and downloads the
// CSV meant for outside the bureau. Ilse the IB'er (ib@demo) has neither page in her menu. Axe passes on every screen,
// the chart included. The beheerder also states what a soort arrangement brings; Ilse sets a level on Sanne's
// onderwijsbehoeften and sees it, and Sanne's postcode area, on her page, asks what fits her and opens an arrangement
// request filled in from the lightest setting (not sent: the arrangementen journey sends one). Set BASE_URL (see arrangementen.e2e.mjs); the demo data must be there. Re-runnable: it writes the
// values the demo already has, or the same ones again.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { csvRegels, download, geenProblemen, launchBrowser, meldAan, recordingPage, toegankelijkheid } from './browser.mjs';

const BEHEERDER = { email: 'beheerder@demo.passendonderwijs.nl', naam: 'Bea Beheer' };
const BELEID = { email: 'beleid@demo.passendonderwijs.nl', naam: 'Bella Beleid' };
const IB_ER = { email: 'ib@demo.passendonderwijs.nl', naam: "Ilse de IB'er" };
const WACHTTIJD = 15_000;

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

describe('leerlingaantallen', () => {
  it('the beheerder sets the drempel and the target, and a wrong drempel is explained at its field', async () => {
    const eigen = await launchBrowser();
    try {
      const { page, problems } = await recordingPage(eigen.context);
      await meldAan(page, BEHEERDER, '/beleidsinstellingen');
      const formulier = page.getByRole('form', { name: 'Beleidsinstellingen' });
      await formulier.waitFor({ timeout: WACHTTIJD });
      await toegankelijkheid(page, 'the beleidsinstellingen');

      // The demo's policy carries the name the SWV is registered with; a database without it gets that name, so documents stay as they were.
      const naam = formulier.getByLabel('Naam van het samenwerkingsverband');
      if ((await naam.inputValue()) === '') await naam.fill('Samenwerkingsverband Passend Onderwijs Demoregio');
      await formulier.getByLabel('Drempel voor kleine aantallen').fill('1');
      await formulier.getByRole('button', { name: 'Vastleggen' }).click();
      await page.getByText('De beleidsinstellingen zijn niet vastgelegd.').waitFor({ timeout: WACHTTIJD });
      await formulier.getByText('Geef een geheel getal van 2 tot en met 20.').first().waitFor({ timeout: WACHTTIJD });
      await toegankelijkheid(page, 'the beleidsinstellingen with a problem');

      await formulier.getByLabel('Drempel voor kleine aantallen').fill('5');
      await formulier.getByLabel('Streefpercentage deelname regulier onderwijs').fill('96,5');
      await formulier.getByRole('button', { name: 'Vastleggen' }).click();
      await page.getByRole('status').getByText('De beleidsinstellingen zijn vastgelegd.').waitFor({ timeout: WACHTTIJD });
      assert.equal(await formulier.getByLabel('Streefpercentage deelname regulier onderwijs').inputValue(), '96,5');

      // What the soorten arrangement bring (issue 22): a level per soort and field, still there after a reload.
      const inhoud = page.getByRole('table', { name: 'Niveau per soort arrangement' });
      await inhoud.getByRole('rowheader', { name: 'Middelen' }).waitFor({ timeout: WACHTTIJD });
      await inhoud.getByLabel('Middelen: Ruimtelijke omgeving').selectOption({ label: '3 – zeer intensief' });
      await formulier.getByRole('button', { name: 'Vastleggen' }).click();
      await page.getByRole('status').getByText('De beleidsinstellingen zijn vastgelegd.').waitFor({ timeout: WACHTTIJD });
      await page.reload();
      const naReload = page.getByRole('table', { name: 'Niveau per soort arrangement' }).getByLabel('Middelen: Ruimtelijke omgeving');
      await naReload.waitFor({ timeout: WACHTTIJD });
      assert.equal(await naReload.inputValue(), '3');
      assert.equal(await page.getByRole('table', { name: 'Niveau per soort arrangement' }).getByLabel('Inzet van een expert: Expertise').inputValue(), '3');
      await toegankelijkheid(page, 'the beleidsinstellingen with the soorten arrangement');
      geenProblemen(problems, ['Failed to load resource: the server responded with a status of 400 (Bad Request)']);
    } finally {
      await eigen.close();
    }
  });

  it("the IB'er sets a level on Sanne's onderwijsbehoeften and sees it, with her postcode area, on her page", async () => {
    const eigen = await launchBrowser();
    try {
      const { page, problems } = await recordingPage(eigen.context);
      await meldAan(page, IB_ER, '/leerlingen');
      const zoeken = page.getByRole('search', { name: 'Leerlingen zoeken' });
      await zoeken.getByLabel('Naam', { exact: true }).fill('Sanne');
      await zoeken.getByRole('button', { name: 'Zoeken', exact: true }).click();
      await page.getByRole('main').getByRole('table', { name: 'Gevonden leerlingen' }).getByRole('link', { name: 'Sanne de Vries', exact: true }).first().click();
      await page.waitForURL(/\/leerlingen\/[0-9a-f-]{36}$/, { timeout: WACHTTIJD });
      const gegevens = page.getByRole('main').getByRole('region', { name: 'Gegevens' });
      await gegevens.getByText('3811', { exact: true }).waitFor({ timeout: WACHTTIJD });

      const behoeften = page.getByRole('main').getByRole('region', { name: 'Ondersteuningsbehoeften' });
      await behoeften.getByRole('button', { name: 'Ondersteuningsbehoeften wijzigen' }).click();
      const formulier = page.getByRole('form', { name: 'Ondersteuningsbehoeften wijzigen' });
      // Her school offers light cooperation with other services, so "0 – geen" adds no gap for "Wat past?".
      await formulier.getByRole('combobox', { name: 'Niveau samenwerking met andere instanties' }).selectOption({ label: '0 – geen' });
      await toegankelijkheid(page, "Sanne's onderwijsbehoeften with their levels");
      await formulier.getByRole('button', { name: 'Ondersteuningsbehoeften opslaan' }).click();
      await page.getByText('De ondersteuningsbehoeften zijn opgeslagen.').waitFor({ timeout: WACHTTIJD });
      const samenwerking = behoeften.getByText('Samenwerking met andere instanties', { exact: true });
      assert.equal(await samenwerking.locator('xpath=following-sibling::dd[2]').textContent(), 'Niveau: 0 – geen');
      await toegankelijkheid(page, "Sanne's page with the levels");

      // Wat past?: asked on request; her school falls short on attention and time, so the lightest setting that
      // covers is her own school with an arrangement of the SWV, explained per field.
      const watPast = page.getByRole('main').getByRole('region', { name: 'Wat past?' });
      await watPast.getByRole('button', { name: 'Bekijk wat past' }).click();
      await watPast.getByText('Dit is een advies om mee te denken, geen besluit.', { exact: false }).waitFor({ timeout: WACHTTIJD });
      const eerste = watPast.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) }).first();
      assert.match(await eerste.getByRole('heading', { level: 3 }).textContent(), /^Eigen school met extra ondersteuning: /);
      await eerste.getByText('Uitleg per veld').click();
      await eerste.getByText(/^Aandacht en tijd: vraagt /).waitFor({ timeout: WACHTTIJD });
      await toegankelijkheid(page, 'Wat past? for Sanne');

      // A request starts from the chosen setting: the form opens for Sanne with the setting's kind of arrangement.
      const aanvraagLink = eerste.getByRole('link', { name: /^Arrangement aanvragen: / }).first();
      const soort = (await aanvraagLink.textContent()).replace('Arrangement aanvragen: ', '');
      await aanvraagLink.click();
      await page.waitForURL(/\/arrangementen\/nieuw\?/, { timeout: WACHTTIJD });
      await page.getByText('Deze aanvraag is ingevuld vanuit Wat past?', { exact: false }).waitFor({ timeout: WACHTTIJD });
      const aanvraag = page.getByRole('form', { name: 'Arrangement aanvragen' });
      const leerlingKeuze = aanvraag.getByRole('combobox', { name: 'Leerling' });
      await page.waitForFunction((veld) => veld.value === 'Sanne de Vries', await leerlingKeuze.elementHandle(), { timeout: WACHTTIJD });
      const gekozenSoort = () => aanvraag.getByLabel('Soort arrangement', { exact: true }).evaluate((veld) => veld.selectedOptions[0]?.textContent);
      assert.equal(await gekozenSoort(), soort);

      // The form has its own panel: asked again there, a setting's choice fills in the same fields.
      await aanvraag.getByLabel('Soort arrangement', { exact: true }).selectOption('');
      const inFormulier = aanvraag.getByRole('region', { name: 'Wat past?' });
      // By keyboard: the button goes once pressed, and focus moves to the answer, not to the top of the page.
      await inFormulier.getByRole('button', { name: 'Bekijk wat past' }).press('Enter');
      await inFormulier.getByText(/ gevonden/).waitFor({ timeout: WACHTTIJD });
      assert.equal(await page.evaluate(() => document.activeElement?.closest('section')?.getAttribute('aria-labelledby')), 'wat-past');
      await inFormulier.getByRole('button', { name: `Neem over in de aanvraag: ${soort}` }).click();
      await aanvraag.getByText(`Overgenomen in de aanvraag: ${soort}. Vul de rest hieronder aan.`).waitFor({ timeout: WACHTTIJD });
      assert.equal(await gekozenSoort(), soort);
      await toegankelijkheid(page, 'the request form with Wat past?');
      geenProblemen(problems);
    } finally {
      await eigen.close();
    }
  });

  it('the beleidsmedewerker reads the percentage against the target, corrects a count and downloads the file', async () => {
    const { page, problems } = await recordingPage(browser.context);
    await meldAan(page, BELEID, '/leerlingaantallen');
    const inhoud = page.getByRole('main');
    await inhoud.getByRole('heading', { name: 'Leerlingaantallen', level: 1 }).waitFor({ timeout: WACHTTIJD });
    await inhoud.getByText('Het streefpercentage uit het ondersteuningsplan is 96,5', { exact: false }).waitFor({ timeout: WACHTTIJD });
    const tabel = inhoud.getByRole('table', { name: 'Deelnamepercentage per teldatum' });
    await tabel.waitFor({ timeout: WACHTTIJD });
    // The demo has four teldata; the chart is a picture of this table and hidden from screen readers.
    assert.ok((await tabel.getByRole('row').count()) >= 5, 'a header and the four teldata of the demo');
    assert.equal(await inhoud.locator('figure.grafiek[aria-hidden="true"] svg').count(), 1, 'the chart is drawn, hidden from screen readers');
    await toegankelijkheid(page, 'the deelnamepercentage with its chart');

    const formulier = inhoud.getByRole('form', { name: /^Leerlingaantallen op / });
    await formulier.waitFor({ timeout: WACHTTIJD });
    const eerste = formulier.getByRole('textbox').first();
    const was = await eerste.inputValue();
    await eerste.fill('abc');
    await formulier.getByRole('button', { name: 'Aantallen opslaan' }).click();
    await formulier.getByText('Vul een heel getal in, 0 of meer.').waitFor({ timeout: WACHTTIJD });
    await eerste.fill(was === '' ? '200' : was);
    await formulier.getByRole('button', { name: 'Aantallen opslaan' }).click();
    await formulier.getByRole('status').waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, 'the count form after saving');

    const csv = csvRegels((await download(page, 'Exporteren als CSV')).inhoud);
    assert.ok(csv.length >= 5, csv.join('\n'));
    geenProblemen(problems);
    await page.close();
  });

  it("the IB'er has neither page in her menu and is told who works with them", async () => {
    const eigen = await launchBrowser();
    try {
      const { page, problems } = await recordingPage(eigen.context);
      await meldAan(page, IB_ER, '/leerlingaantallen');
      await page.getByRole('alert').getByText(/Alleen de beleidsmedewerker en de manager ondersteuning/).waitFor({ timeout: WACHTTIJD });
      const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
      assert.equal(await menu.getByRole('link', { name: 'Leerlingaantallen' }).count(), 0);
      assert.equal(await menu.getByRole('link', { name: 'Beleidsinstellingen' }).count(), 0);
      await toegankelijkheid(page, "the leerlingaantallen page for an IB'er");
      geenProblemen(problems);
    } finally {
      await eigen.close();
    }
  });
});
