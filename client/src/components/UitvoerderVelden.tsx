import { useExpertiseNamen } from '../api/expertises';
import type { Veldfouten } from '../api/veldfouten';
import { keuzes, UITVOERDERS } from '../arrangementLabels';
import { Foutmelding, Veld } from './Veld';

export interface UitvoerderInvoer {
  uitvoerderSoort: string;
  uitvoerderNaam: string;
  obaCode: string;
  expertise: string;
}

interface Props {
  invoer: UitvoerderInvoer;
  onChange: (wijziging: Partial<UitvoerderInvoer>) => void;
  fouten: Veldfouten;
}

export const UITVOERDER_FOUTVELDEN = [
  'uitvoerder',
  'uitvoerder/soort',
  'uitvoerder/naam',
  'uitvoerder/obaCode',
  'uitvoerder/expertise',
];

/** Who provides the arrangement; an onderwijsbegeleidingsaanbieder also with its RIO code and expertise. */
export function UitvoerderVelden({ invoer, onChange, fouten }: Props) {
  const { expertises } = useExpertiseNamen();
  return (
    <fieldset className="groep">
      <legend>Uitvoerder</legend>
      <Foutmelding fouten={fouten.bij('uitvoerder')} />
      <Veld label="Soort uitvoerder" fouten={fouten.bij('uitvoerder/soort')}>
        {(koppeling) => (
          <select
            {...koppeling}
            required
            value={invoer.uitvoerderSoort}
            onChange={(event) => onChange({ uitvoerderSoort: event.target.value })}
          >
            <option value="">Kies wie het uitvoert</option>
            {keuzes(UITVOERDERS).map(({ code, naam }) => (
              <option key={code} value={code}>
                {naam}
              </option>
            ))}
          </select>
        )}
      </Veld>
      <Veld label="Naam van de uitvoerder" hint="De school, de expert of de aanbieder." fouten={fouten.bij('uitvoerder/naam')}>
        {(koppeling) => (
          <input
            {...koppeling}
            type="text"
            required
            value={invoer.uitvoerderNaam}
            onChange={(event) => onChange({ uitvoerderNaam: event.target.value })}
          />
        )}
      </Veld>
      {invoer.uitvoerderSoort === 'oba' && (
        <>
          <Veld
            label="Aanbiedercode"
            hint="De RIO-code van de onderwijsbegeleidingsaanbieder, zoals 123A456."
            fouten={fouten.bij('uitvoerder/obaCode')}
          >
            {(koppeling) => (
              <input
                {...koppeling}
                type="text"
                required
                autoComplete="off"
                value={invoer.obaCode}
                onChange={(event) => onChange({ obaCode: event.target.value })}
              />
            )}
          </Veld>
          <Veld label="Expertise van de aanbieder" fouten={fouten.bij('uitvoerder/expertise')}>
            {(koppeling) => (
              <select {...koppeling} required value={invoer.expertise} onChange={(event) => onChange({ expertise: event.target.value })}>
                <option value="">Kies een expertise</option>
                {expertises.map((expertise) => (
                  <option key={expertise.code} value={expertise.code}>
                    {expertise.omschrijving}
                  </option>
                ))}
              </select>
            )}
          </Veld>
        </>
      )}
    </fieldset>
  );
}
