import type { Opp } from '../api/ontwikkelingsperspectiefplannen';
import { isEigenFormulier, isOppPaneelStap, OPP_BEHANDELING, OPP_STAP_DEFINITIES, oppStapTitel, type OppPaneelStap } from '../oppStapDefinities';
import type { StapFormulierProps } from '../stapDefinitie';
import { OppEvaluatieFormulier } from './OppEvaluatieFormulier';
import { OppHoorrechtFormulier } from './OppHoorrechtFormulier';
import { OppInstemmingFormulier } from './OppInstemmingFormulier';
import { OppVaststellingFormulier } from './OppVaststellingFormulier';
import { StapFormulier } from './StapFormulier';
import { StapPaneel } from './StapPaneel';

interface Props {
  opp: Opp;
  beginmelding?: string | undefined;
}

function formulier(stap: OppPaneelStap, props: StapFormulierProps<Opp>) {
  if (!isEigenFormulier(stap)) return <StapFormulier {...props} definitie={OPP_STAP_DEFINITIES[stap]} />;
  switch (stap) {
    case 'hoorrecht':
      return <OppHoorrechtFormulier {...props} />;
    case 'instemming':
      return <OppInstemmingFormulier {...props} />;
    case 'vaststelling':
      return <OppVaststellingFormulier {...props} />;
    case 'evaluatie':
      return <OppEvaluatieFormulier {...props} />;
  }
}

/**
 * "Volgende stap" of an OPP: the steps the API lists for this person, each a form. Changing the concept is not among
 * them: the page shows the editor for that. SWV staff and experts read the OPP and get no steps.
 */
export function OppActies({ opp, beginmelding }: Props) {
  return (
    <StapPaneel
      zaak={opp}
      behandeling={OPP_BEHANDELING}
      // A step this screen has no form for yet (a newer API) is left out rather than shown without a form.
      stappen={opp.toegestaneStappen.filter(isOppPaneelStap)}
      titel={oppStapTitel}
      beginmelding={beginmelding}
      formulier={formulier}
    />
  );
}
