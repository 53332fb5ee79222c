import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { Veldfouten } from '../api/veldfouten';
import { keuzes, SOORTEN, STATUSSEN } from '../arrangementLabels';
import { VestigingKeuze } from './VestigingKeuze';
import { Veld } from './Veld';

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
  const wijzig = (veld: keyof ArrangementZoekvragen, waarde: string) => setInvoer((huidig) => ({ ...huidig, [veld]: waarde }));
  const zoek = (event: FormEvent) => {
    event.preventDefault();
    onZoek(invoer);
  };

  return (
    <form role="search" aria-label="Arrangementen filteren" className="zoekformulier" noValidate onSubmit={zoek}>
      <div className="zoekformulier__velden">
        <Veld label="Status" fouten={fouten.bij('status')}>
          {(koppeling) => (
            <select {...koppeling} value={invoer.status} onChange={(event) => wijzig('status', event.target.value)}>
              <option value="">Alle statussen</option>
              {keuzes(STATUSSEN).map(({ code, naam }) => (
                <option key={code} value={code}>
                  {naam}
                </option>
              ))}
            </select>
          )}
        </Veld>
        <Veld label="Soort" fouten={fouten.bij('soort')}>
          {(koppeling) => (
            <select {...koppeling} value={invoer.soort} onChange={(event) => wijzig('soort', event.target.value)}>
              <option value="">Alle soorten</option>
              {keuzes(SOORTEN).map(({ code, naam }) => (
                <option key={code} value={code}>
                  {naam}
                </option>
              ))}
            </select>
          )}
        </Veld>
        <VestigingKeuze
          label="School"
          leeg="Alle scholen"
          waarde={invoer.vestiging}
          onChange={(vestiging) => wijzig('vestiging', vestiging)}
          fouten={fouten.bij('vestiging')}
        />
        <div className="veld veld--vinkje">
          <label>
            <input
              type="checkbox"
              checked={invoer.evaluatieVerlopen === 'true'}
              onChange={(event) => wijzig('evaluatieVerlopen', event.target.checked ? 'true' : '')}
            />
            Alleen met verlopen evaluatie
          </label>
        </div>
      </div>
      <div className="knoppen">
        <button type="submit" className="button">
          Filteren
        </button>
        <Link to="/arrangementen" className="button button--secundair">
          Filters wissen
        </Link>
      </div>
    </form>
  );
}
