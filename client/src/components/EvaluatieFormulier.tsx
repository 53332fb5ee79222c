import { useId, useState, type FormEvent } from 'react';
import { isVersieVerouderd } from '../api/antwoord';
import { evalueer, type Arrangement, type EvaluatieVerzoek } from '../api/arrangementen';
import { verdeelFouten, type Veldfouten } from '../api/veldfouten';
import { vandaagIso } from '../aanbiederWeergave';
import { keuzes, VERVOLGEN } from '../arrangementLabels';
import { FormulierKnoppen } from './FormulierKnoppen';
import { Keuzegroep } from './Keuzegroep';
import type { StapFormulierProps } from '../stapDefinitie';
import { StapProbleem } from './StapProbleem';
import { DatumVeld } from './DatumVeld';
import { Foutmelding, Veld } from './Veld';
import { useFocusBijOpenen } from './useFocusBijOpenen';

/** The answer for one goal: behaald or not, and why. */
export interface DoelInvoer {
  behaald: '' | 'ja' | 'nee';
  toelichting: string;
}

interface Invoer {
  datum: string;
  doelen: DoelInvoer[];
  conclusie: string;
  vervolg: string;
}

const leegAlsNull = (tekst: string) => (tekst.trim() === '' ? null : tekst.trim());

function alsVerzoek(arrangement: Arrangement, invoer: Invoer): EvaluatieVerzoek {
  return {
    datum: leegAlsNull(invoer.datum),
    doelen: arrangement.doelen.map((doel, index) => {
      const resultaat = invoer.doelen[index];
      return {
        doel: doel.nummer,
        behaald: resultaat?.behaald === '' || resultaat === undefined ? null : resultaat.behaald === 'ja',
        toelichting: leegAlsNull(resultaat?.toelichting ?? ''),
      };
    }),
    conclusie: leegAlsNull(invoer.conclusie),
    // The radio buttons offer only the contract's codes; the API answers 400 for anything else.
    vervolg: leegAlsNull(invoer.vervolg) as EvaluatieVerzoek['vervolg'],
  };
}

function foutvelden(aantalDoelen: number): string[] {
  const perDoel = Array.from({ length: aantalDoelen }, (_, index) => {
    const pad = `doelen/${index}`;
    return [pad, `${pad}/doel`, `${pad}/behaald`, `${pad}/toelichting`];
  });
  return ['datum', 'doelen', ...perDoel.flat(), 'conclusie', 'vervolg'];
}

/** An evaluation of an active arrangement: per doel behaald or not, the conclusion and what follows. */
export function EvaluatieFormulier({ zaak: arrangement, behandeling, onKlaar, onAnnuleer, onVerouderd }: StapFormulierProps<Arrangement>) {
  const titelId = useId();
  const titelRef = useFocusBijOpenen<HTMLHeadingElement>();
  const [invoer, setInvoer] = useState<Invoer>(() => ({
    datum: vandaagIso(),
    doelen: arrangement.doelen.map(() => ({ behaald: '', toelichting: '' })),
    conclusie: '',
    vervolg: '',
  }));
  const mutatie = behandeling.useStap(arrangement, evalueer);
  const fouten = verdeelFouten(mutatie.error, foutvelden(arrangement.doelen.length));
  const wijzigDoel = (index: number, wijziging: Partial<DoelInvoer>) =>
    setInvoer((huidig) => ({
      ...huidig,
      doelen: huidig.doelen.map((doel, i) => (i === index ? { ...doel, ...wijziging } : doel)),
    }));
  const verstuur = (event: FormEvent) => {
    event.preventDefault();
    mutatie.mutate(alsVerzoek(arrangement, invoer), {
      onSuccess: (nieuw) => onKlaar('De evaluatie is vastgelegd.', nieuw),
      onError: (error) => {
        if (isVersieVerouderd(error)) onVerouderd();
      },
    });
  };

  return (
    <form className="formulier paneel" aria-labelledby={titelId} noValidate onSubmit={verstuur}>
      <h3 id={titelId} ref={titelRef} tabIndex={-1}>
        Evaluatie vastleggen
      </h3>
      {mutatie.isError && (
        <StapProbleem
          summary="De evaluatie is niet vastgelegd."
          gewijzigd={behandeling.gewijzigd}
          error={mutatie.error}
          overig={fouten.overig}
        />
      )}
      <p>Een actief arrangement wordt minstens elk half jaar geëvalueerd. Geef per doel aan of het behaald is.</p>
      <DatumVeld
        label="Datum van de evaluatie"
        fouten={fouten.bij('datum')}
        required
        value={invoer.datum}
        onChange={(datum) => setInvoer((huidig) => ({ ...huidig, datum }))}
      />
      <Foutmelding fouten={fouten.bij('doelen')} />
      {arrangement.doelen.map((doel, index) => (
        <DoelResultaat
          key={doel.nummer}
          index={index}
          legend={`Doel ${doel.nummer}: ${doel.omschrijving}`}
          invoer={invoer.doelen[index] ?? { behaald: '', toelichting: '' }}
          onChange={(wijziging) => wijzigDoel(index, wijziging)}
          fouten={fouten}
        />
      ))}
      <Veld label="Conclusie" fouten={fouten.bij('conclusie')}>
        {(koppeling) => (
          <textarea
            {...koppeling}
            rows={3}
            required
            value={invoer.conclusie}
            onChange={(event) => setInvoer((huidig) => ({ ...huidig, conclusie: event.target.value }))}
          />
        )}
      </Veld>
      <Keuzegroep
        legend="Vervolg"
        waarde={invoer.vervolg}
        opties={keuzes(VERVOLGEN).map(({ code, naam }) => ({ waarde: code, label: naam }))}
        fouten={fouten.bij('vervolg')}
        onChange={(vervolg) => setInvoer((huidig) => ({ ...huidig, vervolg }))}
      />
      <FormulierKnoppen opslaan="Evaluatie vastleggen" bezig={mutatie.isPending} onAnnuleer={onAnnuleer} />
    </form>
  );
}

export interface DoelResultaatProps {
  index: number;
  legend: string;
  invoer: DoelInvoer;
  onChange: (wijziging: Partial<DoelInvoer>) => void;
  fouten: Veldfouten;
}

/** One goal of an evaluation: behaald or not, with a short explanation; its errors at doelen/<index>. */
export function DoelResultaat({ index, legend, invoer, onChange, fouten }: DoelResultaatProps) {
  const pad = `doelen/${index}`;
  return (
    <fieldset className="groep groep--genest">
      <legend>{legend}</legend>
      <Foutmelding fouten={[...fouten.bij(pad), ...fouten.bij(`${pad}/doel`)]} />
      <Keuzegroep
        legend="Behaald?"
        waarde={invoer.behaald}
        opties={[
          { waarde: 'ja', label: 'Ja' },
          { waarde: 'nee', label: 'Nee' },
        ]}
        fouten={fouten.bij(`${pad}/behaald`)}
        onChange={(behaald) => onChange({ behaald: behaald === 'ja' ? 'ja' : 'nee' })}
      />
      <Veld label="Toelichting (niet verplicht)" fouten={fouten.bij(`${pad}/toelichting`)}>
        {(koppeling) => (
          <input
            {...koppeling}
            type="text"
            autoComplete="off"
            value={invoer.toelichting}
            onChange={(event) => onChange({ toelichting: event.target.value })}
          />
        )}
      </Veld>
    </fieldset>
  );
}
