import { QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../queryClient';
import { ARRANGEMENT_ID, LEERLING_ID } from '../test/arrangementFixtures';
import { jsonResponse, mockFetch } from '../test/renderApp';
import { useDocumenten, useDocumentToevoegen, type Document, type Documentzaak } from './documenten';

const PAD = `/api/v1/leerlingen/${LEERLING_ID}/documenten`;
const ZAAK: Documentzaak = { soort: 'arrangement', id: ARRANGEMENT_ID };

function document(id: string, zaak?: Documentzaak): Document {
  return {
    id,
    leerlingId: LEERLING_ID,
    bestandsnaam: `${id}.pdf`,
    soort: 'pdf',
    mediatype: 'application/pdf',
    grootte: 8,
    sha256: 'a'.repeat(64),
    herkomst: 'upload',
    ...(zaak && { zaak }),
    ontvangen: '2027-03-14T09:30:00Z',
    ontvangenDoor: { id: 'gebruiker-3', naam: "Ilse de IB'er" },
  };
}

const namen = (lijst: Document[] | undefined) => (lijst === undefined ? 'laden' : lijst.map((d) => d.bestandsnaam).join(', ') || 'geen');

/** The pupil's list and the arrangement's list side by side, as two pages would keep them in the cache. */
function BeideLijsten() {
  const alle = useDocumenten(LEERLING_ID);
  const bijZaak = useDocumenten(LEERLING_ID, ZAAK);
  const toevoegen = useDocumentToevoegen(LEERLING_ID, ZAAK);
  return (
    <>
      <p>Alle: {namen(alle.data)}</p>
      <p>Bij de zaak: {namen(bijZaak.data)}</p>
      <button type="button" onClick={() => toevoegen.mutate(new File(['%PDF-1.4'], 'nieuw.pdf', { type: 'application/pdf' }))}>
        Toevoegen
      </button>
    </>
  );
}

describe('documents of a case', () => {
  it('asks for a case’s list with its parameter, and after an upload to the case refreshes both lists despite the cache', async () => {
    const opgeslagen = [document('los')];
    const fetchMock = mockFetch(async (url, request) => {
      if (url.pathname !== PAD) return new Response(null, { status: 404 });
      if (request.method === 'POST') {
        const nieuw = document('nieuw', { soort: 'arrangement', id: url.searchParams.get('arrangementId') ?? '' });
        opgeslagen.unshift(nieuw);
        return jsonResponse(nieuw, 201);
      }
      const zaak = url.searchParams.get('arrangementId');
      return jsonResponse({ documenten: zaak === null ? opgeslagen : opgeslagen.filter((d) => d.zaak?.id === zaak) });
    });
    // The app's own client: lists stay fresh for minutes, so only the invalidation makes them ask again.
    render(
      <QueryClientProvider client={createQueryClient()}>
        <BeideLijsten />
      </QueryClientProvider>,
    );
    expect(await screen.findByText('Alle: los.pdf')).toBeTruthy();
    expect(await screen.findByText('Bij de zaak: geen')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Toevoegen' }));

    expect(await screen.findByText('Alle: nieuw.pdf, los.pdf')).toBeTruthy();
    expect(await screen.findByText('Bij de zaak: nieuw.pdf')).toBeTruthy();
    const urls = fetchMock.mock.calls.map(([request]) => `${request.method} ${new URL(request.url).search}`);
    expect(urls).toEqual(
      expect.arrayContaining(['GET ', `GET ?arrangementId=${ARRANGEMENT_ID}`, `POST ?arrangementId=${ARRANGEMENT_ID}`]),
    );
  });
});
