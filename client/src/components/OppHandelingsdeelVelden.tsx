import { useArrangementen } from '../api/arrangementen';
import type { Opp } from '../api/ontwikkelingsperspectiefplannen';
import type { Veldfouten } from '../api/veldfouten';
import { periodeTekst } from '../aanbiederWeergave';
import { keuzes, soortNaam, statusNaam } from '../arrangementLabels';
import { DOELTERMIJNEN } from '../oppLabels';
import { nieuweOndersteuning, nieuwDoel, nieuwMoment, type DoelRij, type OppInhoudInvoer } from '../oppInhoudInvoer';
import { DatumVeld } from './DatumVeld';
import { OppRegels } from './OppRegels';
import { Veld } from './Veld';

interface Props {
  opp: Opp;
  invoer: OppInhoudInvoer;
  onChange: (wijziging: Partial<OppInhoudInvoer>) => void;
  fouten: Veldfouten;
}

const PAD = 'handelingsdeel';

/**
 * The handelingsdeel's goals, support and evaluation moments. Support can name one of the pupil's arrangementen
 * (by its soort and period) that pays for it.
 */
export function OppHandelingsdeelVelden({ opp, invoer, onChange, fouten }: Props) {
  const lijst = useArrangementen({ leerlingId: opp.leerlingId });
  const arrangementen = lijst.data?.pages.flatMap((pagina) => pagina.arrangementen) ?? [];
  const bekend = new Set(arrangementen.map((a) => a.id));

  return (
    <>
      <OppRegels
        legend="Doelen"
        hint="Doelen voor de lange en de korte termijn, en tussendoelen per domein, zoals technisch lezen of werkhouding."
        toevoegen="Doel toevoegen"
        verwijderen={(nummer) => `Doel ${nummer} verwijderen`}
        leeg="Nog geen doelen."
        rijen={invoer.doelen}
        onChange={(doelen) => onChange({ doelen })}
        nieuw={nieuwDoel}
        fouten={fouten.bij(`${PAD}/doelen`)}
      >
        {(rij, index, wijzig) => (
          <>
            <Veld label={`Termijn doel ${index + 1}`} fouten={fouten.bij(`${PAD}/doelen/${index}/termijn`)}>
              {(koppeling) => (
                <select {...koppeling} value={rij.termijn} onChange={(event) => wijzig({ termijn: event.target.value as DoelRij['termijn'] })}>
                  <option value="">Kies de termijn</option>
                  {keuzes(DOELTERMIJNEN).map(({ code, naam }) => (
                    <option key={code} value={code}>
                      {naam}
                    </option>
                  ))}
                </select>
              )}
            </Veld>
            <Veld label={`Domein doel ${index + 1}`} fouten={fouten.bij(`${PAD}/doelen/${index}/domein`)}>
              {(koppeling) => <input {...koppeling} type="text" autoComplete="off" value={rij.domein} onChange={(event) => wijzig({ domein: event.target.value })} />}
            </Veld>
            <Veld label={`Omschrijving doel ${index + 1}`} fouten={fouten.bij(`${PAD}/doelen/${index}/omschrijving`)}>
              {(koppeling) => <textarea {...koppeling} rows={2} value={rij.omschrijving} onChange={(event) => wijzig({ omschrijving: event.target.value })} />}
            </Veld>
          </>
        )}
      </OppRegels>

      <OppRegels
        legend="Ondersteuning en begeleiding"
        hint="Wat de leerling krijgt, van wie en hoeveel. Betaalt een arrangement de ondersteuning, kies het dan."
        toevoegen="Ondersteuning toevoegen"
        verwijderen={(nummer) => `Ondersteuning ${nummer} verwijderen`}
        leeg="Nog geen ondersteuning beschreven."
        rijen={invoer.ondersteuning}
        onChange={(ondersteuning) => onChange({ ondersteuning })}
        nieuw={nieuweOndersteuning}
        fouten={fouten.bij(`${PAD}/ondersteuning`)}
      >
        {(rij, index, wijzig) => (
          <>
            <Veld label={`Wat bij ondersteuning ${index + 1}`} fouten={fouten.bij(`${PAD}/ondersteuning/${index}/wat`)}>
              {(koppeling) => <textarea {...koppeling} rows={2} value={rij.wat} onChange={(event) => wijzig({ wat: event.target.value })} />}
            </Veld>
            <Veld label={`Door wie bij ondersteuning ${index + 1}`} fouten={fouten.bij(`${PAD}/ondersteuning/${index}/doorWie`)}>
              {(koppeling) => <input {...koppeling} type="text" autoComplete="off" value={rij.doorWie} onChange={(event) => wijzig({ doorWie: event.target.value })} />}
            </Veld>
            <Veld
              label={`Hoeveel bij ondersteuning ${index + 1}`}
              hint="Bijvoorbeeld twee keer per week een half uur."
              fouten={fouten.bij(`${PAD}/ondersteuning/${index}/omvang`)}
            >
              {(koppeling) => <input {...koppeling} type="text" autoComplete="off" value={rij.omvang} onChange={(event) => wijzig({ omvang: event.target.value })} />}
            </Veld>
            <Veld label={`Arrangement bij ondersteuning ${index + 1} (niet verplicht)`} fouten={fouten.bij(`${PAD}/ondersteuning/${index}/arrangementId`)}>
              {(koppeling) => (
                <select {...koppeling} value={rij.arrangementId} onChange={(event) => wijzig({ arrangementId: event.target.value })}>
                  <option value="">Geen arrangement</option>
                  {rij.arrangementId !== '' && !bekend.has(rij.arrangementId) && (
                    <option value={rij.arrangementId}>{lijst.isPending ? 'Gekoppeld arrangement (laden…)' : 'Gekoppeld arrangement'}</option>
                  )}
                  {arrangementen.map((a) => (
                    <option key={a.id} value={a.id}>
                      {`${soortNaam(a.soort)}, ${periodeTekst(a.ingangsdatum, a.einddatum).toLowerCase()} (${statusNaam(a.status).toLowerCase()})`}
                    </option>
                  ))}
                </select>
              )}
            </Veld>
          </>
        )}
      </OppRegels>

      <OppRegels
        legend="Evaluatiemomenten"
        hint="Wanneer school en ouders samen bekijken of de doelen gehaald zijn."
        toevoegen="Evaluatiemoment toevoegen"
        verwijderen={(nummer) => `Evaluatiemoment ${nummer} verwijderen`}
        leeg="Nog geen evaluatiemomenten gepland."
        rijen={invoer.evaluatiemomenten}
        onChange={(evaluatiemomenten) => onChange({ evaluatiemomenten })}
        nieuw={nieuwMoment}
        fouten={fouten.bij(`${PAD}/evaluatiemomenten`)}
      >
        {(rij, index, wijzig) => (
          <DatumVeld
            label={`Evaluatiemoment ${index + 1}`}
            value={rij.datum}
            onChange={(datum) => wijzig({ datum })}
            fouten={fouten.bij(`${PAD}/evaluatiemomenten/${index}`)}
          />
        )}
      </OppRegels>
    </>
  );
}
