import { useId } from 'react';
import type { NieuweGebruiker } from '../api/samenwerkingsverbanden';
import { tijdstipTekst } from '../arrangementWeergave';

/**
 * The one-time code of a new account, or of one whose first code was lost (`vervangt`): shown this once, for the
 * person who made it to pass on. The account's owner opens /activeren and chooses a password with it.
 */
export function Activeringscode({ nieuw, vervangt = false }: { nieuw: NieuweGebruiker; vervangt?: boolean }) {
  const kop = useId();
  return (
    <div className="paneel" role="region" aria-labelledby={kop}>
      <h3 id={kop}>
        {vervangt ? 'Nieuwe activeringscode' : 'Activeringscode'} voor {nieuw.gebruiker.naam}
      </h3>
      <p>
        Geef deze code door aan {nieuw.gebruiker.email}. Die opent <code>/activeren</code>, vult de code in en kiest een
        wachtwoord. Je ziet de code maar één keer: kopieer hem nu.
        {vervangt && ' De vorige code werkt niet meer.'}
      </p>
      <p>
        <code className="activeringscode">{nieuw.activatiecode}</code>
      </p>
      <p>Geldig tot {tijdstipTekst(nieuw.activatieGeldigTot)}.</p>
    </div>
  );
}
