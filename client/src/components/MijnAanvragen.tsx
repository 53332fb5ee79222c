import { useSearchParams } from 'react-router';
import { useMijnAanvragen, type MijnAanvragenSortering } from '../api/arrangementen';
import { MeerLaden } from './MeerLaden';
import { MijnAanvragenTabel } from './MijnAanvragenTabel';
import { ProblemMessage } from './ProblemMessage';
import { leesSortering } from '../zoekvragenInUrl';

const SORTERINGEN: readonly MijnAanvragenSortering[] = ['behandeldeadline', '-behandeldeadline', 'aangevraagdOp', '-aangevraagdOp'];

/**
 * "Mijn aanvragen" on the werkvoorraad page: what the person asked for and still waits on the SWV, page by page. The
 * order is in the URL, so it survives a reload and the Back button.
 */
export function MijnAanvragen({ schoolNaam }: { schoolNaam: (vestiging: string) => string }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const sortering = leesSortering(searchParams, SORTERINGEN, 'behandeldeadline');
  const lijst = useMijnAanvragen(true, sortering);
  const sorteer = (nieuw: MijnAanvragenSortering) =>
    setSearchParams((params) => {
      if (nieuw === 'behandeldeadline') params.delete('sorteer');
      else params.set('sorteer', nieuw);
      return params;
    });
  const paginas = lijst.data?.pages ?? [];
  const aanvragen = paginas.flatMap((pagina) => pagina.aanvragen);
  const totaal = paginas[0]?.totaal ?? 0;

  return (
    <section aria-labelledby="mijn-aanvragen-kop">
      <h2 id="mijn-aanvragen-kop">Mijn aanvragen</h2>
      <p>Arrangementen die u heeft aangevraagd en waarover het samenwerkingsverband nog niet heeft besloten.</p>
      {lijst.isPending ? (
        <p role="status">Laden…</p>
      ) : lijst.isError && aanvragen.length === 0 ? (
        <ProblemMessage summary="Uw aanvragen konden niet worden geladen." error={lijst.error} />
      ) : aanvragen.length === 0 ? (
        <p>U heeft geen aanvragen die nog lopen.</p>
      ) : (
        <>
          <MijnAanvragenTabel aanvragen={aanvragen} totaal={totaal} schoolNaam={schoolNaam} sortering={sortering} onSorteer={sorteer} />
          {lijst.isFetchNextPageError && <ProblemMessage summary="Meer aanvragen laden is niet gelukt." error={lijst.error} />}
          <MeerLaden lijst={lijst} />
        </>
      )}
    </section>
  );
}
