import type { Dispatch, SetStateAction } from 'react';
import type { Leerlingregel } from '../../api/middelen';
import { useOpps } from '../../api/ontwikkelingsperspectiefplannen';
import type { Veldfouten } from '../../api/veldfouten';
import { useGebruiker } from '../../auth/useGebruiker';
import { oppKeuzes } from '../../middelenWeergave';
import { nieuweLeerlingregel, type Leerlingregelinvoer } from '../../verantwoordingInvoer';
import { MeerLaden } from '../MeerLaden';
import { ProblemMessage } from '../ProblemMessage';
import { Foutmelding } from '../Veld';
import { LeerlingregelVelden } from './LeerlingregelVelden';

interface Props {
  regels: Leerlingregelinvoer[];
  setRegels: Dispatch<SetStateAction<Leerlingregelinvoer[]>>;
  /** The pupil lines the verantwoording has now: their OPP stays a choice even when it is not in the loaded list. */
  bestaande: readonly Leerlingregel[];
  fouten: Veldfouten;
  /** Whether another line fits (the API's maximum of lines together). */
  magToevoegen: boolean;
  /** Whether a line may go (not the only line of the verantwoording). */
  magVerwijderen: boolean;
}

/**
 * The lines at pupil level of the verantwoording form. The OPP's to choose from are those the writer may see (GET
 * /ontwikkelingsperspectiefplannen: the pupils of their own schools); they load, audited per pupil, only once the form
 * has a pupil line. The API decides the rest: an OPP of a school of this bestuur, each OPP once.
 */
export function LeerlingregelsInvoer({ regels, setRegels, bestaande, fouten, magToevoegen, magVerwijderen }: Props) {
  const gebruiker = useGebruiker();
  const lijst = useOpps({}, regels.length > 0);
  const opps = lijst.data?.pages.flatMap((pagina) => pagina.ontwikkelingsperspectiefplannen) ?? [];
  const scholen = new Map(gebruiker.scholen.map((s) => [s.vestiging, s.naam]));
  const keuzes = oppKeuzes(opps, bestaande, (vestiging) => scholen.get(vestiging));
  const totaal = lijst.data?.pages[0]?.totaal ?? 0;

  const wijzig = (sleutel: number, veld: 'oppId' | 'besteed' | 'toelichting', waarde: string) =>
    setRegels((huidig) => huidig.map((r) => (r.sleutel === sleutel ? { ...r, [veld]: waarde } : r)));

  return (
    <>
      <h4>Op leerlingniveau</h4>
      <p>
        Hebt u geld ingezet voor één leerling met een ontwikkelingsperspectiefplan (OPP)? Kies dan het OPP van die leerling. De doelen,
        de aanpak en de evaluatie staan in het OPP; die hoeft u hier niet te herhalen. U kunt alleen een OPP kiezen van een leerling van
        uw eigen school, en die school moet bij dit schoolbestuur horen. Elk OPP kan één keer in de verantwoording staan.
      </p>
      <Foutmelding fouten={fouten.bij('leerlingregels')} />
      {regels.length > 0 && lijst.isPending && <p role="status">De OPP's worden geladen.</p>}
      {regels.length > 0 && lijst.isSuccess && keuzes.size === 0 && <p>Er zijn geen OPP's van leerlingen van uw school om uit te kiezen.</p>}
      {lijst.isError && <ProblemMessage summary="De OPP's om uit te kiezen konden niet worden geladen." error={lijst.error} focus={false} />}
      {regels.map((regel, i) => (
        <LeerlingregelVelden
          key={regel.sleutel}
          index={i}
          regel={regel}
          opps={keuzes}
          fouten={fouten}
          onWijzig={(veld, waarde) => wijzig(regel.sleutel, veld, waarde)}
          onVerwijder={magVerwijderen ? () => setRegels((huidig) => huidig.filter((r) => r.sleutel !== regel.sleutel)) : undefined}
        />
      ))}
      {lijst.hasNextPage && (
        <p>
          De keuzelijst toont {opps.length} van de {totaal} OPP's.
        </p>
      )}
      <MeerLaden lijst={lijst} tekst="Meer OPP's laden" />
      {magToevoegen && (
        <p>
          <button type="button" className="button button--secundair" onClick={() => setRegels((huidig) => [...huidig, nieuweLeerlingregel()])}>
            Leerlingregel toevoegen
          </button>
        </p>
      )}
    </>
  );
}
