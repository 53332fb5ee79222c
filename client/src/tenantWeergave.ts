import type { Tenant } from './api/samenwerkingsverbanden';
import { tijdstipTekst } from './arrangementWeergave';

/** The status of a samenwerkingsverband in words. */
export function tenantStatusTekst(status: Tenant['status']): string {
  return status === 'opgeschort' ? 'Opgeschort' : 'Actief';
}

export function sectorTekst(sector: Tenant['sector']): string {
  return sector === 'VO' ? 'Voortgezet onderwijs' : 'Primair onderwijs';
}

/** "24 november 2026 om 10:15", or that nothing happened yet. */
export function laatsteActiviteitTekst(iso: string | null): string {
  return iso === null ? 'Nog niets gebeurd' : tijdstipTekst(iso);
}
