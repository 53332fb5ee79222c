// End-to-end test of casuïstiek in lokaal netwerk Noord-West. Ilse the IB'er (ib@demo) brings a case in under
// Casuïstiek: first with a pupil's name in it (refused, the problem next to the field), then with a first name of
// someone else (a warning she confirms: the case is anonymous). Pim the regionaal procesbegeleider
// (procesbegeleider@demo) finds it under Lokale netwerken, puts it on the next bespreking and records the outcome
// "inzet van een expert" on hechting en trauma; Ilse then sees that outcome in her school's list. Axe passes on every
// screen. Set BASE_URL (see arrangementen.e2e.mjs); the demo data must be there. Re-runnable: each run's case carries
// its own marker.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { geenProblemen, launchBrowser, meldAan, recordingPage, toegankelijkheid } from './browser.mjs';

const IB_ER = { email: 'ib@demo.passendonderwijs.nl', naam: "Ilse de IB'er" };
const PROCESBEGELEIDER = { email: 'procesbegeleider@demo.passendonderwijs.nl', naam: 'Pim Procesbegeleider' };
const WACHTTIJD = 15_000;
// Lower case letters only: a marker must not look like a name, a number or a date to the anonymity check.
const MARKER = `proef ${Array.from({ length: 6 }, () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(Math.random() * 26)]).join('')}`;
const VRAAG = `Hoe helpen we een leerling die vastloopt bij rekenen en faalangst heeft (${MARKER})?`;

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

describe('Casuïstiek in the lokaal netwerk', () => {
  it('lets the IB\'er bring a case in anonymously and the procesbegeleider record its outcome', async () => {
    await ibErBrengtIn();
    await procesbegeleiderLegtUitkomstVast();
    await ibErZietUitkomst();
  });
});

async function ibErBrengtIn() {
  const { page, problems } = await recordingPage(browser.context);
  await meldAan(page, IB_ER, '/casussen');
  await page.getByRole('navigation').getByRole('link', { name: 'Casuïstiek' }).waitFor({ timeout: WACHTTIJD });
  const formulier = page.getByRole('form', { name: 'Casus inbrengen' });
  await formulier.waitFor({ timeout: WACHTTIJD });
  await formulier.getByText('Breng de casus anoniem in: geen naam, geboortedatum of BSN.').waitFor({ timeout: WACHTTIJD });
  await toegankelijkheid(page, 'casus inbrengen');

  // A pupil of the school by name: refused, and said next to the field.
  await formulier.getByLabel('Ondersteuningsvraag').fill(VRAAG);
  await formulier.getByLabel('Wat heeft de school al geprobeerd?').fill('Sanne de Vries kreeg zes weken extra instructie.');
  await formulier.getByLabel('Leerjaar (niet verplicht)').selectOption({ label: 'Groep 5 of 6' });
  await formulier.getByRole('button', { name: 'Casus inbrengen', exact: true }).click();
  await formulier.getByRole('alert').getByText('De casus is niet ingebracht.').waitFor({ timeout: WACHTTIJD });
  await formulier.getByRole('link', { name: 'Deze tekst bevat de naam van een leerling van de school. Laat de naam weg.' }).waitFor({ timeout: WACHTTIJD });
  const veld = formulier.getByLabel('Wat heeft de school al geprobeerd?');
  assert.equal(await veld.getAttribute('aria-invalid'), 'true', 'the field with the name is marked invalid');
  await toegankelijkheid(page, 'casus refused for a name');

  // Someone's first name: only a warning, which the IB'er confirms.
  await veld.fill('Zes weken extra instructie; overleg gehad met Fatima van het wijkteam.');
  await formulier.getByRole('button', { name: 'Casus inbrengen', exact: true }).click();
  const waarschuwing = formulier.getByRole('alert').filter({ hasText: 'Controleer of de tekst anoniem is' });
  await waarschuwing.getByText(/midden in een zin een woord met een hoofdletter/).waitFor({ timeout: WACHTTIJD });
  await toegankelijkheid(page, 'casus with a warning');
  await waarschuwing.getByRole('button', { name: 'De tekst is anoniem, toch opslaan' }).click();
  await page.getByRole('status').getByText(/De casus is ingebracht\./).waitFor({ timeout: WACHTTIJD });
  await toegankelijkheid(page, 'casus brought in');

  geenProblemen(problems, [
    'Failed to load resource: the server responded with a status of 400 (Bad Request)',
    'Failed to load resource: the server responded with a status of 422 (Unprocessable Entity)',
  ]);
  await page.close();
}

async function procesbegeleiderLegtUitkomstVast() {
  const pb = await launchBrowser();
  try {
    const { page, problems } = await recordingPage(pb.context);
    await meldAan(page, PROCESBEGELEIDER, '/lokale-netwerken');
    const open = page.getByRole('article').filter({ hasText: MARKER }).filter({ has: page.getByRole('button', { name: 'Op de bespreking zetten' }) });
    await open.waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, 'lokale netwerken');
    await open.getByRole('button', { name: 'Op de bespreking zetten' }).click();

    const uitkomst = page.getByRole('form', { name: /^Uitkomst vastleggen/ }).filter({ hasText: MARKER });
    await uitkomst.waitFor({ timeout: WACHTTIJD });
    await uitkomst.getByRole('radio', { name: 'Inzet van een expert' }).check();
    await uitkomst.getByLabel('Expertisegebied van de expert').selectOption({ label: 'Hechting en trauma' });
    await uitkomst.getByLabel('Advies (niet verplicht)').fill('Een expert kijkt mee in de klas en coacht de leerkracht.');
    await toegankelijkheid(page, 'outcome form');
    const verzoek = page.waitForRequest((request) => request.method() === 'POST' && new URL(request.url()).pathname.endsWith('/uitkomst'));
    await uitkomst.getByRole('button', { name: 'Uitkomst vastleggen' }).click();
    assert.match((await verzoek).headers()['if-match'] ?? '', /^"\d+"$/, 'the outcome names the versie in If-Match');
    await uitkomst.waitFor({ state: 'detached', timeout: WACHTTIJD });
    await page.getByText('Uitkomst vastgelegd. Uitkomst: Inzet van een expert: Hechting en trauma.').first().waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, 'outcome recorded');
    geenProblemen(problems);
    await page.close();
  } finally {
    await pb.close();
  }
}

async function ibErZietUitkomst() {
  const ib = await launchBrowser();
  try {
    const { page, problems } = await recordingPage(ib.context);
    await meldAan(page, IB_ER, '/casussen');
    const tabel = page.getByRole('table', { name: 'Casussen met hun uitkomst' });
    await tabel.getByRole('row').filter({ hasText: 'Inzet van een expert: Hechting en trauma' }).first().waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, "the school's cases with outcomes");
    geenProblemen(problems);
    await page.close();
  } finally {
    await ib.close();
  }
}
