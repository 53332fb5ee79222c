import { vi } from 'vitest';

/** Catches the browser download of an export: the file handed to URL.createObjectURL and the click on the link. */
export function vangDownloads() {
  const maakUrl = vi.fn((_bestand: Blob) => 'blob:export');
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: maakUrl, revokeObjectURL: vi.fn() }));
  const klik = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  return { maakUrl, klik };
}

/** What an export endpoint answers: a small CSV file. */
export const csvBestand = () => new Response('Naam\r\n', { status: 200, headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
