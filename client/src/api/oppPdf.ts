import { api } from './client';
import { ApiError } from './problem';

/** One version of an OPP as a PDF, for whoever may read the OPP; every download is audited by the API. */
export async function haalOppPdfOp(oppId: string, versie: number): Promise<Blob> {
  const { data, error, response } = await api.GET('/ontwikkelingsperspectiefplannen/{oppId}/versies/{versie}/pdf', {
    params: { path: { oppId, versie: String(versie) } },
    parseAs: 'blob',
  });
  if (!response.ok || data === undefined) throw new ApiError(response.status, error);
  return data as Blob;
}

/**
 * "opp-Sanne-de-Vries-v2.pdf", as the API names it: accents dropped, every run of other characters that are not a
 * letter, digit or dash one dash.
 */
export function oppPdfBestandsnaam(leerlingNaam: string, versie: number): string {
  const naam = `opp-${leerlingNaam}-v${versie}`
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[^A-Za-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${naam}.pdf`;
}
