import type { Tevredenheidsgroep } from '../api/tevredenheid';
import { naam } from '../arrangementLabels';
import { gemiddeldeTekst, TEVREDENHEIDSVRAGEN, VRAAGKOPPEN } from '../tevredenheidWeergave';
import { TabelContainer } from './TabelContainer';

const VRAGEN = [...TEVREDENHEIDSVRAGEN.keys()];

/**
 * The average scores of groups of answered tevredenheidsonderzoeken (per expert, expertisegebied, regio), as the
 * tevredenheid page and the portfolio's yearly evaluation show them; a group too small to show gives its count only.
 */
interface Props {
  titel: string;
  groepen: readonly Tevredenheidsgroep[];
  /** The first column's heading; by default the titel without "Per" ("Per expert" gives "Expert"). */
  kop?: string;
}

export function TevredenheidsgroepenTabel({ titel, groepen, kop = titel.replace('Per ', '').replace(/^./, (c) => c.toUpperCase()) }: Props) {
  if (groepen.length === 0) return null;
  return (
    <TabelContainer label={titel}>
      <table className="data-table">
        <caption>{titel}: gemiddelde score van 1 tot en met 5</caption>
        <thead>
          <tr>
            <th scope="col">{kop}</th>
            <th scope="col">Ingevuld</th>
            {VRAGEN.map((vraag) => (
              <th key={vraag} scope="col">
                {naam(VRAAGKOPPEN, vraag)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groepen.map((groep) => (
            <tr key={groep.sleutel}>
              <th scope="row">{groep.naam}</th>
              <td>{groep.onderdrukt ? `${groep.aantal} (te weinig om te tonen)` : groep.aantal}</td>
              {VRAGEN.map((vraag) => (
                <td key={vraag}>{gemiddeldeTekst(groep.gemiddelden?.[vraag])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TabelContainer>
  );
}

