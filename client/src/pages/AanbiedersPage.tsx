import { Link, useLocation, useSearchParams } from 'react-router';
import { useAanbiedersZoeken, type AanbiederFilters, type AanbiederSortering } from '../api/aanbieders';
import { exporteerAanbieders } from '../api/export';
import { useExpertiseNamen } from '../api/expertises';
import { ApiError } from '../api/problem';
import { verdeelFouten } from '../api/veldfouten';
import { useMagAanbiedersBeheren } from '../auth/useMagAanbiedersBeheren';
import { AanbiederTabel } from '../components/AanbiederTabel';
import { AanbiederZoekformulier, ZOEKVRAGEN, type Zoekvragen } from '../components/AanbiederZoekformulier';
import { ExporteerKnoppen } from '../components/ExporteerKnoppen';
import { leesMelding, Melding } from '../components/Melding';
import { ProblemMessage } from '../components/ProblemMessage';
import { usePageTitle } from '../usePageTitle';
import { leesSortering, leesZoekvragen } from '../zoekvragenInUrl';
import { MeerLaden } from '../components/MeerLaden';

const SORTERINGEN: readonly AanbiederSortering[] = ['naam', '-naam', 'code', '-code'];

/** Only what was filled in goes into the URL, in a fixed order, so a search has one address; the order stays. */
function alsZoekparameters(zoekvragen: Zoekvragen, sortering: AanbiederSortering): URLSearchParams {
  const params = new URLSearchParams();
  if (sortering !== 'naam') params.set('sorteer', sortering);
  for (const vraag of ZOEKVRAGEN) {
    const waarde = zoekvragen[vraag].trim();
    if (waarde !== '') params.set(vraag, vraag === 'werkgebied' ? waarde.toUpperCase() : waarde);
  }
  return params;
}

const isCluster = (waarde: string) => /^[1-4]$/.test(waarde);

function alsFilters({ naam, expertise, cluster, werkgebied, geldigOp }: Zoekvragen, sortering: AanbiederSortering): AanbiederFilters {
  return {
    ...(sortering !== 'naam' && { sorteer: sortering }),
    ...(naam && { naam }),
    ...(expertise && { expertise }),
    ...(isCluster(cluster) && { cluster: Number(cluster) as NonNullable<AanbiederFilters['cluster']> }),
    ...(werkgebied && { werkgebied: werkgebied.toUpperCase() }),
    ...(geldigOp && { geldigOp }),
  };
}

/** "Onderwijsbegeleidingsaanbieders": search the register; beheerders also register new aanbieders here. */
export function AanbiedersPage() {
  usePageTitle('Onderwijsbegeleidingsaanbieders');
  // The search lives in the URL so it can be bookmarked, shared and reached with Back.
  const [searchParams, setSearchParams] = useSearchParams();
  const location = useLocation();
  const magBeheren = useMagAanbiedersBeheren();
  const { omschrijving } = useExpertiseNamen();
  const zoekvragen = leesZoekvragen(searchParams, ZOEKVRAGEN);
  const sortering = leesSortering(searchParams, SORTERINGEN, 'naam');
  const clusterOngeldig = zoekvragen.cluster !== '' && !isCluster(zoekvragen.cluster);
  const filters = alsFilters(zoekvragen, sortering);
  const zoeken = useAanbiedersZoeken(filters, !clusterOngeldig);
  const fouten = verdeelFouten(zoeken.error, ZOEKVRAGEN);
  const aanbieders = zoeken.data?.pages.flatMap((pagina) => pagina.onderwijsbegeleidingsaanbieders) ?? [];
  const heeftZoekvragen = ZOEKVRAGEN.some((vraag) => zoekvragen[vraag] !== '');

  return (
    <>
      <div className="paginakop">
        <h1>Onderwijsbegeleidingsaanbieders</h1>
        {magBeheren && (
          <Link to="/aanbieders/nieuw" className="button">
            Nieuwe aanbieder
          </Link>
        )}
      </div>
      <p className="intro">
        Onderwijsbegeleidingsaanbieders (OBA&apos;s) bieden begeleiding bij een expertise, zoals slechthorendheid of
        een taalontwikkelingsstoornis, in een werkgebied. Zoek op naam, expertise, cluster of werkgebied.
      </p>
      <Melding tekst={leesMelding(location.state)} />
      <AanbiederZoekformulier
        key={searchParams.toString()}
        zoekvragen={zoekvragen}
        fouten={fouten}
        onZoek={(nieuw) => setSearchParams(alsZoekparameters(nieuw, sortering))}
      />
      <section aria-labelledby="resultaten" className="sectie">
        <h2 id="resultaten">Resultaten</h2>
        {clusterOngeldig ? (
          <p className="problem" role="alert">
            Het cluster &quot;{zoekvragen.cluster}&quot; is ongeldig. Kies cluster 1, 2, 3 of 4.
          </p>
        ) : zoeken.data ? (
          <>
            <p aria-live="polite">
              {aanbieders.length === 0
                ? `Er zijn geen aanbieders gevonden${heeftZoekvragen ? ' die bij uw zoekvragen passen' : ''}.`
                : `${aanbieders.length} ${aanbieders.length === 1 ? 'aanbieder' : 'aanbieders'} getoond${zoeken.hasNextPage ? '; er zijn er meer' : ''}.`}
            </p>
            {aanbieders.length > 0 && (
              <ExporteerKnoppen lijst="aanbieders" haalOp={(formaat) => exporteerAanbieders(filters, formaat)} />
            )}
            {aanbieders.length > 0 && (
              <AanbiederTabel
                aanbieders={aanbieders}
                omschrijving={omschrijving}
                sortering={sortering}
                onSorteer={(nieuw) => setSearchParams(alsZoekparameters(zoekvragen, nieuw))}
              />
            )}
            {zoeken.isFetchNextPageError && (
              <ProblemMessage summary="Meer aanbieders laden is niet gelukt." error={zoeken.error} />
            )}
            <MeerLaden lijst={zoeken} />
          </>
        ) : zoeken.isError ? (
          <ProblemMessage summary={samenvatting(zoeken.error)} error={zoeken.error} fouten={fouten.overig} />
        ) : (
          <p role="status">Laden…</p>
        )}
      </section>
    </>
  );
}

function samenvatting(error: unknown): string {
  if (error instanceof ApiError && error.status === 400) return 'Controleer uw zoekvragen.';
  if (error instanceof ApiError && error.status === 403) return 'U heeft geen toegang tot het register van aanbieders.';
  return 'De aanbieders konden niet worden geladen.';
}
