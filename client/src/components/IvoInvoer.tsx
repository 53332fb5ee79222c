import type { Veldfouten } from '../api/veldfouten';
import { IVO_VELDEN, type IvoTeksten, type IvoVeld } from '../ivoVelden';
import { Foutmelding, Veld } from './Veld';

interface Props {
  legend: string;
  hint?: string;
  teksten: IvoTeksten;
  onChange: (teksten: IvoTeksten) => void;
  fouten: Veldfouten;
  /** Where the fields sit in the request body, for the API's error pointers: "inhoud" or "onderwijsbehoeften". */
  pad: string;
}

/** The paths of the API's errors these fields can show, for verdeelFouten. */
export function ivoFoutvelden(pad: string): string[] {
  return [pad, ...IVO_VELDEN.map(({ veld }) => `${pad}/${veld}`)];
}

/** The five IVO fields as text areas; each may stay empty. */
export function IvoInvoer({ legend, hint, teksten, onChange, fouten, pad }: Props) {
  const wijzig = (veld: IvoVeld, waarde: string) => onChange({ ...teksten, [veld]: waarde });
  return (
    <fieldset className="groep">
      <legend>{legend}</legend>
      {hint !== undefined && <p className="veld__hint">{hint}</p>}
      <Foutmelding fouten={fouten.bij(pad)} />
      {IVO_VELDEN.map(({ veld, naam }) => (
        <Veld key={veld} label={naam} fouten={fouten.bij(`${pad}/${veld}`)}>
          {(koppeling) => (
            <textarea {...koppeling} rows={2} value={teksten[veld]} onChange={(event) => wijzig(veld, event.target.value)} />
          )}
        </Veld>
      ))}
    </fieldset>
  );
}
