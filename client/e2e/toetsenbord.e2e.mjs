// One journey per role with the keyboard only (WCAG 2.1.1): no clicks, no filled-in fields. Every step is Tab,
// Shift+Tab, Enter, Space, the arrow keys or typing, and each step waits for the focus to land where a person would
// expect it. Sign-in included. axe-core checks the screens the journeys end on.
// It starts no server: set BASE_URL, e.g. BASE_URL=http://localhost:8089 node --test e2e/toetsenbord.e2e.mjs
// The demo users must exist (demo mode); DEMO_WACHTWOORD overrides their password. The database persists between runs,
// so whatever a journey creates has a name unique to the run.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BASE_URL, escape, launchBrowser, opPad, recordingPage, toegankelijkheid } from './browser.mjs';

const WACHTWOORD = process.env.DEMO_WACHTWOORD ?? 'Demo-wachtwoord-2026!';
const WACHTTIJD = 15_000;
const RUN = String(Date.now());
// A journey that needs more Tab presses than this to reach what it wants has a focus order worth a look.
const MAXIMAAL_TABS = 80;

let browser;

before(async () => {
  browser = await launchBrowser();
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE_URL });
});

after(async () => {
  await browser?.close();
});

/** What has the focus: its tag, type and an approximation of its accessible name (label, aria-label or text). */
function gefocust(page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return { tag: 'body', naam: '', type: '' };
    const gelabeld = element.getAttribute('aria-labelledby')
      ?.split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
    const naam = element.getAttribute('aria-label') ?? gelabeld ?? element.labels?.[0]?.textContent ?? element.textContent ?? '';
    return { tag: element.tagName.toLowerCase(), naam: naam.replace(/\s+/g, ' ').trim(), type: element.getAttribute('type') ?? '' };
  });
}

/**
 * Presses Tab (or Shift+Tab) until the focus is on an element whose accessible name matches, as a person tabs through
 * the page; fails with the path it took when it gets there in no fewer than MAXIMAAL_TABS presses.
 */
async function tabNaar(page, naam, { terug = false, tag } = {}) {
  const patroon = naam instanceof RegExp ? naam : new RegExp(`^${escape(naam)}`);
  const pad = [];
  for (let i = 0; i < MAXIMAAL_TABS; i += 1) {
    await page.keyboard.press(terug ? 'Shift+Tab' : 'Tab');
    const nu = await gefocust(page);
    if (patroon.test(nu.naam) && (!tag || nu.tag === tag)) return;
    pad.push(`${nu.tag}"${nu.naam.slice(0, 30)}"`);
  }
  assert.fail(`Tab never reached ${patroon} on ${page.url()}; it went: ${pad.join(' > ')}`);
}

/** Waits until the focused element's accessible name matches: where the page itself puts the focus. */
async function focusOp(page, naam) {
  await page.waitForFunction(
    (bron) => {
      const element = document.activeElement;
      const tekst = (element?.getAttribute('aria-label') ?? element?.labels?.[0]?.textContent ?? element?.textContent ?? '').trim();
      return new RegExp(bron).test(tekst);
    },
    naam.source,
    { timeout: WACHTTIJD },
  );
}

/** Signs in on the sign-in page with the keyboard alone, and waits for the signed-in start. */
async function meldAan(page, email, naam) {
  await page.goto(`${BASE_URL}/ik`);
  await page.waitForURL(opPad('/inloggen'), { timeout: WACHTTIJD });
  await page.getByLabel('E-mailadres', { exact: true }).waitFor({ timeout: WACHTTIJD });
  await tabNaar(page, /^E-mailadres/, { tag: 'input' });
  await page.keyboard.type(email);
  await tabNaar(page, /^Wachtwoord/, { tag: 'input' });
  await page.keyboard.type(WACHTWOORD);
  await page.keyboard.press('Enter');
  await page.waitForURL(`${BASE_URL}/ik`, { timeout: WACHTTIJD });
  await page.getByRole('banner').getByText(naam).waitFor({ timeout: WACHTTIJD });
}

/** Opens a page of the main menu with Tab and Enter, from wherever the focus is. */
async function kiesInMenu(page, item, pad) {
  await tabNaar(page, new RegExp(`^${escape(item)}$`), { tag: 'a' });
  await page.keyboard.press('Enter');
  await page.waitForURL(opPad(pad), { timeout: WACHTTIJD });
  await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: WACHTTIJD });
}

/** Opens the first link in the main content whose href matches, with Tab and Enter; returns its path. */
async function openEersteLink(page, href) {
  const eerste = page.getByRole('main').locator('a[href^="/"]').filter({ visible: true });
  const doel = await page.waitForFunction(
    (bron) => [...document.querySelectorAll('main a[href^="/"]')].map((link) => new URL(link.href).pathname).find((p) => new RegExp(bron).test(p)),
    href.source,
    { timeout: WACHTTIJD },
  ).then((antwoord) => antwoord.jsonValue());
  assert.ok((await eerste.count()) > 0, `the page links to ${href}`);
  let gevonden = false;
  for (let i = 0; i < MAXIMAAL_TABS && !gevonden; i += 1) {
    await page.keyboard.press('Tab');
    gevonden = await page.evaluate(
      (pad) => document.activeElement instanceof HTMLAnchorElement && new URL(document.activeElement.href).pathname === pad,
      doel,
    );
  }
  assert.ok(gevonden, `Tab reaches the link to ${doel}`);
  await page.keyboard.press('Enter');
  await page.waitForURL(opPad(doel), { timeout: WACHTTIJD });
  await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: WACHTTIJD });
  return doel;
}

function geenFouten(problems) {
  assert.deepEqual(
    { pageErrors: problems.pageErrors, cspViolations: problems.cspViolations },
    { pageErrors: [], cspViolations: [] },
  );
}

describe('keyboard only', () => {
  it('lets a visitor without an account reach the expertises and the sign-in page', async () => {
    const { page, problems } = await recordingPage(browser.context);
    await page.goto(`${BASE_URL}/`);
    await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: WACHTTIJD });
    // The skip link is the first stop, and takes the focus past the menu to the content.
    await page.keyboard.press('Tab');
    assert.equal((await gefocust(page)).naam, 'Naar de inhoud');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'inhoud');
    await tabNaar(page, /^Expertises$/, { terug: true, tag: 'a' });
    await page.keyboard.press('Enter');
    await page.waitForURL(opPad('/expertises'), { timeout: WACHTTIJD });
    await page.getByRole('table', { name: /Expertises/ }).waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, 'the expertises, reached by keyboard');
    await tabNaar(page, /^Inloggen$/, { terug: true });
    await page.keyboard.press('Enter');
    await page.waitForURL(opPad('/inloggen'), { timeout: WACHTTIJD });
    await tabNaar(page, /^E-mailadres/, { tag: 'input' });
    geenFouten(problems);
    await page.close();
  });

  it("lets the beheerder create an account, copy its activation code and deactivate it", async () => {
    const context = await launchBrowser();
    try {
      await context.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE_URL });
      const { page, problems } = await recordingPage(context.context);
      const account = { naam: `Toetsenbord ${RUN}`, email: `toetsenbord-${RUN}@e2e.passendonderwijs.nl` };
      await meldAan(page, 'beheerder@demo.passendonderwijs.nl', 'Bea Beheer');
      await kiesInMenu(page, 'Accounts', '/gebruikers');
      await page.getByRole('table', { name: 'Accounts van uw samenwerkingsverband' }).waitFor({ timeout: WACHTTIJD });

      await tabNaar(page, /^Naam/, { tag: 'input' });
      await page.keyboard.type(account.naam);
      await page.keyboard.press('Tab');
      await page.keyboard.type(account.email);
      // The role is a radio group: Tab enters it, the arrow keys choose.
      await tabNaar(page, /.+/, { tag: 'input' });
      assert.equal((await gefocust(page)).type, 'radio');
      await page.keyboard.press('ArrowDown');
      const rol = await page.evaluate(() => document.activeElement?.labels?.[0]?.textContent?.trim());
      await tabNaar(page, /^Account aanmaken$/, { tag: 'button' });
      await page.keyboard.press('Enter');

      const code = page.getByRole('region', { name: `Activeringscode voor ${account.naam}` });
      await code.waitFor({ timeout: WACHTTIJD });
      const geheim = await code.locator('code.activeringscode').textContent();
      await tabNaar(page, /^Kopieer de activeringscode/, { tag: 'button' });
      await page.keyboard.press('Enter');
      await code.getByText('Gekopieerd.').waitFor({ timeout: WACHTTIJD });
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), geheim);

      const rij = page.getByRole('table', { name: 'Accounts van uw samenwerkingsverband' }).getByRole('row', { name: new RegExp(escape(account.naam)) });
      await rij.getByText(rol ?? '', { exact: false }).first().waitFor({ timeout: WACHTTIJD });
      await tabNaar(page, new RegExp(`^${escape(account.naam)} deactiveren`), { tag: 'button' });
      await page.keyboard.press('Enter');
      await tabNaar(page, /^Ja, deactiveren$/, { tag: 'button' });
      await page.keyboard.press('Enter');
      await page.getByText(`Het account van ${account.naam} is gedeactiveerd.`).waitFor({ timeout: WACHTTIJD });
      await rij.getByText('Gedeactiveerd').waitFor({ timeout: WACHTTIJD });
      await toegankelijkheid(page, 'the accounts after a keyboard journey');
      geenFouten(problems);
    } finally {
      await context.close();
    }
  });

  it("lets the IB'er correct a rejected form from the error summary and register a pupil", async () => {
    const context = await launchBrowser();
    try {
      const { page, problems } = await recordingPage(context.context);
      await meldAan(page, 'ib@demo.passendonderwijs.nl', "Ilse de IB'er");
      await kiesInMenu(page, 'Leerlingen', '/leerlingen');
      await tabNaar(page, /^Nieuwe leerling/, { tag: 'a' });
      await page.keyboard.press('Enter');
      await page.waitForURL(opPad('/leerlingen/nieuw'), { timeout: WACHTTIJD });
      const formulier = page.getByRole('form', { name: 'Nieuwe leerling registreren' });
      await formulier.waitFor({ timeout: WACHTTIJD });

      // Sent empty: the summary at the top takes the focus, its first link leads to the first field.
      await tabNaar(page, /^Leerling registreren$/, { tag: 'button' });
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.classList.contains('foutoverzicht'), null, { timeout: WACHTTIJD });
      await page.keyboard.press('Tab');
      assert.equal((await gefocust(page)).tag, 'a', 'the first stop after the summary is its first link');
      await page.keyboard.press('Enter');
      await focusOp(page, /^Voornaam/);

      await page.keyboard.type('Toets');
      await tabNaar(page, /^Achternaam/, { tag: 'input' });
      await page.keyboard.type(`Bord ${RUN.slice(-6)}`);
      await tabNaar(page, /^Geboortedatum/, { tag: 'input' });
      await page.keyboard.type('14032017');
      await tabNaar(page, /^School/, { tag: 'select' });
      await page.keyboard.press('ArrowDown');
      await tabNaar(page, /^Groep of klas/, { tag: 'input' });
      await page.keyboard.type('5');
      await page.keyboard.press('Enter');

      await page.waitForURL(/\/leerlingen\/[0-9a-f-]{36}$/, { timeout: WACHTTIJD });
      await page.getByRole('heading', { level: 1, name: new RegExp(`Toets Bord ${RUN.slice(-6)}`) }).waitFor({ timeout: WACHTTIJD });
      await page.getByText('14 maart 2017').first().waitFor({ timeout: WACHTTIJD });
      await toegankelijkheid(page, 'the pupil registered by keyboard');
      geenFouten(problems);
    } finally {
      await context.close();
    }
  });

  it('lets the SWV-medewerker filter the arrangementen and open one', async () => {
    const context = await launchBrowser();
    try {
      const { page, problems } = await recordingPage(context.context);
      await meldAan(page, 'medewerker@demo.passendonderwijs.nl', 'Mo Medewerker');
      await kiesInMenu(page, 'Arrangementen', '/arrangementen');
      await tabNaar(page, /^Status/, { tag: 'select' });
      await page.keyboard.press('ArrowDown');
      const status = await page.evaluate(() => document.activeElement instanceof HTMLSelectElement && document.activeElement.value);
      assert.ok(status, 'the arrow key chose a status');
      // Enter on a select does not send its form: the person tabs on to the button.
      await tabNaar(page, /^Filteren$/, { tag: 'button' });
      await page.keyboard.press('Enter');
      await page.waitForURL(new RegExp(`[?&]status=${escape(status)}`), { timeout: WACHTTIJD });
      // The demo's pupils have arrangementen in most states; the first state in the list has one at least.
      await openEersteLink(page, /^\/arrangementen\/[0-9a-f-]{36}$/);
      await toegankelijkheid(page, 'an arrangement, reached by keyboard');
      geenFouten(problems);
    } finally {
      await context.close();
    }
  });

  it('lets the SWV-medewerker filter the toelaatbaarheidsverklaringen on expiry, sort them and reach one', async () => {
    const context = await launchBrowser();
    try {
      const { page, problems } = await recordingPage(context.context);
      await meldAan(page, 'medewerker@demo.passendonderwijs.nl', 'Mo Medewerker');
      await kiesInMenu(page, 'Toelaatbaarheidsverklaringen', '/toelaatbaarheidsverklaringen');
      await page.getByRole('table', { name: 'Gevonden toelaatbaarheidsverklaringen' }).waitFor({ timeout: WACHTTIJD });
      await tabNaar(page, /^Verloopt binnen/, { tag: 'select' });
      // From "Geen termijn" down to "3 maanden" and "6 maanden".
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      assert.equal(await page.evaluate(() => document.activeElement instanceof HTMLSelectElement && document.activeElement.value), '6');
      await tabNaar(page, /^Filteren$/, { tag: 'button' });
      await page.keyboard.press('Enter');
      await page.waitForURL(`${BASE_URL}/toelaatbaarheidsverklaringen?verlooptBinnen=6`, { timeout: WACHTTIJD });
      // The demo's TLV that ends in two months.
      const tabel = page.getByRole('table', { name: 'Gevonden toelaatbaarheidsverklaringen' });
      await tabel.locator('tbody tr', { hasText: 'TLV-2026-0007' }).waitFor({ timeout: WACHTTIJD });
      await tabNaar(page, /^Periode/, { tag: 'button' });
      await page.keyboard.press('Enter');
      await page.waitForURL(`${BASE_URL}/toelaatbaarheidsverklaringen?sorteer=einddatum&verlooptBinnen=6`, { timeout: WACHTTIJD });
      await tabel.locator('th[aria-sort="ascending"]', { hasText: 'Periode' }).waitFor({ timeout: WACHTTIJD });
      // The focus stays on the header it pressed, and Tab goes on into the rows: the first pupil opens its TLV.
      await page.waitForFunction(() => document.activeElement?.closest('th')?.getAttribute('aria-sort') === 'ascending', null, { timeout: WACHTTIJD });
      await tabNaar(page, /^Noah Bakker$/, { tag: 'a' });
      assert.match(await page.evaluate(() => new URL(document.activeElement.href).pathname), /^\/toelaatbaarheidsverklaringen\/[0-9a-f-]{36}$/);
      await toegankelijkheid(page, 'the TLV list, filtered and sorted by keyboard');
      geenFouten(problems);
    } finally {
      await context.close();
    }
  });

  it('lets the expert open an arrangement from the list', async () => {
    const context = await launchBrowser();
    try {
      const { page, problems } = await recordingPage(context.context);
      await meldAan(page, 'expert@demo.passendonderwijs.nl', 'Eva Expert');
      await kiesInMenu(page, 'Arrangementen', '/arrangementen');
      await openEersteLink(page, /^\/arrangementen\/[0-9a-f-]{36}$/);
      await toegankelijkheid(page, "the expert's arrangement, reached by keyboard");
      geenFouten(problems);
    } finally {
      await context.close();
    }
  });

  it('lets the register-beheerder sort the aanbieders and open one', async () => {
    const context = await launchBrowser();
    try {
      const { page, problems } = await recordingPage(context.context);
      await meldAan(page, 'register@demo.passendonderwijs.nl', 'Rik Register');
      await kiesInMenu(page, 'Aanbieders', '/aanbieders');
      await page.getByRole('table').first().waitFor({ timeout: WACHTTIJD });
      // A sort header is a button in the column header; Enter sorts, and the URL keeps the order.
      await tabNaar(page, /^Naam/, { tag: 'button' });
      await page.keyboard.press('Enter');
      await page.waitForURL(/[?&]sorteer=/, { timeout: WACHTTIJD });
      await openEersteLink(page, /^\/aanbieders\/[^/]+$/);
      await toegankelijkheid(page, 'an aanbieder for the register-beheerder, reached by keyboard');
      geenFouten(problems);
    } finally {
      await context.close();
    }
  });

  it('lets the platform-beheerder create a platform account', async () => {
    const context = await launchBrowser();
    try {
      const { page, problems } = await recordingPage(context.context);
      const naam = `Platform Toets ${RUN}`;
      await meldAan(page, 'platform@demo.passendonderwijs.nl', 'Pia Platform');
      await kiesInMenu(page, 'Accounts van het platform', '/platform-gebruikers');
      await tabNaar(page, /^E-mailadres/, { tag: 'input' });
      await page.keyboard.type(`platform-toets-${RUN}@e2e.passendonderwijs.nl`);
      await tabNaar(page, /^Naam/, { tag: 'input' });
      await page.keyboard.type(naam);
      await tabNaar(page, /^Rol/, { tag: 'select' });
      await page.keyboard.press('ArrowDown');
      await tabNaar(page, /^Account aanmaken$/, { tag: 'button' });
      await page.keyboard.press('Enter');
      await page.getByRole('region', { name: new RegExp(`Activeringscode voor ${escape(naam)}`) }).waitFor({ timeout: WACHTTIJD });
      await toegankelijkheid(page, 'the platform account created by keyboard');
      geenFouten(problems);
    } finally {
      await context.close();
    }
  });
});
