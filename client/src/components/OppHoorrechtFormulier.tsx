import { useState } from 'react';
import { isVersieVerouderd } from '../api/antwoord';
import { legHoorrechtVast, type Opp } from '../api/ontwikkelingsperspectiefplannen';
import { verdeelFouten } from '../api/veldfouten';
import { vandaagIso } from '../aanbiederWeergave';
import { oppStapNaam } from '../oppLabels';
import type { StapFormulierProps } from '../stapDefinitie';
import { DatumVeld } from './DatumVeld';
import { Keuzegroep } from './Keuzegroep';
import { StapKader } from './StapKader';
import { Veld } from './Veld';

const leegAlsNull = (tekst: string) => (tekst.trim() === '' ? null : tekst.trim());

/**
 * The pupil's hoorrecht on the concept: heard, with the date and a short summary of what the pupil said; or not heard,
 * with the reason. The date only belongs to a hearing, so it is asked only then.
 */
export function OppHoorrechtFormulier({ zaak: opp, behandeling, onKlaar, onAnnuleer, onVerouderd }: StapFormulierProps<Opp>) {
  const [gehoord, setGehoord] = useState<'' | 'ja' | 'nee'>('');
  const [datum, setDatum] = useState(vandaagIso);
  const [toelichting, setToelichting] = useState('');
  const mutatie = behandeling.useStap(opp, legHoorrechtVast);
  const fouten = verdeelFouten(mutatie.error, ['gehoord', 'datum', 'toelichting']);
  const verstuur = () =>
    mutatie.mutate(
      {
        gehoord: gehoord === '' ? null : gehoord === 'ja',
        datum: gehoord === 'ja' ? leegAlsNull(datum) : null,
        toelichting: leegAlsNull(toelichting),
      },
      {
        onSuccess: (nieuw) => onKlaar('Het hoorrecht van de leerling is vastgelegd.', nieuw),
        onError: (error) => {
          if (isVersieVerouderd(error)) onVerouderd();
        },
      },
    );

  return (
    <StapKader
      titel={oppStapNaam('hoorrecht')}
      mislukt="Het hoorrecht is niet vastgelegd."
      knop="Hoorrecht vastleggen"
      mutatie={mutatie}
      gewijzigd={behandeling.gewijzigd}
      overig={fouten.overig}
      onVerstuur={verstuur}
      onAnnuleer={onAnnuleer}
    >
      <p>
        De leerling heeft het recht om gehoord te worden over versie {opp.conceptversie ?? ''} van het plan. Leg vast wat
        de leerling vertelde, of waarom de leerling niet is gehoord.
      </p>
      <Keuzegroep
        legend="Is de leerling gehoord?"
        waarde={gehoord}
        opties={[
          { waarde: 'ja', label: 'Ja' },
          { waarde: 'nee', label: 'Nee' },
        ]}
        fouten={fouten.bij('gehoord')}
        onChange={(waarde) => setGehoord(waarde === 'ja' ? 'ja' : 'nee')}
      />
      {gehoord === 'ja' && (
        <DatumVeld label="Gehoord op" fouten={fouten.bij('datum')} required value={datum} onChange={setDatum} />
      )}
      {gehoord !== '' && (
        <Veld
          label={gehoord === 'ja' ? 'Wat vertelde de leerling?' : 'Waarom is de leerling niet gehoord?'}
          hint={gehoord === 'ja' ? 'Een korte samenvatting.' : 'Bijvoorbeeld: de leerling is daarvoor te jong.'}
          fouten={fouten.bij('toelichting')}
        >
          {(koppeling) => (
            <textarea {...koppeling} rows={3} required value={toelichting} onChange={(event) => setToelichting(event.target.value)} />
          )}
        </Veld>
      )}
    </StapKader>
  );
}
