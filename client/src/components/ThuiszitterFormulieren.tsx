import { useState } from 'react';
import { isVersieVerouderd } from '../api/antwoord';
import { legTerugkeerVast, werkPlanBij, type Thuiszitter } from '../api/thuiszitters';
import { verdeelFouten } from '../api/veldfouten';
import { vandaagIso } from '../aanbiederWeergave';
import type { StapFormulierProps } from '../stapDefinitie';
import { thuiszitterStapNaam } from '../thuiszitterWeergave';
import { DatumVeld } from './DatumVeld';
import { Keuzegroep } from './Keuzegroep';
import { StapKader } from './StapKader';
import { alsPlanverzoek, PLANVELDEN, ThuiszitterplanVelden, type Planinvoer } from './ThuiszitterplanVelden';
import { Veld } from './Veld';
import { VestigingKeuze } from './VestigingKeuze';

const naVerouderd = (onVerouderd: () => void) => (error: Error) => {
  if (isVersieVerouderd(error)) onVerouderd();
};

/** "Plan bijwerken": starts from the current plan; a changed plan or perspective becomes a new version. */
export function ThuiszitterPlanFormulier({ zaak, behandeling, onKlaar, onAnnuleer, onVerouderd }: StapFormulierProps<Thuiszitter>) {
  const [invoer, setInvoer] = useState<Planinvoer>(() => ({
    gemeente: zaak.gemeente,
    leerplichtambtenaarNaam: zaak.leerplichtambtenaar?.naam ?? '',
    leerplichtambtenaarContact: zaak.leerplichtambtenaar?.contact ?? '',
    plan: zaak.plan?.plan ?? '',
    perspectief: zaak.plan?.perspectief ?? '',
  }));
  const mutatie = behandeling.useStap(zaak, werkPlanBij);
  const fouten = verdeelFouten(mutatie.error, PLANVELDEN);
  return (
    <StapKader
      titel={thuiszitterStapNaam('planwijziging')}
      mislukt="Het plan is niet bijgewerkt."
      knop="Plan opslaan"
      mutatie={mutatie}
      gewijzigd={behandeling.gewijzigd}
      overig={fouten.overig}
      onVerstuur={() =>
        mutatie.mutate(alsPlanverzoek(invoer), { onSuccess: (nieuw) => onKlaar('Het plan is bijgewerkt.', nieuw), onError: naVerouderd(onVerouderd) })
      }
      onAnnuleer={onAnnuleer}
    >
      <ThuiszitterplanVelden invoer={invoer} onChange={(wijziging) => setInvoer((huidig) => ({ ...huidig, ...wijziging }))} fouten={fouten} />
    </StapKader>
  );
}

/** "Terugkeer vastleggen": the date and where to, a school of the samenwerkingsverband or another destination in words. */
export function ThuiszitterTerugkeerFormulier({ zaak, behandeling, onKlaar, onAnnuleer, onVerouderd }: StapFormulierProps<Thuiszitter>) {
  const [datum, setDatum] = useState(vandaagIso);
  const [waarheen, setWaarheen] = useState('school');
  const [vestiging, setVestiging] = useState('');
  const [andereBestemming, setAndereBestemming] = useState('');
  const [toelichting, setToelichting] = useState('');
  const mutatie = behandeling.useStap(zaak, legTerugkeerVast);
  const fouten = verdeelFouten(mutatie.error, ['datum', 'vestiging', 'andereBestemming', 'toelichting']);
  const leeg = (tekst: string) => (tekst.trim() === '' ? null : tekst.trim());
  const verstuur = () =>
    mutatie.mutate(
      {
        datum: leeg(datum),
        vestiging: waarheen === 'school' ? leeg(vestiging) : null,
        andereBestemming: waarheen === 'anders' ? leeg(andereBestemming) : null,
        toelichting: leeg(toelichting),
      },
      { onSuccess: (nieuw) => onKlaar('De terugkeer is vastgelegd.', nieuw), onError: naVerouderd(onVerouderd) },
    );
  return (
    <StapKader
      titel={thuiszitterStapNaam('terugkeer')}
      mislukt="De terugkeer is niet vastgelegd."
      knop="Terugkeer vastleggen"
      mutatie={mutatie}
      gewijzigd={behandeling.gewijzigd}
      overig={fouten.overig}
      onVerstuur={verstuur}
      onAnnuleer={onAnnuleer}
    >
      <DatumVeld label="Terug op" hint="De eerste dag dat de leerling weer onderwijs volgt." fouten={fouten.bij('datum')} required value={datum} onChange={setDatum} />
      <Keuzegroep
        legend="Waarheen?"
        waarde={waarheen}
        opties={[
          { waarde: 'school', label: 'Een school in het samenwerkingsverband' },
          { waarde: 'anders', label: 'Een andere bestemming' },
        ]}
        fouten={[]}
        onChange={setWaarheen}
      />
      {waarheen === 'school' ? (
        <VestigingKeuze label="School" leeg="Kies een school" waarde={vestiging} onChange={setVestiging} fouten={fouten.bij('vestiging')} required />
      ) : (
        <Veld label="Andere bestemming" hint="Bijvoorbeeld dagbesteding of een school buiten het samenwerkingsverband." fouten={fouten.bij('andereBestemming')}>
          {(koppeling) => (
            <input {...koppeling} type="text" autoComplete="off" value={andereBestemming} onChange={(event) => setAndereBestemming(event.target.value)} />
          )}
        </Veld>
      )}
      <Veld label="Toelichting (niet verplicht)" fouten={fouten.bij('toelichting')}>
        {(koppeling) => <textarea {...koppeling} rows={3} value={toelichting} onChange={(event) => setToelichting(event.target.value)} />}
      </Veld>
    </StapKader>
  );
}
