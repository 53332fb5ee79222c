import { useState } from 'react';
import { isVersieVerouderd } from '../api/antwoord';
import { evalueerOpp, type Opp, type OppVersie } from '../api/ontwikkelingsperspectiefplannen';
import { verdeelFouten } from '../api/veldfouten';
import { vandaagIso } from '../aanbiederWeergave';
import { doeltermijnNaam, oppStapNaam } from '../oppLabels';
import { versieMet } from '../oppWeergave';
import type { StapFormulierProps } from '../stapDefinitie';
import { DatumVeld } from './DatumVeld';
import { DoelResultaat, type DoelInvoer } from './EvaluatieFormulier';
import { Keuzegroep } from './Keuzegroep';
import { StapKader } from './StapKader';
import { Foutmelding, Veld } from './Veld';

interface Invoer {
  datum: string;
  deelnemers: string;
  doelen: DoelInvoer[];
  conclusie: string;
  nieuweVersie: '' | 'ja' | 'nee';
}

const leegAlsNull = (tekst: string) => (tekst.trim() === '' ? null : tekst.trim());

const doelenVan = (versie: OppVersie | undefined) => versie?.inhoud.handelingsdeel.doelen ?? [];

function foutvelden(aantalDoelen: number): string[] {
  const perDoel = Array.from({ length: aantalDoelen }, (_, index) => {
    const pad = `doelen/${index}`;
    return [pad, `${pad}/doel`, `${pad}/behaald`, `${pad}/toelichting`];
  });
  return ['datum', 'deelnemers', 'doelen', ...perDoel.flat(), 'conclusie', 'nieuweVersie'];
}

/**
 * The evaluation with the ouders of the version that holds: per goal of its handelingsdeel behaald or not, the
 * conclusion, and whether a new version follows. At least once per school year.
 */
export function OppEvaluatieFormulier({ zaak: opp, behandeling, onKlaar, onAnnuleer, onVerouderd }: StapFormulierProps<Opp>) {
  const geldend = versieMet(opp, opp.geldendeVersie);
  const doelen = doelenVan(geldend);
  const [invoer, setInvoer] = useState<Invoer>(() => ({
    datum: vandaagIso(),
    deelnemers: '',
    doelen: doelen.map(() => ({ behaald: '', toelichting: '' })),
    conclusie: '',
    nieuweVersie: '',
  }));
  const mutatie = behandeling.useStap(opp, evalueerOpp);
  const fouten = verdeelFouten(mutatie.error, foutvelden(doelen.length));
  const wijzig = (wijziging: Partial<Invoer>) => setInvoer((huidig) => ({ ...huidig, ...wijziging }));
  const wijzigDoel = (index: number, wijziging: Partial<DoelInvoer>) =>
    setInvoer((huidig) => ({
      ...huidig,
      doelen: huidig.doelen.map((doel, i) => (i === index ? { ...doel, ...wijziging } : doel)),
    }));
  const verstuur = () =>
    mutatie.mutate(
      {
        datum: leegAlsNull(invoer.datum),
        deelnemers: leegAlsNull(invoer.deelnemers),
        doelen: doelen.map((doel, index) => {
          const resultaat = invoer.doelen[index];
          return {
            doel: doel.nummer,
            behaald: resultaat === undefined || resultaat.behaald === '' ? null : resultaat.behaald === 'ja',
            toelichting: leegAlsNull(resultaat?.toelichting ?? ''),
          };
        }),
        conclusie: leegAlsNull(invoer.conclusie),
        nieuweVersie: invoer.nieuweVersie === '' ? null : invoer.nieuweVersie === 'ja',
      },
      {
        onSuccess: (nieuw) => onKlaar('De evaluatie is vastgelegd.', nieuw),
        onError: (error) => {
          if (isVersieVerouderd(error)) onVerouderd();
        },
      },
    );

  return (
    <StapKader
      titel={oppStapNaam('evaluatie')}
      mislukt="De evaluatie is niet vastgelegd."
      knop="Evaluatie vastleggen"
      mutatie={mutatie}
      gewijzigd={behandeling.gewijzigd}
      overig={fouten.overig}
      onVerstuur={verstuur}
      onAnnuleer={onAnnuleer}
    >
      <p>
        U evalueert versie {opp.geldendeVersie ?? ''}, de versie die nu geldt, samen met de ouders. Dat moet ten minste één
        keer per schooljaar. Geef per doel aan of het is behaald.
      </p>
      <DatumVeld label="Datum van de evaluatie" fouten={fouten.bij('datum')} required value={invoer.datum} onChange={(datum) => wijzig({ datum })} />
      <Veld label="Deelnemers" hint="Wie waren erbij? Ten minste de ouders." fouten={fouten.bij('deelnemers')}>
        {(koppeling) => (
          <input
            {...koppeling}
            type="text"
            autoComplete="off"
            required
            value={invoer.deelnemers}
            onChange={(event) => wijzig({ deelnemers: event.target.value })}
          />
        )}
      </Veld>
      <Foutmelding fouten={fouten.bij('doelen')} />
      {doelen.length === 0 && <p>Het handelingsdeel van versie {opp.geldendeVersie ?? ''} heeft geen doelen.</p>}
      {doelen.map((doel, index) => (
        <DoelResultaat
          key={doel.nummer}
          index={index}
          legend={`Doel ${doel.nummer} (${doeltermijnNaam(doel.termijn).toLowerCase()}, ${doel.domein}): ${doel.omschrijving}`}
          invoer={invoer.doelen[index] ?? { behaald: '', toelichting: '' }}
          onChange={(wijziging) => wijzigDoel(index, wijziging)}
          fouten={fouten}
        />
      ))}
      <Veld label="Conclusie" fouten={fouten.bij('conclusie')}>
        {(koppeling) => (
          <textarea {...koppeling} rows={3} required value={invoer.conclusie} onChange={(event) => wijzig({ conclusie: event.target.value })} />
        )}
      </Veld>
      <Keuzegroep
        legend="Volgt er een nieuwe versie van het OPP?"
        waarde={invoer.nieuweVersie}
        opties={[
          { waarde: 'ja', label: 'Ja' },
          { waarde: 'nee', label: 'Nee' },
        ]}
        fouten={fouten.bij('nieuweVersie')}
        onChange={(waarde) => wijzig({ nieuweVersie: waarde === 'ja' ? 'ja' : 'nee' })}
      />
    </StapKader>
  );
}
