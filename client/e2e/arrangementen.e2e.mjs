// End-to-end test of the lifecycle of an arrangement, by two people. The IB'er registers a pupil and requests an
// arrangement for it; the SWV medewerker finds it in the werkvoorraad, takes it in behandeling, grants it, starts
// it, evaluates it and ends it; the history shows every step and who took it. It starts no server: set BASE_URL,
// e.g. BASE_URL=http://localhost:8089 npm run test:e2e
// The demo users must exist (demo mode); DEMO_WACHTWOORD overrides their password. The database persists between
// runs, so the pupil and the beschikkingsnummer are unique per run.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ARTIFACTS, BASE_URL, escape, laadTot, launchBrowser, meldAan, recordingPage, toegankelijkheid, zetStap } from './browser.mjs';

const IB_ER = { email: 'ib@demo.passendonderwijs.nl', naam: "Ilse de IB'er" };
const MEDEWERKER = { email: 'medewerker@demo.passendonderwijs.nl', naam: 'Mo Medewerker' };
const EXPERT = 'Eva Expert';
const WACHTTIJD = 15_000;

const RUN = String(Date.now());
const VOORNAAM = 'Jip';
const ACHTERNAAM = `E2E ${RUN}`;
const LEERLING = `${VOORNAAM} ${ACHTERNAAM}`;
const BESCHIKKINGSNUMMER = `E2E-${RUN}`;
const DOELEN = ['Jip leest op AVI-niveau E4.', 'Jip werkt twintig minuten zelfstandig.'];

/** A day as the SPA and the API write it (2026-11-24), in the local time zone, like the SPA's own "today". */
function isoDag(dag) {
  const maand = String(dag.getMonth() + 1).padStart(2, '0');
  return `${dag.getFullYear()}-${maand}-${String(dag.getDate()).padStart(2, '0')}`;
}
/** The same day as a person types it, and as the SPA's date fields show it whatever the browser language (24-11-2026). */
const nlDag = (iso) => iso.split('-').reverse().join('-');
const VANDAAG = isoDag(new Date());
/** Today as the SPA writes a date in a sentence or table ("2 december 2026"), from Node's own Dutch calendar data. */
const VANDAAG_TEKST = new Date().toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
const OVER_ZES_MAANDEN = (() => {
  const dag = new Date();
  dag.setMonth(dag.getMonth() + 6);
  return isoDag(dag);
})();

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

describe('arrangementen', () => {
  it('goes from request to end: the IB’er requests, the SWV medewerker decides, starts, evaluates and ends', async () => {
    const { page, problems } = await recordingPage(browser.context);
    const inhoud = page.getByRole('main');
    const header = page.getByRole('banner');

    // --- The IB'er registers a pupil at 12AB00. ---
    const response = await meldAan(page, IB_ER, '/leerlingen/nieuw');
    assert.equal(response?.status(), 200, 'GET /leerlingen/nieuw should serve the SPA');
    const registratie = page.getByRole('form', { name: 'Nieuwe leerling registreren' });
    await registratie.waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, '/leerlingen/nieuw');
    await registratie.getByLabel('Voornaam', { exact: true }).fill(VOORNAAM);
    await registratie.getByLabel('Achternaam', { exact: true }).fill(ACHTERNAAM);
    await registratie.getByLabel('Geboortedatum', { exact: true }).fill('14032017');
    assert.equal(await registratie.getByLabel('School', { exact: true }).inputValue(), '12AB00', 'the own school is chosen');
    await registratie.getByLabel('Groep of klas', { exact: true }).fill('5');
    await registratie.getByRole('button', { name: 'Leerling registreren', exact: true }).click();
    await page.waitForURL(new RegExp(`^${escape(BASE_URL)}/leerlingen/${UUID}$`), { timeout: WACHTTIJD });
    await inhoud.getByText(`${LEERLING} is geregistreerd.`, { exact: true }).waitFor({ timeout: WACHTTIJD });
    await page.getByRole('heading', { level: 1, name: LEERLING }).waitFor();
    const leerlingId = new URL(page.url()).pathname.split('/').at(-1);
    await inhoud.getByText(`Voor ${LEERLING} is nog geen arrangement aangevraagd.`, { exact: true }).waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, 'the new pupil');

    // --- ... and requests an arrangement for it from the pupil's page. ---
    await inhoud.getByRole('link', { name: 'Arrangement aanvragen', exact: true }).click();
    await page.waitForURL(`${BASE_URL}/arrangementen/nieuw?leerlingId=${leerlingId}`, { timeout: WACHTTIJD });
    const aanvraag = page.getByRole('form', { name: 'Arrangement aanvragen' });
    const leerlingKeuze = aanvraag.getByRole('combobox', { name: 'Leerling', exact: true });
    await aanvraag.getByText(`Gekozen: ${LEERLING}, geboren 14-03-2017, `).waitFor({ timeout: WACHTTIJD });
    assert.equal(await leerlingKeuze.inputValue(), LEERLING, 'the pupil from the URL is chosen');
    await toegankelijkheid(page, '/arrangementen/nieuw');

    // The pupil picker is a combobox: type a part of the name, choose with the arrow key and Enter.
    await leerlingKeuze.fill(`e2e ${RUN}`);
    const gevonden = aanvraag.getByRole('listbox', { name: 'Gevonden leerlingen' });
    await gevonden.getByRole('option', { name: new RegExp(`^${escape(LEERLING)} geboren 14-03-2017, `) }).waitFor({ timeout: WACHTTIJD });
    await aanvraag.getByText('1 leerling gevonden.', { exact: true }).waitFor({ timeout: WACHTTIJD });
    assert.equal(await leerlingKeuze.getAttribute('aria-expanded'), 'true');
    await toegankelijkheid(page, 'the pupil combobox, open');
    await leerlingKeuze.press('ArrowDown');
    assert.equal(await leerlingKeuze.getAttribute('aria-activedescendant'), await gevonden.getByRole('option').first().getAttribute('id'));
    await leerlingKeuze.press('Enter');
    assert.equal(await leerlingKeuze.inputValue(), LEERLING, 'Enter chooses the pupil');
    assert.equal(await leerlingKeuze.getAttribute('aria-expanded'), 'false');
    assert.equal(new URL(page.url()).pathname, '/arrangementen/nieuw', 'Enter in the combobox does not send the form');
    await aanvraag.getByLabel('Soort arrangement', { exact: true }).selectOption('onderwijsarrangement');
    await aanvraag.getByLabel('Ingangsdatum', { exact: true }).fill(nlDag(VANDAAG));
    await aanvraag.getByLabel('Einddatum', { exact: true }).fill(nlDag(OVER_ZES_MAANDEN));
    await aanvraag.getByLabel('Aandacht en tijd', { exact: true }).fill('Twee keer per week verlengde instructie.');
    await aanvraag.getByLabel('Doel 1', { exact: true }).fill(DOELEN[0]);
    await aanvraag.getByRole('button', { name: 'Doel toevoegen', exact: true }).click();
    await aanvraag.getByLabel('Doel 2', { exact: true }).fill(DOELEN[1]);
    await aanvraag.getByLabel('Soort uitvoerder', { exact: true }).selectOption('school');
    await aanvraag.getByLabel('Naam van de uitvoerder', { exact: true }).fill('Basisschool De Regenboog');
    await aanvraag.getByLabel('Bekostiger', { exact: true }).selectOption('swv');
    await aanvraag.getByLabel('Toelichting', { exact: true }).fill('De basisondersteuning is niet genoeg.');
    const aanvraagVerzoek = page.waitForRequest(
      (request) => request.method() === 'POST' && new URL(request.url()).pathname === '/api/v1/arrangementen',
    );
    await aanvraag.getByRole('button', { name: 'Arrangement aanvragen', exact: true }).click();
    assert.match((await aanvraagVerzoek).headers()['idempotency-key'] ?? '', new RegExp(`^${UUID}$`), 'an Idempotency-Key');
    await page.waitForURL(new RegExp(`^${escape(BASE_URL)}/arrangementen/${UUID}$`), { timeout: WACHTTIJD });
    const arrangementPad = new URL(page.url()).pathname;
    await page.getByRole('heading', { level: 1, name: `Arrangement voor ${LEERLING}` }).waitFor({ timeout: WACHTTIJD });
    await inhoud.getByText(/^Het arrangement is aangevraagd\. Het samenwerkingsverband besluit uiterlijk \d+ \S+ \d{4}\.$/).waitFor();
    const aanvraagSectie = inhoud.getByRole('region', { name: 'Aanvraag' });
    assert.deepEqual(await aanvraagSectie.getByRole('listitem').allTextContents(), DOELEN);
    // The IB'er cannot take the next step: that is for the samenwerkingsverband.
    await inhoud.getByText('Er is nu geen stap die u bij dit arrangement kunt zetten.', { exact: true }).waitFor();
    await toegankelijkheid(page, 'the requested arrangement');

    // The deadline engine follows the request a moment after it is saved (through the outbox, polled every 2 s): the
    // page shows its term once it has. Reload until then, each time waiting for the terms' answer.
    const termijnen = inhoud.getByRole('region', { name: 'Termijnen' });
    const behandeltermijn = termijnen.getByRole('row', { name: /^Beslissen op een aanvraag voor een arrangement/ });
    for (let poging = 1; ; poging++) {
      await termijnen.getByRole('table').or(termijnen.getByText('Er lopen geen termijnen voor dit arrangement.')).waitFor({ timeout: WACHTTIJD });
      if (await behandeltermijn.isVisible()) break;
      assert.ok(poging < 40, 'the behandeltermijn shows within 40 reloads');
      const antwoord = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/v1/termijnen');
      await page.reload();
      await antwoord;
    }
    assert.match(await behandeltermijn.textContent(), new RegExp(`${escape(VANDAAG_TEKST)}.*Loopt: tot en met \\d+ \\S+ \\d{4}`));
    await toegankelijkheid(page, 'the requested arrangement with its terms');

    // Back on the pupil's page, the arrangement is listed.
    await inhoud.getByRole('region', { name: 'Leerling' }).getByRole('link', { name: LEERLING, exact: true }).click();
    await inhoud.getByRole('table', { name: `Arrangementen van ${LEERLING} (1)` }).waitFor({ timeout: WACHTTIJD });

    // --- The IB'er's werkvoorraad: nothing of this request waits for them, but it is under "Mijn aanvragen". ---
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn werkvoorraad', exact: true }).click();
    await page.waitForURL(`${BASE_URL}/werkvoorraad`, { timeout: WACHTTIJD });
    const mijnAanvragen = inhoud.getByRole('region', { name: 'Mijn aanvragen' });
    const mijnRegel = mijnAanvragen.getByRole('table', { name: /^Uw aanvragen die nog lopen \(\d+\)$/ }).getByRole('row').filter({ hasText: LEERLING });
    await mijnRegel.waitFor({ timeout: WACHTTIJD });
    const mijnRegelTekst = await mijnRegel.textContent();
    assert.match(mijnRegelTekst, /Onderwijsarrangement/);
    assert.match(mijnRegelTekst, /Aangevraagd/, 'the status as a label, not a code');
    assert.match(mijnRegelTekst, new RegExp(escape(VANDAAG_TEKST)), 'the day of the request in Dutch');
    assert.equal(await inhoud.getByRole('table', { name: /^Wat op uw actie wacht/ }).getByRole('row').filter({ hasText: LEERLING }).count(), 0,
      'the request waits for the SWV, not for the IB’er');
    await toegankelijkheid(page, '/werkvoorraad with Mijn aanvragen');

    // --- Sign out; the SWV medewerker signs in and finds the request in the werkvoorraad. ---
    await header.getByRole('button', { name: 'Uitloggen', exact: true }).click();
    await page.waitForURL(`${BASE_URL}/`, { timeout: WACHTTIJD });
    await header.getByRole('button', { name: 'Inloggen', exact: true }).waitFor({ timeout: WACHTTIJD });
    await meldAan(page, MEDEWERKER, '/werkvoorraad');
    assert.equal(
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link').first().textContent(),
      'Mijn werkvoorraad',
      'the werkvoorraad is the first entry of the menu',
    );
    const werkvoorraad = inhoud.getByRole('table', { name: /^Wat op uw actie wacht/ });
    await werkvoorraad.waitFor({ timeout: WACHTTIJD });
    // Above it, the SWV's arrangementen per status (kept by the outbox's consumer), each a link to that list.
    const tellingen = inhoud.getByRole('region', { name: 'Arrangementen in het samenwerkingsverband' });
    await tellingen.waitFor({ timeout: WACHTTIJD });
    assert.equal(
      await tellingen.getByRole('link', { name: /Aangevraagd$/ }).getAttribute('href'),
      '/arrangementen?status=aangevraagd',
      'each count links to its list',
    );
    const regel = werkvoorraad.getByRole('row').filter({ hasText: LEERLING });
    // The new request has the latest behandeldeadline: load more until it is there.
    await laadTot(page, werkvoorraad, regel);
    assert.equal(await regel.count(), 1, 'the new request is in the werkvoorraad once');
    const regelTekst = await regel.textContent();
    assert.match(regelTekst, /In behandeling nemen/);
    assert.match(regelTekst, /Nieuwe aanvraag: neem haar in behandeling/, 'why it is there');
    assert.equal(
      await inhoud.getByRole('region', { name: 'Voor: SWV-medewerker' }).getByRole('row').filter({ hasText: LEERLING }).count(),
      1,
      'the line says for whom it is',
    );
    assert.equal(await inhoud.getByRole('region', { name: 'Mijn aanvragen' }).count(), 0, 'Mijn aanvragen is for school staff');
    assert.match(regelTekst, /Onderwijsarrangement/);
    assert.match(regelTekst, /Aangevraagd/);
    assert.match(regelTekst, /\d+ (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}/);
    await toegankelijkheid(page, '/werkvoorraad');
    await regel.getByRole('link', { name: LEERLING, exact: true }).click();
    await page.waitForURL(`${BASE_URL}${arrangementPad}`, { timeout: WACHTTIJD });
    await page.getByRole('heading', { level: 1, name: `Arrangement voor ${LEERLING}` }).waitFor({ timeout: WACHTTIJD });

    // --- In behandeling, toekennen, starten, evalueren, beëindigen. ---
    await zetStap(page, { knop: 'In behandeling nemen', pad: '/behandeling', gelukt: 'De aanvraag is in behandeling genomen.' });
    await zetStap(page, {
      knop: 'Toekennen',
      pad: '/toekenning',
      gelukt: 'Het arrangement is toegekend.',
      vul: async (form) => {
        await form.getByLabel('Beschikkingsnummer', { exact: true }).fill(BESCHIKKINGSNUMMER);
        assert.equal(await form.getByLabel('Besluitdatum', { exact: true }).inputValue(), nlDag(VANDAAG), 'today by default');
        await form.getByLabel('Motivering', { exact: true }).fill('De aanvraag past bij de ondersteuningsbehoeften.');
      },
    });
    const besluit = inhoud.getByRole('region', { name: 'Besluit' });
    await besluit.getByText(BESCHIKKINGSNUMMER, { exact: true }).waitFor();
    await zetStap(page, {
      knop: 'Starten',
      pad: '/start',
      gelukt: 'Het arrangement is gestart.',
      vul: async (form) => assert.equal(await form.getByLabel('Startdatum', { exact: true }).inputValue(), nlDag(VANDAAG)),
    });
    await zetStap(page, {
      knop: 'Evaluatie vastleggen',
      pad: '/evaluaties',
      gelukt: 'De evaluatie is vastgelegd.',
      vul: async (form) => {
        const doel1 = form.getByRole('group', { name: `Doel 1: ${DOELEN[0]}`, exact: true });
        await doel1.getByRole('radio', { name: 'Ja', exact: true }).check();
        await doel1.getByLabel('Toelichting (niet verplicht)', { exact: true }).fill('AVI E4 gehaald.');
        const doel2 = form.getByRole('group', { name: `Doel 2: ${DOELEN[1]}`, exact: true });
        await doel2.getByRole('radio', { name: 'Nee', exact: true }).check();
        await form.getByLabel('Conclusie', { exact: true }).fill('Het lezen gaat goed; zelfstandig werken komt in de basisondersteuning.');
        await form.getByRole('radio', { name: 'Beëindigen', exact: true }).check();
      },
    });
    const evaluatie = inhoud.getByRole('region', { name: 'Evaluaties' }).getByRole('article');
    await toegankelijkheid(page, 'the evaluated arrangement');
    assert.deepEqual(
      (await evaluatie.getByRole('row').allTextContents()).slice(1),
      [`1. ${DOELEN[0]}JaAVI E4 gehaald.`, `2. ${DOELEN[1]}Nee`],
    );
    await zetStap(page, {
      knop: 'Beëindigen',
      pad: '/beeindiging',
      gelukt: 'Het arrangement is beëindigd.',
      vul: async (form) => {
        assert.equal(await form.getByLabel('Laatste dag', { exact: true }).inputValue(), nlDag(VANDAAG));
        await form.getByLabel('Reden', { exact: true }).fill('De doelen zijn bereikt; verder in de basisondersteuning.');
      },
    });
    await inhoud.getByText('Er is nu geen stap die u bij dit arrangement kunt zetten.', { exact: true }).waitFor();
    assert.equal(await inhoud.getByRole('region', { name: 'Leerling' }).getByText('Beëindigd', { exact: true }).count(), 1);

    // --- The history shows every step and who took it. A reload shows the stored history, not the SPA's cache. ---
    await page.reload();
    await meldAanNaHerladen(page, arrangementPad);
    const geschiedenis = page.getByRole('list', { name: 'Geschiedenis van het arrangement' });
    await geschiedenis.waitFor({ timeout: WACHTTIJD });
    assert.deepEqual(await geschiedenis.locator('.tijdlijn__kop').allTextContents(), [
      `Aangevraagd door ${IB_ER.naam}`,
      `In behandeling genomen door ${MEDEWERKER.naam}`,
      `Toegekend door ${MEDEWERKER.naam}`,
      `Gestart door ${MEDEWERKER.naam}`,
      `Geëvalueerd door ${MEDEWERKER.naam}`,
      `Beëindigd door ${MEDEWERKER.naam}`,
    ]);
    for (const moment of await geschiedenis.locator('.tijdlijn__moment').allTextContents()) {
      assert.match(moment, /^\d+ \S+ \d{4} om \d{2}:\d{2}$/, 'each step says when');
    }
    assert.match(await geschiedenis.textContent(), new RegExp(escape(BESCHIKKINGSNUMMER)));
    await toegankelijkheid(page, 'the history of the ended arrangement');

    // --- On the pupil's page the medewerker lets the demo expert see Jip for a while, then ends it early. ---
    await inhoud.getByRole('region', { name: 'Leerling' }).getByRole('link', { name: LEERLING, exact: true }).click();
    const betrokkenen = inhoud.getByRole('region', { name: 'Betrokken experts' });
    await betrokkenen.getByText(`Er is nog geen expert bij ${LEERLING} betrokken.`, { exact: true }).waitFor({ timeout: WACHTTIJD });
    await betrokkenen.getByRole('button', { name: 'Expert betrekken', exact: true }).click();
    const betrekken = betrokkenen.getByRole('form', { name: 'Expert betrekken' });
    const expertKeuze = betrekken.getByLabel('Expert', { exact: true });
    await expertKeuze.locator('option', { hasText: EXPERT }).waitFor({ state: 'attached', timeout: WACHTTIJD });
    await expertKeuze.selectOption({ label: EXPERT });
    await betrekken.getByLabel('Reden', { exact: true }).fill('Observatie in de klas na het arrangement.');
    await betrekken.getByLabel('Tot en met', { exact: true }).fill(nlDag(OVER_ZES_MAANDEN));
    await betrekken.getByRole('button', { name: 'Expert betrekken', exact: true }).click();
    await betrokkenen.getByText(new RegExp(`^${escape(EXPERT)} mag de leerling zien tot en met \\d+ \\S+ \\d{4}\\.$`)).waitFor({ timeout: WACHTTIJD });
    const betrokkeneRij = betrokkenen.getByRole('table', { name: `Betrokken experts bij ${LEERLING} (1)` }).getByRole('row').filter({ hasText: EXPERT });
    assert.match(await betrokkeneRij.textContent(), new RegExp(`Observatie in de klas na het arrangement\\..*${escape(MEDEWERKER.naam)}.*Actief`));
    await betrokkeneRij.getByRole('button', { name: `Beëindig de betrokkenheid van ${EXPERT}`, exact: true }).click();
    await betrokkenen.getByText(`${EXPERT} ziet ${LEERLING} niet meer.`, { exact: true }).waitFor({ timeout: WACHTTIJD });
    await betrokkeneRij.getByText(`Beëindigd door ${MEDEWERKER.naam}`, { exact: false }).waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, 'the pupil with its betrokken experts');

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'arrangementen.png'), fullPage: true });

    assert.deepEqual(problems.cspViolations, [], 'CSP violations');
    assert.deepEqual(problems.pageErrors, [], 'uncaught page errors');
    assert.deepEqual(problems.consoleErrors, [], 'console errors');
    await page.close();
  });
});

/** After a reload the in-memory token is gone; the server session makes the new sign-in a silent round trip. */
async function meldAanNaHerladen(page, pad) {
  await page.waitForURL(`${BASE_URL}${pad}`, { timeout: WACHTTIJD });
  await page.getByRole('heading', { level: 1, name: `Arrangement voor ${LEERLING}` }).waitFor({ timeout: WACHTTIJD });
}
