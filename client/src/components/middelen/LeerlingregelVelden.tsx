import type { Veldfouten } from '../../api/veldfouten';
import type { Leerlingregelinvoer } from '../../verantwoordingInvoer';
import { Veld } from '../Veld';

interface Props {
  index: number;
  regel: Leerlingregelinvoer;
  /** The OPP's to choose from: label by OPP id (the id is never shown). */
  opps: ReadonlyMap<string, string>;
  fouten: Veldfouten;
  onWijzig: (veld: 'oppId' | 'besteed' | 'toelichting', waarde: string) => void;
  /** Absent when the line may not go (the only line of the verantwoording). */
  onVerwijder: (() => void) | undefined;
}

/** One line at pupil level: the pupil's OPP, the money used and a note, with the API's problems at `leerlingregels/{index}/...`. */
export function LeerlingregelVelden({ index: i, regel, opps, fouten, onWijzig: wijzig, onVerwijder }: Props) {
  return (
    <fieldset>
      <legend>Leerlingregel {i + 1}</legend>
      <Veld label="OPP van de leerling" hint="Alleen OPP's van leerlingen van uw eigen school; elk OPP één keer." fouten={fouten.bij(`leerlingregels/${i}/oppId`)}>
        {(invoer) => (
          <select {...invoer} value={regel.oppId} onChange={(e) => wijzig('oppId', e.target.value)}>
            <option value="">Kies het OPP van een leerling</option>
            {[...opps].map(([id, label]) => (
              <option key={id} value={id}>
                {label}
              </option>
            ))}
          </select>
        )}
      </Veld>
      <Veld label="Besteed bedrag in euro" hint="Bijvoorbeeld 2.500,00." fouten={fouten.bij(`leerlingregels/${i}/besteed`)}>
        {(invoer) => <input {...invoer} inputMode="decimal" value={regel.besteed} onChange={(e) => wijzig('besteed', e.target.value)} autoComplete="off" />}
      </Veld>
      <Veld
        label="Toelichting (niet verplicht)"
        hint="Bijvoorbeeld waaraan het geld is besteed. De doelen en de evaluatie staan al in het OPP."
        fouten={fouten.bij(`leerlingregels/${i}/toelichting`)}
      >
        {(invoer) => <textarea {...invoer} value={regel.toelichting} onChange={(e) => wijzig('toelichting', e.target.value)} rows={2} />}
      </Veld>
      {onVerwijder && (
        <button type="button" className="button button--secundair" onClick={onVerwijder}>
          Leerlingregel {i + 1} verwijderen
        </button>
      )}
    </fieldset>
  );
}
