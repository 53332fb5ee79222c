import { Link } from 'react-router';
import { useAanmeldingWerkvoorraad } from '../api/aanmeldingen';
import { useWerkvoorraad } from '../api/arrangementen';
import { useExpertinzetWerkvoorraad } from '../api/expertinzet';
import { exporteerWerkvoorraad } from '../api/export';
import { useOppWerkvoorraad } from '../api/ontwikkelingsperspectiefplannen';
import { ApiError } from '../api/problem';
import { useSchoolNamen } from '../api/scholen';
import { useThuiszitterWerkvoorraad } from '../api/thuiszitters';
import { useTlvWerkvoorraad } from '../api/toelaatbaarheidsverklaringen';
import { werkvoorraadVoorNaam } from '../arrangementLabels';
import {
  leestOrganisaties,
  magArrangementAanvragen,
  SCHOOL_MEDEWERKER,
  SWV_MEDEWERKER,
  werktMetAanmeldingen,
  werktMetArrangementen,
  werktMetInzetWerkvoorraad,
  werktMetOppWerkvoorraad,
  werktMetTlvs,
  beheertThuiszitters,
} from '../auth/rollen';
import { useGebruiker } from '../auth/useGebruiker';
import { ArrangementTellingen } from '../components/ArrangementTellingen';
import { ExporteerKnoppen } from '../components/ExporteerKnoppen';
import { MeerLaden, samen } from '../components/MeerLaden';
import { MijnAanvragen } from '../components/MijnAanvragen';
import { ProblemMessage } from '../components/ProblemMessage';
import { WerkvoorraadTabel } from '../components/WerkvoorraadTabel';
import { usePageTitle } from '../usePageTitle';
import { alsWerkregels, type Geladen, perRol } from '../werkvoorraadRegels';

/**
 * /werkvoorraad, "Mijn werkvoorraad": what waits for the signed-in person on arrangementen, on
 * toelaatbaarheidsverklaringen, on ontwikkelingsperspectiefplannen (with "OPP ontbreekt") and on inzetten van experts
 * (with the school's open tevredenheidsonderzoeken) and on aanmeldingen (the school decides, the SWV watches the
 * zorgplicht), in one list per role the API says must act (a person with two roles
 * sees both, each labelled), earliest deadline first; for school staff also their own requests in progress ("Mijn
 * aanvragen"). A deskundige works with TLV's only and sees the advices asked of them.
 */
export function WerkvoorraadPage() {
  usePageTitle('Mijn werkvoorraad');
  const gebruiker = useGebruiker();
  const { rollen } = gebruiker;
  const metTlvs = werktMetTlvs(rollen);
  // Whoever has no TLV's still asks for the arrangementen, so a role without any werkvoorraad hears why from the API.
  const metArrangementen = werktMetArrangementen(rollen) || !metTlvs;
  const arrangementen = useWerkvoorraad(metArrangementen);
  const tlvs = useTlvWerkvoorraad(metTlvs);
  const metOpps = werktMetOppWerkvoorraad(rollen);
  const opps = useOppWerkvoorraad(metOpps);
  const metInzetten = werktMetInzetWerkvoorraad(gebruiker);
  const inzetten = useExpertinzetWerkvoorraad(metInzetten);
  const metThuiszitters = beheertThuiszitters(rollen);
  const thuiszitters = useThuiszitterWerkvoorraad(metThuiszitters);
  const metAanmeldingen = werktMetAanmeldingen(rollen);
  const aanmeldingen = useAanmeldingWerkvoorraad(metAanmeldingen);
  const schoolNaam = useSchoolNamen(leestOrganisaties(rollen));
  // Each werkvoorraad with whether this person has it and what to say when it could not be loaded.
  const onderwerpen = [
    { lijst: arrangementen, actief: metArrangementen, mislukt: samenvatting },
    { lijst: tlvs, actief: metTlvs, mislukt: () => niet('toelaatbaarheidsverklaringen') },
    { lijst: opps, actief: metOpps, mislukt: () => niet('ontwikkelingsperspectiefplannen') },
    { lijst: inzetten, actief: metInzetten, mislukt: () => niet('inzetten van experts') },
    { lijst: thuiszitters, actief: metThuiszitters, mislukt: () => niet('thuiszitters') },
    { lijst: aanmeldingen, actief: metAanmeldingen, mislukt: () => niet('aanmeldingen') },
  ];
  const bezig = onderwerpen.some(({ lijst, actief }) => actief && lijst.isPending);
  const werkvoorraden = onderwerpen.map(({ lijst }) => lijst);
  const regels = alsWerkregels(
    geladen(arrangementen.data),
    geladen(tlvs.data),
    geladen(opps.data),
    geladen(inzetten.data),
    geladen(thuiszitters.data),
    geladen(aanmeldingen.data),
  );
  // Each werkvoorraad comes a page at a time, every page with the number of its lines on all pages.
  const totaal = werkvoorraden.reduce((som, lijst) => som + (lijst.data?.pages[0]?.totaal ?? 0), 0);
  const aantalVerlopen = regels.filter((regel) => regel.verlopen).length;
  const mislukt = werkvoorraden.some((lijst) => lijst.isError);
  const meerMislukt = werkvoorraden.find((lijst) => lijst.isFetchNextPageError);

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
      <p className="intro">{intro(metArrangementen && werktMetArrangementen(rollen), metTlvs, metOpps, metInzetten, metAanmeldingen)}</p>
      {rollen.includes(SWV_MEDEWERKER) && <ArrangementTellingen />}
      {onderwerpen.map(({ lijst, mislukt: tekst }, i) =>
        lijst.isError && !lijst.isFetchNextPageError ? <ProblemMessage key={i} summary={tekst(lijst.error)} error={lijst.error} /> : null,
      )}
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
          {(arrangementen.data?.pages[0]?.items.length ?? 0) > 0 && (
            <>
              {(metTlvs || metOpps || metInzetten || metThuiszitters || metAanmeldingen) && <p className="klein">De export bevat alleen de acties bij arrangementen.</p>}
              <ExporteerKnoppen lijst="werkvoorraad" haalOp={exporteerWerkvoorraad} />
            </>
          )}
          {perRol(regels).map(([voor, lijnen]) => (
            <section key={voor} aria-labelledby={`voor-${voor}`}>
              <h2 id={`voor-${voor}`}>Voor: {werkvoorraadVoorNaam(voor)}</h2>
              <WerkvoorraadTabel voor={voor} regels={lijnen} schoolNaam={schoolNaam} />
            </section>
          ))}
          {meerMislukt && <ProblemMessage summary="Meer acties laden is niet gelukt." error={meerMislukt.error} />}
          <MeerLaden lijst={samen(werkvoorraden)} />
        </>
      )}
      {rollen.includes(SCHOOL_MEDEWERKER) && <MijnAanvragen schoolNaam={schoolNaam} />}
    </>
  );
}

/** The lines of a werkvoorraad loaded so far, and whether it has more (nothing while it is not asked for or not there yet). */
function geladen<T>(data: { pages: readonly { items: T[]; volgendeCursor?: string | null }[] } | undefined): Geladen<T> {
  const paginas = data?.pages ?? [];
  return { items: paginas.flatMap((pagina) => pagina.items), meer: Boolean(paginas.at(-1)?.volgendeCursor) };
}

function intro(arrangementen: boolean, tlvs: boolean, opps: boolean, inzetten: boolean, aanmeldingen: boolean): string {
  const daarbij =
    (inzetten ? ' Ook de inzetten van experts: koppelen, de volgende fase, het plan van aanpak, afsluiten en het tevredenheidsonderzoek.' : '') +
    (aanmeldingen ? ' En aanmeldingen waarover binnen de termijn van de zorgplicht besloten moet worden.' : '');
  if (arrangementen && tlvs && opps) {
    return `Wat op uw actie wacht bij arrangementen, toelaatbaarheidsverklaringen en ontwikkelingsperspectiefplannen (OPP), de vroegste deadline eerst: aanvragen, adviezen, besluiten, evaluaties, termijnen van een bezwaar, herindicaties en OPP’s die ontbreken of vastgesteld moeten worden.${daarbij}`;
  }
  if (arrangementen && tlvs) {
    return `Wat op uw actie wacht bij arrangementen en toelaatbaarheidsverklaringen, de vroegste deadline eerst: aanvragen, adviezen, besluiten, evaluaties, termijnen van een bezwaar en herindicaties.${daarbij}`;
  }
  if (tlvs) return 'De toelaatbaarheidsverklaringen waarover u om advies bent gevraagd en die op uw actie wachten, de vroegste deadline eerst.';
  return `Aanvragen, vragen, starts, evaluaties en beëindigingen die op uw actie wachten, de vroegste deadline eerst.${daarbij}`;
}

function niet(onderwerp: string): string {
  return `Wat op u wacht bij ${onderwerp} kon niet worden geladen.`;
}

function samenvatting(error: unknown): string {
  if (error instanceof ApiError && error.status === 403) return 'U heeft geen werkvoorraad: uw rol werkt niet met arrangementen.';
  return 'Uw werkvoorraad kon niet worden geladen.';
}
