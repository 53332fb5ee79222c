import { ApiError } from './problem';

/** The body of a successful answer; any other answer becomes an ApiError with its problem+json. */
export function uitkomst<T>({ data, error, response }: { data?: T; error?: unknown; response: Response }): T {
  if (response.ok && data !== undefined) return data;
  throw new ApiError(response.status, error);
}

/** An answer without a body (204 No Content): nothing to return; any other answer becomes an ApiError. */
export function zonderInhoud({ error, response }: { error?: unknown; response: Response }): void {
  if (!response.ok) throw new ApiError(response.status, error);
}

/** A file's bytes (asked with `parseAs: 'blob'`); any other answer becomes an ApiError with its problem+json. */
export function alsBlob({ data, error, response }: { data?: unknown; error?: unknown; response: Response }): Blob {
  // Not `instanceof Blob`: the fetch in tests answers with its own Blob class.
  if (response.ok && data !== undefined) return data as Blob;
  throw new ApiError(response.status, error);
}

/** The ETag of a versie, as If-Match wants it: the number between double quotes. */
export function alsEtag(versie: number): string {
  return `"${versie}"`;
}

/** Whether the API refused a change because someone else changed the resource first (412). */
export function isVersieVerouderd(error: unknown): boolean {
  return error instanceof ApiError && error.status === 412;
}

/** Whether the API refused a step because the resource is not in a state that allows it (409). */
export function isConflict(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409;
}
