import { useId, useState, type FormEvent } from 'react';
import { isVersieVerouderd } from '../api/antwoord';
import { useArrangementStap, type Arrangement } from '../api/arrangementen';
import { verdeelFouten } from '../api/veldfouten';
import { vandaagIso } from '../aanbiederWeergave';
import type { StapDefinitie } from '../arrangementStapDefinities';
import { ArrangementProbleem } from './ArrangementProbleem';
import { FormulierKnoppen } from './FormulierKnoppen';
import { DatumVeld } from './DatumVeld';
import { Veld } from './Veld';
import { useFocusBijOpenen } from './useFocusBijOpenen';

export interface StapFormulierProps {
  arrangement: Arrangement;
  /** The step succeeded; `melding` says so in Dutch. */
  onKlaar: (melding: string) => void;
  onAnnuleer: () => void;
  /** The API answered 412: someone else changed the arrangement, and the newest versie has been loaded. */
  onVerouderd: () => void;
}

/** One simple step of the lifecycle as a small form, sent with If-Match of the versie shown. */
export function StapFormulier({ arrangement, definitie, onKlaar, onAnnuleer, onVerouderd }: StapFormulierProps & { definitie: StapDefinitie }) {
  const titelId = useId();
  const titelRef = useFocusBijOpenen<HTMLHeadingElement>();
  const [waarden, setWaarden] = useState<Record<string, string>>(() =>
    Object.fromEntries(definitie.velden.map((veld) => [veld.naam, veld.vandaag ? vandaagIso() : ''])),
  );
  const mutatie = useArrangementStap(arrangement, definitie.stap);
  const fouten = verdeelFouten(
    mutatie.error,
    definitie.velden.flatMap((veld) => [veld.naam, ...(veld.ookFouten ?? [])]),
  );
  const verstuur = (event: FormEvent) => {
    event.preventDefault();
    const ingevuld = { ...waarden };
    const lees = (veld: string) => {
      const tekst = ingevuld[veld]?.trim() ?? '';
      return tekst === '' ? null : tekst;
    };
    mutatie.mutate(lees, {
      onSuccess: () => onKlaar(definitie.gelukt),
      onError: (error) => {
        if (isVersieVerouderd(error)) onVerouderd();
      },
    });
  };

  return (
    <form className="formulier paneel" aria-labelledby={titelId} noValidate onSubmit={verstuur}>
      <h3 id={titelId} ref={titelRef} tabIndex={-1}>
        {definitie.titel}
      </h3>
      {mutatie.isError && <ArrangementProbleem summary={definitie.mislukt} error={mutatie.error} overig={fouten.overig} />}
      {definitie.uitleg && <p>{definitie.uitleg(arrangement)}</p>}
      {definitie.velden.map((veld) => {
        const veldFouten = [...fouten.bij(veld.naam), ...(veld.ookFouten ?? []).flatMap((pad) => fouten.bij(pad))];
        const waarde = waarden[veld.naam] ?? '';
        const zet = (nieuw: string) => setWaarden((huidig) => ({ ...huidig, [veld.naam]: nieuw }));
        if (veld.soort === 'datum') {
          return (
            <DatumVeld
              key={veld.naam}
              label={veld.label}
              {...(veld.hint !== undefined && { hint: veld.hint })}
              fouten={veldFouten}
              pad={veld.naam}
              required
              value={waarde}
              onChange={zet}
            />
          );
        }
        return (
          <Veld key={veld.naam} label={veld.label} {...(veld.hint !== undefined && { hint: veld.hint })} fouten={veldFouten} pad={veld.naam}>
            {(koppeling) => {
              const eigenschappen = {
                ...koppeling,
                required: true,
                value: waarde,
                onChange: (event: { target: { value: string } }) => zet(event.target.value),
              };
              if (veld.soort === 'tekstvak') return <textarea {...eigenschappen} rows={3} />;
              return <input {...eigenschappen} type="text" autoComplete="off" />;
            }}
          </Veld>
        );
      })}
      <FormulierKnoppen opslaan={definitie.knop} bezig={mutatie.isPending} onAnnuleer={onAnnuleer} />
    </form>
  );
}
