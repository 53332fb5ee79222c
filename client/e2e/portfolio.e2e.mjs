// End-to-end test of the regional portfolio's expertise. Bella the beleidsmedewerker opens Portfolio and sees regio
// Noord offer the handbook's seven gebieden, each carried by an expert; she changes Zuid's offer (jonge kind added, a
// gebied nobody carries there) and Hanna Hoogland's entry (she also works in Zuid), then sets both back, so the
// journey can run again on the same database. Ilse the IB'er sees the offer, not the expertboek. Axe on each view,
// also at 320 px. Set BASE_URL (see arrangementen.e2e.mjs); the demo data must be there.
import { after, before, describe, it } from 'node:test';
import { geenProblemen, launchBrowser, meldAan, opPad, recordingPage, toegankelijkheid } from './browser.mjs';

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

async function zetAanbodZuid(inhoud, jongeKind) {
  await inhoud.getByRole('button', { name: 'Aanbod van regio Zuid wijzigen' }).click();
  const formulier = inhoud.getByRole('form', { name: 'Aanbod van regio Zuid wijzigen' });
  await formulier.getByRole('checkbox', { name: 'Jonge kind' }).setChecked(jongeKind);
  await formulier.getByRole('button', { name: 'Aanbod opslaan' }).click();
  await inhoud.getByText('Het aanbod van regio Zuid is opgeslagen.').waitFor({ timeout: WACHTTIJD });
}

async function zetHannaOokInZuid(inhoud, ookInZuid) {
  await inhoud.getByRole('button', { name: 'Wijzigen: Hanna Hoogland' }).click();
  const formulier = inhoud.getByRole('form', { name: 'Expertboek van Hanna Hoogland' });
  await formulier.getByRole('group', { name: /Werkt ook in/ }).getByRole('checkbox', { name: 'Zuid' }).setChecked(ookInZuid);
  await formulier.getByRole('button', { name: 'Opslaan' }).click();
  await inhoud.getByText('Het expertboek van Hanna Hoogland is opgeslagen.').waitFor({ timeout: WACHTTIJD });
}

describe('the regional portfolio', () => {
  it('lets the beleidsmedewerker read and change the offer per regio and the expertboek', async () => {
    const { page, problems } = await recordingPage(browser.context);
    const inhoud = page.getByRole('main');
    await meldAan(page, BELEID, '/portfolio');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Portfolio' }).click();
    await page.waitForURL(opPad('/portfolio'), { timeout: WACHTTIJD });

    const noord = inhoud.getByRole('table', { name: 'Aanbod van regio Noord' });
    await noord.waitFor({ timeout: WACHTTIJD });
    await noord.getByRole('row', { name: /Hoogbegaafdheid.*Hanna Hoogland/ }).waitFor({ timeout: WACHTTIJD });
    await noord.getByRole('row', { name: /Gedrag.*Eva Expert/ }).waitFor({ timeout: WACHTTIJD });
    await inhoud.getByRole('table', { name: 'Experts van het samenwerkingsverband' }).getByRole('row', { name: /Eva Expert.*0,6 fte/ }).waitFor({ timeout: WACHTTIJD });
    await toegankelijkheid(page, '/portfolio');

    // Zuid gets jonge kind: nobody carries it there yet, and the table says so.
    await zetAanbodZuid(inhoud, true);
    const zuid = inhoud.getByRole('table', { name: 'Aanbod van regio Zuid' });
    await zuid.getByRole('row', { name: /Jonge kind.*Nog geen expert/ }).waitFor({ timeout: WACHTTIJD });

    // Hanna also works in Zuid: the expertboek says so; then everything is set back for the next run.
    await zetHannaOokInZuid(inhoud, true);
    await toegankelijkheid(page, '/portfolio after changes');
    await inhoud.getByRole('table', { name: 'Experts van het samenwerkingsverband' }).getByRole('row', { name: /Hanna Hoogland.*Zuid/ }).waitFor({ timeout: WACHTTIJD });
    await zetHannaOokInZuid(inhoud, false);
    await zetAanbodZuid(inhoud, false);

    await page.setViewportSize({ width: 320, height: 640 });
    await toegankelijkheid(page, '/portfolio at 320 px');
    geenProblemen(problems);
  });

  it("shows the IB'er the offer per regio and not the expertboek", async () => {
    // A browser of her own: the beleidsmedewerker's sign-in session must not carry over.
    const eigen = await launchBrowser();
    try {
      const { page, problems } = await recordingPage(eigen.context);
      const inhoud = page.getByRole('main');
      await meldAan(page, IB_ER, '/portfolio');
      await inhoud.getByRole('table', { name: 'Aanbod van regio Noord' }).waitFor({ timeout: WACHTTIJD });
      if ((await inhoud.getByRole('heading', { name: 'Expertboek' }).count()) > 0) throw new Error('the IB’er sees the expertboek');
      if ((await inhoud.getByRole('button', { name: /wijzigen/ }).count()) > 0) throw new Error('the IB’er is offered a change');
      await toegankelijkheid(page, '/portfolio as IB’er');
      geenProblemen(problems);
    } finally {
      await eigen.close();
    }
  });
});
