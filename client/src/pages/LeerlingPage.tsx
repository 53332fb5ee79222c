import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useArrangementen } from '../api/arrangementen';
import { useLeerling, type Leerling } from '../api/leerlingen';
import { ApiError } from '../api/problem';
import { useSchoolNamen } from '../api/scholen';
import { datumTekst } from '../aanbiederWeergave';
import { leerlingNaam } from '../arrangementWeergave';
import {
  leestDocumenten,
  leestOpps,
  magArrangementAanvragen,
  leestOuders,
  magBetrokkenenBeheren,
  magOudersUitnodigen,
  magDocumentenToevoegen,
  magLeerlingenBijwerken,
  magOppStarten,
  magTlvAanvragen,
  magZoekenWatPast,
  werktMetTlvs,
} from '../auth/rollen';
import { useGebruiker } from '../auth/useGebruiker';
import { ArrangementTabel } from '../components/ArrangementTabel';
import { LeerlingBetrokkenen } from '../components/LeerlingBetrokkenen';
import { LeerlingDocumenten } from '../components/LeerlingDocumenten';
import { LeerlingOuders } from '../components/LeerlingOuders';
import { LeerlingToestemmingen } from '../components/LeerlingToestemmingen';
import { LeerlingOpps } from '../components/LeerlingOpps';
import { LeerlingTlvs } from '../components/LeerlingTlvs';
import { leesMelding, Melding } from '../components/Melding';
import { Overdrachtsdossiers } from '../components/Overdrachtsdossiers';
import { OndersteuningVanElders } from '../components/OndersteuningVanElders';
import { OndersteuningsbehoeftenFormulier } from '../components/OndersteuningsbehoeftenFormulier';
import { PostcodegebiedFormulier, POSTCODEGEBIED_LABEL } from '../components/PostcodegebiedFormulier';
import { OndersteuningsbehoeftenWeergave } from '../components/OndersteuningsbehoeftenWeergave';
import { ProblemMessage } from '../components/ProblemMessage';
import { Uitklapper } from '../components/Uitklapper';
import { WatPast } from '../components/WatPast';
import { WatPastLinks } from '../components/WatPastLinks';
import { usePageTitle } from '../usePageTitle';
import { AfdrukKnop } from '../components/AfdrukKnop';
import { AfgedruktOp } from '../components/AfgedruktOp';
import { MeerLaden } from '../components/MeerLaden';

/** /leerlingen/:id: one pupil with the ondersteuningsbehoeften, the pupil's arrangementen, toelaatbaarheidsverklaringen, OPP's and documents. */
export function LeerlingPage() {
  const { id = '' } = useParams();
  const query = useLeerling(id);
  usePageTitle(query.data ? leerlingNaam(query.data) : 'Leerling');

  if (query.data) {
    return (
      <>
        {query.isError && (
          <ProblemMessage summary="De nieuwste gegevens van deze leerling konden niet worden geladen." error={query.error} />
        )}
        <LeerlingDetails key={query.data.id} leerling={query.data} />
      </>
    );
  }
  return (
    <>
      <h1>Leerling</h1>
      {query.isError ? (
        <>
          <ProblemMessage summary={samenvatting(query.error)} error={query.error} />
          <p className="geen-afdruk">
            <Link to="/leerlingen">Terug naar de leerlingen</Link>
          </p>
        </>
      ) : (
        <p role="status">Laden…</p>
      )}
    </>
  );
}

function samenvatting(error: unknown): string {
  if (error instanceof ApiError && error.status === 404) return 'Deze leerling bestaat niet, of u mag haar of hem niet zien.';
  if (error instanceof ApiError && error.status === 403) return 'U heeft geen toegang tot leerlingen.';
  return 'De leerling kon niet worden geladen.';
}

function LeerlingDetails({ leerling }: { leerling: Leerling }) {
  const location = useLocation();
  const { rollen } = useGebruiker();
  const schoolNaam = useSchoolNamen();
  const [bewerken, setBewerken] = useState(false);
  const [postcodeBewerken, setPostcodeBewerken] = useState(false);
  const [melding, setMelding] = useState(() => leesMelding(location.state));

  return (
    <>
      <AfgedruktOp />
      <div className="paginakop">
        <h1>{leerlingNaam(leerling)}</h1>
        <AfdrukKnop />
      </div>
      <p className="ondertitel">
        {schoolNaam(leerling.vestiging)}
        <span className="geen-afdruk">
          {' '}
          · <Link to="/leerlingen">Alle leerlingen</Link>
        </span>
      </p>
      <Melding tekst={melding} />

      <section aria-labelledby="gegevens" className="sectie">
        <h2 id="gegevens">Gegevens</h2>
        <dl className="gegevens">
          <dt>Geboortedatum</dt>
          <dd>{datumTekst(leerling.geboortedatum)}</dd>
          <dt>Groep</dt>
          <dd>{leerling.groep}</dd>
          <dt>School</dt>
          <dd>{schoolNaam(leerling.vestiging)}</dd>
          <dt>{POSTCODEGEBIED_LABEL}</dt>
          <dd>{leerling.postcodegebied ?? 'Niet ingevuld'}</dd>
          {leerling.lasSleutel && (
            <>
              <dt>Leerlingnummer in het LAS</dt>
              <dd>{leerling.lasSleutel}</dd>
            </>
          )}
        </dl>
        {magLeerlingenBijwerken(rollen) && (
          <div className="beheeractie">
            <Uitklapper
              knop="Postcodegebied wijzigen"
              open={postcodeBewerken}
              onOpen={() => {
                setMelding(undefined);
                setPostcodeBewerken(true);
              }}
            >
              <PostcodegebiedFormulier
                leerling={leerling}
                onAnnuleer={() => setPostcodeBewerken(false)}
                onKlaar={(tekst) => {
                  setPostcodeBewerken(false);
                  setMelding(tekst);
                }}
              />
            </Uitklapper>
          </div>
        )}
      </section>

      <section aria-labelledby="ondersteuningsbehoeften" className="sectie">
        <h2 id="ondersteuningsbehoeften">Ondersteuningsbehoeften</h2>
        <OndersteuningsbehoeftenWeergave behoeften={leerling.ondersteuningsbehoeften} />
        {magLeerlingenBijwerken(rollen) && (
          <div className="beheeractie">
            <Uitklapper
              knop="Ondersteuningsbehoeften wijzigen"
              open={bewerken}
              onOpen={() => {
                setMelding(undefined);
                setBewerken(true);
              }}
            >
              <OndersteuningsbehoeftenFormulier
                leerling={leerling}
                onAnnuleer={() => setBewerken(false)}
                onKlaar={(tekst) => {
                  setBewerken(false);
                  setMelding(tekst);
                }}
              />
            </Uitklapper>
          </div>
        )}
      </section>

      {magZoekenWatPast(rollen) && (
        <WatPast
          leerlingId={leerling.id}
          acties={(setting) => (
            <WatPastLinks
              leerlingId={leerling.id}
              setting={setting}
              magArrangementAanvragen={magArrangementAanvragen(rollen)}
              magTlvAanvragen={magTlvAanvragen(rollen)}
            />
          )}
        />
      )}

      <LeerlingArrangementen leerling={leerling} magAanvragen={magArrangementAanvragen(rollen)} schoolNaam={schoolNaam} />

      {werktMetTlvs(rollen) && (
        <LeerlingTlvs leerlingId={leerling.id} naam={leerlingNaam(leerling)} magAanvragen={magTlvAanvragen(rollen)} schoolNaam={schoolNaam} />
      )}

      {leestOpps(rollen) && (
        <LeerlingOpps
          leerlingId={leerling.id}
          naam={leerlingNaam(leerling)}
          vestiging={leerling.vestiging}
          magStarten={magOppStarten(rollen)}
          schoolNaam={schoolNaam}
        />
      )}

      {leestDocumenten(rollen) && (
        <LeerlingDocumenten
          leerlingId={leerling.id}
          leerlingNaam={leerlingNaam(leerling)}
          magToevoegen={magDocumentenToevoegen(rollen)}
          magDelen={magOudersUitnodigen(rollen)}
        />
      )}

      <Overdrachtsdossiers leerlingId={leerling.id} naam={leerlingNaam(leerling)} />

      {leestOuders(rollen) && (
        <LeerlingOuders leerlingId={leerling.id} leerlingNaam={leerlingNaam(leerling)} magBeheren={magOudersUitnodigen(rollen)} />
      )}
      {leestOuders(rollen) && (
        <LeerlingToestemmingen leerlingId={leerling.id} leerlingNaam={leerlingNaam(leerling)} magBeheren={magOudersUitnodigen(rollen)} />
      )}
      {magBetrokkenenBeheren(rollen) && <LeerlingBetrokkenen leerlingId={leerling.id} leerlingNaam={leerlingNaam(leerling)} />}
    </>
  );
}

interface ArrangementenProps {
  leerling: Leerling;
  magAanvragen: boolean;
  schoolNaam: (vestiging: string) => string;
}

function LeerlingArrangementen({ leerling, magAanvragen, schoolNaam }: ArrangementenProps) {
  const lijst = useArrangementen({ leerlingId: leerling.id });
  const arrangementen = lijst.data?.pages.flatMap((pagina) => pagina.arrangementen) ?? [];
  return (
    <section aria-labelledby="arrangementen" className="sectie">
      <h2 id="arrangementen">Arrangementen</h2>
      {lijst.isPending ? (
        <p role="status">Laden…</p>
      ) : lijst.isError ? (
        <ProblemMessage summary="De arrangementen van deze leerling konden niet worden geladen." error={lijst.error} />
      ) : arrangementen.length === 0 ? (
        <p>Voor {leerlingNaam(leerling)} is nog geen arrangement aangevraagd.</p>
      ) : (
        <ArrangementTabel
          arrangementen={arrangementen}
          caption={`Arrangementen van ${leerlingNaam(leerling)} (${arrangementen.length})`}
          schoolNaam={schoolNaam}
        />
      )}
      <MeerLaden lijst={lijst} />
      <OndersteuningVanElders leerlingId={leerling.id} naam={leerlingNaam(leerling)} soort="arrangementen" />
      {magAanvragen && (
        <p>
          <Link to={`/arrangementen/nieuw?leerlingId=${leerling.id}`} className="button">
            Arrangement aanvragen
          </Link>
        </p>
      )}
    </section>
  );
}
