import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, renderHook, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { StapProbleem } from '../components/StapProbleem';
import { probleem } from '../test/arrangementApi';
import { arrangement, ARRANGEMENT_ID } from '../test/arrangementFixtures';
import { versieVerouderd } from '../test/fixtures';
import { opp, OPP_ID } from '../test/oppFixtures';
import { jsonResponse, mockFetch, requestedUrls } from '../test/renderApp';
import { tlv, TLV_ID } from '../test/tlvFixtures';
import { arrangementSleutels, neemInBehandeling, useArrangement, useArrangementStap } from './arrangementen';
import { herzieOpp, oppLijstSleutels, oppSleutels, useOppStap } from './ontwikkelingsperspectiefplannen';
import { ApiError } from './problem';
import { startHerindicatie, tlvSleutels, useTlvStap } from './toelaatbaarheidsverklaringen';

function metQueryClient() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  return { queryClient, wrapper };
}

const isVerouderd = (queryClient: QueryClient, queryKey: readonly unknown[]) =>
  queryClient.getQueryState(queryKey)?.isInvalidated ?? false;

describe('useZaakStap (through useArrangementStap, useTlvStap and useOppStap)', () => {
  it('sends the versie shown in If-Match; the answer replaces the cached case and the lists and werkvoorraad go stale', async () => {
    const { queryClient, wrapper } = metQueryClient();
    const voor = arrangement({ versie: 7, toegestaneStappen: ['behandeling'] });
    const na = arrangement({ status: 'in-behandeling', versie: 8, toegestaneStappen: [] });
    queryClient.setQueryData(arrangementSleutels.detail(ARRANGEMENT_ID), voor);
    queryClient.setQueryData(arrangementSleutels.lijst({}), { pages: [] });
    queryClient.setQueryData(arrangementSleutels.werkvoorraad, []);
    queryClient.setQueryData(arrangementSleutels.tellingen, {});
    const fetchMock = mockFetch(() => jsonResponse(na));

    const { result } = renderHook(() => useArrangementStap(voor, neemInBehandeling), { wrapper });
    await result.current.mutateAsync();

    const [verzoek] = fetchMock.mock.calls[0]!;
    expect(verzoek.method).toBe('POST');
    expect(new URL(verzoek.url).pathname).toBe(`/api/v1/arrangementen/${ARRANGEMENT_ID}/behandeling`);
    expect(verzoek.headers.get('If-Match')).toBe('"7"');
    expect(queryClient.getQueryData(arrangementSleutels.detail(ARRANGEMENT_ID))).toEqual(na);
    expect(isVerouderd(queryClient, arrangementSleutels.detail(ARRANGEMENT_ID))).toBe(false);
    expect(isVerouderd(queryClient, arrangementSleutels.lijst({}))).toBe(true);
    expect(isVerouderd(queryClient, arrangementSleutels.werkvoorraad)).toBe(true);
    // The counts follow the events a moment later; a step does not ask for them again.
    expect(isVerouderd(queryClient, arrangementSleutels.tellingen)).toBe(false);
  });

  it('caches a step that answers with another case under its own id and lets the old one be fetched anew', async () => {
    const { queryClient, wrapper } = metQueryClient();
    const oud = tlv({ versie: 7, toegestaneStappen: ['herindicatie'] });
    const nieuw = tlv({ id: 'tlv-nieuw', status: 'aangevraagd', versie: 1 });
    queryClient.setQueryData(tlvSleutels.detail(TLV_ID), oud);
    queryClient.setQueryData(tlvSleutels.lijst({}), { pages: [] });
    queryClient.setQueryData(tlvSleutels.werkvoorraad, []);
    mockFetch(() => jsonResponse(nieuw, 201));

    const { result } = renderHook(() => useTlvStap(oud, startHerindicatie), { wrapper });
    await result.current.mutateAsync();

    expect(queryClient.getQueryData(tlvSleutels.detail('tlv-nieuw'))).toEqual(nieuw);
    expect(isVerouderd(queryClient, tlvSleutels.detail(TLV_ID))).toBe(true);
    expect(isVerouderd(queryClient, tlvSleutels.lijst({}))).toBe(true);
    expect(isVerouderd(queryClient, tlvSleutels.werkvoorraad)).toBe(true);
  });

  it('lets every other OPP query go stale after a step on an OPP, but keeps the answer as the cached OPP', async () => {
    const { queryClient, wrapper } = metQueryClient();
    const voor = opp({ status: 'vastgesteld', versie: 5, toegestaneStappen: ['herziening'] });
    const na = opp({ status: 'in-herziening', versie: 6 });
    queryClient.setQueryData(oppSleutels.detail(OPP_ID), voor);
    queryClient.setQueryData(oppSleutels.verschillen(OPP_ID, 1, 2), {});
    queryClient.setQueryData(oppLijstSleutels.lijst({}), { pages: [] });
    queryClient.setQueryData(oppLijstSleutels.werkvoorraad, []);
    mockFetch(() => jsonResponse(na));

    const { result } = renderHook(() => useOppStap(voor, herzieOpp), { wrapper });
    await result.current.mutateAsync();

    expect(queryClient.getQueryData(oppSleutels.detail(OPP_ID))).toEqual(na);
    expect(isVerouderd(queryClient, oppSleutels.detail(OPP_ID))).toBe(false);
    expect(isVerouderd(queryClient, oppSleutels.verschillen(OPP_ID, 1, 2))).toBe(true);
    expect(isVerouderd(queryClient, oppLijstSleutels.lijst({}))).toBe(true);
    expect(isVerouderd(queryClient, oppLijstSleutels.werkvoorraad)).toBe(true);
  });

  it('on 412 fetches the newest versie before it reports the error', async () => {
    const { queryClient, wrapper } = metQueryClient();
    const gezien = arrangement({ versie: 7, toegestaneStappen: ['behandeling'] });
    const nieuwste = arrangement({ status: 'in-behandeling', versie: 9, toegestaneStappen: [] });
    let opgehaald = gezien;
    const fetchMock = mockFetch((_url, request) => {
      if (request.method === 'GET') return jsonResponse(opgehaald);
      opgehaald = nieuwste;
      return probleem(versieVerouderd(), 412);
    });

    const { result } = renderHook(
      () => {
        const detail = useArrangement(ARRANGEMENT_ID);
        return { detail, stap: useArrangementStap(gezien, neemInBehandeling) };
      },
      { wrapper },
    );
    await waitFor(() => expect(result.current.detail.data).toEqual(gezien));

    const fout = await result.current.stap.mutateAsync().catch((error: unknown) => error);

    expect(fout).toBeInstanceOf(ApiError);
    expect((fout as ApiError).status).toBe(412);
    // Awaited in onError: by the time the caller hears of the 412, the newest versie is in the cache.
    expect(queryClient.getQueryData(arrangementSleutels.detail(ARRANGEMENT_ID))).toEqual(nieuwste);
    expect(requestedUrls(fetchMock).map((url) => url.pathname)).toEqual([
      `/api/v1/arrangementen/${ARRANGEMENT_ID}`,
      `/api/v1/arrangementen/${ARRANGEMENT_ID}/behandeling`,
      `/api/v1/arrangementen/${ARRANGEMENT_ID}`,
    ]);
  });

  it('on 409 leaves the cache alone and reports the problem, which the step form shows', async () => {
    const { queryClient, wrapper } = metQueryClient();
    const zaak = arrangement({ versie: 7, toegestaneStappen: ['behandeling'] });
    queryClient.setQueryData(arrangementSleutels.detail(ARRANGEMENT_ID), zaak);
    queryClient.setQueryData(arrangementSleutels.lijst({}), { pages: [] });
    const conflict = {
      type: 'urn:passendonderwijs:probleem:stap-niet-toegestaan',
      title: 'Deze stap is nu niet toegestaan.',
      status: 409,
      detail: 'Het arrangement is al in behandeling.',
      traceId: '00-1bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
    };
    mockFetch(() => probleem(conflict, 409));

    const { result } = renderHook(() => useArrangementStap(zaak, neemInBehandeling), { wrapper });
    const fout = await result.current.mutateAsync().catch((error: unknown) => error);

    expect((fout as ApiError).status).toBe(409);
    expect((fout as ApiError).problem).toEqual(conflict);
    expect(queryClient.getQueryData(arrangementSleutels.detail(ARRANGEMENT_ID))).toEqual(zaak);
    expect(isVerouderd(queryClient, arrangementSleutels.detail(ARRANGEMENT_ID))).toBe(false);
    expect(isVerouderd(queryClient, arrangementSleutels.lijst({}))).toBe(false);

    render(<StapProbleem error={fout} summary="De aanvraag is niet in behandeling genomen." gewijzigd="Gewijzigd." />);
    const melding = await screen.findByRole('alert');
    expect(melding.textContent).toContain('De aanvraag is niet in behandeling genomen. Deze stap kan nu niet.');
    expect(melding.textContent).toContain('Het arrangement is al in behandeling.');
  });
});
