import { useQuery } from '@tanstack/react-query';
import { opCursor, useCursorlijst } from './cursorlijst';
import { uitkomst } from './antwoord';
import { api } from './client';
import type { components } from './schema';

export type AuditRegel = components['schemas']['AuditRegel'];
export type AuditActor = components['schemas']['AuditActor'];

/** The filters of GET /auditregels; an absent filter is not sent. Dates are ISO days (2027-03-14). */
export interface AuditFilters {
  actor?: string;
  leerling?: string;
  resourceSoort?: string;
  van?: string;
  tot?: string;
  pageSize?: number;
}

/** The cursor in the `rel="next"` link of a Link header, or undefined on the last page. */
export function volgendeCursor(link: string | null): string | undefined {
  if (link === null) return undefined;
  for (const deel of link.split(',')) {
    const match = /<([^>]*)>\s*;\s*rel="?next"?/.exec(deel);
    if (match?.[1] !== undefined) {
      return new URL(match[1], window.location.origin).searchParams.get('cursor') ?? undefined;
    }
  }
  return undefined;
}

/** One page of an audit log and the cursor of the next, if any. */
interface AuditPagina {
  regels: AuditRegel[];
  volgendeCursor: string | null;
}

/**
 * An audit log, newest first, page by page: `fetchNextPage` follows the Link header's `rel="next"`. Shared by the
 * samenwerkingsverband's log and the platform's, which differ only in their path and filters.
 */
function useAuditPaginas<F extends object>(
  sleutel: string,
  filters: F,
  haalOp: (query: F & { cursor?: string }) => Promise<{ data?: { auditRegels: AuditRegel[] }; error?: unknown; response: Response }>,
  enabled = true,
) {
  return useCursorlijst({
    queryKey: [sleutel, filters],
    enabled,
    houdVorige: true,
    haal: async (cursor): Promise<AuditPagina> => {
      const antwoord = await haalOp({ ...filters, ...opCursor(cursor) });
      return { regels: uitkomst(antwoord).auditRegels, volgendeCursor: volgendeCursor(antwoord.response.headers.get('Link')) ?? null };
    },
  });
}

/** The samenwerkingsverband's audit log (GET /auditregels). */
export function useAuditRegels(filters: AuditFilters, enabled = true) {
  return useAuditPaginas('auditregels', filters, (query) => api.GET('/auditregels', { params: { query } }), enabled);
}

/**
 * Whom the samenwerkingsverband's log can be filtered on (GET /auditregels/actoren): its accounts and koppelingen,
 * revoked koppelingen and anyone else the log names. Fetched anew on every visit: someone may have acted since.
 */
export function useAuditActoren() {
  return useQuery({
    queryKey: ['auditregels', 'actoren'],
    staleTime: 0,
    queryFn: async () => uitkomst(await api.GET('/auditregels/actoren')).actoren,
  });
}

/** Whom the platform's log can be filtered on (GET /platform-auditregels/actoren): its accounts and whoever it names. */
export function usePlatformAuditActoren() {
  return useQuery({
    queryKey: ['platform-auditregels', 'actoren'],
    staleTime: 0,
    queryFn: async () => uitkomst(await api.GET('/platform-auditregels/actoren')).actoren,
  });
}

/** The filters of GET /platform-auditregels: only who acted. */
export interface PlatformAuditFilters {
  actor?: string;
}

/**
 * The platform's own audit log (GET /platform-auditregels, platform-beheerder only): the platform's accounts, the
 * register-beheerders' work and the expertise list; what the platform does at a samenwerkingsverband is in that log.
 */
export function usePlatformAuditRegels(filters: PlatformAuditFilters) {
  return useAuditPaginas('platform-auditregels', filters, (query) => api.GET('/platform-auditregels', { params: { query } }));
}

