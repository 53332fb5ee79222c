import type { Opp } from '../api/ontwikkelingsperspectiefplannen';
import { datumTekst } from '../aanbiederWeergave';

/**
 * What a regular primary school registers in ROD (Register Onderwijsdeelnemers) about the OPP: the begindatum once it
 * is first vastgesteld, the einddatum once it is closed; each to register, or registered on a date.
 */
export function OppRod({ opp }: { opp: Opp }) {
  const { rod } = opp;
  return (
    <section aria-labelledby="rod" className="sectie">
      <h2 id="rod">Registratie in ROD</h2>
      <p>Een reguliere basisschool registreert de begin- en einddatum van het OPP in ROD.</p>
      <dl className="gegevens">
        <dt>Begindatum</dt>
        <dd>{stand(rod.begindatum, rod.begindatumTeRegistreren, rod.begindatumGeregistreerdOp, 'Nog niet vastgesteld')}</dd>
        <dt>Einddatum</dt>
        <dd>{stand(rod.einddatum, rod.einddatumTeRegistreren, rod.einddatumGeregistreerdOp, 'Het OPP loopt nog')}</dd>
      </dl>
    </section>
  );
}

function stand(datum: string | null | undefined, teRegistreren: boolean, geregistreerdOp: string | null | undefined, zonder: string) {
  if (!datum) return zonder;
  if (geregistreerdOp) return `${datumTekst(datum)}, geregistreerd op ${datumTekst(geregistreerdOp)}`;
  return teRegistreren ? `${datumTekst(datum)}, nog te registreren` : datumTekst(datum);
}
