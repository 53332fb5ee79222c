import type { components } from './schema';

export type Probleem = components['schemas']['Probleem'];

/** A non-2xx answer from the API, with its problem+json body when it sent one. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Probleem | undefined;

  constructor(status: number, body: unknown) {
    const problem = isProbleem(body) ? body : undefined;
    super(problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

// A proxy or gateway may answer with HTML or nothing, so the body is checked, not trusted.
function isProbleem(body: unknown): body is Probleem {
  if (typeof body !== 'object' || body === null) return false;
  const candidate = body as Record<string, unknown>;
  return typeof candidate['title'] === 'string' && typeof candidate['status'] === 'number';
}
