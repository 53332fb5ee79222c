import { useExperts } from '../api/betrokkenen';
import { useExpertiseNamen } from '../api/expertises';
import type { Veldfouten } from '../api/veldfouten';
import { keuzes, UITVOERDERS } from '../arrangementLabels';
import { ExpertOpties } from './ExpertOpties';
import { Foutmelding, Veld } from './Veld';

export interface UitvoerderInvoer {
  uitvoerderSoort: string;
  uitvoerderNaam: string;
  expertId: string;
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
  'uitvoerder/expertId',
];

/**
 * Who provides the arrangement; an onderwijsbegeleidingsaanbieder also with its RIO code and expertise, an expert
 * chosen from the SWV's experts (so that expert may see the pupil while the arrangement is open).
 */
export function UitvoerderVelden({ invoer, onChange, fouten }: Props) {
  const { expertises } = useExpertiseNamen();
  const experts = useExperts(invoer.uitvoerderSoort === 'expert');
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
      {invoer.uitvoerderSoort === 'expert' && (
        <Veld
          label="Expert"
          hint="Kies de expert om wie het gaat: alleen die expert mag de leerling zien zolang het arrangement loopt."
          fouten={fouten.bij('uitvoerder/expertId')}
        >
          {(koppeling) => (
            <select
              {...koppeling}
              value={invoer.expertId}
              onChange={(event) => {
                const gekozen = experts.data?.find((expert) => expert.id === event.target.value);
                onChange({ expertId: event.target.value, ...(gekozen ? { uitvoerderNaam: gekozen.naam } : {}) });
              }}
            >
              <ExpertOpties experts={experts} leeg="Nog niet bekend" />
            </select>
          )}
        </Veld>
      )}
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
