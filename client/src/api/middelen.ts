import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { alsEtag, isVersieVerouderd, uitkomst } from './antwoord';
import { api } from './client';
import type { components } from './schema';

export type Middelentoekenning = components['schemas']['Middelentoekenning'];
export type MiddelentoekenningVerzoek = components['schemas']['MiddelentoekenningVerzoek'];
export type MiddelentoekenningWijziging = components['schemas']['MiddelentoekenningWijziging'];
export type Verantwoording = components['schemas']['Verantwoording'];
export type VerantwoordingVerzoek = components['schemas']['VerantwoordingVerzoek'];
export type VerantwoordingsregelVerzoek = components['schemas']['VerantwoordingsregelVerzoek'];
export type Leerlingregel = components['schemas']['Leerlingregel'];
export type LeerlingregelVerzoek = components['schemas']['LeerlingregelVerzoek'];
export type Samenwerkingsproject = components['schemas']['Project'];
export type ProjectVerzoek = components['schemas']['ProjectVerzoek'];
export type ProjectevaluatieVerzoek = components['schemas']['ProjectevaluatieVerzoek'];

export const middelenSleutels = {
  alle: ['middelen'] as const,
  toekenningen: ['middelen', 'toekenningen'] as const,
  verantwoording: (id: string) => ['middelen', 'verantwoordingen', id] as const,
  projecten: ['middelen', 'projecten'] as const,
};

/** Every grant the person may see (a school: those of the besturen of its own vestigingen), all years. */
export function useMiddelentoekenningen() {
  return useQuery({
    queryKey: middelenSleutels.toekenningen,
    queryFn: async () => uitkomst(await api.GET('/middelentoekenningen')).toekenningen,
  });
}

/** One verantwoording with its lines, totals and the steps the person may take now. */
export function useVerantwoording(id: string) {
  return useQuery({
    queryKey: middelenSleutels.verantwoording(id),
    queryFn: async () => uitkomst(await api.GET('/verantwoordingen/{id}', { params: { path: { id } } })),
  });
}

/** The samenwerkingsprojecten the person may see (a school: those of its schools' regio's). */
export function useSamenwerkingsprojecten() {
  return useQuery({
    queryKey: middelenSleutels.projecten,
    queryFn: async () => uitkomst(await api.GET('/samenwerkingsprojecten')).projecten,
  });
}

/** A grant's list shows its verantwoording's status and total, so every change refreshes all of it. */
function useVernieuwMiddelen() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: middelenSleutels.alle });
}

/** After a 412 the current state is fetched before the error shows, so the next try starts from it. */
function bijVerouderd(vernieuw: () => Promise<void>) {
  return async (error: unknown) => {
    if (isVersieVerouderd(error)) await vernieuw();
  };
}

export function useLegToekenningVast() {
  const vernieuw = useVernieuwMiddelen();
  return useMutation({
    mutationFn: async (verzoek: MiddelentoekenningVerzoek) => uitkomst(await api.POST('/middelentoekenningen', { body: verzoek })),
    onSuccess: vernieuw,
  });
}

/** Changes a grant, based on the versie shown. */
export function useWijzigToekenning(toekenning: Middelentoekenning) {
  const vernieuw = useVernieuwMiddelen();
  return useMutation({
    mutationFn: async (wijziging: MiddelentoekenningWijziging) =>
      uitkomst(
        await api.PUT('/middelentoekenningen/{id}', {
          params: { path: { id: toekenning.id }, header: { 'If-Match': alsEtag(toekenning.versie) } },
          body: wijziging,
        }),
      ),
    onSuccess: vernieuw,
    onError: bijVerouderd(vernieuw),
  });
}

/** Starts the verantwoording of a grant as a concept (the school, on the bestuur's behalf). */
export function useStartVerantwoording(toekenningId: string) {
  const vernieuw = useVernieuwMiddelen();
  return useMutation({
    mutationFn: async (verzoek: VerantwoordingVerzoek) =>
      uitkomst(await api.POST('/middelentoekenningen/{id}/verantwoording', { params: { path: { id: toekenningId } }, body: verzoek })),
    onSuccess: vernieuw,
  });
}

/** Replaces the lines of a concept, based on the versie shown. */
export function useWerkVerantwoordingBij(verantwoording: Verantwoording) {
  const vernieuw = useVernieuwMiddelen();
  return useMutation({
    mutationFn: async (verzoek: VerantwoordingVerzoek) =>
      uitkomst(
        await api.PUT('/verantwoordingen/{id}', {
          params: { path: { id: verantwoording.id }, header: { 'If-Match': alsEtag(verantwoording.versie) } },
          body: verzoek,
        }),
      ),
    onSuccess: vernieuw,
    onError: bijVerouderd(vernieuw),
  });
}

/** The steps of a verantwoording's lifecycle, each based on the versie shown. */
export function useVerantwoordingStappen(verantwoording: Verantwoording) {
  const vernieuw = useVernieuwMiddelen();
  const params = { path: { id: verantwoording.id }, header: { 'If-Match': alsEtag(verantwoording.versie) } };
  const indienen = useMutation({
    mutationFn: async () => uitkomst(await api.POST('/verantwoordingen/{id}/indiening', { params })),
    onSuccess: vernieuw,
    onError: bijVerouderd(vernieuw),
  });
  const terugsturen = useMutation({
    mutationFn: async (reden: string) => uitkomst(await api.POST('/verantwoordingen/{id}/terugsturing', { params, body: { reden } })),
    onSuccess: vernieuw,
    onError: bijVerouderd(vernieuw),
  });
  const bespreken = useMutation({
    mutationFn: async (verzoek: { datum: string | null; notitie: string | null }) =>
      uitkomst(await api.POST('/verantwoordingen/{id}/bespreking', { params, body: verzoek })),
    onSuccess: vernieuw,
    onError: bijVerouderd(vernieuw),
  });
  return { indienen, terugsturen, bespreken };
}

export function useLegProjectVast() {
  const vernieuw = useVernieuwMiddelen();
  return useMutation({
    mutationFn: async (verzoek: ProjectVerzoek) => uitkomst(await api.POST('/samenwerkingsprojecten', { body: verzoek })),
    onSuccess: vernieuw,
  });
}

/** Records (or replaces) a project's evaluation of a year, based on the versie shown. */
export function useEvalueerProject(project: Samenwerkingsproject) {
  const vernieuw = useVernieuwMiddelen();
  return useMutation({
    mutationFn: async (verzoek: ProjectevaluatieVerzoek) =>
      uitkomst(
        await api.POST('/samenwerkingsprojecten/{id}/evaluaties', {
          params: { path: { id: project.id }, header: { 'If-Match': alsEtag(project.versie) } },
          body: verzoek,
        }),
      ),
    onSuccess: vernieuw,
    onError: bijVerouderd(vernieuw),
  });
}
