import { useState } from 'react';
import { isVersieVerouderd } from '../api/antwoord';
import { neemTlvBesluit, type Tlv } from '../api/toelaatbaarheidsverklaringen';
import { verdeelFouten } from '../api/veldfouten';
import { vandaagIso } from '../aanbiederWeergave';
import type { StapFormulierProps } from '../stapDefinitie';
import { alsBesluitVerzoek, besluitVanAanvraag, type BesluitInvoer } from '../tlvInvoer';
import { adviesplekNaam, tlvStapNaam } from '../tlvLabels';
import { adviesConclusie } from '../tlvWeergave';
import { BesluitVelden, besluitFoutvelden } from './BesluitVelden';
import { StapKader } from './StapKader';

/**
 * The commission's decision, after both advices: the advices' conclusions stand above the fields, so a decision that
 * departs from one says why. Prefilled with what was requested.
 */
export function TlvBesluitFormulier({ zaak: tlv, behandeling, onKlaar, onAnnuleer, onVerouderd }: StapFormulierProps<Tlv>) {
  const [invoer, setInvoer] = useState<BesluitInvoer>(() => besluitVanAanvraag(tlv, vandaagIso()));
  const mutatie = behandeling.useStap(tlv, neemTlvBesluit);
  const fouten = verdeelFouten(mutatie.error, besluitFoutvelden());
  const verstuur = () =>
    mutatie.mutate(alsBesluitVerzoek(invoer), {
      onSuccess: (nieuw) => onKlaar('Het besluit is vastgelegd. Maak het daarna bekend aan ouders en school.', nieuw),
      onError: (error) => {
        if (isVersieVerouderd(error)) onVerouderd();
      },
    });

  return (
    <StapKader
      titel={tlvStapNaam('besluit')}
      mislukt="Het besluit is niet vastgelegd."
      knop="Besluit vastleggen"
      mutatie={mutatie}
      gewijzigd={behandeling.gewijzigd}
      overig={fouten.overig}
      onVerstuur={verstuur}
      onAnnuleer={onAnnuleer}
    >
      <div className="adviesconclusies">
        <h4>Wat de deskundigen adviseren</h4>
        <ul>
          {tlv.adviezen.map((advies) => (
            <li key={advies.plek}>
              <strong>
                {adviesplekNaam(advies.plek)} ({advies.naam}):
              </strong>{' '}
              {adviesConclusie(advies)}
            </li>
          ))}
        </ul>
      </div>
      <BesluitVelden invoer={invoer} onChange={(wijziging) => setInvoer((huidig) => ({ ...huidig, ...wijziging }))} fouten={fouten} />
    </StapKader>
  );
}
