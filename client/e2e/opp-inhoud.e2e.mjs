// End-to-end test of the print view of an OPP version. The IB'er registers a pupil in the screens, starts an OPP for it
// and fills the concept through the API (the OPP page with the editor is another screen's test), then opens the print
// view of version 1: the content in its sections, the ouders' instemming "Nog niet gevraagd" and the lines to sign;
// on paper no buttons but the moment it was printed. Axe, 320 px without sideways scrolling, no console or CSP error.
// It starts no server: set BASE_URL. The demo users must exist; the database persists, so the pupil's name is unique.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { api, ARTIFACTS, BASE_URL, escape, isoDag, launchBrowser, meldAan, recordingPage, toegankelijkheid, volgendAccessToken } from './browser.mjs';

const IB_ER = { email: 'ib@demo.passendonderwijs.nl', naam: "Ilse de IB'er" };
const WACHTTIJD = 15_000;
const RUN = String(Date.now());
const LEERLING = { voornaam: 'Olaf', achternaam: `OPP ${RUN}` };
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

describe('the print view of an OPP version', () => {
  it('prints a concept with its content, the ouders’ instemming not asked yet and lines to sign', async () => {
    const { page, problems } = await recordingPage(browser.context);
    const inhoud = page.getByRole('main');

    const token = volgendAccessToken(page);
    await meldAan(page, IB_ER, '/leerlingen/nieuw');
    const accessToken = await token;
    const registratie = page.getByRole('form', { name: 'Nieuwe leerling registreren' });
    await registratie.getByLabel('Voornaam', { exact: true }).fill(LEERLING.voornaam);
    await registratie.getByLabel('Achternaam', { exact: true }).fill(LEERLING.achternaam);
    await registratie.getByLabel('Geboortedatum', { exact: true }).fill('14032016');
    await registratie.getByLabel('Groep of klas', { exact: true }).fill('6');
    await registratie.getByRole('button', { name: 'Leerling registreren', exact: true }).click();
    await page.waitForURL(new RegExp(`^${escape(BASE_URL)}/leerlingen/${UUID}$`), { timeout: WACHTTIJD });
    const leerlingId = new URL(page.url()).pathname.split('/').at(-1);

    const { body: gestart } = await api(page, accessToken, 'POST', '/ontwikkelingsperspectiefplannen', {
      data: { leerlingId, aanleiding: 'extra-ondersteuning', startdatum: isoDag(0) },
      status: 201,
    });
    await api(page, accessToken, 'PUT', `/ontwikkelingsperspectiefplannen/${gestart.id}/concept`, {
      ifMatch: gestart.versie,
      data: {
        uitstroombestemming: 'vmbo-kb',
        onderbouwingUitstroom: 'Olaf leert praktisch en gaat vooruit met rekenen.',
        bevorderendeFactoren: 'Gemotiveerd, veel steun thuis.',
        belemmerendeFactoren: 'Leest langzaam.',
        afwijkingen: [{ vakgebied: 'Rekenen', leerlijn: 'Eigen leerlijn rekenen', niveau: '1F' }],
        handelingsdeel: {
          doelen: [
            { termijn: 'lange-termijn', domein: 'Technisch lezen', omschrijving: 'Olaf leest op AVI-niveau E6.' },
            { termijn: 'korte-termijn', domein: 'Technisch lezen', omschrijving: 'Olaf leest op AVI-niveau E4.' },
          ],
          ondersteuning: [{ wat: 'Verlengde instructie lezen', doorWie: 'Leerkracht', omvang: 'Twee keer per week een half uur' }],
          evaluatiemomenten: [isoDag(60)],
          planVanAanpak: {
            doelen: ['Olaf leest elke dag tien minuten hardop.'],
            interventies: [{ wat: 'Observatie in de klas', wie: 'Leesspecialist', van: isoDag(7), tot: isoDag(35) }],
            expertUren: 12.5,
          },
        },
      },
    });

    await page.goto(`${BASE_URL}/ontwikkelingsperspectiefplannen/${gestart.id}/versies/1/afdrukken`);
    await inhoud
      .getByRole('heading', { level: 1, name: `Ontwikkelingsperspectiefplan van ${LEERLING.voornaam} ${LEERLING.achternaam}` })
      .waitFor({ timeout: 2 * WACHTTIJD });
    await inhoud.getByText('Versie 1 · Concept', { exact: false }).waitFor();
    const plan = page.getByRole('region', { name: 'Inhoud van het plan' });
    await plan.getByText('Vmbo kaderberoepsgerichte leerweg', { exact: true }).waitFor();
    await plan.getByText('12,5 uur', { exact: true }).waitFor();
    await page.getByRole('region', { name: 'Instemming van de ouders' }).getByText('Nog niet gevraagd', { exact: true }).waitFor();
    const ondertekening = page.getByRole('region', { name: 'Ondertekening' });
    assert.equal(await ondertekening.getByText('Handtekening', { exact: true }).count(), 2, 'a line to sign for the ouders and the school');
    await toegankelijkheid(page, 'the print view of an OPP version');

    // On paper: no menu or buttons, but when it was printed.
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.getByRole('button', { name: 'Afdrukken', exact: true }).isVisible(), false, 'no print button on paper');
    assert.equal(await page.getByRole('banner').isVisible(), false, 'no site header on paper');
    assert.ok(await page.getByText(/^Afgedrukt op /).isVisible(), 'the paper says when it was printed');
    await page.emulateMedia({ media: 'screen' });

    await page.setViewportSize({ width: 320, height: 800 });
    mkdirSync(ARTIFACTS, { recursive: true });
    await ondertekening.waitFor();
    const breedte = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(breedte <= 320, `the print view is ${breedte} px wide at 320 px`);
    await page.screenshot({ path: join(ARTIFACTS, 'opp-afdruk-320.png'), fullPage: true });
    const knop = await page.getByRole('button', { name: 'Afdrukken', exact: true }).boundingBox();
    const gegevens = await page.getByRole('heading', { level: 2, name: 'Leerling en school' }).boundingBox();
    assert.ok(knop && gegevens && knop.y < gegevens.y, `the print button sits in the page's head (${knop?.y} < ${gegevens?.y})`);

    assert.deepEqual(problems.cspViolations, [], 'CSP violations');
    assert.deepEqual(problems.pageErrors, [], 'uncaught page errors');
    assert.deepEqual(problems.consoleErrors, [], 'console errors');
    await page.close();
  });
});
