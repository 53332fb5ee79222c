import { tijdstipTekst } from '../arrangementWeergave';
import { EenmaligGeheim } from './EenmaligGeheim';

/** A new account's code (staff or ouder): whose it is, the code, and until when it works. */
export interface NieuweCode {
  gebruiker: { naam: string; email: string };
  activatiecode: string;
  activatieGeldigTot: string;
}

/**
 * The one-time code of a new account, or of one whose first code was lost (`vervangt`): shown this once, with a copy
 * button, for the person who made it to pass on. The account's owner opens /activeren and chooses a password with it.
 */
export function Activeringscode({ nieuw, vervangt = false }: { nieuw: NieuweCode; vervangt?: boolean }) {
  return (
    <EenmaligGeheim
      kop={`${vervangt ? 'Nieuwe activeringscode' : 'Activeringscode'} voor ${nieuw.gebruiker.naam}`}
      waarde={nieuw.activatiecode}
      wat="de activeringscode"
    >
      <p>
        Geef deze code door aan {nieuw.gebruiker.naam} ({nieuw.gebruiker.email}). Die opent de pagina <code>/activeren</code>,
        vult de code in en kiest een wachtwoord. U ziet de code maar één keer: kopieer hem nu.
        {vervangt && ' De vorige code werkt niet meer.'}
      </p>
      <p>Geldig tot {tijdstipTekst(nieuw.activatieGeldigTot)}.</p>
    </EenmaligGeheim>
  );
}
