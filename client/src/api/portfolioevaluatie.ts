import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { uitkomst } from './antwoord';
import { api } from './client';
import type { components } from './schema';

export type Portfolioevaluatie = components['schemas']['Portfolioevaluatie'];
export type Urencel = components['schemas']['Urencel'];
export type Telcel = components['schemas']['Telcel'];

/**
 * The yearly evaluation of one regio: every figure for the SWV's staff, or (voorBestuur) the regional board's version
 * without cells of fewer than 5 pupils.
 */
export function usePortfolioevaluatie(regio: string | undefined, jaar: number, voorBestuur: boolean) {
  return useQuery({
    queryKey: ['portfolio', 'evaluatie', regio, jaar, voorBestuur],
    enabled: regio !== undefined,
    placeholderData: keepPreviousData,
    queryFn: async () =>
      uitkomst(
        await api.GET('/portfolio/regios/{regio}/evaluaties/{jaar}', {
          params: { path: { regio: regio ?? '', jaar: String(jaar) }, query: { voorBestuur } },
        }),
      ),
  });
}
