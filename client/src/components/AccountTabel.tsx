import type { ReactNode } from 'react';
import type { Gebruiker } from '../api/gebruikers';
import { rolNaam } from '../auth/rollen';
import { functieTekst } from '../beheerWeergave';
import { useGebruiker } from '../auth/useGebruiker';
import { accountstatusTekst } from '../gebruikerWeergave';
import { TabelContainer } from './TabelContainer';
import '../beheer.css';

interface Props {
  gebruikers: readonly Gebruiker[];
  /** The table's caption, also the name of its scroll region. */
  label: string;
  /** The name of a school by its vestiging; with it the table has a column of each account's schools. */
  schoolNaam?: ((vestiging: string) => string) | undefined;
  /** The buttons for one account (a new code, deactivating), as the screen allows them. */
  acties: (gebruiker: Gebruiker) => ReactNode;
}

/** Accounts with name and e-mail, role, schools and status in words: the same on every screen that manages them. */
export function AccountTabel({ gebruikers, label, schoolNaam, acties }: Props) {
  return (
    <TabelContainer label={label}>
      <table className="data-table">
        <caption className="visually-hidden">{label}</caption>
        <thead>
          <tr>
            <th scope="col">Naam en e-mailadres</th>
            <th scope="col">Rol</th>
            {schoolNaam && <th scope="col">Scholen</th>}
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Acties</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {gebruikers.map((gebruiker) => (
            <tr key={gebruiker.id}>
              <th scope="row">
                {gebruiker.naam}
                <span className="tabel-email">{gebruiker.email}</span>
              </th>
              <td>
                {rolNaam(gebruiker.rol)}
                {gebruiker.externeOrganisatie?.naam ? ` (extern: ${gebruiker.externeOrganisatie.naam})` : ''}
                {functieTekst(gebruiker.functies)}
              </td>
              {schoolNaam && <td>{gebruiker.vestigingen.length === 0 ? '–' : gebruiker.vestigingen.map(schoolNaam).join(', ')}</td>}
              <td>{accountstatusTekst(gebruiker.status)}</td>
              <td>
                <div className="knoppen">{acties(gebruiker)}</div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TabelContainer>
  );
}

/**
 * For an account that waits for activation (the code was lost) or whose person forgot their password: with the new
 * code they choose a (new) password. A deactivated account gets none: the API refuses to reopen it that way. Nor
 * does one's own account: whoever is signed in knows their password, and another beheerder can help if not.
 */
export function NieuweCodeKnop({ gebruiker, bezig, onClick }: { gebruiker: Gebruiker; bezig: boolean; onClick: () => void }) {
  const { id } = useGebruiker();
  return gebruiker.status !== 'gedeactiveerd' && gebruiker.id !== id ? (
    <button
      type="button"
      className="button button--secundair"
      disabled={bezig}
      aria-label={`Nieuwe activeringscode voor ${gebruiker.naam}`}
      onClick={onClick}
    >
      Nieuwe activeringscode
    </button>
  ) : null;
}
