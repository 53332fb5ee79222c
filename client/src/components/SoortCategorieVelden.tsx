import type { Veldfouten } from '../api/veldfouten';
import { categorieenVoor, categorieNaSoort } from '../tlvInvoer';
import { categorieNaam, TLV_SOORTEN } from '../tlvLabels';
import { keuzes } from '../arrangementLabels';
import { Veld } from './Veld';

interface Props {
  soort: string;
  categorie: string;
  onChange: (keuze: { soort: string; categorie: string }) => void;
  fouten: Veldfouten;
  /** Where the fields sit in the request body ("" or "wijziging/"), for the API's error pointers. */
  pad?: string;
}

/**
 * The soort of TLV and its bekostigingscategorie: only the categories the soort allows are offered (L, M, H for SO
 * and VSO; NVT for SBO and PrO), and a categorie that no longer fits a new soort is dropped.
 */
export function SoortCategorieVelden({ soort, categorie, onChange, fouten, pad = '' }: Props) {
  const categorieen = categorieenVoor(soort);
  return (
    <>
      <Veld label="Soort toelaatbaarheid" fouten={fouten.bij(`${pad}soort`)}>
        {(koppeling) => (
          <select
            {...koppeling}
            required
            value={soort}
            onChange={(event) => onChange({ soort: event.target.value, categorie: categorieNaSoort(event.target.value, categorie) })}
          >
            <option value="">Kies een soort</option>
            {keuzes(TLV_SOORTEN).map(({ code, naam }) => (
              <option key={code} value={code}>
                {naam}
              </option>
            ))}
          </select>
        )}
      </Veld>
      <Veld
        label="Bekostigingscategorie"
        hint="SO en VSO: laag, midden of hoog. SBO en praktijkonderwijs hebben geen categorie."
        fouten={fouten.bij(`${pad}categorie`)}
      >
        {(koppeling) => (
          <select {...koppeling} required value={categorie} onChange={(event) => onChange({ soort, categorie: event.target.value })}>
            <option value="">{soort === '' ? 'Kies eerst de soort' : 'Kies een categorie'}</option>
            {categorieen.map((code) => (
              <option key={code} value={code}>
                {categorieNaam(code)}
              </option>
            ))}
          </select>
        )}
      </Veld>
    </>
  );
}
