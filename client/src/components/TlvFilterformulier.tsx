import { useState } from 'react';
import type { Veldfouten } from '../api/veldfouten';
import { codelijst } from '../arrangementLabels';
import { BEKOSTIGINGSCATEGORIEEN, TLV_SOORTEN, TLV_STATUSSEN } from '../tlvLabels';
import { CodelijstKeuze } from './CodelijstKeuze';
import { Filterformulier } from './Filterformulier';

/** The filters as the URL holds them; verlooptBinnen is a number of months (3, 6 or 12) or empty. */
export const TLV_ZOEKVRAGEN = ['status', 'soort', 'categorie', 'verlooptBinnen'] as const;
export type TlvZoekvragen = Record<(typeof TLV_ZOEKVRAGEN)[number], string>;

/** How far ahead the herindicatie looks: the URL keeps the months, so a saved link still means "from today". */
export const VERLOOPT_BINNEN = codelijst([
  ['3', '3 maanden'],
  ['6', '6 maanden'],
  ['12', '12 maanden'],
]);

interface Props {
  zoekvragen: TlvZoekvragen;
  fouten: Veldfouten;
  onZoek: (zoekvragen: TlvZoekvragen) => void;
}

/** The filter form of the list of toelaatbaarheidsverklaringen; it starts from the URL and hands a new search back. */
export function TlvFilterformulier({ zoekvragen, fouten, onZoek }: Props) {
  const [invoer, setInvoer] = useState(zoekvragen);
  const wijzig = (veld: keyof TlvZoekvragen) => (waarde: string) => setInvoer((huidig) => ({ ...huidig, [veld]: waarde }));

  return (
    <Filterformulier label="Toelaatbaarheidsverklaringen filteren" wisNaar="/toelaatbaarheidsverklaringen" onFilter={() => onZoek(invoer)}>
      <CodelijstKeuze label="Status" leeg="Alle statussen" lijst={TLV_STATUSSEN} waarde={invoer.status} onChange={wijzig('status')} fouten={fouten.bij('status')} />
      <CodelijstKeuze label="Soort" leeg="Alle soorten" lijst={TLV_SOORTEN} waarde={invoer.soort} onChange={wijzig('soort')} fouten={fouten.bij('soort')} />
      <CodelijstKeuze
        label="Categorie"
        leeg="Alle categorieën"
        lijst={BEKOSTIGINGSCATEGORIEEN}
        waarde={invoer.categorie}
        onChange={wijzig('categorie')}
        fouten={fouten.bij('categorie')}
      />
      <CodelijstKeuze
        label="Verloopt binnen"
        leeg="Geen termijn"
        hint="Geldende toelaatbaarheidsverklaringen waarvan de einddatum binnen deze termijn valt: voor de herindicatie."
        lijst={VERLOOPT_BINNEN}
        waarde={invoer.verlooptBinnen}
        onChange={wijzig('verlooptBinnen')}
        fouten={fouten.bij('verlooptVoor')}
      />
    </Filterformulier>
  );
}
