// End-to-end test of an ontwikkelingsperspectiefplan (OPP), by the IB'er of the demo school. She registers a pupil,
// starts the OPP from the start form, fills the concept in the editor, tries to set it before the overleg (the page lists what is
// missing), records the overleg, the hoorrecht and the ouders' instemming, sets it, confirms the ROD registration,
// makes a new version with a changed goal (the page says the handelingsdeel needs the ouders again, the versions
// section shows the change), opens the print view and evaluates.
// Axe on the start form and on the detail page with each step form open once, 320 px reflow of the detail page, and
// no console or CSP error but the one 422 asked for. It starts no server: set BASE_URL. The demo users must exist
// (demo mode); the database persists between runs, so the pupil is new every run (one open OPP per pupil and school).
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ARTIFACTS, BASE_URL, escape, launchBrowser, meldAan, recordingPage, toegankelijkheid, zetStap } from './browser.mjs';

const IB_ER = { email: 'ib@demo.passendonderwijs.nl', naam: "Ilse de IB'er" };
const WACHTTIJD = 15_000;

const RUN = String(Date.now());
const VOORNAAM = 'Olle';
const ACHTERNAAM = `OPP ${RUN}`;
const LEERLING = `${VOORNAAM} ${ACHTERNAAM}`;
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** A day as the SPA and the API write it (2026-11-24), in the local time zone, like the SPA's own "today". */
function isoDag(dag) {
  const maand = String(dag.getMonth() + 1).padStart(2, '0');
  return `${dag.getFullYear()}-${maand}-${String(dag.getDate()).padStart(2, '0')}`;
}
/** The same day as a person types it (24-11-2026). */
const nlDag = (iso) => iso.split('-').reverse().join('-');
const OVER_DRIE_MAANDEN = (() => {
  const dag = new Date();
  dag.setMonth(dag.getMonth() + 3);
  return isoDag(dag);
})();

const KORT_DOEL = 'Werkt tien minuten zelfstandig aan een taak.';
const NIEUW_KORT_DOEL = 'Werkt twintig minuten zelfstandig aan een taak.';

const LANG_DOEL = 'Leest aan het eind van groep 8 op AVI E6.';

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/** Saves the concept in the editor on the page and waits until the SPA says it is saved. */
async function slaConceptOp(page) {
  const editor = page.getByRole('form', { name: 'Concept van het plan bewerken' });
  const verzoek = page.waitForRequest((request) => request.method() === 'PUT' && new URL(request.url()).pathname.endsWith('/concept'));
  await editor.getByRole('button', { name: 'Concept opslaan', exact: true }).click();
  assert.match((await verzoek).headers()['if-match'] ?? '', /^"\d+"$/, 'the concept is saved with If-Match');
  await editor.getByText('Het concept is opgeslagen.', { exact: true }).waitFor({ timeout: WACHTTIJD });
}

/** Fills version 1 in the editor, section by section: complete, with a long- and a short-term goal. */
async function vulConcept(page) {
  const editor = page.getByRole('form', { name: 'Concept van het plan bewerken' });
  await editor.getByLabel('Verwachte uitstroombestemming', { exact: true }).selectOption('vmbo-kb');
  await editor.getByLabel('Onderbouwing van de uitstroombestemming', { exact: true }).fill('Olle leert het best door te doen.');
  await editor.getByLabel('Belemmerende factoren', { exact: true }).fill('Snel afgeleid in een drukke klas.');
  await editor.getByLabel('Bevorderende factoren', { exact: true }).fill('Gemotiveerd en sociaal sterk.');
  for (const [nummer, termijn, domein, omschrijving] of [
    [1, 'lange-termijn', 'Technisch lezen', LANG_DOEL],
    [2, 'korte-termijn', 'Werkhouding', KORT_DOEL],
  ]) {
    await editor.getByRole('button', { name: 'Doel toevoegen', exact: true }).click();
    await editor.getByLabel(`Termijn doel ${nummer}`, { exact: true }).selectOption(termijn);
    await editor.getByLabel(`Domein doel ${nummer}`, { exact: true }).fill(domein);
    await editor.getByLabel(`Omschrijving doel ${nummer}`, { exact: true }).fill(omschrijving);
  }
  await editor.getByRole('button', { name: 'Ondersteuning toevoegen', exact: true }).click();
  await editor.getByLabel('Wat bij ondersteuning 1', { exact: true }).fill('Leesbegeleiding in een klein groepje');
  await editor.getByLabel('Door wie bij ondersteuning 1', { exact: true }).fill('Remedial teacher');
  await editor.getByLabel('Hoeveel bij ondersteuning 1', { exact: true }).fill('Twee keer per week een half uur');
  await editor.getByRole('button', { name: 'Evaluatiemoment toevoegen', exact: true }).click();
  await editor.getByLabel('Evaluatiemoment 1', { exact: true }).fill(nlDag(OVER_DRIE_MAANDEN));
  await toegankelijkheid(page, 'the OPP with the concept filled in');
  await slaConceptOp(page);
}

/** Opens a step's form for axe, and closes it again without sending. */
async function bekijkFormulier(page, knop) {
  const paneel = page.getByRole('region', { name: 'Volgende stap' });
  await paneel.getByRole('button', { name: knop, exact: true }).click();
  const form = page.getByRole('form', { name: knop });
  await form.waitFor({ timeout: WACHTTIJD });
  await toegankelijkheid(page, `the OPP with the form "${knop}" open`);
  await form.getByRole('button', { name: 'Annuleren', exact: true }).click();
}

describe('ontwikkelingsperspectiefplannen', () => {
  it('goes from start to evaluation: concept, overleg, hoorrecht, instemming, vaststelling, a new version, evaluation', async () => {
    const { page, problems } = await recordingPage(browser.context);
    const inhoud = page.getByRole('main');

    // --- The IB'er registers a new pupil at 12AB00 (an open OPP per pupil and school blocks a second one). ---
    await meldAan(page, IB_ER, '/leerlingen/nieuw');
    const registratie = page.getByRole('form', { name: 'Nieuwe leerling registreren' });
    await registratie.getByLabel('Voornaam', { exact: true }).fill(VOORNAAM);
    await registratie.getByLabel('Achternaam', { exact: true }).fill(ACHTERNAAM);
    await registratie.getByLabel('Geboortedatum', { exact: true }).fill('14032016');
    await registratie.getByLabel('Groep of klas', { exact: true }).fill('6');
    await registratie.getByRole('button', { name: 'Leerling registreren', exact: true }).click();
    await page.waitForURL(new RegExp(`^${escape(BASE_URL)}/leerlingen/${UUID}$`), { timeout: WACHTTIJD });
    const leerlingId = new URL(page.url()).pathname.split('/').at(-1);

    // --- From the pupil page's OPP section to the start form. ---
    await inhoud.getByRole('link', { name: 'OPP starten', exact: true }).click();
    await page.waitForURL(`${BASE_URL}/ontwikkelingsperspectiefplannen/nieuw?leerling=${leerlingId}`, { timeout: WACHTTIJD });
    const start = page.getByRole('form', { name: 'OPP starten' });
    await start.getByText(`Gekozen: ${LEERLING}, geboren 14-03-2016, `).waitFor({ timeout: WACHTTIJD });
    await start.getByText(/^School: .*\(12AB00\), groep 6\.$/).waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, '/ontwikkelingsperspectiefplannen/nieuw');
    await start.getByRole('radio', { name: 'Start van extra ondersteuning', exact: true }).check();
    await start.getByRole('button', { name: 'OPP starten', exact: true }).click();
    await page.waitForURL(new RegExp(`^${escape(BASE_URL)}/ontwikkelingsperspectiefplannen/${UUID}$`), { timeout: WACHTTIJD });
    const oppPad = new URL(page.url()).pathname;
    await page.getByRole('heading', { level: 1, name: `Ontwikkelingsperspectiefplan van ${LEERLING}` }).waitFor({ timeout: WACHTTIJD });
    await inhoud.getByText(/^Het OPP is gestart\. Stel het vast uiterlijk \d+ \S+ \d{4}\.$/).waitFor();
    const samenvatting = inhoud.getByRole('region', { name: 'Samenvatting' });
    assert.match(await samenvatting.textContent(), /Concept, nog niet vastgesteld/);
    assert.match(await samenvatting.textContent(), /Start van extra ondersteuning/);
    await toegankelijkheid(page, 'the new OPP');

    // --- The plan itself, in the editor. ---
    await vulConcept(page);

    // --- Setting it before the overleg and the hoorrecht: the form warns, and the API's 422 lists what is missing. ---
    const paneel = inhoud.getByRole('region', { name: 'Volgende stap' });
    await paneel.getByRole('button', { name: 'Vaststellen', exact: true }).click();
    const vaststelling = page.getByRole('form', { name: 'Vaststellen' });
    await vaststelling.getByText('het overleg met de ouders over deze versie', { exact: true }).waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, 'the OPP with the form "Vaststellen" open');
    await vaststelling.getByRole('button', { name: 'OPP vaststellen', exact: true }).click();
    const fout = vaststelling.getByRole('alert');
    await fout.getByText('Het OPP is niet vastgesteld.').waitFor({ timeout: WACHTTIJD });
    const problemen = await fout.getByRole('listitem').allTextContents();
    assert.deepEqual(
      problemen,
      ['Leg eerst het overleg met de ouders over deze versie vast.', 'Leg eerst vast dat de leerling is gehoord, of waarom niet.'],
      'the 422 lists every missing part in Dutch',
    );
    await toegankelijkheid(page, 'the vaststelling with its problems');
    await vaststelling.getByRole('button', { name: 'Annuleren', exact: true }).click();

    // --- Overleg, hoorrecht, instemming on exactly this text, and the vaststelling. ---
    await zetStap(page, {
      knop: 'Overleg met de ouders vastleggen',
      verstuur: 'Overleg vastleggen',
      pad: '/overleg',
      gelukt: 'Het overleg met de ouders is vastgelegd.',
      vul: async (form) => {
        await toegankelijkheid(page, 'the OPP with the form "Overleg" open');
        await form.getByLabel('Deelnemers', { exact: true }).fill('Moeder, mentor en intern begeleider');
        await form.getByLabel('Uitkomst van het overleg', { exact: true }).fill('De ouders kunnen zich vinden in de doelen.');
      },
    });
    await zetStap(page, {
      knop: 'Hoorrecht van de leerling vastleggen',
      verstuur: 'Hoorrecht vastleggen',
      pad: '/hoorrecht',
      gelukt: 'Het hoorrecht van de leerling is vastgelegd.',
      vul: async (form) => {
        await form.getByRole('radio', { name: 'Ja', exact: true }).check();
        await toegankelijkheid(page, 'the OPP with the form "Hoorrecht" open');
        await form.getByLabel('Wat vertelde de leerling?', { exact: true }).fill('Olle wil graag beter leren lezen.');
      },
    });
    await zetStap(page, {
      knop: 'Instemming van de ouders vastleggen',
      verstuur: 'Antwoord vastleggen',
      pad: '/instemming',
      gelukt: 'De instemming van de ouders is vastgelegd.',
      vul: async (form) => {
        await form.getByText('Het antwoord gaat over het handelingsdeel van versie 1, precies zoals het er nu staat.').waitFor();
        await form.getByRole('radio', { name: 'Zij stemmen in met het handelingsdeel', exact: true }).check();
        await toegankelijkheid(page, 'the OPP with the form "Instemming" open');
        await form.getByLabel('Ouder of verzorger', { exact: true }).fill('Moeder van Olle');
        await form.getByRole('radio', { name: 'Op papier ondertekend', exact: true }).check();
      },
    });
    const procedure = inhoud.getByRole('region', { name: 'Procedure van versie 1' });
    await procedure
      .getByText('De ouders stemden in met het handelingsdeel van versie 1, precies zoals het er nu staat.', { exact: true })
      .waitFor({ timeout: WACHTTIJD });
    await zetStap(page, {
      knop: 'Vaststellen',
      verstuur: 'OPP vaststellen',
      pad: '/vaststelling',
      gelukt: 'Het OPP is vastgesteld.',
    });
    await inhoud.locator('.ondertitel').getByText('Vastgesteld', { exact: true }).waitFor({ timeout: WACHTTIJD });
    assert.match(await samenvatting.textContent(), /Geldende versieVersie 1/);

    // --- A regular primary school registers the begindatum in ROD. ---
    await inhoud.getByRole('region', { name: 'Registratie in ROD' }).getByText(/nog te registreren/).waitFor({ timeout: WACHTTIJD });
    await zetStap(page, {
      knop: 'Registratie in ROD bevestigen',
      verstuur: 'Registratie bevestigen',
      pad: '/rod-registratie',
      gelukt: 'De registratie in ROD is bevestigd.',
      vul: () => toegankelijkheid(page, 'the OPP with the form "ROD" open'),
    });
    await inhoud.getByRole('region', { name: 'Registratie in ROD' }).getByText(/geregistreerd op/).waitFor({ timeout: WACHTTIJD });

    // --- A new version with a changed goal: the handelingsdeel needs the ouders again. ---
    await zetStap(page, {
      knop: 'Nieuwe versie maken',
      pad: '/herziening',
      gelukt: 'De nieuwe versie is gemaakt. Werk het concept hieronder bij.',
      vul: () => toegankelijkheid(page, 'the OPP with the form "Nieuwe versie maken" open'),
    });
    await inhoud.locator('.ondertitel').getByText('Vastgesteld, nieuwe versie in concept', { exact: true }).waitFor({ timeout: WACHTTIJD });
    const editor = page.getByRole('form', { name: 'Concept van het plan bewerken' });
    await editor.getByLabel('Omschrijving doel 2', { exact: true }).fill(NIEUW_KORT_DOEL);
    await slaConceptOp(page);
    await inhoud
      .getByRole('region', { name: 'Procedure van versie 2' })
      .getByText('Het handelingsdeel is gewijzigd ten opzichte van versie 1: de ouders moeten opnieuw instemmen met deze tekst.', {
        exact: true,
      })
      .waitFor({ timeout: WACHTTIJD });
    // The versions section compares the version that holds with the concept: the goal as it was and as it becomes.
    const versies = inhoud.getByRole('region', { name: 'Versies', exact: true });
    await versies.getByText(NIEUW_KORT_DOEL, { exact: true }).waitFor({ timeout: WACHTTIJD });
    await versies.getByText(KORT_DOEL, { exact: true }).waitFor({ timeout: WACHTTIJD });
    assert.match(await versies.textContent(), /Doel 2: omschrijving/, 'the diff names the changed field');

    // --- The print view of version 1. ---
    await versies.getByRole('link', { name: 'Versie 1 afdrukken', exact: true }).click();
    await page.waitForURL(`${BASE_URL}${oppPad}/versies/1/afdrukken`, { timeout: WACHTTIJD });
    await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: WACHTTIJD });
    await inhoud.getByText(LANG_DOEL).first().waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, 'the print view of version 1');
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: `Ontwikkelingsperspectiefplan van ${LEERLING}` }).waitFor({ timeout: WACHTTIJD });

    // --- The evaluation of version 1, which holds until version 2 is set. ---
    await zetStap(page, {
      knop: 'Evalueren met de ouders',
      verstuur: 'Evaluatie vastleggen',
      pad: '/evaluaties',
      gelukt: 'De evaluatie is vastgelegd.',
      vul: async (form) => {
        await form.getByLabel('Deelnemers', { exact: true }).fill('Moeder en mentor');
        const doelen = form.getByRole('group', { name: /^Doel \d/ });
        assert.equal(await doelen.count(), 2, 'every goal of version 1');
        assert.match(await doelen.nth(1).textContent(), new RegExp(escape(KORT_DOEL)), 'the goals of the version that holds');
        await doelen.nth(0).getByRole('radio', { name: 'Nee', exact: true }).check();
        await doelen.nth(0).getByLabel('Toelichting (niet verplicht)', { exact: true }).fill('Nog op AVI E5.');
        await doelen.nth(1).getByRole('radio', { name: 'Ja', exact: true }).check();
        await form.getByLabel('Conclusie', { exact: true }).fill('Het korte-termijndoel kan hoger.');
        await form.getByRole('group', { name: 'Volgt er een nieuwe versie van het OPP?' }).getByRole('radio', { name: 'Ja', exact: true }).check();
        await toegankelijkheid(page, 'the OPP with the form "Evalueren" open');
      },
    });
    const evaluaties = inhoud.getByRole('region', { name: 'Evaluaties' });
    const evaluatie = evaluaties.getByRole('article', { name: /^Evaluatie 1, / });
    await evaluatie.waitFor({ timeout: WACHTTIJD });
    const rijen = await evaluatie.getByRole('row').allTextContents();
    assert.ok(rijen.some((rij) => rij.includes(LANG_DOEL) && rij.includes('NeeNog op AVI E5.')), rijen.join(' | '));
    assert.match(await evaluatie.textContent(), /Ja, er volgt een nieuwe versie/);

    // --- The forms not opened yet, for axe; the whole page once more, and at 320 CSS px. ---
    await bekijkFormulier(page, 'Afsluiten');
    await toegankelijkheid(page, 'the OPP in herziening');
    await page.setViewportSize({ width: 320, height: 800 });
    const breedte = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(breedte <= 320, `the OPP is ${breedte} px wide at 320 px`);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'opp-320.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: join(ARTIFACTS, 'opp.png'), fullPage: true });

    // The browser logs the one 422 asked for: the vaststelling before the overleg and the hoorrecht.
    assert.deepEqual(
      problems.consoleErrors,
      ['Failed to load resource: the server responded with a status of 422 (Unprocessable Entity)'],
      'no console errors but the intended 422',
    );
    assert.deepEqual(problems.pageErrors, [], 'no uncaught exceptions');
    assert.deepEqual(problems.cspViolations, [], 'no CSP violations');
    await page.close();
  });
});
