import type { Opp } from '../api/ontwikkelingsperspectiefplannen';
import { datumTekst } from '../aanbiederWeergave';
import { betrouwbaarheidsniveauNaam } from '../oppLabels';

const ONDERDELEN = [
  ['aandachtEnTijd', 'Aandacht en tijd'],
  ['onderwijsmaterialen', 'Onderwijsmaterialen'],
  ['ruimtelijkeOmgeving', 'Ruimtelijke omgeving'],
  ['expertise', 'Expertise'],
  ['samenwerkingMetAndereInstanties', 'Samenwerking met andere instanties'],
  ['watWerktThuis', 'Wat de ouders belangrijk vinden en wat thuis werkt'],
] as const;

/**
 * "Visie van de ouders" on the staff OPP page: the ouders' latest view from the portal, in their own words (read-only:
 * the school does not edit it), who gave it, when and at what level, and which version holds it.
 */
export function OppVisieVanOuders({ opp }: { opp: Opp }) {
  const visie = opp.visieVanOuders;
  if (!visie) return null;
  const concept = opp.versies.find((v) => v.nummer === opp.conceptversie);
  const inConcept = concept?.inhoud.visieVanOuders?.gegevenOp === visie.gegevenOp;
  return (
    <section aria-labelledby="opp-visie" className="sectie">
      <h2 id="opp-visie">Visie van de ouders</h2>
      <p>
        Gegeven door {visie.ouder} in het ouderportaal op {datumTekst(visie.gegevenOp.slice(0, 10))} (aangemeld met
        betrouwbaarheidsniveau {betrouwbaarheidsniveauNaam(visie.betrouwbaarheidsniveau).toLowerCase()}).{' '}
        {inConcept
          ? `Staat in het concept (versie ${opp.conceptversie}). De school past de woorden van de ouders niet aan.`
          : 'Komt in de volgende versie van het plan.'}
      </p>
      <dl>
        {ONDERDELEN.filter(([veld]) => visie[veld]).map(([veld, label]) => (
          <div key={veld}>
            <dt>{label}</dt>
            <dd className="tekst">{visie[veld]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
