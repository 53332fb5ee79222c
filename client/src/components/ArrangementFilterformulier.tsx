import { useState } from 'react';
import type { Veldfouten } from '../api/veldfouten';
import { SOORTEN, STATUSSEN } from '../arrangementLabels';
import { CodelijstKeuze } from './CodelijstKeuze';
import { Filterformulier } from './Filterformulier';
import { VestigingKeuze } from './VestigingKeuze';

/** The filters as the URL holds them; evaluatieVerlopen is "true" or empty. */
export interface ArrangementZoekvragen {
  status: string;
  soort: string;
  vestiging: string;
  evaluatieVerlopen: string;
}

export const ARRANGEMENT_ZOEKVRAGEN = ['status', 'soort', 'vestiging', 'evaluatieVerlopen'] as const;

interface Props {
  zoekvragen: ArrangementZoekvragen;
  fouten: Veldfouten;
  onZoek: (zoekvragen: ArrangementZoekvragen) => void;
}

/** The filter form of the arrangementen list; it starts from the URL and hands a new search back to the page. */
export function ArrangementFilterformulier({ zoekvragen, fouten, onZoek }: Props) {
  const [invoer, setInvoer] = useState(zoekvragen);
  const wijzig = (veld: keyof ArrangementZoekvragen) => (waarde: string) => setInvoer((huidig) => ({ ...huidig, [veld]: waarde }));

  return (
    <Filterformulier label="Arrangementen filteren" wisNaar="/arrangementen" onFilter={() => onZoek(invoer)}>
      <CodelijstKeuze label="Status" leeg="Alle statussen" lijst={STATUSSEN} waarde={invoer.status} onChange={wijzig('status')} fouten={fouten.bij('status')} />
      <CodelijstKeuze label="Soort" leeg="Alle soorten" lijst={SOORTEN} waarde={invoer.soort} onChange={wijzig('soort')} fouten={fouten.bij('soort')} />
      <VestigingKeuze label="School" leeg="Alle scholen" waarde={invoer.vestiging} onChange={wijzig('vestiging')} fouten={fouten.bij('vestiging')} />
      <div className="veld veld--vinkje">
        <label>
          <input
            type="checkbox"
            checked={invoer.evaluatieVerlopen === 'true'}
            onChange={(event) => wijzig('evaluatieVerlopen')(event.target.checked ? 'true' : '')}
          />
          Alleen met verlopen evaluatie
        </label>
      </div>
    </Filterformulier>
  );
}
