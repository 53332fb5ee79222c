import type { Veldfouten } from '../../api/veldfouten';
import { keuzes } from '../../arrangementLabels';
import { NIVEAUS } from '../../middelenWeergave';
import type { Regelinvoer } from '../../verantwoordingInvoer';
import { Veld } from '../Veld';

interface Props {
  index: number;
  regel: Regelinvoer;
  /** The schools to choose from, by vestiging. */
  scholen: ReadonlyMap<string, string>;
  fouten: Veldfouten;
  onWijzig: (veld: keyof Regelinvoer, waarde: string) => void;
  /** Absent when the line may not go (the last one). */
  onVerwijder: (() => void) | undefined;
}

/** One line at school or group level: its fields, with the API's problems at `regels/{index}/...`. */
export function SchoolregelVelden({ index: i, regel, scholen, fouten, onWijzig: wijzig, onVerwijder }: Props) {
  return (
    <fieldset>
      <legend>Regel {i + 1}</legend>
      <Veld label="Niveau" fouten={fouten.bij(`regels/${i}/niveau`)}>
        {(invoer) => (
          <select {...invoer} value={regel.niveau} onChange={(e) => wijzig('niveau', e.target.value)}>
            {keuzes(NIVEAUS).map(({ code, naam: label }) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </select>
        )}
      </Veld>
      <Veld label="School" fouten={fouten.bij(`regels/${i}/vestiging`)}>
        {(invoer) => (
          <select {...invoer} value={regel.vestiging} onChange={(e) => wijzig('vestiging', e.target.value)}>
            <option value="">Kies een school</option>
            {[...scholen].map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </select>
        )}
      </Veld>
      {regel.niveau === 'groep' && (
        <Veld label="Groep" hint="Bijvoorbeeld 5 of 7/8." fouten={fouten.bij(`regels/${i}/groep`)}>
          {(invoer) => <input {...invoer} value={regel.groep} onChange={(e) => wijzig('groep', e.target.value)} autoComplete="off" />}
        </Veld>
      )}
      <Veld label="Doel" fouten={fouten.bij(`regels/${i}/doel`)}>
        {(invoer) => <textarea {...invoer} value={regel.doel} onChange={(e) => wijzig('doel', e.target.value)} rows={2} />}
      </Veld>
      <Veld label="Interventies" fouten={fouten.bij(`regels/${i}/interventies`)}>
        {(invoer) => <textarea {...invoer} value={regel.interventies} onChange={(e) => wijzig('interventies', e.target.value)} rows={2} />}
      </Veld>
      <Veld label="Besteed bedrag in euro" hint="Bijvoorbeeld 12.500,00." fouten={fouten.bij(`regels/${i}/besteed`)}>
        {(invoer) => <input {...invoer} inputMode="decimal" value={regel.besteed} onChange={(e) => wijzig('besteed', e.target.value)} autoComplete="off" />}
      </Veld>
      <Veld label="Resultaten" hint="Verplicht voordat u indient." fouten={fouten.bij(`regels/${i}/resultaten`)}>
        {(invoer) => <textarea {...invoer} value={regel.resultaten} onChange={(e) => wijzig('resultaten', e.target.value)} rows={2} />}
      </Veld>
      {onVerwijder && (
        <button type="button" className="button button--secundair" onClick={onVerwijder}>
          Regel {i + 1} verwijderen
        </button>
      )}
    </fieldset>
  );
}
