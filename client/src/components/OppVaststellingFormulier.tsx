import { useState } from 'react';
import { isVersieVerouderd } from '../api/antwoord';
import { stelOppVast, type Opp } from '../api/ontwikkelingsperspectiefplannen';
import { verdeelFouten } from '../api/veldfouten';
import { vandaagIso } from '../aanbiederWeergave';
import { oppStapNaam } from '../oppLabels';
import { instemmingsstand, nogNodigVoorVaststelling, versieMet } from '../oppWeergave';
import type { StapFormulierProps } from '../stapDefinitie';
import { DatumVeld } from './DatumVeld';
import { StapKader } from './StapKader';

/**
 * Sets the concept. Before sending, the form lists what the OPP shows is still missing; the API's 422 lists every
 * missing part again (in the error summary), so it stays the judge. Without instemming on exactly this text the rest
 * of the plan holds and the handelingsdeel waits for the ouders; the form says so beforehand.
 */
export function OppVaststellingFormulier({ zaak: opp, behandeling, onKlaar, onAnnuleer, onVerouderd }: StapFormulierProps<Opp>) {
  const [datum, setDatum] = useState(vandaagIso);
  const mutatie = behandeling.useStap(opp, stelOppVast);
  // The API names the date "datum" in its rules and "vastgesteldOp" when it is missing.
  const fouten = verdeelFouten(mutatie.error, ['vastgesteldOp', 'datum']);
  const concept = versieMet(opp, opp.conceptversie);
  const ontbreekt = concept ? nogNodigVoorVaststelling(concept) : [];
  const zonderInstemming = concept !== undefined && instemmingsstand(opp, concept) !== 'gegeven' && instemmingsstand(opp, concept) !== 'ongewijzigd';
  const verstuur = () =>
    mutatie.mutate(
      { vastgesteldOp: datum.trim() === '' ? null : datum.trim() },
      {
        onSuccess: (nieuw) =>
          onKlaar(
            nieuw.wachtOpInstemming
              ? 'Het OPP is vastgesteld. Het handelingsdeel wacht nog op instemming van de ouders.'
              : 'Het OPP is vastgesteld.',
            nieuw,
          ),
        onError: (error) => {
          if (isVersieVerouderd(error)) onVerouderd();
        },
      },
    );

  return (
    <StapKader
      titel={oppStapNaam('vaststelling')}
      mislukt="Het OPP is niet vastgesteld."
      knop="OPP vaststellen"
      mutatie={mutatie}
      gewijzigd={behandeling.gewijzigd}
      overig={fouten.overig}
      onVerstuur={verstuur}
      onAnnuleer={onAnnuleer}
    >
      <p>U stelt versie {opp.conceptversie ?? ''} vast. Daarna verandert deze versie niet meer.</p>
      {ontbreekt.length > 0 && (
        <div className="paneel">
          <p>
            <strong>Dit ontbreekt nog aan versie {opp.conceptversie ?? ''}:</strong>
          </p>
          <ul>
            {ontbreekt.map((wat) => (
              <li key={wat}>{wat}</li>
            ))}
          </ul>
        </div>
      )}
      {zonderInstemming && (
        <p>
          De ouders hebben niet ingestemd met het handelingsdeel van deze versie. U kunt het OPP toch vaststellen; het
          handelingsdeel geldt dan pas als de ouders ermee instemmen.
        </p>
      )}
      <DatumVeld
        label="Vastgesteld op"
        fouten={[...fouten.bij('vastgesteldOp'), ...fouten.bij('datum')]}
        pad="vastgesteldOp"
        required
        value={datum}
        onChange={setDatum}
      />
    </StapKader>
  );
}
