import { useState } from 'react';
import type { Arrangement } from '../api/arrangementen';
import { statusNaam } from '../arrangementLabels';
import { isStapCode, STAP_DEFINITIES, stapTitel, type StapCode } from '../arrangementStapDefinities';
import { ARRANGEMENT_GEWIJZIGD } from './ArrangementProbleem';
import { EvaluatieFormulier } from './EvaluatieFormulier';
import { Melding } from './Melding';
import { StapFormulier } from './StapFormulier';
import { Uitklapper } from './Uitklapper';

interface Props {
  arrangement: Arrangement;
  /** A message handed over by the page that sent the person here ("Het arrangement is aangevraagd."). */
  beginmelding?: string | undefined;
}

/**
 * "Volgende stap": exactly the steps the API lists in the arrangement's toegestaneStappen for this person (from the
 * lifecycle table on the server; the screen does not decide that itself), each a small form; one is open at a time.
 */
export function ArrangementActies({ arrangement, beginmelding }: Props) {
  // A step this screen has no form for yet (a newer API) is left out rather than shown without a form.
  const stappen = arrangement.toegestaneStappen.filter(isStapCode);
  const [open, setOpen] = useState<StapCode | null>(null);
  const [melding, setMelding] = useState(beginmelding);
  // The open step met a 412; if the newest versie no longer allows it, the form is gone and the panel says why.
  const [verouderd, setVerouderd] = useState(false);
  const vervallen = open !== null && !stappen.includes(open) ? open : null;

  const openStap = (stap: StapCode) => {
    setMelding(undefined);
    setVerouderd(false);
    setOpen(stap);
  };
  const formulier = {
    arrangement,
    onKlaar: (tekst: string) => {
      setOpen(null);
      setVerouderd(false);
      setMelding(tekst);
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
          <p className="problem__summary">{ARRANGEMENT_GEWIJZIGD}</p>
          <p>
            &quot;{stapTitel(vervallen)}&quot; past niet meer bij dit arrangement zoals het nu is (status:{' '}
            {statusNaam(arrangement.status).toLowerCase()}).
          </p>
        </div>
      )}
      {stappen.length === 0 ? (
        <p>Er is nu geen stap die u bij dit arrangement kunt zetten.</p>
      ) : (
        stappen.map((stap) => (
          <div key={stap} className="beheeractie">
            <Uitklapper knop={stapTitel(stap)} open={open === stap} onOpen={() => openStap(stap)}>
              {stap === 'evaluatie' ? (
                <EvaluatieFormulier {...formulier} />
              ) : (
                <StapFormulier {...formulier} definitie={STAP_DEFINITIES[stap]} />
              )}
            </Uitklapper>
          </div>
        ))
      )}
    </section>
  );
}
