import { useNavigate } from 'react-router';
import type { Tlv } from '../api/toelaatbaarheidsverklaringen';
import { isEigenFormulier, isTlvStapCode, TLV_BEHANDELING, TLV_STAP_DEFINITIES, tlvStapTitel, type TlvStapCode } from '../tlvStapDefinities';
import type { StapFormulierProps } from '../stapDefinitie';
import { StapFormulier } from './StapFormulier';
import { StapPaneel } from './StapPaneel';
import { TlvAdviesFormulier } from './TlvAdviesFormulier';
import { TlvAdviseurFormulier } from './TlvAdviseurFormulier';
import { TlvBeslissingOpBezwaarFormulier } from './TlvBeslissingOpBezwaarFormulier';
import { TlvBesluitFormulier } from './TlvBesluitFormulier';
import { TlvLbtAdviesaanvraagFormulier } from './TlvLbtAdviesaanvraagFormulier';

interface Props {
  tlv: Tlv;
  beginmelding?: string | undefined;
}

function formulier(stap: TlvStapCode, props: StapFormulierProps<Tlv>) {
  if (!isEigenFormulier(stap)) return <StapFormulier {...props} definitie={TLV_STAP_DEFINITIES[stap]} />;
  switch (stap) {
    case 'adviseur-aanwijzing':
      return <TlvAdviseurFormulier {...props} />;
    case 'advies':
      return <TlvAdviesFormulier {...props} />;
    case 'besluit':
      return <TlvBesluitFormulier {...props} />;
    case 'lbt-adviesaanvraag':
      return <TlvLbtAdviesaanvraagFormulier {...props} />;
    case 'beslissing-op-bezwaar':
      return <TlvBeslissingOpBezwaarFormulier {...props} />;
  }
}

/** "Volgende stap" of a TLV; a herindicatie answers with the new request, and the page goes there. */
export function TlvActies({ tlv, beginmelding }: Props) {
  const navigate = useNavigate();
  return (
    <StapPaneel
      zaak={tlv}
      behandeling={TLV_BEHANDELING}
      // A step this screen has no form for yet (a newer API) is left out rather than shown without a form.
      stappen={tlv.toegestaneStappen.filter(isTlvStapCode)}
      titel={tlvStapTitel}
      beginmelding={beginmelding}
      formulier={formulier}
      onGelukt={(melding, nieuw) => {
        if (nieuw.id !== tlv.id) void navigate(`/toelaatbaarheidsverklaringen/${nieuw.id}`, { state: { melding } });
      }}
    />
  );
}
