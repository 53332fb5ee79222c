import type { Veldfouten } from '../api/veldfouten';
import { nieuweInterventie, nieuwPlanDoel, type OppInhoudInvoer } from '../oppInhoudInvoer';
import { DatumVeld } from './DatumVeld';
import { OppRegels } from './OppRegels';
import { Veld } from './Veld';

interface Props {
  invoer: OppInhoudInvoer;
  onChange: (wijziging: Partial<OppInhoudInvoer>) => void;
  fouten: Veldfouten;
}

const PAD = 'handelingsdeel/planVanAanpak';

/**
 * The HGW plan van aanpak, for when an expert is deployed: goals that are concrete, feasible and testable, the
 * interventions with who does what and when, and the expert hours. Left empty, the plan has none.
 */
export function OppPlanVanAanpakVelden({ invoer, onChange, fouten }: Props) {
  return (
    <>
      <p className="veld__hint">
        Vul dit in als er een expert wordt ingezet. Het plan van aanpak hoort bij het handelingsdeel. Laat het leeg als er geen
        expert is.
      </p>
      <OppRegels
        legend="Doelen van het plan van aanpak"
        hint="Concreet, haalbaar en toetsbaar."
        toevoegen="Doel van het plan toevoegen"
        verwijderen={(nummer) => `Doel ${nummer} van het plan verwijderen`}
        leeg="Nog geen doelen in het plan van aanpak."
        rijen={invoer.planDoelen}
        onChange={(planDoelen) => onChange({ planDoelen })}
        nieuw={nieuwPlanDoel}
        fouten={fouten.bij(`${PAD}/doelen`)}
      >
        {(rij, index, wijzig) => (
          <Veld label={`Doel ${index + 1} van het plan`} fouten={fouten.bij(`${PAD}/doelen/${index}`)}>
            {(koppeling) => <textarea {...koppeling} rows={2} value={rij.tekst} onChange={(event) => wijzig({ tekst: event.target.value })} />}
          </Veld>
        )}
      </OppRegels>

      <OppRegels
        legend="Interventies"
        hint="Wat er gebeurt, wie het doet en in welke periode."
        toevoegen="Interventie toevoegen"
        verwijderen={(nummer) => `Interventie ${nummer} verwijderen`}
        leeg="Nog geen interventies."
        rijen={invoer.interventies}
        onChange={(interventies) => onChange({ interventies })}
        nieuw={nieuweInterventie}
        fouten={fouten.bij(`${PAD}/interventies`)}
      >
        {(rij, index, wijzig) => (
          <>
            <Veld label={`Wat bij interventie ${index + 1}`} fouten={fouten.bij(`${PAD}/interventies/${index}/wat`)}>
              {(koppeling) => <textarea {...koppeling} rows={2} value={rij.wat} onChange={(event) => wijzig({ wat: event.target.value })} />}
            </Veld>
            <Veld label={`Wie bij interventie ${index + 1}`} fouten={fouten.bij(`${PAD}/interventies/${index}/wie`)}>
              {(koppeling) => <input {...koppeling} type="text" autoComplete="off" value={rij.wie} onChange={(event) => wijzig({ wie: event.target.value })} />}
            </Veld>
            <DatumVeld
              label={`Begindatum interventie ${index + 1}`}
              value={rij.van}
              onChange={(van) => wijzig({ van })}
              fouten={fouten.bij(`${PAD}/interventies/${index}/van`)}
            />
            <DatumVeld
              label={`Einddatum interventie ${index + 1}`}
              hint="De laatste dag van de interventie."
              value={rij.tot}
              onChange={(tot) => wijzig({ tot })}
              fouten={fouten.bij(`${PAD}/interventies/${index}/tot`)}
            />
          </>
        )}
      </OppRegels>

      <Veld label="Experturen" hint="Hoeveel uur de expert beschikbaar is, zoals 20 of 12,5." fouten={fouten.bij(`${PAD}/expertUren`)}>
        {(koppeling) => (
          <input
            {...koppeling}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            size={8}
            className="opp-inhoud__getal"
            value={invoer.expertUren}
            onChange={(event) => onChange({ expertUren: event.target.value })}
          />
        )}
      </Veld>
    </>
  );
}
