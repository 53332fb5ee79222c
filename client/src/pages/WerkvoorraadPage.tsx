import { Link } from 'react-router';
import { useWerkvoorraad } from '../api/arrangementen';
import { exporteerWerkvoorraad } from '../api/export';
import { useOppWerkvoorraad } from '../api/ontwikkelingsperspectiefplannen';
import { ApiError } from '../api/problem';
import { useSchoolNamen } from '../api/scholen';
import { useTlvWerkvoorraad } from '../api/toelaatbaarheidsverklaringen';
import { werkvoorraadVoorNaam } from '../arrangementLabels';
import {
  leestOrganisaties,
  magArrangementAanvragen,
  SCHOOL_MEDEWERKER,
  SWV_MEDEWERKER,
  werktMetArrangementen,
  werktMetOppWerkvoorraad,
  werktMetTlvs,
} from '../auth/rollen';
import { useGebruiker } from '../auth/useGebruiker';
import { ArrangementTellingen } from '../components/ArrangementTellingen';
import { ExporteerKnoppen } from '../components/ExporteerKnoppen';
import { MeerLaden } from '../components/MeerLaden';
import { MijnAanvragen } from '../components/MijnAanvragen';
import { ProblemMessage } from '../components/ProblemMessage';
import { WerkvoorraadTabel } from '../components/WerkvoorraadTabel';
import { usePageTitle } from '../usePageTitle';
import { alsWerkregels, perRol } from '../werkvoorraadRegels';

/**
 * /werkvoorraad, "Mijn werkvoorraad": what waits for the signed-in person on arrangementen, on
 * toelaatbaarheidsverklaringen and on ontwikkelingsperspectiefplannen (with "OPP ontbreekt"), in one list per role the API says must act (a person with two roles sees both, each
 * labelled), earliest deadline first; for school staff also their own requests in progress ("Mijn aanvragen"). A
 * deskundige works with TLV's only and sees the advices asked of them.
 */
export function WerkvoorraadPage() {
  usePageTitle('Mijn werkvoorraad');
  const { rollen } = useGebruiker();
  const metTlvs = werktMetTlvs(rollen);
  // Whoever has no TLV's still asks for the arrangementen, so a role without any werkvoorraad hears why from the API.
  const metArrangementen = werktMetArrangementen(rollen) || !metTlvs;
  const arrangementen = useWerkvoorraad(metArrangementen);
  const tlvs = useTlvWerkvoorraad(metTlvs);
  const metOpps = werktMetOppWerkvoorraad(rollen);
  const opps = useOppWerkvoorraad(metOpps);
  const schoolNaam = useSchoolNamen(leestOrganisaties(rollen));
  const bezig = (metArrangementen && arrangementen.isPending) || (metTlvs && tlvs.isPending) || (metOpps && opps.isPending);
  const arrangementPaginas = arrangementen.data?.pages ?? [];
  const regels = alsWerkregels(arrangementPaginas.flatMap((pagina) => pagina.items), tlvs.data ?? [], opps.data ?? []);
  // The arrangementen come a page at a time; the TLV's and OPP's all at once.
  const totaal = (arrangementPaginas[0]?.totaal ?? 0) + (tlvs.data?.length ?? 0) + (opps.data?.length ?? 0);
  const aantalVerlopen = regels.filter((regel) => regel.verlopen).length;
  const mislukt = arrangementen.isError || tlvs.isError || opps.isError;

  return (
    <>
      <div className="paginakop">
        <h1>Mijn werkvoorraad</h1>
        {magArrangementAanvragen(rollen) && (
          <Link to="/arrangementen/nieuw" className="button">
            Arrangement aanvragen
          </Link>
        )}
      </div>
      <p className="intro">{intro(metArrangementen && werktMetArrangementen(rollen), metTlvs, metOpps)}</p>
      {rollen.includes(SWV_MEDEWERKER) && <ArrangementTellingen />}
      {arrangementen.isError && !arrangementen.isFetchNextPageError && (
        <ProblemMessage summary={samenvatting(arrangementen.error)} error={arrangementen.error} />
      )}
      {tlvs.isError && <ProblemMessage summary="Wat op u wacht bij toelaatbaarheidsverklaringen kon niet worden geladen." error={tlvs.error} />}
      {opps.isError && <ProblemMessage summary="Wat op u wacht bij ontwikkelingsperspectiefplannen kon niet worden geladen." error={opps.error} />}
      {bezig ? (
        <p role="status">Laden…</p>
      ) : regels.length === 0 ? (
        !mislukt && <p>Er wacht nu niets op uw actie.</p>
      ) : (
        <>
          <p aria-live="polite">
            {totaal === 1 ? 'Er wacht 1 actie op u' : `Er wachten ${totaal} acties op u`}
            {regels.length < totaal
              ? `; u ziet de eerste ${regels.length}, de vroegste deadline eerst`
              : aantalVerlopen > 0 && `; bij ${aantalVerlopen} is de deadline verlopen`}
            .
          </p>
          {(arrangementPaginas[0]?.items.length ?? 0) > 0 && (
            <>
              {(metTlvs || metOpps) && <p className="klein">De export bevat alleen de acties bij arrangementen.</p>}
              <ExporteerKnoppen lijst="werkvoorraad" haalOp={exporteerWerkvoorraad} />
            </>
          )}
          {perRol(regels).map(([voor, lijnen]) => (
            <section key={voor} aria-labelledby={`voor-${voor}`}>
              <h2 id={`voor-${voor}`}>Voor: {werkvoorraadVoorNaam(voor)}</h2>
              <WerkvoorraadTabel voor={voor} regels={lijnen} schoolNaam={schoolNaam} />
            </section>
          ))}
          {arrangementen.isFetchNextPageError && <ProblemMessage summary="Meer acties laden is niet gelukt." error={arrangementen.error} />}
          <MeerLaden lijst={arrangementen} />
        </>
      )}
      {rollen.includes(SCHOOL_MEDEWERKER) && <MijnAanvragen schoolNaam={schoolNaam} />}
    </>
  );
}

function intro(arrangementen: boolean, tlvs: boolean, opps: boolean): string {
  if (arrangementen && tlvs && opps) {
    return 'Wat op uw actie wacht bij arrangementen, toelaatbaarheidsverklaringen en ontwikkelingsperspectiefplannen (OPP), de vroegste deadline eerst: aanvragen, adviezen, besluiten, evaluaties, termijnen van een bezwaar, herindicaties en OPP’s die ontbreken of vastgesteld moeten worden.';
  }
  if (arrangementen && tlvs) {
    return 'Wat op uw actie wacht bij arrangementen en toelaatbaarheidsverklaringen, de vroegste deadline eerst: aanvragen, adviezen, besluiten, evaluaties, termijnen van een bezwaar en herindicaties.';
  }
  if (tlvs) return 'De toelaatbaarheidsverklaringen waarover u om advies bent gevraagd en die op uw actie wachten, de vroegste deadline eerst.';
  return 'Aanvragen, vragen, starts, evaluaties en beëindigingen die op uw actie wachten, de vroegste deadline eerst.';
}

function samenvatting(error: unknown): string {
  if (error instanceof ApiError && error.status === 403) return 'U heeft geen werkvoorraad: uw rol werkt niet met arrangementen.';
  return 'Uw werkvoorraad kon niet worden geladen.';
}
