import { useMijnAanvragen } from '../api/arrangementen';
import { MeerLaden } from './MeerLaden';
import { MijnAanvragenTabel } from './MijnAanvragenTabel';
import { ProblemMessage } from './ProblemMessage';

/** "Mijn aanvragen" on the werkvoorraad page: what the person asked for and still waits on the SWV, page by page. */
export function MijnAanvragen({ schoolNaam }: { schoolNaam: (vestiging: string) => string }) {
  const lijst = useMijnAanvragen(true);
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
          <MijnAanvragenTabel aanvragen={aanvragen} totaal={totaal} schoolNaam={schoolNaam} />
          {lijst.isFetchNextPageError && <ProblemMessage summary="Meer aanvragen laden is niet gelukt." error={lijst.error} />}
          <MeerLaden lijst={lijst} />
        </>
      )}
    </section>
  );
}
