import { useState } from 'react';
import { useOppVisieGeven, type OuderOpp, type OuderVisieVerzoek } from '../../api/ouderOpp';
import { verdeelFouten } from '../../api/veldfouten';
import { datumTekst } from '../../aanbiederWeergave';
import { ProblemMessage } from '../ProblemMessage';
import { Veld } from '../Veld';

type Onderdeel = keyof OuderVisieVerzoek;

/** The parts of "Hoe denkt u erover?" with a short B1 explanation each: the five IVO fields and what works at home. */
export const VISIE_ONDERDELEN: readonly { naam: Onderdeel; label: string; uitleg: string }[] = [
  { naam: 'aandachtEnTijd', label: 'Aandacht en tijd', uitleg: 'Hoeveel uitleg en hulp heeft uw kind nodig, en wanneer?' },
  { naam: 'onderwijsmaterialen', label: 'Lesmateriaal', uitleg: 'Welke boeken, spullen of apps helpen uw kind? Wat werkt niet?' },
  { naam: 'ruimtelijkeOmgeving', label: 'De plek in de klas', uitleg: 'Waar leert uw kind goed? Bijvoorbeeld een rustige plek.' },
  { naam: 'expertise', label: 'Hulp van een specialist', uitleg: 'Welke kennis of hulp van een specialist heeft uw kind nodig?' },
  {
    naam: 'samenwerkingMetAndereInstanties',
    label: 'Samenwerking met anderen',
    uitleg: 'Wie helpt uw kind nog meer, zoals een therapeut of jeugdhulp? Hoe kan de school met hen samenwerken?',
  },
  { naam: 'watWerktThuis', label: 'Wat vindt u belangrijk? Wat werkt thuis?', uitleg: 'Alles wat de school verder moet weten.' },
];

const leeg = (): Record<Onderdeel, string> =>
  Object.fromEntries(VISIE_ONDERDELEN.map((o) => [o.naam, ''])) as Record<Onderdeel, string>;

/**
 * "Hoe denkt u erover?": the ouder writes what their child needs, in their own words. It becomes part of the plan the
 * school makes now, or of its next version; the school does not change it. Afterwards what they sent.
 */
export function OppVisie({ leerlingId, plan }: { leerlingId: string; plan: OuderOpp }) {
  const [waarden, setWaarden] = useState(leeg);
  const [opnieuw, setOpnieuw] = useState(false);
  const mutatie = useOppVisieGeven(leerlingId, plan.id);
  const fouten = verdeelFouten(mutatie.error, VISIE_ONDERDELEN.map((o) => o.naam));
  const visie = plan.visie;
  const kop = `opp-visie-${plan.id}`;

  if (visie && !opnieuw) {
    return (
      <section className="opp-ouder__visie" aria-labelledby={kop}>
        <h3 id={kop}>Wat u de school liet weten</h3>
        <p role="status">
          U stuurde dit op {datumTekst(visie.gegevenOp.slice(0, 10))}.{' '}
          {visie.inVersie
            ? `Het staat in het plan dat de school nu maakt (versie ${visie.inVersie}).`
            : 'Het komt in de volgende versie van het plan.'}
        </p>
        <dl>
          {VISIE_ONDERDELEN.filter((o) => visie[o.naam]).map((o) => (
            <div key={o.naam}>
              <dt>{o.label}</dt>
              <dd>{visie[o.naam]}</dd>
            </div>
          ))}
        </dl>
        {plan.visieMogelijk && (
          <button
            type="button"
            className="button button--secundair"
            onClick={() => {
              setWaarden(Object.fromEntries(VISIE_ONDERDELEN.map((o) => [o.naam, visie[o.naam] ?? ''])) as Record<Onderdeel, string>);
              setOpnieuw(true);
            }}
          >
            Iets anders laten weten
          </button>
        )}
      </section>
    );
  }

  if (!plan.visieMogelijk) return null;

  return (
    <form
      className="opp-ouder__formulier"
      aria-labelledby={kop}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const verzoek = Object.fromEntries(VISIE_ONDERDELEN.map((o) => [o.naam, waarden[o.naam].trim() || null])) as OuderVisieVerzoek;
        mutatie.mutate(verzoek, { onSuccess: () => setOpnieuw(false) });
      }}
    >
      <h3 id={kop}>Hoe denkt u erover?</h3>
      <p>
        U kent uw kind het best. Schrijf op wat uw kind volgens u nodig heeft. U hoeft niet alles in te vullen. De school
        zet uw woorden in het plan en verandert ze niet.
      </p>
      {mutatie.isError && fouten.overig.length > 0 && <ProblemMessage summary="Uw antwoord is niet verstuurd." error={mutatie.error} />}
      {VISIE_ONDERDELEN.map((o) => (
        <Veld key={o.naam} label={o.label} hint={o.uitleg} fouten={fouten.bij(o.naam)}>
          {(koppeling) => (
            <textarea
              {...koppeling}
              rows={3}
              value={waarden[o.naam]}
              onChange={(event) => setWaarden((w) => ({ ...w, [o.naam]: event.target.value }))}
            />
          )}
        </Veld>
      ))}
      <button type="submit" className="button" disabled={mutatie.isPending}>
        Versturen naar de school
      </button>
    </form>
  );
}
