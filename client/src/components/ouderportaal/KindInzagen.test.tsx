import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Kind } from '../../api/ouders';
import { FakeUserManager, testUser } from '../../test/fakeUserManager';
import { beheerder } from '../../test/fixtures';
import { jsonResponse, mockFetch, renderApp } from '../../test/renderApp';

const SANNE = '0197d3c4-7777-7a8b-9c0d-1e2f3a4b5c6d';
const PAD = `/api/v1/ouderportaal/kinderen/${SANNE}`;
const karin = { ...beheerder(), id: 'gebruiker-9', naam: 'Karin de Vries', rollen: ['ouder'] };
const kind: Kind = { id: SANNE, voornaam: 'Sanne', achternaam: 'de Vries', geboortedatum: '2017-05-01', school: 'De Regenboog', groep: '6' };
const inzage = {
  op: '2026-11-20T09:30:00Z',
  actie: 'lezen',
  gegevens: 'De gegevens van uw kind',
  wie: 'Intern begeleider of zorgcoördinator van de school',
  organisatie: 'De Regenboog',
  doel: 'Leerlingbegeleiding',
};

/** The portal's API for Sanne; the export answers with `exportStatus` (a problem when not 200). */
function api(exportStatus = 200) {
  const accepts: string[] = [];
  mockFetch(async (url, request) => {
    if (url.pathname === '/api/v1/ik') return jsonResponse(karin);
    if (url.pathname === '/api/v1/ouderportaal/kinderen') return jsonResponse({ kinderen: [kind] });
    if (url.pathname === PAD) return jsonResponse(kind);
    if (url.pathname === `${PAD}/inzagen`) return jsonResponse({ inzagen: [inzage] });
    if (url.pathname === `${PAD}/inzagen/export`) {
      accepts.push(request.headers.get('Accept') ?? '');
      if (exportStatus !== 200) {
        return jsonResponse({ type: 'urn:passendonderwijs:probleem:te-lang-voor-pdf', title: 'De invoer is ongeldig.', status: exportStatus, detail: 'Deze lijst is te lang voor een PDF.' }, exportStatus);
      }
      const pdf = request.headers.get('Accept') === 'application/pdf';
      return new Response(pdf ? '%PDF-1.7' : '\uFEFFWanneer;Wie\r\n', { status: 200, headers: { 'Content-Type': pdf ? 'application/pdf' : 'text/csv; charset=utf-8' } });
    }
    return new Response(null, { status: 404 });
  });
  return accepts;
}

async function openInzagen() {
  renderApp(`/ouderportaal/kinderen/${SANNE}`, new FakeUserManager(testUser()));
  return screen.findByRole('region', { name: 'Wie heeft de gegevens van Sanne bekeken?' });
}

describe('KindInzagen', () => {
  afterEach(() => vi.restoreAllMocks());

  it('downloads the whole log as PDF and as CSV, each asked for with its own Accept header', async () => {
    const klik = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:inzagen'), revokeObjectURL: vi.fn() }));
    const accepts = api();
    const sectie = await openInzagen();
    await within(sectie).findByText(/Intern begeleider of zorgcoördinator van de school, De Regenboog/);

    fireEvent.click(within(sectie).getByRole('button', { name: 'Downloaden als PDF' }));
    await waitFor(() => expect(klik).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(within(sectie).getByRole('button', { name: 'Downloaden als CSV' })).toHaveProperty('disabled', false));
    fireEvent.click(within(sectie).getByRole('button', { name: 'Downloaden als CSV' }));
    await waitFor(() => expect(klik).toHaveBeenCalledTimes(2));

    expect(accepts).toEqual(['application/pdf', 'text/csv']);
    expect(within(sectie).queryByText('De lijst kon niet worden gedownload.')).toBeNull();
  });

  it('says so in the section when the file could not be made', async () => {
    api(400);
    const sectie = await openInzagen();
    fireEvent.click(await within(sectie).findByRole('button', { name: 'Downloaden als PDF' }));
    expect(await within(sectie).findByText('De lijst kon niet worden gedownload.')).toBeDefined();
    expect(within(sectie).getByRole('button', { name: 'Downloaden als PDF' })).toHaveProperty('disabled', false);
  });
});
