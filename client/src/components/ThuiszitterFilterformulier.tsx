import { useState } from 'react';
import { useScholen } from '../api/scholen';
import type { Veldfouten } from '../api/veldfouten';
import { codelijst } from '../arrangementLabels';
import { THUISZITTER_STATUSSEN, VERZUIMSOORTEN } from '../thuiszitterWeergave';
import { CodelijstKeuze } from './CodelijstKeuze';
import { Filterformulier } from './Filterformulier';
import { VestigingKeuze } from './VestigingKeuze';

/** The filters as the URL holds them. */
export const THUISZITTER_ZOEKVRAGEN = ['soort', 'status', 'vestiging', 'regio'] as const;
export type ThuiszitterZoekvragen = Record<(typeof THUISZITTER_ZOEKVRAGEN)[number], string>;

interface Props {
  zoekvragen: ThuiszitterZoekvragen;
  fouten: Veldfouten;
  onZoek: (zoekvragen: ThuiszitterZoekvragen) => void;
}

/** The filter form of the thuiszitters register; the regio's are those of the SWV's schools. */
export function ThuiszitterFilterformulier({ zoekvragen, fouten, onZoek }: Props) {
  const [invoer, setInvoer] = useState(zoekvragen);
  const scholen = useScholen();
  const regios = codelijst([...new Set((scholen.data ?? []).flatMap((school) => (school.regio ? [school.regio] : [])))].sort().map((regio) => [regio, regio] as const));
  const wijzig = (veld: keyof ThuiszitterZoekvragen) => (waarde: string) => setInvoer((huidig) => ({ ...huidig, [veld]: waarde }));

  return (
    <Filterformulier label="Thuiszitters filteren" wisNaar="/thuiszitters" onFilter={() => onZoek(invoer)}>
      <CodelijstKeuze label="Soort" leeg="Alle soorten" lijst={VERZUIMSOORTEN} waarde={invoer.soort} onChange={wijzig('soort')} fouten={fouten.bij('soort')} />
      <CodelijstKeuze label="Status" leeg="Alle statussen" lijst={THUISZITTER_STATUSSEN} waarde={invoer.status} onChange={wijzig('status')} fouten={fouten.bij('status')} />
      <VestigingKeuze label="School" leeg="Alle scholen" waarde={invoer.vestiging} onChange={wijzig('vestiging')} fouten={fouten.bij('vestiging')} />
      <CodelijstKeuze label="Regio" leeg="Alle regio's" lijst={regios} waarde={invoer.regio} onChange={wijzig('regio')} fouten={fouten.bij('regio')} />
    </Filterformulier>
  );
}
