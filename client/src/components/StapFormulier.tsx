import { useState } from 'react';
import { isVersieVerouderd } from '../api/antwoord';
import { verdeelFouten } from '../api/veldfouten';
import { vandaagIso } from '../aanbiederWeergave';
import type { StapDefinitie, StapFormulierProps, Zaak } from '../stapDefinitie';
import { DatumVeld } from './DatumVeld';
import { Keuzegroep } from './Keuzegroep';
import { StapKader } from './StapKader';
import { Veld } from './Veld';

/** One simple step of a case's lifecycle as a small form, sent with If-Match of the versie shown. */
export function StapFormulier<Z extends Zaak>({
  zaak,
  behandeling,
  definitie,
  onKlaar,
  onAnnuleer,
  onVerouderd,
}: StapFormulierProps<Z> & { definitie: StapDefinitie<Z> }) {
  const [waarden, setWaarden] = useState<Record<string, string>>(() =>
    Object.fromEntries(definitie.velden.map((veld) => [veld.naam, veld.vandaag ? vandaagIso() : ''])),
  );
  const mutatie = behandeling.useStap(zaak, definitie.stap);
  const fouten = verdeelFouten(
    mutatie.error,
    definitie.velden.flatMap((veld) => [veld.naam, ...(veld.ookFouten ?? [])]),
  );
  const verstuur = () => {
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
    <StapKader
      titel={definitie.titel}
      mislukt={definitie.mislukt}
      knop={definitie.knop}
      mutatie={mutatie}
      gewijzigd={behandeling.gewijzigd}
      overig={fouten.overig}
      onVerstuur={verstuur}
      onAnnuleer={onAnnuleer}
    >
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
    </StapKader>
  );
}
