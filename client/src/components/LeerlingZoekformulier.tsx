import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { Veldfouten } from '../api/veldfouten';
import { VestigingKeuze } from './VestigingKeuze';
import { Veld } from './Veld';

export interface LeerlingZoekvragen {
  naam: string;
  vestiging: string;
}

export const LEERLING_ZOEKVRAGEN = ['naam', 'vestiging'] as const;

interface Props {
  zoekvragen: LeerlingZoekvragen;
  fouten: Veldfouten;
  onZoek: (zoekvragen: LeerlingZoekvragen) => void;
}

/** Searches pupils by name and school; it starts from the page's search and hands a new search back to the page. */
export function LeerlingZoekformulier({ zoekvragen, fouten, onZoek }: Props) {
  const [invoer, setInvoer] = useState(zoekvragen);
  const zoek = (event: FormEvent) => {
    event.preventDefault();
    onZoek(invoer);
  };
  return (
    <form role="search" aria-label="Leerlingen zoeken" className="zoekformulier" noValidate onSubmit={zoek}>
      <div className="zoekformulier__velden">
        <Veld label="Naam" hint="Een deel van de voor- of achternaam." fouten={fouten.bij('naam')}>
          {(koppeling) => (
            <input
              {...koppeling}
              type="text"
              autoComplete="off"
              value={invoer.naam}
              onChange={(event) => setInvoer((huidig) => ({ ...huidig, naam: event.target.value }))}
            />
          )}
        </Veld>
        <VestigingKeuze
          label="School"
          leeg="Alle scholen"
          waarde={invoer.vestiging}
          onChange={(vestiging) => setInvoer((huidig) => ({ ...huidig, vestiging }))}
          fouten={fouten.bij('vestiging')}
        />
      </div>
      <div className="knoppen">
        <button type="submit" className="button">
          Zoeken
        </button>
        <Link to="/leerlingen" className="button button--secundair">
          Zoekvragen wissen
        </Link>
      </div>
    </form>
  );
}
