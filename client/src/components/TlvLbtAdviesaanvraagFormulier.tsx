import { useState } from 'react';
import { isVersieVerouderd } from '../api/antwoord';
import type { components } from '../api/schema';
import { vraagLbtAdvies, type Tlv } from '../api/toelaatbaarheidsverklaringen';
import { verdeelFouten } from '../api/veldfouten';
import { datumTekst, vandaagIso } from '../aanbiederWeergave';
import { keuzes } from '../arrangementLabels';
import type { StapFormulierProps } from '../stapDefinitie';
import { BEZWAARSTUKKEN, tlvStapNaam } from '../tlvLabels';
import { DatumVeld } from './DatumVeld';
import { Meerkeuze } from './Meerkeuze';
import { StapKader } from './StapKader';

type Bezwaarstuk = components['schemas']['Bezwaarstuk'];

/** SWV staff send the papers to the LBT and the indiener, within 14 days of the bezwaar, and ask the LBT's advice. */
export function TlvLbtAdviesaanvraagFormulier({ zaak: tlv, behandeling, onKlaar, onAnnuleer, onVerouderd }: StapFormulierProps<Tlv>) {
  const [stukken, setStukken] = useState<string[]>([]);
  const [verzondenOp, setVerzondenOp] = useState(vandaagIso);
  const mutatie = behandeling.useStap(tlv, vraagLbtAdvies);
  const fouten = verdeelFouten(mutatie.error, ['stukken', 'verzondenOp']);
  const uiterlijk = tlv.lopendBezwaar?.lbtAdviesaanvraagUiterlijk;
  const verstuur = () =>
    mutatie.mutate(
      {
        verzondenOp: verzondenOp.trim() === '' ? null : verzondenOp,
        // In the list's order, whatever order they were ticked in; the boxes offer only the contract's codes.
        stukken: keuzes(BEZWAARSTUKKEN)
          .map(({ code }) => code)
          .filter((code) => stukken.includes(code)) as Bezwaarstuk[],
      },
      {
        onSuccess: (nieuw) => onKlaar('De LBT is om advies gevraagd.', nieuw),
        onError: (error) => {
          if (isVersieVerouderd(error)) onVerouderd();
        },
      },
    );

  return (
    <StapKader
      titel={tlvStapNaam('lbt-adviesaanvraag')}
      mislukt="De LBT is niet om advies gevraagd."
      knop="LBT om advies vragen"
      mutatie={mutatie}
      gewijzigd={behandeling.gewijzigd}
      overig={fouten.overig}
      onVerstuur={verstuur}
      onAnnuleer={onAnnuleer}
    >
      <p>
        Stuur alle stukken naar de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen (LBT) en naar de
        indiener{uiterlijk ? `, uiterlijk ${datumTekst(uiterlijk)}` : ''}.
      </p>
      <Meerkeuze
        legend="Verzonden stukken"
        hint="Vink aan wat u verzond; alle stukken zijn nodig."
        gekozen={stukken}
        opties={keuzes(BEZWAARSTUKKEN).map(({ code, naam }) => ({ waarde: code, label: naam }))}
        fouten={fouten.bij('stukken')}
        onChange={setStukken}
      />
      <DatumVeld label="Verzonden op" fouten={fouten.bij('verzondenOp')} required value={verzondenOp} onChange={setVerzondenOp} />
    </StapKader>
  );
}
