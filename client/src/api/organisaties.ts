import { useMutation, useQueryClient } from '@tanstack/react-query';
import { uitkomst } from './antwoord';
import { api } from './client';
import type { components } from './schema';

export type SchoolVerzoek = components['schemas']['SchoolVerzoek'];
export type SchoolbestuurVerzoek = components['schemas']['SchoolbestuurVerzoek'];
export type SoortSchool = components['schemas']['SoortSchool'];

export function useRegistreerSchoolbestuur() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (verzoek: SchoolbestuurVerzoek) => uitkomst(await api.POST('/schoolbesturen', { body: verzoek })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['schoolbesturen'] }),
  });
}

export function useRegistreerSchool() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (verzoek: SchoolVerzoek) => uitkomst(await api.POST('/scholen', { body: verzoek })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['scholen'] }),
  });
}

export type Importverslag = components['schemas']['Importverslag'];
export type Importactie = components['schemas']['Importactie'];

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The type the import reads a file as: Excel by its name or type, anything else as CSV (the API says when it is none). */
export function importsoort(bestand: File): 'text/csv' | typeof XLSX {
  return bestand.type === XLSX || bestand.name.toLowerCase().endsWith('.xlsx') ? XLSX : 'text/csv';
}

/**
 * The organisation import: with `proefrun` the report of what it would do (nothing changes), without it the change
 * itself, all or nothing. The body is the file as it is, so a spreadsheet's bytes reach the API untouched.
 */
export function useImporteerOrganisaties() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ bestand, proefrun }: { bestand: File; proefrun: boolean }) =>
      uitkomst(
        await api.POST('/organisaties/import', {
          params: { query: { proefrun } },
          // The contract types a file body as text; what is sent are the file's own bytes.
          body: (await bestand.arrayBuffer()) as unknown as string,
          bodySerializer: (inhoud) => inhoud,
          headers: { 'Content-Type': importsoort(bestand) },
        }),
      ),
    onSuccess: async (verslag) => {
      if (verslag.proefrun) return;
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['schoolbesturen'] }),
        queryClient.invalidateQueries({ queryKey: ['scholen'] }),
      ]);
    },
  });
}
