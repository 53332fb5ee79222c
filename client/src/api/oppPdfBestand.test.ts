import { afterEach, describe, expect, it, vi } from 'vitest';
import { probleem } from '../test/arrangementApi';
import { mockFetch, requestedUrls } from '../test/renderApp';
import { haalOppPdfOp, oppPdfBestandsnaam } from './ontwikkelingsperspectiefplannen';
import { ApiError } from './problem';

const OPP_ID = '0197d3c4-5e6f-7a8b-9c0d-1e2f3a4b5c6d';

describe('the PDF of an OPP version', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('fetches the PDF of one version as a blob', async () => {
    const fetchMock = mockFetch(() => new Response('%PDF-1.7 opp', { status: 200, headers: { 'Content-Type': 'application/pdf' } }));

    const pdf = await haalOppPdfOp(OPP_ID, 2);

    expect(await pdf.text()).toBe('%PDF-1.7 opp');
    expect(requestedUrls(fetchMock).map((url) => url.pathname)).toEqual([
      `/api/v1/ontwikkelingsperspectiefplannen/${OPP_ID}/versies/2/pdf`,
    ]);
  });

  it("throws the API's problem for a version the plan does not have", async () => {
    const onbekend = { title: 'Niet gevonden', status: 404, errors: [{ code: 'opp-versie-onbekend', detail: 'Dit OPP heeft geen versie 7.' }] };
    mockFetch(() => probleem(onbekend, 404));

    const fout = await haalOppPdfOp(OPP_ID, 7).catch((error: unknown) => error);

    expect(fout).toBeInstanceOf(ApiError);
    expect((fout as ApiError).status).toBe(404);
  });

  it('names the file as the API does: no accents, no spaces, no unsafe characters', () => {
    expect(oppPdfBestandsnaam('Sanne de Vries', 2)).toBe('opp-Sanne-de-Vries-v2.pdf');
    expect(oppPdfBestandsnaam('Şahin Öztürk / ’t Hof', 1)).toBe('opp-Sahin-Ozturk-t-Hof-v1.pdf');
  });
});
