import { useState } from 'react';
import { useVerantwoordingStappen, type Verantwoording } from '../../api/middelen';
import { naam } from '../../arrangementLabels';
import { VERANTWOORDING_STAPPEN } from '../../middelenWeergave';
import { ProblemMessage } from '../ProblemMessage';
import { BesprekingFormulier } from './BesprekingFormulier';
import { TerugsturingFormulier } from './TerugsturingFormulier';
import { VerantwoordingFormulier } from './VerantwoordingFormulier';

/**
 * What the person may do now: editing a concept (the school), and the steps the API lists in toegestaneStappen. Not
 * keyed by the versie: a step's answer refetches the verantwoording, and a remount would drop the step's onSuccess.
 */
export function VerantwoordingActies({ verantwoording: v, school, onMelding }: { verantwoording: Verantwoording; school: boolean; onMelding: (tekst: string) => void }) {
  const { indienen, terugsturen, bespreken } = useVerantwoordingStappen(v);
  const [open, setOpen] = useState<'regels' | 'terugsturing' | 'bespreking'>();
  const mag = (stap: Verantwoording['toegestaneStappen'][number]) => v.toegestaneStappen.includes(stap);
  const bewerken = school && v.status === 'concept';
  if (!bewerken && v.toegestaneStappen.length === 0) return null;
  const titel = `${v.schoolbestuurNaam} over ${v.jaar}`;
  return (
    <>
      <h3>Wat u nu kunt doen</h3>
      {indienen.isError && <ProblemMessage summary="De verantwoording is niet ingediend." error={indienen.error} focus />}
      <div className="knoppen">
        {bewerken && (
          <button type="button" className="button button--secundair" onClick={() => setOpen('regels')}>
            Regels bewerken
          </button>
        )}
        {mag('indiening') && (
          <button
            type="button"
            className="button"
            disabled={indienen.isPending}
            onClick={() => indienen.mutate(undefined, { onSuccess: () => onMelding(`De verantwoording ${titel} is ingediend.`) })}
          >
            {naam(VERANTWOORDING_STAPPEN, 'indiening')}
          </button>
        )}
        {mag('terugsturing') && (
          <button type="button" className="button button--secundair" onClick={() => setOpen('terugsturing')}>
            {naam(VERANTWOORDING_STAPPEN, 'terugsturing')}
          </button>
        )}
        {mag('bespreking') && (
          <button type="button" className="button button--secundair" onClick={() => setOpen('bespreking')}>
            {naam(VERANTWOORDING_STAPPEN, 'bespreking')}
          </button>
        )}
      </div>
      {mag('indiening') && <p>U dient de verantwoording in na afloop van het kalenderjaar {v.jaar}.</p>}
      {open === 'regels' && (
        <VerantwoordingFormulier
          titel={`Regels van de verantwoording ${titel} bewerken`}
          verantwoording={v}
          onKlaar={(tekst) => {
            setOpen(undefined);
            if (tekst) onMelding(tekst);
          }}
        />
      )}
      {open === 'terugsturing' && (
        <TerugsturingFormulier
          titel={`Verantwoording ${titel} terugsturen`}
          actie={terugsturen}
          onKlaar={(gelukt) => {
            setOpen(undefined);
            if (gelukt) onMelding(`De verantwoording ${titel} is teruggestuurd voor correctie.`);
          }}
        />
      )}
      {open === 'bespreking' && (
        <BesprekingFormulier
          titel={`Bespreking van de verantwoording ${titel} vastleggen`}
          actie={bespreken}
          onKlaar={(gelukt) => {
            setOpen(undefined);
            if (gelukt) onMelding(`De bespreking van de verantwoording ${titel} is vastgelegd.`);
          }}
        />
      )}
    </>
  );
}
