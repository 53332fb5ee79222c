import { api } from './client';
import { ApiError } from './problem';
import type { AanbiederFilters } from './aanbieders';
import type { ArrangementFilters } from './arrangementen';
import type { AuditFilters, PlatformAuditFilters } from './audit';
import type { Beleidsinformatiefilters } from './beleidsinformatie';
import type { DeskundigeFilters } from './deskundigen';
import type { LeerlingFilters } from './leerlingen';
import type { SchoolFilters } from './scholen';

/**
 * The file formats of an export (GET /…/export, chosen with the Accept header): every list has CSV and Excel; a report
 * (the portfolio's yearly evaluation) has a PDF too.
 */
export type Exportformaat = 'csv' | 'xlsx' | 'pdf';

export const EXPORT_MEDIATYPEN: Readonly<Record<Exportformaat, string>> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

interface Antwoord {
  data?: Blob;
  error?: unknown;
  response: Response;
}

function alsBestand({ data, error, response }: Antwoord): Blob {
  if (!response.ok || data === undefined) throw new ApiError(response.status, error);
  return data;
}

function opties<Q>(query: Q, formaat: Exportformaat) {
  return { params: { query }, ...zonderFilters(formaat) };
}

/** For a list that has no filters: no query parameters at all. */
function zonderFilters(formaat: Exportformaat) {
  return { headers: { Accept: EXPORT_MEDIATYPEN[formaat] }, parseAs: 'blob' as const };
}

/** Every arrangement that matches the filters (not one page), as a file fetched with the bearer token. */
export async function exporteerArrangementen(filters: ArrangementFilters, formaat: Exportformaat): Promise<Blob> {
  return alsBestand(await api.GET('/arrangementen/export', opties(filters, formaat)));
}

/**
 * Every pupil of the SWV or of one vestiging, as a file. A name or date of birth is never sent: it would stand in the
 * URL (no personal data in URLs), so a search narrows the screen, not the file.
 */
export async function exporteerLeerlingen({ vestiging }: Pick<LeerlingFilters, 'vestiging'>, formaat: Exportformaat): Promise<Blob> {
  return alsBestand(await api.GET('/leerlingen/export', opties(vestiging === undefined ? {} : { vestiging }, formaat)));
}

/** The filtered audit log (a pupil or an actor is required by the API), as a file. */
export async function exporteerAuditlog(filters: Omit<AuditFilters, 'pageSize'>, formaat: Exportformaat): Promise<Blob> {
  return alsBestand(await api.GET('/auditregels/export', opties(filters, formaat)));
}

/** Every account of the samenwerkingsverband, as a file (for its beheerder). */
export async function exporteerGebruikers(formaat: Exportformaat): Promise<Blob> {
  return alsBestand(await api.GET('/gebruikers/export', zonderFilters(formaat)));
}

/** Every koppeling of the samenwerkingsverband, as a file (never a secret). */
export async function exporteerKoppelingen(formaat: Exportformaat): Promise<Blob> {
  return alsBestand(await api.GET('/koppelingen/export', zonderFilters(formaat)));
}

/** Every school that matches the search, filters and order of the list (not one page), as a file. */
export async function exporteerScholen(filters: Omit<SchoolFilters, 'pageSize'>, formaat: Exportformaat): Promise<Blob> {
  return alsBestand(await api.GET('/scholen/export', opties(filters, formaat)));
}

/** Every aanbieder the register search finds, in its order, as a file. */
export async function exporteerAanbieders(filters: AanbiederFilters, formaat: Exportformaat): Promise<Blob> {
  return alsBestand(await api.GET('/onderwijsbegeleidingsaanbieders/export', opties(filters, formaat)));
}

/** The signed-in person's own werkvoorraad, as a file (each pupil in it is audited as an export). */
export async function exporteerWerkvoorraad(formaat: Exportformaat): Promise<Blob> {
  return alsBestand(await api.GET('/arrangementen/werkvoorraad/export', zonderFilters(formaat)));
}

/** The platform's audit log with the screen's filter (one actor, or all), as a file. */
export async function exporteerPlatformAuditlog(filters: PlatformAuditFilters, formaat: Exportformaat): Promise<Blob> {
  return alsBestand(await api.GET('/platform-auditregels/export', opties(filters, formaat)));
}

/** Hands a file to the browser as a download; the token never appears in a URL. */
export function downloadBestand(bestand: Blob, bestandsnaam: string): void {
  const url = URL.createObjectURL(bestand);
  const link = document.createElement('a');
  link.href = url;
  link.download = bestandsnaam;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/** The register of deskundigen, selected and sorted as the list on the screen, as a file. */
export async function exporteerDeskundigen(filters: DeskundigeFilters, formaat: Exportformaat): Promise<Blob> {
  return alsBestand(await api.GET('/deskundigen/export', opties(filters, formaat)));
}

/** The regional board's version of a regio's yearly evaluation, as the PDF report or as one row per figure. */
export async function exporteerPortfolioevaluatie(regio: string, jaar: number, formaat: Exportformaat): Promise<Blob> {
  return alsBestand(
    await api.GET('/portfolio/regios/{regio}/evaluaties/{jaar}/export', {
      params: { path: { regio, jaar: String(jaar) } },
      ...zonderFilters(formaat),
    }),
  );
}

/** The deelnamepercentage per teldatum for readers outside the bureau: small counts hidden. */
export async function exporteerDeelnamepercentage(formaat: Exportformaat): Promise<Blob> {
  return alsBestand(await api.GET('/leerlingaantallen/export', zonderFilters(formaat)));
}

/** The beleidsinformatie of a schooljaar with its filters: always the version for outsiders (small figures hidden). */
export async function exporteerBeleidsinformatie(filters: Beleidsinformatiefilters, formaat: Exportformaat): Promise<Blob> {
  return alsBestand(await api.GET('/beleidsinformatie/dashboard/export', opties(filters, formaat)));
}
