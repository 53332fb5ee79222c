import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { haalOppPdfOp, oppPdfBestandsnaam } from '../api/ontwikkelingsperspectiefplannen';
import { mockArrangementApi, probleem, verzoekenNaar } from '../test/arrangementApi';
import { ibEr } from '../test/arrangementFixtures';
import { vangDownloads } from '../test/downloads';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { renderComponent } from '../test/renderApp';
import { PdfKnoppen } from './PdfKnoppen';

const OPP_ID = '0197d3c4-5e6f-7a8b-9c0d-1e2f3a4b5c6d';
const PAD = `/api/v1/ontwikkelingsperspectiefplannen/${OPP_ID}/versies/2/pdf`;
const pdf = () => new Response('%PDF-1.7 opp', { status: 200, headers: { 'Content-Type': 'application/pdf' } });

/** The buttons as the OPP page uses them for one version (the beschikking's use is in BeschikkingKnoppen.test.tsx). */
function toon(antwoord: () => Response = pdf) {
  const fetchMock = mockArrangementApi(antwoord, ibEr());
  renderComponent(
    <PdfKnoppen
      knop="PDF"
      onderwerp="Versie 2 van het OPP"
      groep="OPP versie 2 als PDF"
      bestandsnaam={oppPdfBestandsnaam('Sanne de Vries', 2)}
      haalOp={() => haalOppPdfOp(OPP_ID, 2)}
    />,
    new FakeUserManager(testUser()),
  );
  return fetchMock;
}

describe('PdfKnoppen', () => {
  afterEach(() => vi.restoreAllMocks());

  it('opens the PDF of an OPP version in a new tab from a blob: URL', async () => {
    const { maakUrl } = vangDownloads();
    maakUrl.mockReturnValueOnce('blob:opp');
    const tabblad = { opener: window as unknown, location: { href: 'about:blank' }, close: vi.fn() };
    vi.spyOn(window, 'open').mockImplementation(() => tabblad as unknown as Window);
    const fetchMock = toon();

    fireEvent.click(await screen.findByRole('button', { name: 'PDF bekijken' }));

    await waitFor(() => expect(tabblad.location.href).toBe('blob:opp'));
    expect(tabblad.opener).toBeNull();
    expect(verzoekenNaar(fetchMock, PAD)[0]?.headers.get('Authorization')).toBe('Bearer token-1');
    expect(screen.getByText('Versie 2 van het OPP opent als PDF in een nieuw tabblad.')).toBeDefined();
  });

  it('downloads it under the name the API gives it', async () => {
    const { klik } = vangDownloads();
    toon();

    expect(await screen.findByRole('group', { name: 'OPP versie 2 als PDF' })).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'PDF downloaden' }));

    await waitFor(() => expect(klik).toHaveBeenCalledTimes(1));
    expect((klik.mock.contexts[0] as HTMLAnchorElement).download).toBe('opp-Sanne-de-Vries-v2.pdf');
  });

  it("names the document in the message with the API's reason when it cannot be had", async () => {
    vangDownloads();
    const onbekend = { title: 'Niet gevonden', status: 404, errors: [{ code: 'opp-versie-onbekend', detail: 'Dit OPP heeft geen versie 2.' }] };
    toon(() => probleem(onbekend, 404));

    fireEvent.click(await screen.findByRole('button', { name: 'PDF downloaden' }));

    expect(await screen.findByText('Versie 2 van het OPP kon niet worden gedownload.')).toBeDefined();
    expect(screen.getByText('Dit OPP heeft geen versie 2.')).toBeDefined();
  });
});
