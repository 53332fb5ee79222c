import type { Arrangement } from '../api/arrangementen';
import { ARRANGEMENT_BEHANDELING, isStapCode, STAP_DEFINITIES, stapTitel } from '../arrangementStapDefinities';
import { EvaluatieFormulier } from './EvaluatieFormulier';
import { StapFormulier } from './StapFormulier';
import { StapPaneel } from './StapPaneel';

interface Props {
  arrangement: Arrangement;
  /** A message handed over by the page that sent the person here ("Het arrangement is aangevraagd."). */
  beginmelding?: string | undefined;
}

/** "Volgende stap" of an arrangement: evaluating has a form of its own, every other step a simple one. */
export function ArrangementActies({ arrangement, beginmelding }: Props) {
  return (
    <StapPaneel
      zaak={arrangement}
      behandeling={ARRANGEMENT_BEHANDELING}
      // A step this screen has no form for yet (a newer API) is left out rather than shown without a form.
      stappen={arrangement.toegestaneStappen.filter(isStapCode)}
      titel={stapTitel}
      beginmelding={beginmelding}
      formulier={(stap, props) =>
        stap === 'evaluatie' ? <EvaluatieFormulier {...props} /> : <StapFormulier {...props} definitie={STAP_DEFINITIES[stap]} />
      }
    />
  );
}
