import { useId, useState, type FormEvent } from 'react';
import { isVersieVerouderd } from '../api/antwoord';
import { verdeelFouten } from '../api/veldfouten';
import { vandaagIso } from '../aanbiederWeergave';
import type { StapDefinitie, StapFormulierProps, Zaak } from '../stapDefinitie';
import { FormulierKnoppen } from './FormulierKnoppen';
import { DatumVeld } from './DatumVeld';
import { Keuzegroep } from './Keuzegroep';
import { StapProbleem } from './StapProbleem';
import { Veld } from './Veld';
import { useFocusBijOpenen } from './useFocusBijOpenen';

/** One simple step of a case's lifecycle as a small form, sent with If-Match of the versie shown. */
export function StapFormulier<Z extends Zaak>({
  zaak,
  behandeling,
  definitie,
  onKlaar,
  onAnnuleer,
  onVerouderd,
}: StapFormulierProps<Z> & { definitie: StapDefinitie<Z> }) {
  const titelId = useId();
  const titelRef = useFocusBijOpenen<HTMLHeadingElement>();
  const [waarden, setWaarden] = useState<Record<string, string>>(() =>
    Object.fromEntries(definitie.velden.map((veld) => [veld.naam, veld.vandaag ? vandaagIso() : ''])),
  );
  const mutatie = behandeling.useStap(zaak, definitie.stap);
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
      onSuccess: (nieuw) => onKlaar(definitie.gelukt, nieuw),
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
      {mutatie.isError && (
        <StapProbleem summary={definitie.mislukt} gewijzigd={behandeling.gewijzigd} error={mutatie.error} overig={fouten.overig} />
      )}
      {definitie.uitleg && <p>{definitie.uitleg(zaak)}</p>}
      {definitie.velden.map((veld) => {
        const veldFouten = [...fouten.bij(veld.naam), ...(veld.ookFouten ?? []).flatMap((pad) => fouten.bij(pad))];
        const waarde = waarden[veld.naam] ?? '';
        const zet = (nieuw: string) => setWaarden((huidig) => ({ ...huidig, [veld.naam]: nieuw }));
        const label = veld.optioneel ? `${veld.label} (niet verplicht)` : veld.label;
        if (veld.soort === 'datum') {
          return (
            <DatumVeld
              key={veld.naam}
              label={label}
              {...(veld.hint !== undefined && { hint: veld.hint })}
              fouten={veldFouten}
              pad={veld.naam}
              required={!veld.optioneel}
              value={waarde}
              onChange={zet}
            />
          );
        }
        if (veld.soort === 'keuze') {
          return (
            <Keuzegroep
              key={veld.naam}
              legend={label}
              waarde={waarde}
              opties={(veld.opties ?? []).map(({ code, naam }) => ({ waarde: code, label: naam }))}
              fouten={veldFouten}
              onChange={zet}
            />
          );
        }
        return (
          <Veld key={veld.naam} label={label} {...(veld.hint !== undefined && { hint: veld.hint })} fouten={veldFouten} pad={veld.naam}>
            {(koppeling) => {
              const eigenschappen = {
                ...koppeling,
                required: !veld.optioneel,
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
