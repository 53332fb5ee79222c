import { useState, type ReactNode } from 'react';
import type { StapFormulierProps, Zaak, Zaakbehandeling } from '../stapDefinitie';
import { Melding } from './Melding';
import { Uitklapper } from './Uitklapper';

interface Props<Z extends Zaak, S extends string> {
  zaak: Z;
  behandeling: Zaakbehandeling<Z>;
  /** The steps of toegestaneStappen this screen has a form for, in the API's order. */
  stappen: readonly S[];
  titel: (stap: S) => string;
  /** The form of `stap`. */
  formulier: (stap: S, props: StapFormulierProps<Z>) => ReactNode;
  /** A message handed over by the page that sent the person here ("Het arrangement is aangevraagd."). */
  beginmelding?: string | undefined;
  /** After the message is set: for a step that answers with another case (a herindicatie), to go there. */
  onGelukt?: (melding: string, nieuw: Z) => void;
}

/**
 * "Volgende stap": exactly the steps the API lists in the case's toegestaneStappen for this person (from the
 * lifecycle table on the server; the screen does not decide that itself), each a form; one is open at a time.
 */
export function StapPaneel<Z extends Zaak, S extends string>({
  zaak,
  behandeling,
  stappen,
  titel,
  formulier,
  beginmelding,
  onGelukt,
}: Props<Z, S>) {
  const [open, setOpen] = useState<S | null>(null);
  const [melding, setMelding] = useState(beginmelding);
  // The open step met a 412; if the newest versie no longer allows it, the form is gone and the panel says why.
  const [verouderd, setVerouderd] = useState(false);
  const vervallen = open !== null && !stappen.includes(open) ? open : null;

  const openStap = (stap: S) => {
    setMelding(undefined);
    setVerouderd(false);
    setOpen(stap);
  };
  const props: StapFormulierProps<Z> = {
    zaak,
    behandeling,
    onKlaar: (tekst, nieuw) => {
      setOpen(null);
      setVerouderd(false);
      setMelding(tekst);
      onGelukt?.(tekst, nieuw);
    },
    onAnnuleer: () => setOpen(null),
    onVerouderd: () => setVerouderd(true),
  };

  return (
    <section aria-labelledby="volgende-stap" className="sectie acties">
      <h2 id="volgende-stap">Volgende stap</h2>
      <Melding tekst={melding} />
      {vervallen !== null && verouderd && (
        <div className="problem" role="alert">
          <p className="problem__summary">{behandeling.gewijzigd}</p>
          <p>
            &quot;{titel(vervallen)}&quot; past niet meer bij {behandeling.dezeZaak} zoals het nu is (status:{' '}
            {behandeling.statusNaam(zaak).toLowerCase()}).
          </p>
        </div>
      )}
      {stappen.length === 0 ? (
        <p>Er is nu geen stap die u bij {behandeling.dezeZaak} kunt zetten.</p>
      ) : (
        stappen.map((stap) => (
          <div key={stap} className="beheeractie">
            <Uitklapper knop={titel(stap)} open={open === stap} onOpen={() => openStap(stap)}>
              {formulier(stap, props)}
            </Uitklapper>
          </div>
        ))
      )}
    </section>
  );
}
