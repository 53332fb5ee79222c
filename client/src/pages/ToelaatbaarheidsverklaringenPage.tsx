import { Link, useSearchParams } from 'react-router';
import { useTlvs, type TlvFilters, type TlvSortering } from '../api/toelaatbaarheidsverklaringen';
import { useSchoolNamen } from '../api/scholen';
import { verdeelFouten } from '../api/veldfouten';
import { vandaagIso } from '../aanbiederWeergave';
import { leestOrganisaties, magTlvAanvragen } from '../auth/rollen';
import { useGebruiker } from '../auth/useGebruiker';
import { plusMaanden } from '../datum';
import { TLV_ZOEKVRAGEN, TlvFilterformulier, VERLOOPT_BINNEN, type TlvZoekvragen } from '../components/TlvFilterformulier';
import { TlvTabel } from '../components/TlvTabel';
import { Resultaten } from '../components/Resultaten';
import { usePageTitle } from '../usePageTitle';
import { alsZoekparameters, leesSortering, leesZoekvragen } from '../zoekvragenInUrl';

const STANDAARD: TlvSortering = '-aangevraagdOp';
const SORTERINGEN: readonly TlvSortering[] = ['aangevraagdOp', '-aangevraagdOp', 'einddatum', '-einddatum', 'behandeldeadline', '-behandeldeadline'];

// A code from the URL goes to the API as it is; the API answers an unknown one with a 400, which the page shows. An
// unknown number of months filters on nothing (the select offers only the known ones).
function alsFilters({ status, soort, categorie, verlooptBinnen }: TlvZoekvragen, sortering: TlvSortering): TlvFilters {
  return {
    ...(status && { status: status as NonNullable<TlvFilters['status']> }),
    ...(soort && { soort: soort as NonNullable<TlvFilters['soort']> }),
    ...(categorie && { categorie: categorie as NonNullable<TlvFilters['categorie']> }),
    ...(VERLOOPT_BINNEN.has(verlooptBinnen) && { verlooptVoor: plusMaanden(vandaagIso(), Number(verlooptBinnen)) }),
    ...(sortering !== STANDAARD && { sorteer: sortering }),
  };
}

/**
 * /toelaatbaarheidsverklaringen: the TLV's the person may see (the API selects: a school its own requests and the
 * TLV's for its vestigingen, a deskundige the ones they advise on), filtered and sorted through the URL, page by page.
 */
export function ToelaatbaarheidsverklaringenPage() {
  usePageTitle('Toelaatbaarheidsverklaringen');
  const [searchParams, setSearchParams] = useSearchParams();
  const { rollen } = useGebruiker();
  const schoolNaam = useSchoolNamen(leestOrganisaties(rollen));
  const zoekvragen = leesZoekvragen(searchParams, TLV_ZOEKVRAGEN);
  const sortering = leesSortering(searchParams, SORTERINGEN, STANDAARD);
  const lijst = useTlvs(alsFilters(zoekvragen, sortering));
  const fouten = verdeelFouten(lijst.error, ['status', 'soort', 'categorie', 'verlooptVoor', 'sorteer']);
  const tlvs = lijst.data?.pages.flatMap((pagina) => pagina.toelaatbaarheidsverklaringen) ?? [];
  const totaal = lijst.data?.pages[0]?.totaal ?? 0;
  const gefilterd = TLV_ZOEKVRAGEN.some((vraag) => zoekvragen[vraag] !== '');
  const naarUrl = (nieuw: TlvZoekvragen, nieuweSortering: TlvSortering) =>
    setSearchParams(alsZoekparameters(nieuw, TLV_ZOEKVRAGEN, { waarde: nieuweSortering, standaard: STANDAARD }));

  return (
    <>
      <h1>Toelaatbaarheidsverklaringen</h1>
      {magTlvAanvragen(rollen) && (
        <p className="intro">
          Een toelaatbaarheidsverklaring vraagt u aan voor één leerling: kies de leerling bij{' '}
          <Link to="/leerlingen">Leerlingen</Link> en kies daar Toelaatbaarheidsverklaring aanvragen.
        </p>
      )}
      <TlvFilterformulier key={searchParams.toString()} zoekvragen={zoekvragen} fouten={fouten} onZoek={(nieuw) => naarUrl(nieuw, sortering)} />
      <Resultaten
        lijst={lijst}
        getoond={tlvs.length}
        totaal={totaal}
        enkelvoud="toelaatbaarheidsverklaring"
        meervoud="toelaatbaarheidsverklaringen"
        beperkt={gefilterd && 'filters'}
        fouten={fouten.overig}
      >
        <TlvTabel
          tlvs={tlvs}
          caption="Gevonden toelaatbaarheidsverklaringen"
          schoolNaam={schoolNaam}
          sortering={{ waarde: sortering, onSorteer: (nieuw) => naarUrl(zoekvragen, nieuw) }}
        />
      </Resultaten>
    </>
  );
}
