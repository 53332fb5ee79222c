import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useExpertiseNamen } from '../api/expertises';
import type { Veldfouten } from '../api/veldfouten';
import { CLUSTERS } from '../aanbiederWeergave';
import { DatumVeld } from './DatumVeld';
import { Veld } from './Veld';

export const ZOEKVRAGEN = ['naam', 'expertise', 'cluster', 'werkgebied', 'geldigOp'] as const;
export type Zoekvragen = Record<(typeof ZOEKVRAGEN)[number], string>;

interface Props {
  zoekvragen: Zoekvragen;
  fouten: Veldfouten;
  onZoek: (zoekvragen: Zoekvragen) => void;
}

/** The search form; it starts from the search in the URL and hands a new search back to the page. */
export function AanbiederZoekformulier({ zoekvragen, fouten, onZoek }: Props) {
  const [invoer, setInvoer] = useState(zoekvragen);
  const { expertises } = useExpertiseNamen();
  const wijzig = (veld: keyof Zoekvragen) => (event: { target: { value: string } }) =>
    setInvoer((huidig) => ({ ...huidig, [veld]: event.target.value }));
  const zoek = (event: FormEvent) => {
    event.preventDefault();
    onZoek(invoer);
  };
  // A code from the URL that the list does not have (yet) stays selectable.
  const expertiseKeuzes =
    invoer.expertise === '' || expertises.some((e) => e.code === invoer.expertise)
      ? expertises
      : [...expertises, { code: invoer.expertise, omschrijving: invoer.expertise, leerjaar: '' }];

  return (
    <form role="search" aria-label="Aanbieders zoeken" className="zoekformulier" noValidate onSubmit={zoek}>
      <div className="zoekformulier__velden">
        <Veld label="Naam" fouten={fouten.bij('naam')}>
          {(koppeling) => <input {...koppeling} type="text" value={invoer.naam} onChange={wijzig('naam')} />}
        </Veld>
        <Veld label="Expertise" fouten={fouten.bij('expertise')}>
          {(koppeling) => (
            <select {...koppeling} value={invoer.expertise} onChange={wijzig('expertise')}>
              <option value="">Alle expertises</option>
              {expertiseKeuzes.map((expertise) => (
                <option key={expertise.code} value={expertise.code}>
                  {expertise.omschrijving}
                </option>
              ))}
            </select>
          )}
        </Veld>
        <Veld label="Cluster" fouten={fouten.bij('cluster')}>
          {(koppeling) => (
            <select {...koppeling} value={invoer.cluster} onChange={wijzig('cluster')}>
              <option value="">Alle clusters</option>
              {CLUSTERS.map((cluster) => (
                <option key={cluster.waarde} value={String(cluster.waarde)}>
                  {cluster.naam}
                </option>
              ))}
            </select>
          )}
        </Veld>
        <Veld
          label="Werkgebied"
          hint="Een samenwerkingsverband (PO2705) of postcodegebied (3811)."
          fouten={fouten.bij('werkgebied')}
        >
          {(koppeling) => (
            <input {...koppeling} type="text" value={invoer.werkgebied} onChange={wijzig('werkgebied')} />
          )}
        </Veld>
        <DatumVeld
          label="Geldig op"
          hint="Alleen aanbod dat op deze dag geldt."
          fouten={fouten.bij('geldigOp')}
          value={invoer.geldigOp}
          onChange={(geldigOp) => setInvoer((huidig) => ({ ...huidig, geldigOp }))}
        />
      </div>
      <div className="knoppen">
        <button type="submit" className="button">
          Zoeken
        </button>
        <Link to="/aanbieders" className="button button--secundair">
          Zoekvragen wissen
        </Link>
      </div>
    </form>
  );
}
