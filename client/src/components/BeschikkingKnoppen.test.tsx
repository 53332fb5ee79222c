import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { components } from '../api/schema';
import { mockArrangementApi, probleem, verzoekenNaar } from '../test/arrangementApi';
import { ibEr } from '../test/arrangementFixtures';
import { vangDownloads } from '../test/downloads';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { medewerker } from '../test/fixtures';
import { renderComponent } from '../test/renderApp';
import { deskundige, tlv, tlvAanvraag, TLV_ID } from '../test/tlvFixtures';
import { useGebruiker } from '../auth/useGebruiker';
import { BeschikkingKnoppen, beschikkingBestandsnaam } from './BeschikkingKnoppen';

type Ik = components['schemas']['Ik'];

const PAD = `/api/v1/toelaatbaarheidsverklaringen/${TLV_ID}/beschikking`;
const pdf = () => new Response('%PDF-1.7 beschikking', { status: 200, headers: { 'Content-Type': 'application/pdf' } });

function toon(element: React.ReactNode, ik: Ik, antwoord: () => Response = pdf) {
  const fetchMock = mockArrangementApi(antwoord, ik);
  renderComponent(element, new FakeUserManager(testUser()));
  return fetchMock;
}

/** Proves the sign-in is done, so a missing button is not just a page still loading. */
function Aangemeld() {
  const { naam } = useGebruiker();
  return naam ? <p>Aangemeld als {naam}</p> : null;
}

/** A tab as window.open hands it back: the SPA only sets where it goes, cuts the opener, or closes it. */
function vangTabblad() {
  const tabblad = { opener: window as unknown, location: { href: 'about:blank' }, close: vi.fn() };
  const open = vi.spyOn(window, 'open').mockImplementation(() => tabblad as unknown as Window);
  return { tabblad, open };
}

describe('BeschikkingKnoppen', () => {
  afterEach(() => vi.restoreAllMocks());

  it('opens the PDF in a new tab from a blob: URL, and revokes the URL of an earlier view', async () => {
    const { maakUrl } = vangDownloads();
    maakUrl.mockReturnValueOnce('blob:eerste').mockReturnValueOnce('blob:tweede');
    const { tabblad, open } = vangTabblad();
    const fetchMock = toon(<BeschikkingKnoppen tlv={tlv()} />, medewerker());

    fireEvent.click(await screen.findByRole('button', { name: 'Beschikking bekijken' }));

    await waitFor(() => expect(tabblad.location.href).toBe('blob:eerste'));
    expect(open).toHaveBeenCalledWith('', '_blank');
    expect(tabblad.opener).toBeNull();
    const verzoek = verzoekenNaar(fetchMock, PAD)[0];
    expect(verzoek?.headers.get('Authorization')).toBe('Bearer token-1');
    expect(((await maakUrl.mock.calls[0]?.[0].text()) ?? '').startsWith('%PDF')).toBe(true);
    expect(URL.revokeObjectURL).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Beschikking bekijken' }));
    await waitFor(() => expect(tabblad.location.href).toBe('blob:tweede'));
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:eerste');
  });

  it('downloads the PDF under a name with the beschikkingsnummer', async () => {
    const { klik } = vangDownloads();
    toon(<BeschikkingKnoppen tlv={tlv()} />, ibEr());

    expect(await screen.findByRole('group', { name: 'Beschikking TLV-2026-014' })).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Beschikking downloaden' }));

    await waitFor(() => expect(klik).toHaveBeenCalledTimes(1));
    expect((klik.mock.contexts[0] as HTMLAnchorElement).download).toBe('beschikking-TLV-2026-014.pdf');
    expect(beschikkingBestandsnaam('2026/014 a')).toBe('beschikking-2026-014-a.pdf');
  });

  it("shows the API's reason when the PDF cannot be had, and closes the tab it opened", async () => {
    vangDownloads();
    const { tabblad } = vangTabblad();
    const geenBesluit = {
      type: 'https://passendonderwijs.nl/problemen/conflict',
      title: 'Dit kan nu niet.',
      status: 409,
      errors: [{ code: 'geen-besluit', detail: 'Er is nog geen besluit, dus geen beschikking.' }],
    };
    toon(<BeschikkingKnoppen tlv={tlv()} />, medewerker(), () => probleem(geenBesluit, 409));

    fireEvent.click(await screen.findByRole('button', { name: 'Beschikking bekijken' }));

    expect(await screen.findByText('De beschikking kon niet worden geopend.')).toBeDefined();
    expect(screen.getByText('Er is nog geen besluit, dus geen beschikking.')).toBeDefined();
    expect(tabblad.close).toHaveBeenCalledTimes(1);
    expect((screen.getByRole('button', { name: 'Beschikking bekijken' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('says so when the browser blocks the new tab, without fetching the PDF', async () => {
    vi.spyOn(window, 'open').mockImplementation(() => null);
    const fetchMock = toon(<BeschikkingKnoppen tlv={tlv()} />, medewerker());

    fireEvent.click(await screen.findByRole('button', { name: 'Beschikking bekijken' }));

    expect(await screen.findByText(/Uw browser liet geen nieuw tabblad openen/)).toBeDefined();
    expect(verzoekenNaar(fetchMock, PAD)).toEqual([]);
  });

  it('shows nothing before the besluit, nor to a deskundige (who gets no beschikking)', async () => {
    toon(
      <>
        <Aangemeld />
        <BeschikkingKnoppen tlv={tlvAanvraag()} />
      </>,
      medewerker(),
    );
    expect(await screen.findByText('Aangemeld als Mo Medewerker')).toBeDefined();
    expect(screen.queryByRole('button')).toBeNull();
    cleanup();

    toon(
      <>
        <Aangemeld />
        <BeschikkingKnoppen tlv={tlv()} />
      </>,
      deskundige(),
    );
    expect(await screen.findByText('Aangemeld als Dirk Deskundige')).toBeDefined();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
