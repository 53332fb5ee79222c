import type { Gebruiker } from './api/gebruikers';

const STATUS: Record<Gebruiker['status'], string> = {
  'wacht-op-activering': 'Wacht op activering',
  actief: 'Actief',
  gedeactiveerd: 'Gedeactiveerd',
};

/** The status of an account in words. */
export function accountstatusTekst(status: Gebruiker['status']): string {
  return STATUS[status];
}
