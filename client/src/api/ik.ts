import { api } from './client';
import { ApiError } from './problem';
import type { components } from './schema';

export type Ik = components['schemas']['Ik'];

/** Who the API takes the caller to be (GET /ik); needs a signed-in user. */
export async function haalIkOp(): Promise<Ik> {
  const { data, error, response } = await api.GET('/ik');
  if (response.ok && data) return data;
  throw new ApiError(response.status, error);
}
