import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { vandaagIso } from '../aanbiederWeergave';
import { ApiError } from '../api/problem';
import { vangDownloads } from '../test/downloads';
import { ExporteerKnoppen } from './ExporteerKnoppen';

describe('ExporteerKnoppen', () => {
  afterEach(() => vi.restoreAllMocks());

  it('downloads the list in the chosen format, named after the list and today', async () => {
    const { maakUrl, klik } = vangDownloads();
    const bestand = new Blob(['Leerling;Status\r\n'], { type: 'text/csv' });
    const haalOp = vi.fn(async () => bestand);
    render(<ExporteerKnoppen lijst="arrangementen" haalOp={haalOp} />);

    expect(screen.getByRole('group', { name: 'Exporteren' })).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Exporteren als Excel' }));

    await waitFor(() => expect(klik).toHaveBeenCalledTimes(1));
    expect(haalOp).toHaveBeenCalledWith('xlsx');
    const link = klik.mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toBe(`arrangementen-${vandaagIso()}.xlsx`);
    expect(maakUrl).toHaveBeenCalledWith(bestand);
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it("shows the API's reason when the export is refused, and lets the user try again", async () => {
    const { klik } = vangDownloads();
    const haalOp = vi.fn(async (): Promise<Blob> => {
      throw new ApiError(400, {
        type: 'about:blank',
        title: 'De invoer klopt niet.',
        status: 400,
        errors: [{ code: 'te-veel-rijen', detail: 'De export heeft meer dan 50000 regels. Kies smallere filters en exporteer opnieuw.' }],
      });
    });
    render(<ExporteerKnoppen lijst="leerlingen" haalOp={haalOp} />);

    fireEvent.click(screen.getByRole('button', { name: 'Exporteren als CSV' }));

    expect(await screen.findByText('De export is niet gelukt.')).toBeDefined();
    expect(screen.getByText('De export heeft meer dan 50000 regels. Kies smallere filters en exporteer opnieuw.')).toBeDefined();
    expect((screen.getByRole('button', { name: 'Exporteren als CSV' }) as HTMLButtonElement).disabled).toBe(false);
    expect(klik).not.toHaveBeenCalled();
  });

  it('keeps both buttons disabled while an export is not possible yet', () => {
    render(<ExporteerKnoppen lijst="auditlog" nietMogelijk haalOp={vi.fn()} />);

    for (const naam of ['Exporteren als CSV', 'Exporteren als Excel']) {
      expect((screen.getByRole('button', { name: naam }) as HTMLButtonElement).disabled).toBe(true);
    }
  });
});
