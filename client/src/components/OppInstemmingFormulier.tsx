import { useState } from 'react';
import { isVersieVerouderd } from '../api/antwoord';
import { legInstemmingVast, type Opp } from '../api/ontwikkelingsperspectiefplannen';
import type { components } from '../api/schema';
import { verdeelFouten } from '../api/veldfouten';
import { vandaagIso } from '../aanbiederWeergave';
import { keuzes } from '../arrangementLabels';
import { INSTEMMINGSWIJZEN, oppStapNaam } from '../oppLabels';
import type { StapFormulierProps } from '../stapDefinitie';
import { DatumVeld } from './DatumVeld';
import { Keuzegroep } from './Keuzegroep';
import { StapKader } from './StapKader';
import { Foutmelding, Veld } from './Veld';

type InstemmingVerzoek = components['schemas']['InstemmingVerzoek'];

const leegAlsNull = (tekst: string) => (tekst.trim() === '' ? null : tekst.trim());

/**
 * The ouders' answer on the handelingsdeel of the version the API names (versieVoorInstemming: the concept, or the
 * vastgestelde version whose handelingsdeel waits): instemming, or a refusal with the reason. The answer is tied to
 * exactly this text; a later change to the handelingsdeel needs a new answer.
 */
export function OppInstemmingFormulier({ zaak: opp, behandeling, onKlaar, onAnnuleer, onVerouderd }: StapFormulierProps<Opp>) {
  const versie = opp.versieVoorInstemming ?? opp.conceptversie ?? null;
  const [gegeven, setGegeven] = useState<'' | 'ja' | 'nee'>('');
  const [ouder, setOuder] = useState('');
  const [datum, setDatum] = useState(vandaagIso);
  const [wijze, setWijze] = useState('');
  const [reden, setReden] = useState('');
  const mutatie = behandeling.useStap(opp, legInstemmingVast);
  const fouten = verdeelFouten(mutatie.error, ['versienummer', 'gegeven', 'ouder', 'datum', 'wijze', 'reden']);
  const verstuur = () =>
    mutatie.mutate(
      {
        versienummer: versie,
        gegeven: gegeven === '' ? null : gegeven === 'ja',
        ouder: leegAlsNull(ouder),
        datum: leegAlsNull(datum),
        // The radio buttons offer only the contract's codes; the API answers 400 for anything else.
        wijze: leegAlsNull(wijze) as InstemmingVerzoek['wijze'],
        reden: gegeven === 'nee' ? leegAlsNull(reden) : null,
      },
      {
        onSuccess: (nieuw) =>
          onKlaar(
            gegeven === 'ja' ? 'De instemming van de ouders is vastgelegd.' : 'De weigering van de ouders is vastgelegd.',
            nieuw,
          ),
        onError: (error) => {
          if (isVersieVerouderd(error)) onVerouderd();
        },
      },
    );

  return (
    <StapKader
      titel={oppStapNaam('instemming')}
      mislukt="Het antwoord van de ouders is niet vastgelegd."
      knop="Antwoord vastleggen"
      mutatie={mutatie}
      gewijzigd={behandeling.gewijzigd}
      overig={fouten.overig}
      onVerstuur={verstuur}
      onAnnuleer={onAnnuleer}
    >
      <p>
        Het antwoord gaat over het handelingsdeel van <strong>versie {versie ?? 'onbekend'}</strong>, precies zoals het er
        nu staat. Wijzigt het handelingsdeel daarna nog, dan moeten de ouders opnieuw instemmen.
      </p>
      <Foutmelding fouten={fouten.bij('versienummer')} />
      <Keuzegroep
        legend="Wat antwoorden de ouders?"
        waarde={gegeven}
        opties={[
          { waarde: 'ja', label: 'Zij stemmen in met het handelingsdeel' },
          { waarde: 'nee', label: 'Zij weigeren instemming' },
        ]}
        fouten={fouten.bij('gegeven')}
        onChange={(waarde) => setGegeven(waarde === 'ja' ? 'ja' : 'nee')}
      />
      <Veld label="Ouder of verzorger" hint="Wie antwoordde namens de ouders?" fouten={fouten.bij('ouder')}>
        {(koppeling) => (
          <input {...koppeling} type="text" autoComplete="off" required value={ouder} onChange={(event) => setOuder(event.target.value)} />
        )}
      </Veld>
      <DatumVeld label="Datum van het antwoord" fouten={fouten.bij('datum')} required value={datum} onChange={setDatum} />
      <Keuzegroep
        legend="Hoe antwoordden de ouders?"
        waarde={wijze}
        // Only the ouder answers in the portal; the school records a paper or other digital answer.
        opties={keuzes(INSTEMMINGSWIJZEN)
          .filter(({ code }) => code !== 'digitaal-in-portaal')
          .map(({ code, naam }) => ({ waarde: code, label: naam }))}
        fouten={fouten.bij('wijze')}
        onChange={setWijze}
      />
      {gegeven === 'nee' && (
        <Veld label="Reden van de weigering" hint="De reden die de ouders noemen." fouten={fouten.bij('reden')}>
          {(koppeling) => <textarea {...koppeling} rows={3} required value={reden} onChange={(event) => setReden(event.target.value)} />}
        </Veld>
      )}
    </StapKader>
  );
}
