import { useId } from 'react';
import type { Veldfouten } from '../api/veldfouten';
import { IVO_VELDEN, NIVEAUS, type IvoTeksten, type IvoVeld } from '../ivoVelden';
import { NiveauOpties } from './NiveauOpties';
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
  return [pad, ...IVO_VELDEN.flatMap(({ veld }) => [`${pad}/${veld}`, `${pad}/niveaus/${veld}`])];
}

/**
 * The five IVO fields as text areas, each with its level (a native select; "Niet ingevuld" is not the same as 0);
 * text and level may stay empty. The select's visible label is "Niveau"; the field's name is read out with it.
 */
export function IvoInvoer({ legend, hint, teksten, onChange, fouten, pad }: Props) {
  const id = useId();
  const wijzig = (veld: IvoVeld, waarde: string) => onChange({ ...teksten, [veld]: waarde });
  const wijzigNiveau = (veld: IvoVeld, waarde: string) => onChange({ ...teksten, niveaus: { ...teksten.niveaus, [veld]: waarde } });
  return (
    <fieldset className="groep">
      <legend>{legend}</legend>
      {hint !== undefined && <p className="veld__hint">{hint}</p>}
      <Foutmelding fouten={fouten.bij(pad)} />
      {IVO_VELDEN.map(({ veld, naam }) => {
        const niveauId = `${id}-${veld}-niveau`;
        const niveaufouten = fouten.bij(`${pad}/niveaus/${veld}`);
        return (
          <div key={veld} className="ivo-veld">
            <Veld label={naam} fouten={fouten.bij(`${pad}/${veld}`)}>
              {(koppeling) => (
                <textarea {...koppeling} rows={2} value={teksten[veld]} onChange={(event) => wijzig(veld, event.target.value)} />
              )}
            </Veld>
            <div className={niveaufouten.length > 0 ? 'veld veld--fout' : 'veld'}>
              <label htmlFor={niveauId} className="veld__label">
                Niveau <span className="visually-hidden">{naam.toLowerCase()}</span>
              </label>
              <Foutmelding id={`${niveauId}-fout`} fouten={niveaufouten} />
              <select
                id={niveauId}
                value={teksten.niveaus[veld]}
                aria-describedby={[`${id}-niveau-uitleg`, niveaufouten.length > 0 ? `${niveauId}-fout` : ''].filter(Boolean).join(' ')}
                aria-invalid={niveaufouten.length > 0 || undefined}
                onChange={(event) => wijzigNiveau(veld, event.target.value)}
              >
                <NiveauOpties />
              </select>
            </div>
          </div>
        );
      })}
      <div id={`${id}-niveau-uitleg`} className="veld__hint">
        <p>Het niveau zegt hoeveel extra nodig is of geboden wordt:</p>
        <ul>
          {NIVEAUS.map(({ niveau, label, uitleg }) => (
            <li key={niveau}>
              {label}: {uitleg}.
            </li>
          ))}
        </ul>
        <p>Kies &quot;Niet ingevuld&quot; als u het (nog) niet weet; dat is iets anders dan 0.</p>
      </div>
    </fieldset>
  );
}
