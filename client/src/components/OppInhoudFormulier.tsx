import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';
import { useOppStap, werkOppBij, type Opp, type OppVersie } from '../api/ontwikkelingsperspectiefplannen';
import { ApiError } from '../api/problem';
import { verdeelFouten } from '../api/veldfouten';
import { uitstroombestemmingNaam } from '../oppLabels';
import { alsInvoer, alsVerzoek, foutvelden, invoerFouten, nieuweAfwijking, toegestaneBestemmingen, type OppInhoudInvoer } from '../oppInhoudInvoer';
import { heeftInstemming } from '../oppWeergave';
import { SOORT_LABELS } from '../schoolWeergave';
import { Melding } from './Melding';
import { OppHandelingsdeelVelden } from './OppHandelingsdeelVelden';
import { OppPlanVanAanpakVelden } from './OppPlanVanAanpakVelden';
import { OppRegels } from './OppRegels';
import { StapProbleem } from './StapProbleem';
import { Veld } from './Veld';
import './OppInhoud.css';

/** The concept version of the plan: the last version, while it is a concept. */
export function conceptVan(opp: Opp) {
  const laatste = opp.versies.at(-1);
  return laatste?.status === 'concept' ? laatste : undefined;
}

/**
 * The editor of the OPP's concept, in the sections of the plan: uitstroombestemming, factoren, afwijkingen,
 * handelingsdeel and plan van aanpak. It saves the whole concept (PUT .../concept, If-Match on the versie shown); an
 * incomplete concept may be saved, the vaststelling says what is missing. Problems show at their fields and, as links
 * to them, in the summary at the top.
 */
export function OppInhoudFormulier({ opp }: { opp: Opp }) {
  const concept = conceptVan(opp);
  if (concept === undefined) return <p>Er is geen concept om te bewerken.</p>;
  return <Bewerker key={`${opp.id}-${concept.nummer}`} opp={opp} concept={concept} />;
}

// Keyed by the concept: the input starts from what it says, and stays while saving changes the OPP's versie.
function Bewerker({ opp, concept }: { opp: Opp; concept: OppVersie }) {
  const id = useId();
  const [invoer, setInvoer] = useState<OppInhoudInvoer>(() => alsInvoer(concept.inhoud));
  const [invoerfout, setInvoerfout] = useState<ApiError | null>(null);
  const [opgeslagen, setOpgeslagen] = useState<string | undefined>();
  const opslaan = useOppStap(opp, werkOppBij);
  const fouten = verdeelFouten(invoerfout ?? opslaan.error, foutvelden(invoer));
  const wijzig = (wijziging: Partial<OppInhoudInvoer>) => setInvoer((huidig) => ({ ...huidig, ...wijziging }));
  const bestemmingen = toegestaneBestemmingen(opp.soortSchool);

  const verstuur = (event: FormEvent) => {
    event.preventDefault();
    setOpgeslagen(undefined);
    const onleesbaar = invoerFouten(invoer);
    if (onleesbaar.length > 0) {
      opslaan.reset();
      setInvoerfout(new ApiError(400, { title: 'Controleer de gemarkeerde velden.', status: 400, errors: onleesbaar }));
      return;
    }
    setInvoerfout(null);
    opslaan.mutate(alsVerzoek(invoer), { onSuccess: () => setOpgeslagen('Het concept is opgeslagen.') });
  };

  const tekstvak = (veld: 'onderbouwingUitstroom' | 'bevorderendeFactoren' | 'belemmerendeFactoren', label: string, hint: string) => (
    <Veld label={label} hint={hint} fouten={fouten.bij(veld)}>
      {(koppeling) => <textarea {...koppeling} rows={4} value={invoer[veld]} onChange={(event) => wijzig({ [veld]: event.target.value })} />}
    </Veld>
  );

  const secties = [
    { sleutel: 'uitstroom', titel: 'Uitstroombestemming' },
    { sleutel: 'factoren', titel: 'Belemmerende en bevorderende factoren' },
    { sleutel: 'afwijkingen', titel: 'Afwijkingen van het onderwijsprogramma' },
    { sleutel: 'handelingsdeel', titel: 'Handelingsdeel' },
    { sleutel: 'plan', titel: 'Plan van aanpak' },
  ] as const;
  const kop = (sleutel: (typeof secties)[number]['sleutel']) => {
    const sectie = secties.find((s) => s.sleutel === sleutel)!;
    return <h3 id={`${id}-${sleutel}`}>{sectie.titel}</h3>;
  };

  return (
    <form className="formulier opp-inhoud" aria-label="Concept van het plan bewerken" noValidate onSubmit={verstuur}>
      {(invoerfout !== null || opslaan.isError) && (
        <StapProbleem
          summary="Het concept is niet opgeslagen."
          gewijzigd="Dit plan is intussen door iemand anders gewijzigd; de nieuwste versie is geladen. Uw invoer staat er nog: controleer en sla opnieuw op."
          error={invoerfout ?? opslaan.error}
          overig={fouten.overig}
        />
      )}
      <Melding tekst={opgeslagen} />
      <p className="veld__hint">
        U kunt het concept tussendoor opslaan, ook als het nog niet af is. Bij het vaststellen ziet u wat er nog ontbreekt.
      </p>
      <nav aria-label="Onderdelen van het concept" className="opp-inhoud__menu">
        <ul>
          {secties.map((sectie) => (
            <li key={sectie.sleutel}>
              <a href={`#${id}-${sectie.sleutel}`}>{sectie.titel}</a>
            </li>
          ))}
        </ul>
      </nav>

      <div className="opp-inhoud__sectie">
        {kop('uitstroom')}
        <Veld
          label="Verwachte uitstroombestemming"
          hint={`De keuzes passen bij een school voor ${SOORT_LABELS[opp.soortSchool].toLowerCase()}.`}
          fouten={fouten.bij('uitstroombestemming')}
        >
          {(koppeling) => (
            <select
              {...koppeling}
              value={invoer.uitstroombestemming}
              onChange={(event) => wijzig({ uitstroombestemming: event.target.value as OppInhoudInvoer['uitstroombestemming'] })}
            >
              <option value="">Nog niet gekozen</option>
              {bestemmingen.map((code) => (
                <option key={code} value={code}>
                  {uitstroombestemmingNaam(code)}
                </option>
              ))}
            </select>
          )}
        </Veld>
        {tekstvak('onderbouwingUitstroom', 'Onderbouwing van de uitstroombestemming', 'Waarom verwacht de school deze uitstroombestemming?')}
      </div>

      <div className="opp-inhoud__sectie">
        {kop('factoren')}
        {tekstvak('belemmerendeFactoren', 'Belemmerende factoren', 'Wat maakt leren of meedoen moeilijker voor de leerling?')}
        {tekstvak('bevorderendeFactoren', 'Bevorderende factoren', 'Wat helpt de leerling, zoals sterke kanten en steun thuis?')}
      </div>

      <div className="opp-inhoud__sectie">
        {kop('afwijkingen')}
        <OppRegels
          legend="Afwijkingen"
          hint="Bijvoorbeeld een eigen leerlijn voor rekenen, met het niveau dat de leerling nastreeft."
          toevoegen="Afwijking toevoegen"
          verwijderen={(nummer) => `Afwijking ${nummer} verwijderen`}
          leeg="Geen afwijkingen van het gewone onderwijsprogramma."
          rijen={invoer.afwijkingen}
          onChange={(afwijkingen) => wijzig({ afwijkingen })}
          nieuw={nieuweAfwijking}
          fouten={fouten.bij('afwijkingen')}
        >
          {(rij, index, wijzigRij) => (
            <>
              <Veld label={`Vakgebied afwijking ${index + 1}`} fouten={fouten.bij(`afwijkingen/${index}/vakgebied`)}>
                {(koppeling) => (
                  <input {...koppeling} type="text" autoComplete="off" value={rij.vakgebied} onChange={(event) => wijzigRij({ vakgebied: event.target.value })} />
                )}
              </Veld>
              <Veld label={`Leerlijn afwijking ${index + 1}`} fouten={fouten.bij(`afwijkingen/${index}/leerlijn`)}>
                {(koppeling) => (
                  <textarea {...koppeling} rows={2} value={rij.leerlijn} onChange={(event) => wijzigRij({ leerlijn: event.target.value })} />
                )}
              </Veld>
              <Veld label={`Niveau afwijking ${index + 1} (niet verplicht)`} fouten={fouten.bij(`afwijkingen/${index}/niveau`)}>
                {(koppeling) => (
                  <input {...koppeling} type="text" autoComplete="off" value={rij.niveau} onChange={(event) => wijzigRij({ niveau: event.target.value })} />
                )}
              </Veld>
            </>
          )}
        </OppRegels>
      </div>

      <div className="opp-inhoud__sectie">
        {kop('handelingsdeel')}
        <p className="veld__hint">De ouders stemmen in met het handelingsdeel: de doelen, de ondersteuning, de evaluatiemomenten en het plan van aanpak.</p>
        {heeftInstemming(concept) && (
          <p className="opp-inhoud__let-op">
            <strong>Let op:</strong> de ouders hebben ingestemd met het handelingsdeel van dit concept. Verandert u iets in het
            handelingsdeel of het plan van aanpak, dan moeten de ouders opnieuw instemmen.
          </p>
        )}
        <OppHandelingsdeelVelden opp={opp} invoer={invoer} onChange={wijzig} fouten={fouten} />
      </div>

      <div className="opp-inhoud__sectie">
        {kop('plan')}
        <OppPlanVanAanpakVelden invoer={invoer} onChange={wijzig} fouten={fouten} />
      </div>

      <ButtonGroup className="knoppen">
        <Button type="submit" appearance="primary-action-button" disabled={opslaan.isPending} busy={opslaan.isPending}>
          Concept opslaan
        </Button>
      </ButtonGroup>
    </form>
  );
}
