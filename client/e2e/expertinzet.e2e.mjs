// End-to-end test of the expert inzet along the HGW cycle (issue 20), in three roles. A casus of Ilse's school gets the
// outcome 'inzet van een expert' in her lokaal netwerk (set up through the API: casuistiek.e2e.mjs walks those screens).
// Ilse the IB'er (ib@demo) starts the inzet for Daan Jansen from that casus in her list of cases, reading first what an
// expert does not do; Pim the
// regionaal procesbegeleider (procesbegeleider@demo) finds it in Mijn werkvoorraad and links Eva Expert; Eva
// (expert@demo) sees it under "Mijn trajecten" and in Mijn werkvoorraad, follows the line to the inzet,
// walks the phases with a note, the summary and the plan van aanpak, registers hours until the budget bar warns, and
// closes with her advice. Ilse then fills in the tevredenheidsonderzoek the closing sent her school, and Mila the
// manager ondersteuning (manager@demo) reads the results and the answers. Axe passes on every screen. Set BASE_URL (see arrangementen.e2e.mjs); the demo data must be
// there. Re-runnable: every run starts from a new casus and starts a new inzet.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { api, geenProblemen, isoDag, laadTot, launchBrowser, meldAan, recordingPage, toegankelijkheid, volgendAccessToken } from './browser.mjs';

const IB_ER = { email: 'ib@demo.passendonderwijs.nl', naam: "Ilse de IB'er" };
const PROCESBEGELEIDER = { email: 'procesbegeleider@demo.passendonderwijs.nl', naam: 'Pim Procesbegeleider' };
const EXPERT = { email: 'expert@demo.passendonderwijs.nl', naam: 'Eva Expert' };
const MANAGER = { email: 'manager@demo.passendonderwijs.nl', naam: 'Mila Manager' };
const WACHTTIJD = 15_000;

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/**
 * One person in a browser of their own; `werk` also gets their access token. Returns what `werk` returns.
 * `verwachteConsolefouten`: the failed requests the journey provokes on purpose.
 */
async function alsPersoon(wie, pad, werk, verwachteConsolefouten = []) {
  const eigen = await launchBrowser();
  try {
    const { page, problems } = await recordingPage(eigen.context);
    const token = volgendAccessToken(page);
    await meldAan(page, wie, pad);
    const uitkomst = await werk(page, page.getByRole('main'), await token);
    geenProblemen(problems, verwachteConsolefouten);
    return uitkomst;
  } finally {
    await eigen.close();
  }
}

async function stap(inhoud, knop, bevestiging) {
  await inhoud.getByRole('button', { name: knop, exact: true }).click();
  await inhoud.getByText(bevestiging, { exact: true }).waitFor({ timeout: WACHTTIJD });
}

/** A week from today, as the API writes a date. */
const overEenWeek = () => isoDag(7);

/** The school brings a case in, the procesbegeleider discusses it and chooses an expert on 'jonge kind'; its id. */
async function casusMetInzetExpert() {
  const casus = await alsPersoon(IB_ER, '/casussen', async (page, _inhoud, token) => {
    const { body } = await api(page, token, 'POST', '/casussen', {
      data: {
        ondersteuningsvraag: 'Hoe helpen we een kleuter die nog niet met andere kinderen speelt?',
        leerjaarband: 'groep-1-2',
        geprobeerd: 'Samenspel in kleine groepjes, zes weken lang.',
        expertisegebied: 'jonge-kind',
      },
      status: 201,
    });
    return body;
  });
  await alsPersoon(PROCESBEGELEIDER, '/lokale-netwerken', async (page, _inhoud, token) => {
    const { body: bespreking } = await api(page, token, 'POST', '/netwerkbesprekingen', {
      data: { regio: casus.regio, lokaalNetwerk: casus.lokaalNetwerk, datum: overEenWeek(), aanwezigen: ['intern-begeleider', 'regionaal-procesbegeleider'] },
      status: 201,
    });
    const { body: besproken } = await api(page, token, 'POST', `/casussen/${casus.id}/bespreking`, { data: { besprekingId: bespreking.id }, ifMatch: casus.versie });
    const { body: besloten } = await api(page, token, 'POST', `/casussen/${casus.id}/uitkomst`, {
      data: { soort: 'inzet-expert', expertisegebied: 'jonge-kind', advies: 'Een expert kijkt mee in de klas.' },
      ifMatch: besproken.versie,
    });
    assert.equal(besloten.uitkomst.soort, 'inzet-expert');
  });
  return casus.id;
}

/**
 * Mijn werkvoorraad has the inzet at `pad` waiting for this person with `actie` (loading more until it is there); the
 * person follows its link to the inzet. Axe passes on the werkvoorraad.
 */
async function volgLijnInWerkvoorraad(page, inhoud, pad, actie) {
  const tabel = inhoud.getByRole('table', { name: /^Wat op uw actie wacht/ }).first();
  await tabel.waitFor({ timeout: WACHTTIJD });
  const regel = inhoud.getByRole('row').filter({ has: page.locator(`a[href="${pad}"]`) });
  await laadTot(page, tabel, regel);
  assert.equal(await regel.count(), 1, 'the inzet is in the werkvoorraad once');
  const tekst = await regel.textContent();
  assert.match(tekst, new RegExp(actie), 'the line says what waits');
  assert.match(tekst, /Inzet van een expert/, 'the line says what kind of case it is');
  assert.match(tekst, /Jonge kind/, 'the line names the expertisegebied');
  await toegankelijkheid(page, `Mijn werkvoorraad with "${actie}"`);
  await regel.getByRole('link', { name: 'Daan Jansen', exact: true }).click();
  await page.waitForURL((url) => url.pathname === pad, { timeout: WACHTTIJD });
}

/**
 * Waits until the IB'er's list shows `formulier`: the outbox sends the onderzoek right after the inzet closed, which may
 * be a moment after this page loaded. Each round waits for the list to be there, then looks again after a reload.
 */
async function wachtOpOnderzoek(page, inhoud, formulier) {
  for (let ronde = 1; ronde <= 10; ronde++) {
    await inhoud.getByRole('form').or(inhoud.getByText('Er staat geen onderzoek voor u open.')).first().waitFor({ timeout: WACHTTIJD });
    if ((await formulier.count()) > 0) return;
    await page.reload();
  }
  await formulier.first().waitFor({ timeout: WACHTTIJD });
}

describe('Inzet van een expert', () => {
  it('is started by the school, linked by the procesbegeleider and carried out by the expert', async () => {
    const casusId = await casusMetInzetExpert();
    const pad = await alsPersoon(IB_ER, '/casussen', async (page, inhoud) => {
      // The school starts the inzet from its case: the list offers it, the form has the case and its gebied chosen.
      await inhoud.locator(`a[href="/expertinzetten/nieuw?casusId=${casusId}"]`).click({ timeout: WACHTTIJD });
      await inhoud.getByRole('heading', { name: 'Wat een expert niet doet' }).waitFor({ timeout: WACHTTIJD });
      await inhoud.getByText('De expert schrijft geen OPP\'s.').waitFor({ timeout: WACHTTIJD });
      await toegankelijkheid(page, '/expertinzetten/nieuw');

      const leerlingKeuze = inhoud.getByRole('combobox', { name: 'Leerling', exact: true });
      await leerlingKeuze.fill('Daan');
      await inhoud.getByRole('listbox', { name: 'Gevonden leerlingen' }).getByRole('option', { name: /^Daan Jansen/ }).first().waitFor({ timeout: WACHTTIJD });
      await leerlingKeuze.press('ArrowDown');
      await leerlingKeuze.press('Enter');
      assert.equal(await inhoud.getByLabel('Casus uit het lokaal netwerk').inputValue(), casusId);
      assert.equal(await inhoud.getByLabel('Expertisegebied').inputValue(), 'jonge-kind', 'the gebied the lokaal netwerk chose');
      await inhoud.getByLabel('Ondersteuningsvraag').fill('Hoe helpen we Daan om met andere kinderen te spelen?');
      await inhoud.getByLabel('Belemmerende factoren').fill('Daan speelt vaak alleen.');
      await inhoud.getByLabel('Stimulerende factoren').fill('Daan bouwt graag.');
      await inhoud.getByLabel('Ondersteuning die de school al bood').fill('Samenspel in kleine groepjes.');
      await inhoud.getByRole('button', { name: 'Inzet starten', exact: true }).click();
      await page.waitForURL(/\/expertinzetten\/[0-9a-f-]{36}$/, { timeout: WACHTTIJD });
      await inhoud.getByRole('heading', { name: 'Inzet van een expert voor Daan Jansen' }).waitFor({ timeout: WACHTTIJD });
      await inhoud.getByText('Wacht op expert', { exact: true }).waitFor({ timeout: WACHTTIJD });
      await toegankelijkheid(page, 'a new inzet');
      return new URL(page.url()).pathname;
    });

    await alsPersoon(PROCESBEGELEIDER, '/werkvoorraad', async (page, inhoud) => {
      // The inzet waits for an expert: the procesbegeleider's to-do, under the role swv-medewerker.
      await volgLijnInWerkvoorraad(page, inhoud, pad, 'Expert koppelen');
      await inhoud.getByRole('heading', { name: 'Expert koppelen' }).waitFor({ timeout: WACHTTIJD });
      await inhoud.getByLabel('Expert', { exact: true }).selectOption({ label: EXPERT.naam });
      await toegankelijkheid(page, 'linking an expert');
      await stap(inhoud, 'Expert koppelen', 'De expert is gekoppeld.');
      await inhoud.getByText('Voorbereiding', { exact: true }).waitFor({ timeout: WACHTTIJD });
    });

    await alsPersoon(EXPERT, '/expertinzetten', async (page, inhoud) => {
      await inhoud.getByRole('heading', { name: 'Mijn trajecten' }).waitFor({ timeout: WACHTTIJD });
      await toegankelijkheid(page, 'Mijn trajecten');
      // Linked: the next phase waits for the expert, who goes there from Mijn werkvoorraad.
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn werkvoorraad', exact: true }).click();
      await volgLijnInWerkvoorraad(page, inhoud, pad, 'Naar de volgende fase');
      await inhoud.getByRole('heading', { name: 'Inzet van een expert voor Daan Jansen' }).waitFor({ timeout: WACHTTIJD });

      await inhoud.getByLabel('Notitie', { exact: true }).fill('Vraag, verwachtingen en rollen besproken met Ilse.');
      await stap(inhoud, 'Notitie toevoegen', 'De notitie is toegevoegd.');
      await stap(inhoud, 'Naar waarnemen', 'De inzet is nu in de fase waarnemen.');
      await stap(inhoud, 'Naar begrijpen', 'De inzet is nu in de fase begrijpen.');
      await inhoud.getByLabel('Conclusies').fill('Daan heeft steun nodig bij samen spelen.');
      await inhoud.getByLabel('Praktische aanbevelingen').fill('Zet Daan met één maatje aan een bouwopdracht.');
      await stap(inhoud, 'Samenvatting delen', 'De samenvatting is gedeeld.');
      await stap(inhoud, 'Naar plannen', 'De inzet is nu in de fase plannen.');

      await inhoud.getByLabel('Toetsbare doelen (één per regel)').fill('Daan speelt twee keer per week tien minuten samen.');
      await inhoud.getByLabel('Interventie', { exact: true }).fill('Maatjeswerk bij het bouwen');
      await inhoud.getByLabel('Van', { exact: true }).fill('2026-12-07');
      await inhoud.getByLabel('Tot', { exact: true }).fill('2027-02-26');
      await inhoud.getByLabel('Wie doet het').fill('Leerkracht');
      await inhoud.getByLabel('Urenbudget van de expert').fill('4');
      await toegankelijkheid(page, 'the plan van aanpak');
      await stap(inhoud, 'Plan van aanpak opslaan', 'Het plan van aanpak is opgeslagen.');
      await stap(inhoud, 'Naar realiseren', 'De inzet is nu in de fase realiseren.');

      const vandaag = isoDag();
      await inhoud.getByLabel('Datum', { exact: true }).fill(vandaag);
      await inhoud.getByLabel('Aantal uren (in kwartieren)').fill('3.25');
      await inhoud.getByLabel('Activiteit').selectOption({ label: 'Observatie' });
      await inhoud.getByLabel('Korte notitie').fill('Observatie in de klas.');
      await stap(inhoud, 'Uren registreren', 'De uren zijn geregistreerd.');
      await inhoud.getByText('3,25 uur van 4 uur gebruikt (81 %).').waitFor({ timeout: WACHTTIJD });
      await inhoud.getByRole('alert').getByText(/^Let op: 3,25 uur van het budget van 4 uur is gebruikt/).waitFor({ timeout: WACHTTIJD });
      await toegankelijkheid(page, 'hours with the budget warning');

      await stap(inhoud, 'Naar evaluatie', 'De inzet is nu in de fase evaluatie.');
      await inhoud.getByLabel('Resultaat').selectOption({ label: 'Doelen behaald' });
      await inhoud.getByLabel('Advies van de expert voor de school').fill('Houd het maatjeswerk vast en breid het uit naar de pauze.');
      await stap(inhoud, 'Inzet afsluiten', 'De inzet is afgesloten.');
      await inhoud.getByText('Advies voor de school: Houd het maatjeswerk vast en breid het uit naar de pauze.').waitFor({ timeout: WACHTTIJD });
      await toegankelijkheid(page, 'a closed inzet');
    });

    await alsPersoon(IB_ER, '/tevredenheid', async (page, inhoud) => {
      const formulier = inhoud.getByRole('form', { name: /^Onderzoek invullen: Inzet van Eva Expert \(Jonge kind\)/ });
      await wachtOpOnderzoek(page, inhoud, formulier);
      const eerste = formulier.first();
      await toegankelijkheid(page, 'the tevredenheidsonderzoek');
      for (const over of ['de werkwijze van de expert', 'wat de expert heeft bijgedragen', 'de bereikbaarheid van de expert', 'de communicatie met de expert']) {
        await eerste.getByRole('group', { name: `Hoe tevreden bent u over ${over}?` }).getByRole('radio', { name: '4 – tevreden' }).check();
      }
      // One question left open: the answer names it, and nothing is stored until it is given.
      await eerste.getByRole('button', { name: 'Onderzoek versturen' }).click();
      const snelheid = eerste.getByRole('group', { name: 'Hoe tevreden bent u over hoe snel de expert werd ingezet?' });
      await snelheid.getByText('Geef een score van 1 tot en met 5.').waitFor({ timeout: WACHTTIJD });
      await snelheid.getByRole('radio', { name: '3 – neutraal' }).check();
      await eerste.getByLabel('Wat wilt u nog kwijt? (niet verplicht)').fill('Duidelijke adviezen voor de klas.');
      await eerste.getByRole('button', { name: 'Onderzoek versturen' }).click();
      await inhoud.getByText('Bedankt. Het onderzoek over Eva Expert is ingevuld.').waitFor({ timeout: WACHTTIJD });
      await toegankelijkheid(page, 'the onderzoek sent');
    }, ['Failed to load resource: the server responded with a status of 400 (Bad Request)']);

    await alsPersoon(MANAGER, '/tevredenheid', async (page, inhoud) => {
      const perExpert = inhoud.getByRole('table', { name: /^Per expert/ });
      await perExpert.getByRole('row', { name: /Eva Expert/ }).waitFor({ timeout: WACHTTIJD });
      await inhoud.getByRole('table', { name: 'Antwoorden van scholen' }).getByRole('row', { name: /Duidelijke adviezen voor de klas\./ }).first()
        .waitFor({ timeout: WACHTTIJD });
      await toegankelijkheid(page, 'the results for the manager ondersteuning');
    });
  });
});
