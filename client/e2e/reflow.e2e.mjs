// Reflow (WCAG 2.1 1.4.10) for every role: at 320 CSS px every page the person can reach from the menu, and the first
// detail and "nieuw" page linked from each, fits without scrolling sideways, and passes axe. Also takes the screenshots
// of the main screens at desktop (1280 px) and phone (390 px) width, and checks the error summary of a form.
// It starts no server: set BASE_URL, e.g. BASE_URL=http://localhost:8089 npm run test:e2e
// The demo users must exist (demo mode); DEMO_WACHTWOORD overrides their password.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ARTIFACTS, BASE_URL, launchBrowser, meldAan, opPad, recordingPage, toegankelijkheid } from './browser.mjs';

const WACHTTIJD = 15_000;
const SMAL = { width: 320, height: 640 };

const ROLLEN = [
  { email: 'beheerder@demo.passendonderwijs.nl', naam: 'Bea Beheer' },
  { email: 'medewerker@demo.passendonderwijs.nl', naam: 'Mo Medewerker', ook: ['/werkvoorraad', '/toelaatbaarheidsverklaringen'] },
  { email: 'ib@demo.passendonderwijs.nl', naam: "Ilse de IB'er", ook: ['/werkvoorraad', '/toelaatbaarheidsverklaringen'] },
  { email: 'expert@demo.passendonderwijs.nl', naam: 'Eva Expert' },
  { email: 'deskundige@demo.passendonderwijs.nl', naam: 'Dirk Deskundige', ook: ['/werkvoorraad', '/toelaatbaarheidsverklaringen'] },
  { email: 'register@demo.passendonderwijs.nl', naam: 'Rik Register' },
  { email: 'platform@demo.passendonderwijs.nl', naam: 'Pia Platform' },
  { email: 'ouder@demo.passendonderwijs.nl', naam: 'Karin de Vries' },
];

// Detail pages are found from the lists: the first link of each kind under a menu item.
const DETAIL = /^\/(aanbieders|arrangementen|leerlingen|samenwerkingsverbanden|scholen|ouderportaal\/kinderen)\/[^/?#]+$/;

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/**
 * Goes to a page inside the SPA, as a click on a link does: no page load, so no new silent sign-in through the OIDC
 * provider for every page (dozens of those a minute would meet the API's rate limit on /connect).
 */
async function ga(page, pad) {
  await page.evaluate((doel) => {
    window.history.pushState({}, '', doel);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, pad);
  await page.waitForURL(opPad(pad), { timeout: WACHTTIJD });
}

/** Waits until the page has its heading and has finished loading what it shows. */
// A page load signs in again (a round trip through the OIDC provider) before the page asks the API: on a busy machine
// that takes longer than one request, so this wait is twice the others. It is a hang detector, not a speed check.
async function geladen(page) {
  await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 2 * WACHTTIJD });
  await page.waitForFunction(() => !document.querySelector('main')?.textContent?.includes('Laden…'), null, { timeout: 2 * WACHTTIJD });
}

/** The page fits in the viewport's width: nothing makes the document itself scroll sideways. */
async function pastInBreedte(page, waar) {
  const { breedte, venster, uitstekers } = await page.evaluate(() => {
    const venster = document.documentElement.clientWidth;
    // What sticks out: a box past the edge, or text past the edge of its own box (a long word in a narrow box).
    const uitstekers = [...document.querySelectorAll('body *')]
      .filter((element) => !element.parentElement?.closest('.tabel-container'))
      .filter((element) => {
        const rechts = element.getBoundingClientRect().left + element.scrollWidth;
        return element.getBoundingClientRect().right > venster + 1 || (rechts > venster + 1 && getComputedStyle(element).overflowX === 'visible');
      })
      .slice(-5)
      .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} "${element.textContent?.trim().slice(0, 40)}"`);
    return { breedte: document.documentElement.scrollWidth, venster, uitstekers };
  });
  assert.ok(breedte <= 320, `${waar} is ${breedte} px wide at ${venster} px (${uitstekers.join(', ')})`);
}

/** Signs in as `wie` on /ik; at 320 px the sign-in page itself must fit too. */
async function meldAanOpIk(page, wie) {
  await meldAan(page, wie, '/ik', {
    opInlogpagina: async () => {
      if (page.viewportSize()?.width === SMAL.width) await pastInBreedte(page, `the sign-in page (${wie.email})`);
    },
  });
}

/** The menu's pages, and from each the first detail page and the first "nieuw" page it links to. */
async function paginasVan(page) {
  // The menu is folded at 320 px, so it is read from the DOM rather than by role (which skips hidden elements).
  const menu = await page
    .locator('#hoofdmenu a')
    .evaluateAll((links) => links.map((link) => new URL(link.href).pathname));
  // A deskundige has the fewest: Mijn werkvoorraad, Toelaatbaarheidsverklaringen, Expertises and Mijn gegevens.
  assert.ok(menu.length >= 2, `the menu has its pages (${menu.join(' ')})`);
  const paginas = ['/', ...menu];
  for (const pad of menu) {
    await ga(page, pad);
    await geladen(page).catch(async (fout) => {
      const tekst = (await page.locator('body').innerText()).replace(/\s+/g, ' ').slice(0, 300);
      throw new Error(`${pad} did not load (${page.url()}): ${tekst}`, { cause: fout });
    });
    const gelinkt = await page
      .getByRole('main')
      .locator('a[href^="/"]')
      .evaluateAll((links) => links.map((link) => new URL(link.href).pathname));
    const detail = gelinkt.find((href) => DETAIL.test(href) && href.startsWith(`${pad}/`) && !href.endsWith('/nieuw'));
    const nieuw = gelinkt.find((href) => href === `${pad}/nieuw`);
    for (const extra of [detail, nieuw]) if (extra && !paginas.includes(extra)) paginas.push(extra);
  }
  return paginas;
}

describe('reflow at 320 CSS px', () => {
  it('shows the anonymous pages without sideways scrolling', async () => {
    const { page, problems } = await recordingPage(browser.context);
    await page.setViewportSize(SMAL);
    for (const pad of ['/', '/expertises', '/bestaat-niet']) {
      await page.goto(`${BASE_URL}${pad}`);
      await geladen(page);
      await pastInBreedte(page, pad);
      await toegankelijkheid(page, `${pad} at 320 px`);
    }
    assert.deepEqual(problems, { consoleErrors: [], pageErrors: [], cspViolations: [] });
    await page.close();
  });

  for (const rol of ROLLEN) {
    it(`shows every page of ${rol.email} without sideways scrolling, with a menu that opens by keyboard`, async (t) => {
      const context = await launchBrowser();
      try {
        const { page, problems } = await recordingPage(context.context);
        await page.setViewportSize(SMAL);
        await meldAanOpIk(page, rol);

        // The menu folds behind a button that says whether it is open, and works with the keyboard.
        const knop = page.getByRole('button', { name: 'Menu' });
        const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
        assert.equal(await knop.getAttribute('aria-expanded'), 'false');
        assert.equal(await menu.isVisible(), false, 'the menu is folded at 320 px');
        await knop.focus();
        await page.keyboard.press('Enter');
        await menu.getByRole('link', { name: 'Mijn gegevens' }).waitFor({ timeout: WACHTTIJD });
        assert.equal(await knop.getAttribute('aria-expanded'), 'true');
        await pastInBreedte(page, 'the open menu');
        await toegankelijkheid(page, `the open menu of ${rol.email}`);
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        await geladen(page);
        assert.equal(await menu.isVisible(), false, 'choosing a page folds the menu again');

        const paginas = await paginasVan(page);
        t.diagnostic(`visited at 320 px: ${paginas.join(' ')}`);
        // The lists that must be among them (the menu could lose an item without any other check noticing).
        for (const pad of rol.ook ?? []) assert.ok(paginas.includes(pad), `${pad} is checked for ${rol.email}`);
        // Every page is checked before the test fails, so one run lists all that do not fit.
        const mislukt = [];
        for (const pad of paginas) {
          await ga(page, pad);
          const klaar = await geladen(page).then(
            () => true,
            (fout) => mislukt.push(`${pad} did not load: ${fout.message.split('\n')[0]}`) && false,
          );
          if (!klaar) continue;
          for (const controle of [
            () => pastInBreedte(page, `${pad} for ${rol.email}`),
            () => toegankelijkheid(page, `${pad} for ${rol.email} at 320 px`),
          ]) {
            await controle().catch((fout) => mislukt.push(fout.message));
          }
        }
        assert.deepEqual(mislukt, []);
        // A menu item leads only to what the API lets the person see: a 403 would show as a console error here.
        assert.deepEqual(problems, { consoleErrors: [], pageErrors: [], cspViolations: [] });
      } finally {
        await context.close();
      }
    });
  }
});

describe('screenshots and the error summary', () => {
  it('takes the main screens at 1280 and 390 px, and puts the focus on the summary of a failed form', async () => {
    const context = await launchBrowser();
    try {
      const { page, problems } = await recordingPage(context.context);
      await meldAanOpIk(page, ROLLEN[2]);
      mkdirSync(ARTIFACTS, { recursive: true });
      const arrangement = await (async () => {
        await ga(page, '/arrangementen');
        await geladen(page);
        const links = await page
          .getByRole('main')
          .locator('a[href^="/arrangementen/"]')
          .evaluateAll((a) => a.map((link) => new URL(link.href).pathname));
        return links.find((href) => href !== '/arrangementen/nieuw');
      })();
      const schermen = [
        ['start', '/'],
        ['aanbieders', '/aanbieders'],
        ['werkvoorraad', '/werkvoorraad'],
        ...(arrangement ? [['arrangement', arrangement]] : []),
      ];
      for (const [breedte, hoogte] of [
        [1280, 800],
        [390, 844],
      ]) {
        await page.setViewportSize({ width: breedte, height: hoogte });
        for (const [naam, pad] of schermen) {
          await ga(page, pad);
          await page.getByRole('banner').getByText(ROLLEN[2].naam).waitFor({ timeout: WACHTTIJD });
          await geladen(page);
          await page.screenshot({ path: join(ARTIFACTS, `scherm-${naam}-${breedte}.png`), fullPage: true });
        }
        // A form sent empty: the summary at the top takes the focus and links to the fields.
        await ga(page, '/leerlingen/nieuw');
        await geladen(page);
        const formulier = page.getByRole('form', { name: 'Nieuwe leerling registreren' });
        await formulier.getByLabel('Geboortedatum', { exact: true }).fill('31022017');
        await formulier.getByRole('button', { name: 'Leerling registreren' }).click();
        const samenvatting = formulier.locator('.foutoverzicht');
        await samenvatting.waitFor({ timeout: WACHTTIJD });
        await page.waitForFunction(() => document.activeElement?.classList.contains('foutoverzicht'), null, { timeout: WACHTTIJD });
        // A date that does not exist: the summary says so in the field's own Dutch words, not the API's about JSON.
        const eersteLink = samenvatting.getByRole('link', { name: 'Februari 2017 heeft 28 dagen; 31022017 bestaat niet.' });
        await eersteLink.waitFor({ timeout: WACHTTIJD });
        await page.screenshot({ path: join(ARTIFACTS, `scherm-formulier-met-fouten-${breedte}.png`), fullPage: true });
        await toegankelijkheid(page, `the error summary at ${breedte} px`);
        await eersteLink.click();
        assert.ok(
          await page.evaluate(() => ['INPUT', 'SELECT', 'TEXTAREA'].includes(document.activeElement?.tagName ?? '')),
          'the link moves the focus to its field',
        );
      }
      assert.deepEqual(problems.pageErrors, []);
      assert.deepEqual(problems.cspViolations, []);
    } finally {
      await context.close();
    }
  });
});
