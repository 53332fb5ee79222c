import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { uitkomst } from './antwoord';
import { api } from './client';
import type { components } from './schema';

export type AuditRegel = components['schemas']['AuditRegel'];

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

/** The audit log, newest first; `fetchNextPage` follows the Link header's `rel="next"`. */
export function useAuditRegels(filters: AuditFilters, enabled = true) {
  return useInfiniteQuery({
    queryKey: ['auditregels', filters],
    enabled,
    placeholderData: keepPreviousData,
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) => {
      const query = pageParam === undefined ? filters : { ...filters, cursor: pageParam };
      const antwoord = await api.GET('/auditregels', { params: { query } });
      return { regels: uitkomst(antwoord).auditRegels, volgende: volgendeCursor(antwoord.response.headers.get('Link')) };
    },
    getNextPageParam: (laatste) => laatste.volgende,
  });
}
