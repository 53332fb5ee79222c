// End-to-end test of a toelaatbaarheidsverklaring, by four people. The IB'er registers a pupil and requests a TLV from
// the pupil's page; the SWV medewerker asks two deskundigen; each deskundige signs in and advises; the SWV
// medewerker decides with both advices in view, makes it known and downloads the beschikking; the ouders' bezwaar goes
// to the LBT, is heard and decided on; a herindicatie starts the next request. Axe on the detail page for every role, a 320 px reflow check where the two
// advices stack, and no console or CSP error anywhere. It starts no server: set BASE_URL. The demo users must exist
// (demo mode, with both deskundige accounts); the database persists between runs, so names and numbers are unique.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ARTIFACTS, BASE_URL, escape, launchBrowser, meldAan, opPad, recordingPage, toegankelijkheid, zetStap } from './browser.mjs';

const IB_ER = { email: 'ib@demo.passendonderwijs.nl', naam: "Ilse de IB'er" };
const MEDEWERKER = { email: 'medewerker@demo.passendonderwijs.nl', naam: 'Mo Medewerker' };
const DIRK = { email: 'deskundige@demo.passendonderwijs.nl', naam: 'Dirk Deskundige' };
const PETRA = { email: 'deskundige2@demo.passendonderwijs.nl', naam: 'Petra Peters' };
const WACHTTIJD = 15_000;

const RUN = String(Date.now());
const VOORNAAM = 'Tess';
const ACHTERNAAM = `TLV ${RUN}`;
const LEERLING = `${VOORNAAM} ${ACHTERNAAM}`;
const BESCHIKKINGSNUMMER = `TLV-E2E-${RUN}`;
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** A day as the SPA and the API write it (2026-11-24), in the local time zone, like the SPA's own "today". */
function isoDag(dag) {
  const maand = String(dag.getMonth() + 1).padStart(2, '0');
  return `${dag.getFullYear()}-${maand}-${String(dag.getDate()).padStart(2, '0')}`;
}
/** The same day as a person types it (24-11-2026). */
const nlDag = (iso) => iso.split('-').reverse().join('-');
const OVER_EEN_MAAND = (() => {
  const dag = new Date();
  dag.setMonth(dag.getMonth() + 1);
  return isoDag(dag);
})();

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

async function meldAf(page) {
  const header = page.getByRole('banner');
  await header.getByRole('button', { name: 'Uitloggen', exact: true }).click();
  await page.waitForURL(`${BASE_URL}/`, { timeout: WACHTTIJD });
  await header.getByRole('button', { name: 'Inloggen', exact: true }).waitFor({ timeout: WACHTTIJD });
}

/** A deskundige opens the TLV they were asked about and gives their advice, after trying once without the declaration. */
async function adviseer(page, wie, tlvPad, { probeerZonderVerklaring = false } = {}) {
  await meldAan(page, wie, tlvPad);
  const inhoud = page.getByRole('main');
  await page.getByRole('heading', { level: 1, name: `TLV voor ${LEERLING}` }).waitFor({ timeout: WACHTTIJD });
  await toegankelijkheid(page, `the TLV as ${wie.naam}`);
  const paneel = inhoud.getByRole('region', { name: 'Volgende stap' });
  await paneel.getByRole('button', { name: 'Advies uitbrengen', exact: true }).click();
  const form = page.getByRole('form', { name: 'Advies uitbrengen' });
  await form.getByRole('radio', { name: 'Ja, toelaatbaar', exact: true }).check();
  assert.equal(await form.getByLabel('Soort toelaatbaarheid', { exact: true }).inputValue(), 'SO', 'the requested soort beforehand');
  await form.getByLabel('Bekostigingscategorie', { exact: true }).selectOption('M');
  await form.getByLabel('Motivering: de onderwijsbehoeften van de leerling', { exact: true }).fill(`${wie.naam}: veel structuur nodig.`);
  await form.getByLabel('Motivering: wat het reguliere onderwijs kan bieden', { exact: true }).fill('De basisschool deed wat zij kon.');
  await form.getByLabel('Motivering: waarom de beoogde school past', { exact: true }).fill('Kleine groepen met gedragsexpertise.');
  const verklaring = form.getByRole('checkbox', { name: 'Ik verklaar dat ik onafhankelijk ben van de aanvragende school en haar bestuur' });
  if (probeerZonderVerklaring) {
    await form.getByRole('button', { name: 'Advies uitbrengen', exact: true }).click();
    await form.getByText('Uw advies is niet uitgebracht.').waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, 'the advice form with its error');
  }
  await verklaring.check();
  const verzoek = page.waitForRequest((request) => request.method() === 'POST' && new URL(request.url()).pathname.endsWith('/adviezen'));
  await form.getByRole('button', { name: 'Advies uitbrengen', exact: true }).click();
  assert.equal((await verzoek).postDataJSON().onafhankelijkheidVerklaard, true);
  await paneel.getByText('Uw advies is uitgebracht.', { exact: true }).waitFor({ timeout: WACHTTIJD });
  await meldAf(page);
}

describe('toelaatbaarheidsverklaringen', () => {
  it('goes from request to beslissing op bezwaar: the IB’er requests, two deskundigen advise, the SWV decides', async () => {
    const { page, problems } = await recordingPage(browser.context);
    const inhoud = page.getByRole('main');

    // --- The IB'er registers a pupil at 12AB00 and requests a TLV for it from the pupil's page. ---
    await meldAan(page, IB_ER, '/leerlingen/nieuw');
    const registratie = page.getByRole('form', { name: 'Nieuwe leerling registreren' });
    await registratie.getByLabel('Voornaam', { exact: true }).fill(VOORNAAM);
    await registratie.getByLabel('Achternaam', { exact: true }).fill(ACHTERNAAM);
    await registratie.getByLabel('Geboortedatum', { exact: true }).fill('14032016');
    await registratie.getByLabel('Groep of klas', { exact: true }).fill('6');
    await registratie.getByRole('button', { name: 'Leerling registreren', exact: true }).click();
    await page.waitForURL(new RegExp(`^${escape(BASE_URL)}/leerlingen/${UUID}$`), { timeout: WACHTTIJD });
    const leerlingId = new URL(page.url()).pathname.split('/').at(-1);

    await inhoud.getByText(`Voor ${LEERLING} is nog geen toelaatbaarheidsverklaring aangevraagd.`, { exact: true }).waitFor({ timeout: WACHTTIJD });
    await inhoud.getByRole('link', { name: 'Toelaatbaarheidsverklaring aanvragen', exact: true }).click();
    await page.waitForURL(`${BASE_URL}/toelaatbaarheidsverklaringen/nieuw?leerling=${leerlingId}`, { timeout: WACHTTIJD });
    const aanvraag = page.getByRole('form', { name: 'Toelaatbaarheidsverklaring aanvragen' });
    await aanvraag.getByText(`Gekozen: ${LEERLING}, geboren 14-03-2016, `).waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, '/toelaatbaarheidsverklaringen/nieuw');
    // Sent empty, the API names everything that is missing, each at its field.
    await aanvraag.getByRole('button', { name: 'Toelaatbaarheidsverklaring aanvragen', exact: true }).click();
    await aanvraag.getByText('De toelaatbaarheidsverklaring is niet aangevraagd.').waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, 'the request form with its errors');

    const soort = aanvraag.getByLabel('Soort toelaatbaarheid', { exact: true });
    const categorie = aanvraag.getByLabel('Bekostigingscategorie', { exact: true });
    await soort.selectOption('SBO');
    assert.equal(await categorie.inputValue(), 'NVT', 'SBO has no category: NVT is chosen');
    await soort.selectOption('SO');
    const categorieen = await categorie.locator('option').evaluateAll((opties) => opties.map((o) => o.value).filter(Boolean));
    assert.deepEqual(categorieen, ['L', 'M', 'H'], 'SO offers low, middle and high, not NVT');
    await categorie.selectOption('M');
    await aanvraag.getByLabel('Ingangsdatum', { exact: true }).fill(nlDag(OVER_EEN_MAAND));
    await aanvraag.getByLabel('School', { exact: true }).selectOption('56EF00');
    await aanvraag.getByLabel('Aandacht en tijd', { exact: true }).fill('Een kleine groep met veel structuur.');
    await aanvraag.getByLabel('Basisondersteuning', { exact: true }).fill('Verlengde instructie en een time-outplek.');
    await aanvraag.getByLabel('Extra ondersteuning', { exact: true }).fill('Een jaar een gedragsarrangement, met weinig effect.');
    await aanvraag.getByLabel('Visie van de ouders', { exact: true }).fill('De ouders willen rust voor Tess.');
    await aanvraag.getByLabel('Visie van de leerling', { exact: true }).fill('Tess wil minder kinderen om zich heen.');
    await aanvraag.getByRole('button', { name: 'Toelaatbaarheidsverklaring aanvragen', exact: true }).click();
    await page.waitForURL(new RegExp(`^${escape(BASE_URL)}/toelaatbaarheidsverklaringen/${UUID}$`), { timeout: WACHTTIJD });
    const tlvPad = new URL(page.url()).pathname;
    await page.getByRole('heading', { level: 1, name: `TLV voor ${LEERLING}` }).waitFor({ timeout: WACHTTIJD });
    await inhoud.getByText(/^De toelaatbaarheidsverklaring is aangevraagd\. Het samenwerkingsverband besluit uiterlijk \d+ \S+ \d{4}\.$/).waitFor();
    const samenvatting = inhoud.getByRole('region', { name: 'Samenvatting' });
    assert.match(await samenvatting.textContent(), /SO Het Kompas \(BRIN 56EF, vestiging 00\), binnen het samenwerkingsverband/);
    assert.match(await samenvatting.textContent(), /Midden \(categorie 2\)/, 'the category as a label');
    await inhoud.getByRole('region', { name: 'Deskundigenadviezen' }).getByText('Nog geen deskundige gevraagd.').first().waitFor();
    await toegankelijkheid(page, 'the requested TLV as the IB’er');
    await meldAf(page);

    // --- The SWV medewerker asks Dirk for the first advice and Petra for the second. ---
    await meldAan(page, MEDEWERKER, tlvPad);
    await page.getByRole('heading', { level: 1, name: `TLV voor ${LEERLING}` }).waitFor({ timeout: WACHTTIJD });
    await zetStap(page, {
      knop: 'Deskundige aanwijzen',
      verstuur: 'Deskundige vragen',
      pad: '/adviseurs',
      gelukt: 'De deskundige is gevraagd voor het eerste advies.',
      vul: async (form) => {
        assert.ok(await form.getByRole('radio', { name: 'Eerste deskundige', exact: true }).isChecked(), 'the first open place');
        const keuze = form.getByLabel('Deskundige', { exact: true });
        await keuze.locator('option', { hasText: 'Dirk Deskundige' }).waitFor({ state: 'attached', timeout: WACHTTIJD });
        const opties = await keuze.locator('option').allTextContents();
        assert.ok(opties.some((optie) => optie === 'Dirk Deskundige – Orthopedagoog, Praktijk De Linde'), 'the discipline shows');
        assert.ok(!opties.some((optie) => optie.startsWith('Mehmet Yilmaz')), 'no one without an account');
        await toegankelijkheid(page, 'the form to ask a deskundige');
        await keuze.selectOption({ label: 'Dirk Deskundige – Orthopedagoog, Praktijk De Linde' });
      },
    });
    await zetStap(page, {
      knop: 'Deskundige aanwijzen',
      verstuur: 'Deskundige vragen',
      pad: '/adviseurs',
      gelukt: 'De deskundige is gevraagd voor het tweede advies.',
      vul: async (form) => {
        assert.ok(await form.getByRole('radio', { name: 'Tweede deskundige', exact: true }).isChecked());
        const keuze = form.getByLabel('Deskundige', { exact: true });
        await keuze.locator('option', { hasText: 'Petra Peters' }).waitFor({ state: 'attached', timeout: WACHTTIJD });
        assert.equal(await keuze.locator('option', { hasText: 'Dirk Deskundige' }).count(), 0, 'not the same person twice');
        await keuze.selectOption({ label: 'Petra Peters – Psycholoog, Psychologenpraktijk Het Anker' });
      },
    });
    const adviezen = inhoud.getByRole('region', { name: 'Deskundigenadviezen' });
    assert.equal(await adviezen.getByText('Nog niet uitgebracht', { exact: true }).count(), 2, 'both asked, neither given');
    await toegankelijkheid(page, 'the TLV in advisering as the SWV medewerker');
    await meldAf(page);

    // --- Each deskundige signs in and advises; Dirk first tries without the declaration of independence. ---
    await adviseer(page, DIRK, tlvPad, { probeerZonderVerklaring: true });
    await adviseer(page, PETRA, tlvPad);

    // --- The SWV medewerker decides with both advices in view, and makes it known. ---
    await meldAan(page, MEDEWERKER, tlvPad);
    await page.getByRole('heading', { level: 1, name: `TLV voor ${LEERLING}` }).waitFor({ timeout: WACHTTIJD });
    await adviezen.getByText('Dirk Deskundige: veel structuur nodig.', { exact: true }).waitFor({ timeout: WACHTTIJD });
    await adviezen.getByText('Petra Peters: veel structuur nodig.', { exact: true }).waitFor();
    await zetStap(page, {
      knop: 'Besluiten',
      verstuur: 'Besluit vastleggen',
      pad: '/besluit',
      gelukt: 'Het besluit is vastgelegd. Maak het daarna bekend aan ouders en school.',
      vul: async (form) => {
        const conclusies = await form.getByRole('listitem').allTextContents();
        assert.deepEqual(conclusies, [
          'Eerste deskundige (Dirk Deskundige): Toelaatbaar: Speciaal onderwijs (SO), Midden (categorie 2).',
          'Tweede deskundige (Petra Peters): Toelaatbaar: Speciaal onderwijs (SO), Midden (categorie 2).',
        ]);
        await form.getByRole('radio', { name: 'Ja, toelaatbaar', exact: true }).check();
        assert.equal(await form.getByLabel('Bekostigingscategorie', { exact: true }).inputValue(), 'M', 'the requested category beforehand');
        await form.getByText(/^Laat leeg voor de gebruikelijke duur van het samenwerkingsverband: \d+ schooljar?en?/).waitFor({ timeout: WACHTTIJD });
        await form.getByLabel('Beschikkingsnummer', { exact: true }).fill(BESCHIKKINGSNUMMER);
        await form.getByLabel('Motivering', { exact: true }).fill('Beide deskundigen adviseren SO, categorie midden.');
        await toegankelijkheid(page, 'the decision form');
      },
    });
    const besluit = inhoud.getByRole('region', { name: 'Besluit' });
    await besluit.getByText(BESCHIKKINGSNUMMER, { exact: true }).waitFor();
    await zetStap(page, {
      knop: 'Besluit bekendmaken',
      verstuur: 'Bekendmaking vastleggen',
      pad: '/bekendmaking',
      gelukt: 'De bekendmaking is vastgelegd; de bezwaartermijn loopt.',
    });
    await samenvatting.getByText('Einde bezwaartermijn', { exact: true }).waitFor();

    // The beschikking as a PDF, fetched with the token and saved under its number.
    const beschikking = besluit.getByRole('group', { name: `Beschikking ${BESCHIKKINGSNUMMER}` });
    const [bestand] = await Promise.all([
      page.waitForEvent('download', { timeout: WACHTTIJD }),
      beschikking.getByRole('button', { name: 'Beschikking downloaden', exact: true }).click(),
    ]);
    assert.equal(bestand.suggestedFilename(), `beschikking-${BESCHIKKINGSNUMMER}.pdf`);
    assert.ok(bestand.url().startsWith('blob:'), 'a blob download, not a URL with a token');

    // --- The ouders object in time; the LBT is asked, hears them and advises; the SWV keeps the decision. ---
    await zetStap(page, {
      knop: 'Bezwaar registreren',
      pad: '/bezwaar',
      gelukt: 'Het bezwaar is geregistreerd.',
      vul: async (form) => {
        await form.getByText(/^De bezwaartermijn liep tot en met \d+ \S+ \d{4}\./).waitFor();
        await form.getByRole('radio', { name: 'Ouders of verzorgers', exact: true }).check();
        await form.getByLabel('Naam van de indiener', { exact: true }).fill('Familie TLV');
      },
    });
    await zetStap(page, {
      knop: 'LBT om advies vragen',
      pad: '/bezwaar/lbt-adviesaanvraag',
      gelukt: 'De LBT is om advies gevraagd.',
      vul: async (form) => {
        const stukken = form.getByRole('group', { name: 'Verzonden stukken' }).getByRole('checkbox');
        assert.equal(await stukken.count(), 6);
        for (const stuk of await stukken.all()) await stuk.check();
      },
    });
    await zetStap(page, { knop: 'Hoorzitting vastleggen', pad: '/bezwaar/hoorzitting', gelukt: 'De hoorzitting is vastgelegd.' });
    await zetStap(page, {
      knop: 'Advies van de LBT vastleggen',
      verstuur: 'Advies vastleggen',
      pad: '/bezwaar/lbt-advies',
      gelukt: 'Het advies van de LBT is vastgelegd.',
      vul: async (form) => form.getByRole('radio', { name: 'Ongegrond', exact: true }).check(),
    });
    await zetStap(page, {
      knop: 'Beslissen op bezwaar',
      verstuur: 'Beslissing vastleggen',
      pad: '/bezwaar/beslissing',
      gelukt: 'Er is beslist op het bezwaar.',
      vul: async (form) => {
        await form.getByText(/^De LBT vond het bezwaar ongegrond/).waitFor();
        await form.getByRole('radio', { name: 'Besluit gehandhaafd', exact: true }).check();
        await form.getByLabel('Motivering', { exact: true }).fill('Het bezwaar brengt niets nieuws; het besluit blijft staan.');
        await toegankelijkheid(page, 'the beslissing op bezwaar');
      },
    });
    const geschiedenis = inhoud.getByRole('list', { name: 'Geschiedenis van de toelaatbaarheidsverklaring' });
    const stappen = await geschiedenis.locator('.tijdlijn__kop strong').allTextContents();
    assert.deepEqual(stappen, [
      'Aangevraagd',
      'Deskundige om advies gevraagd',
      'Deskundige om advies gevraagd',
      'Advies uitgebracht',
      'Advies uitgebracht',
      'Besloten',
      'Besluit bekendgemaakt',
      'Bezwaar ontvangen',
      'LBT om advies gevraagd',
      'Hoorzitting gehouden',
      'Advies van de LBT ontvangen',
      'Beslist op bezwaar',
    ]);
    await inhoud.getByRole('region', { name: 'Bezwaar' }).getByRole('heading', { name: 'Afgeronde bezwaren' }).waitFor();
    await toegankelijkheid(page, 'the TLV after the bezwaar as the SWV medewerker');

    // --- The herindicatie starts a new request from this TLV, and the page goes there. ---
    await zetStap(page, {
      knop: 'Herindicatie aanvragen',
      pad: '/herindicatie',
      gelukt: 'De herindicatie is aangevraagd. Dit is de nieuwe aanvraag.',
    });
    await page.waitForURL((url) => url.pathname !== tlvPad && new RegExp(`^/toelaatbaarheidsverklaringen/${UUID}$`).test(url.pathname), {
      timeout: WACHTTIJD,
    });
    await samenvatting.getByText('Aangevraagd', { exact: true }).waitFor({ timeout: WACHTTIJD });
    await samenvatting.getByRole('link', { name: 'Naar de vorige toelaatbaarheidsverklaring', exact: true }).click();
    await page.waitForURL(`${BASE_URL}${tlvPad}`, { timeout: WACHTTIJD });
    await samenvatting.getByRole('link', { name: 'Naar de herindicatie', exact: true }).waitFor({ timeout: WACHTTIJD });

    // --- At 320 CSS px the page reflows: nothing scrolls sideways and the two advices stack. ---
    await page.setViewportSize({ width: 320, height: 800 });
    const { breedte, gestapeld } = await page.evaluate(() => {
      const [eerste, tweede] = [...document.querySelectorAll('.advies')].map((advies) => advies.getBoundingClientRect());
      return { breedte: document.documentElement.scrollWidth, gestapeld: tweede.top >= eerste.bottom };
    });
    assert.ok(breedte <= 320, `the TLV is ${breedte} px wide at 320 px`);
    assert.ok(gestapeld, 'the second advice stands below the first');
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'tlv-320.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: join(ARTIFACTS, 'tlv.png'), fullPage: true });

    // The browser logs the two 400s sent on purpose: the empty request and the advice without the declaration.
    assert.deepEqual(
      problems.consoleErrors,
      Array(2).fill('Failed to load resource: the server responded with a status of 400 (Bad Request)'),
      'no console errors but the intended 400s',
    );
    assert.deepEqual(problems.pageErrors, [], 'no uncaught exceptions');
    assert.deepEqual(problems.cspViolations, [], 'no CSP violations');
    await page.close();
  });
});
