import { useState } from 'react';
import { isVersieVerouderd } from '../api/antwoord';
import { besluitOverAanmelding, type Aanmelding } from '../api/aanmeldingen';
import { verdeelFouten } from '../api/veldfouten';
import { vandaagIso } from '../aanbiederWeergave';
import { aanmeldingStapTitel } from '../aanmeldingStapDefinities';
import { TOELATINGSUITKOMSTEN } from '../aanmeldingWeergave';
import { keuzes } from '../arrangementLabels';
import type { StapFormulierProps } from '../stapDefinitie';
import { DatumVeld } from './DatumVeld';
import { Keuzegroep } from './Keuzegroep';
import { StapKader } from './StapKader';
import { Veld, Foutmelding } from './Veld';
import { VestigingKeuze } from './VestigingKeuze';

const VELDEN = ['uitkomst', 'besluitdatum', 'reden', 'andereSchool', 'akkoordAndereSchoolOp', 'inOverlegMetOuders'];

const leegAlsNull = (tekst: string) => (tekst.trim() === '' ? null : tekst.trim());

/**
 * The school decides: one of the four outcomes. "Andere school" asks which school of the samenwerkingsverband admits
 * the pupil, when it agreed and whether it was found in overleg with the ouders; every outcome but toegelaten asks a
 * reason. The API judges all of it and every problem shows at its field.
 */
export function AanmeldingBesluitFormulier({ zaak: aanmelding, behandeling, onKlaar, onAnnuleer, onVerouderd }: StapFormulierProps<Aanmelding>) {
  const [uitkomst, setUitkomst] = useState('');
  const [besluitdatum, setBesluitdatum] = useState(vandaagIso);
  const [reden, setReden] = useState('');
  const [andereSchool, setAndereSchool] = useState('');
  const [akkoordOp, setAkkoordOp] = useState('');
  const [inOverleg, setInOverleg] = useState(false);
  const mutatie = behandeling.useStap(aanmelding, besluitOverAanmelding);
  const fouten = verdeelFouten(mutatie.error, VELDEN);
  const andere = uitkomst === 'andere-school';
  const verstuur = () =>
    mutatie.mutate(
      {
        uitkomst: uitkomst === '' ? null : (uitkomst as NonNullable<Parameters<typeof besluitOverAanmelding>[1]['uitkomst']>),
        besluitdatum: leegAlsNull(besluitdatum),
        reden: uitkomst === 'toegelaten' ? null : leegAlsNull(reden),
        ...(andere && { andereSchool: leegAlsNull(andereSchool), akkoordAndereSchoolOp: leegAlsNull(akkoordOp), inOverlegMetOuders: inOverleg }),
      },
      {
        onSuccess: (nieuw) => onKlaar('Het besluit is vastgelegd.', nieuw),
        onError: (error) => {
          if (isVersieVerouderd(error)) onVerouderd();
        },
      },
    );

  return (
    <StapKader
      titel={aanmeldingStapTitel('besluit')}
      mislukt="Het besluit is niet vastgelegd."
      knop="Besluit vastleggen"
      mutatie={mutatie}
      gewijzigd={behandeling.gewijzigd}
      overig={fouten.overig}
      onVerstuur={verstuur}
      onAnnuleer={onAnnuleer}
    >
      <Keuzegroep
        legend="Wat besluit de school?"
        waarde={uitkomst}
        opties={keuzes(TOELATINGSUITKOMSTEN).map(({ code, naam }) => ({ waarde: code, label: naam }))}
        fouten={fouten.bij('uitkomst')}
        onChange={setUitkomst}
      />
      <DatumVeld label="Datum van het besluit" fouten={fouten.bij('besluitdatum')} required value={besluitdatum} onChange={setBesluitdatum} />
      {andere && (
        <>
          <VestigingKeuze
            label="School die de leerling toelaat"
            leeg="Kies een school"
            hint="Een school van het samenwerkingsverband, gezocht in overleg met de ouders."
            waarde={andereSchool}
            onChange={setAndereSchool}
            fouten={fouten.bij('andereSchool')}
            required
            heelSamenwerkingsverband
          />
          <DatumVeld
            label="Die school ging akkoord op"
            fouten={fouten.bij('akkoordAndereSchoolOp')}
            required
            value={akkoordOp}
            onChange={setAkkoordOp}
          />
          <div className={fouten.bij('inOverlegMetOuders').length > 0 ? 'veld veld--fout' : 'veld'} data-veld="inOverlegMetOuders">
            <Foutmelding fouten={fouten.bij('inOverlegMetOuders')} />
            <label className="keuze">
              <input
                type="checkbox"
                checked={inOverleg}
                aria-invalid={fouten.bij('inOverlegMetOuders').length > 0 || undefined}
                onChange={(event) => setInOverleg(event.target.checked)}
              />{' '}
              De school is gezocht in overleg met de ouders
            </label>
          </div>
        </>
      )}
      {uitkomst !== 'toegelaten' && (
        <Veld label="Reden" hint="Nodig bij elk besluit behalve toegelaten. De ouders lezen deze reden." fouten={fouten.bij('reden')}>
          {(koppeling) => <textarea {...koppeling} rows={3} required value={reden} onChange={(event) => setReden(event.target.value)} />}
        </Veld>
      )}
    </StapKader>
  );
}
