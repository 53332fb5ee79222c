import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { alsBlob, uitkomst } from './antwoord';
import { api } from './client';
import { leerlingSleutels } from './leerlingen';
import { ApiError } from './problem';
import type { components } from './schema';

export type Document = components['schemas']['Document'];

/** A case a document belongs to (an arrangement, a TLV or an OPP of the same pupil), as the API names it. */
export type Documentzaak = components['schemas']['Documentzaak'];

/** The API's limit per file (Document.MaxBytes): 10 MB. */
export const MAXIMUM_BYTES = 10 * 1024 * 1024;

/** The types the API keeps, as a file input's accept list: by extension and by media type. */
export const TOEGESTANE_BESTANDEN =
  '.pdf,.docx,.odt,.png,.jpg,.jpeg,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,' +
  'application/vnd.oasis.opendocument.text,image/png,image/jpeg';

const DOCUMENTTYPEN = new Set([
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.oasis.opendocument.text',
  'image/png',
  'image/jpeg',
]);

/**
 * The query parameter that names a case of each kind, on the list and on an upload (and for its terms). A thuiszitter
 * and an aanmelding are kinds of case for terms only: no document belongs to one, so they have no parameter here.
 */
type ZaakZonderDocumenten = 'thuiszitter' | 'aanmelding';

const ZAAKPARAMETERS = {
  arrangement: 'arrangementId',
  toelaatbaarheidsverklaring: 'tlvId',
  ontwikkelingsperspectiefplan: 'oppId',
} as const satisfies Record<Exclude<Documentzaak['soort'], ZaakZonderDocumenten>, string>;

export const zaakParameter = (zaak: Documentzaak | undefined) =>
  zaak && zaak.soort !== 'thuiszitter' && zaak.soort !== 'aanmelding' ? { [ZAAKPARAMETERS[zaak.soort]]: zaak.id } : {};

export const documentSleutels = {
  /**
   * The pupil's documents, or only those of one case. The pupil's list is the prefix of every case's list, so
   * invalidating it refreshes them all.
   */
  lijst: (leerlingId: string, zaak?: Documentzaak) =>
    zaak
      ? ([...leerlingSleutels.detail(leerlingId), 'documenten', zaak.soort, zaak.id] as const)
      : ([...leerlingSleutels.detail(leerlingId), 'documenten'] as const),
};

/** The documents of a pupil's dossier, or only those of one of the pupil's cases (without their bytes), newest first. */
export function useDocumenten(leerlingId: string, zaak?: Documentzaak) {
  return useQuery({
    queryKey: documentSleutels.lijst(leerlingId, zaak),
    queryFn: async () =>
      uitkomst(
        await api.GET('/leerlingen/{leerlingId}/documenten', { params: { path: { leerlingId }, query: zaakParameter(zaak) } }),
      ).documenten,
  });
}

/**
 * The Content-Type an upload is sent with. The API decides the kind by the bytes, never by this; a file the browser
 * types as anything else (text/html, image/svg+xml, or nothing) goes as application/octet-stream, so the API answers
 * why it is refused instead of a bare 415.
 */
export function uploadtype(bestand: File): string {
  return DOCUMENTTYPEN.has(bestand.type) ? bestand.type : 'application/octet-stream';
}

/** `attachment; filename*=UTF-8''…` (RFC 6266 and 8187), so any name, accents included, reaches the API intact. */
export function inhoudsdispositie(naam: string): string {
  const gecodeerd = encodeURIComponent(naam).replace(/['()*]/g, (teken) => `%${teken.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename*=UTF-8''${gecodeerd}`;
}

/**
 * A file over the limit is not sent: the API would refuse it with 413 after the whole upload. The same problem, in the
 * API's words, so the form shows it the way it shows the API's own.
 */
function teGroot(): ApiError {
  const detail = `Een document is hoogstens ${MAXIMUM_BYTES / (1024 * 1024)} MB. Verklein het bestand of splits het op.`;
  return new ApiError(413, {
    type: 'urn:passendonderwijs:probleem:document-te-groot',
    title: 'Het bestand is te groot.',
    status: 413,
    detail,
    errors: [{ code: 'document-te-groot', detail, pointer: '#/inhoud' }],
  });
}

/**
 * Adds a file to the pupil's dossier, and with a case to that case (the API refuses a case of another pupil, 422): the
 * body is the file's own bytes, its name in Content-Disposition. Afterwards the pupil's list and every case's list are
 * fresh.
 */
export function useDocumentToevoegen(leerlingId: string, zaak?: Documentzaak) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (bestand: File) => {
      if (bestand.size > MAXIMUM_BYTES) throw teGroot();
      return uitkomst(
        await api.POST('/leerlingen/{leerlingId}/documenten', {
          params: { path: { leerlingId }, query: zaakParameter(zaak) },
          // The contract types a file body as text; what is sent are the file's own bytes.
          body: (await bestand.arrayBuffer()) as unknown as string,
          bodySerializer: (inhoud) => inhoud,
          headers: { 'Content-Type': uploadtype(bestand), 'Content-Disposition': inhoudsdispositie(bestand.name) },
        }),
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: documentSleutels.lijst(leerlingId) }),
  });
}

/** One document's bytes, with the bearer token (never a plain link); every download is audited by the API. */
export async function haalDocumentOp(documentId: string): Promise<Blob> {
  return alsBlob(
    await api.GET('/documenten/{documentId}', {
      params: { path: { documentId } },
      parseAs: 'blob',
    }),
  );
}

/** The school shares a document with the pupil's ouders (`delen`) or stops; the pupil's lists are loaded again. */
export function useDelingMetOuders(leerlingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ documentId, delen }: { documentId: string; delen: boolean }) => {
      const params = { params: { path: { documentId } } };
      return uitkomst(delen ? await api.POST('/documenten/{documentId}/deling', params) : await api.DELETE('/documenten/{documentId}/deling', params));
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: documentSleutels.lijst(leerlingId) }),
  });
}
