import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import {
  beeindigAanbod,
  neemUitBedrijf,
  useAanbieder,
  type Aanbieder,
  type Communicatiecontext,
} from '../api/aanbieders';
import { useExpertiseNamen } from '../api/expertises';
import { ApiError } from '../api/problem';
import { bedrijfsstatusTekst, contextNaam, datumTekst, eigenaarTekst, periodeTekst } from '../aanbiederWeergave';
import { useMagAanbiedersBeheren } from '../auth/useMagAanbiedersBeheren';
import { AanbodFormulier } from '../components/AanbodFormulier';
import { AanbodTabel } from '../components/AanbodTabel';
import { ContactgegevensFormulier } from '../components/ContactgegevensFormulier';
import { LaatsteDagFormulier } from '../components/LaatsteDagFormulier';
import { leesMelding, Melding } from '../components/Melding';
import { ProblemMessage } from '../components/ProblemMessage';
import { Uitklapper } from '../components/Uitklapper';
import { VerwijderAanbieder } from '../components/VerwijderAanbieder';
import { usePageTitle } from '../usePageTitle';

/** /aanbieders/:code: one aanbieder; for whoever may change it (the API's magWijzigen) also its management. */
export function AanbiederPage() {
  const { code = '' } = useParams();
  const query = useAanbieder(code);
  usePageTitle(query.data?.naam ?? `Aanbieder ${code}`);

  if (query.data) {
    return (
      <>
        {query.isError && (
          <ProblemMessage summary="De nieuwste gegevens van deze aanbieder konden niet worden geladen." error={query.error} />
        )}
        <AanbiederDetails key={query.data.code} aanbieder={query.data} />
      </>
    );
  }
  return (
    <>
      <h1>Aanbieder {code}</h1>
      {query.isError ? (
        <>
          <ProblemMessage summary={samenvatting(query.error, code)} error={query.error} />
          <p>
            <Link to="/aanbieders">Terug naar de aanbieders</Link>
          </p>
        </>
      ) : (
        <p role="status">Laden…</p>
      )}
    </>
  );
}

function samenvatting(error: unknown, code: string): string {
  if (error instanceof ApiError && error.status === 404) return `Er is geen aanbieder met code ${code}.`;
  if (error instanceof ApiError && error.status === 400) return `De code ${code} is geen geldige aanbiedercode.`;
  return 'De aanbieder kon niet worden geladen.';
}

/** Which management form is open; one at a time. */
type Bewerking =
  | { soort: 'contact' }
  | { soort: 'aanbod' }
  | { soort: 'beeindig'; aanbodId: string }
  | { soort: 'uitbedrijf' }
  | { soort: 'verwijder' };

function AanbiederDetails({ aanbieder }: { aanbieder: Aanbieder }) {
  const location = useLocation();
  // The owner's beheerder and register-beheerders may change it: the API decides, per aanbieder.
  const magBeheren = aanbieder.magWijzigen;
  // A beheerder who may register but not change this one hears whom to ask.
  const magRegistreren = useMagAanbiedersBeheren();
  const { omschrijving } = useExpertiseNamen();
  const [bewerking, setBewerking] = useState<Bewerking | null>(null);
  const [melding, setMelding] = useState(() => leesMelding(location.state));
  const open = (nieuw: Bewerking) => {
    setMelding(undefined);
    setBewerking(nieuw);
  };
  const sluit = () => setBewerking(null);
  const klaar = (tekst: string) => {
    setBewerking(null);
    setMelding(tekst);
  };
  const formulier = { aanbieder, onKlaar: klaar, onAnnuleer: sluit };
  const teBeeindigen =
    bewerking?.soort === 'beeindig' ? aanbieder.aanbod.find((regel) => regel.id === bewerking.aanbodId) : undefined;

  return (
    <>
      <h1>{aanbieder.naam}</h1>
      <p className="ondertitel">
        Onderwijsbegeleidingsaanbieder <code>{aanbieder.code}</code> · <Link to="/aanbieders">Alle aanbieders</Link>
      </p>
      <Melding tekst={melding} />
      {!magBeheren && magRegistreren && (
        <p role="note">
          {aanbieder.eigenaar
            ? `Alleen de beheerder van samenwerkingsverband ${aanbieder.eigenaar} of een beheerder van het landelijke register kan deze aanbieder wijzigen.`
            : 'Alleen een beheerder van het landelijke register kan deze landelijke aanbieder wijzigen.'}
        </p>
      )}

      <section aria-labelledby="gegevens" className="sectie">
        <h2 id="gegevens">Gegevens</h2>
        <dl className="gegevens">
          <dt>Code</dt>
          <dd>
            <code>{aanbieder.code}</code>
          </dd>
          <dt>Naam</dt>
          <dd>{aanbieder.naam}</dd>
          {aanbieder.internationaleNaam && (
            <>
              <dt>Internationale naam</dt>
              <dd>{aanbieder.internationaleNaam}</dd>
            </>
          )}
          <dt>Bestuur</dt>
          <dd>{aanbieder.bestuur}</dd>
          <dt>In bedrijf sinds</dt>
          <dd>{datumTekst(aanbieder.inbedrijfdatum)}</dd>
          {aanbieder.uitbedrijfdatum && (
            <>
              <dt>Laatste dag in bedrijf</dt>
              <dd>{datumTekst(aanbieder.uitbedrijfdatum)}</dd>
            </>
          )}
          <dt>Status</dt>
          <dd>{bedrijfsstatusTekst(aanbieder)}</dd>
          <dt>Beheerd door</dt>
          <dd>{eigenaarTekst(aanbieder.eigenaar)}</dd>
          <dt>Versie</dt>
          <dd>{aanbieder.versie}</dd>
        </dl>
      </section>

      <section aria-labelledby="erkenning" className="sectie">
        <h2 id="erkenning">Erkenning</h2>
        <dl className="gegevens">
          <dt>Erkenningscode</dt>
          <dd>{aanbieder.erkenning.code}</dd>
          <dt>Cluster</dt>
          <dd>{aanbieder.erkenning.cluster}</dd>
          <dt>Licenties</dt>
          <dd>
            <ul>
              {aanbieder.erkenning.licenties.map((licentie) => (
                <li key={licentie}>
                  {omschrijving(licentie)} <code>{licentie}</code>
                </li>
              ))}
            </ul>
          </dd>
        </dl>
      </section>

      <section aria-labelledby="contactgegevens" className="sectie">
        <h2 id="contactgegevens">Contactgegevens</h2>
        {aanbieder.communicatiecontexten.map((context, index) => (
          <ContextGegevens key={`${context.context}-${index}`} context={context} />
        ))}
        {magBeheren && (
          <div className="beheeractie">
            <Uitklapper knop="Contactgegevens wijzigen" open={bewerking?.soort === 'contact'} onOpen={() => open({ soort: 'contact' })}>
              <ContactgegevensFormulier {...formulier} />
            </Uitklapper>
          </div>
        )}
      </section>

      <section aria-labelledby="aanbod" className="sectie">
        <h2 id="aanbod">Aanbod</h2>
        <AanbodTabel
          aanbod={aanbieder.aanbod}
          omschrijving={omschrijving}
          {...(magBeheren && {
            beeindiging: {
              open: teBeeindigen?.id,
              onBeeindig: (aanbodId: string) => open({ soort: 'beeindig', aanbodId }),
            },
          })}
        />
        {magBeheren && teBeeindigen && (
          <LaatsteDagFormulier
            key={teBeeindigen.id}
            {...formulier}
            titel={`Aanbod beëindigen: ${omschrijving(teBeeindigen.expertise)}, ${periodeTekst(teBeeindigen.begindatum, teBeeindigen.einddatum).toLowerCase()}`}
            uitleg="Het aanbod geldt tot en met de laatste dag. Aanbod dat dan nog niet begonnen is, vervalt."
            knop="Aanbod beëindigen"
            mislukt="Het aanbod is niet beëindigd."
            gelukt={(dag) => `Het aanbod voor ${omschrijving(teBeeindigen.expertise)} eindigt na ${dag}.`}
            wijziging={(a, laatsteDag) => beeindigAanbod(a, { aanbodId: teBeeindigen.id, laatsteDag })}
          />
        )}
        {magBeheren && (
          <div className="beheeractie">
            <Uitklapper knop="Aanbod toevoegen" open={bewerking?.soort === 'aanbod'} onOpen={() => open({ soort: 'aanbod' })}>
              <AanbodFormulier {...formulier} omschrijving={omschrijving} />
            </Uitklapper>
          </div>
        )}
      </section>

      {magBeheren && (
        <section aria-labelledby="beheer" className="sectie">
          <h2 id="beheer">Beheer</h2>
          <div className="beheeractie">
            <Uitklapper
              knop="Uit bedrijf nemen"
              open={bewerking?.soort === 'uitbedrijf'}
              onOpen={() => open({ soort: 'uitbedrijf' })}
            >
              <LaatsteDagFormulier
                {...formulier}
                titel="Uit bedrijf nemen"
                uitleg="Na de laatste dag biedt de aanbieder niets meer aan: zijn aanbod eindigt uiterlijk dan."
                knop="Uit bedrijf nemen"
                mislukt="De aanbieder is niet uit bedrijf genomen."
                gelukt={(dag) => `De laatste dag in bedrijf is opgeslagen: ${dag}.`}
                wijziging={(a, laatsteDag) => neemUitBedrijf(a, { laatsteDag })}
              />
            </Uitklapper>
          </div>
          <div className="beheeractie">
            <Uitklapper
              knop="Aanbieder verwijderen"
              knopClassName="button button--gevaar"
              open={bewerking?.soort === 'verwijder'}
              onOpen={() => open({ soort: 'verwijder' })}
            >
              <VerwijderAanbieder aanbieder={aanbieder} onAnnuleer={sluit} />
            </Uitklapper>
          </div>
        </section>
      )}
    </>
  );
}

function ContextGegevens({ context }: { context: Communicatiecontext }) {
  return (
    <div className="contact">
      <h3>{contextNaam(context.context)}</h3>
      <dl className="gegevens">
        {context.contactnaam && (
          <>
            <dt>Contactpersoon</dt>
            <dd>{context.contactnaam}</dd>
          </>
        )}
        {context.email && (
          <>
            <dt>E-mailadres</dt>
            <dd>
              <a href={`mailto:${context.email}`}>{context.email}</a>
            </dd>
          </>
        )}
        {context.telefoon && (
          <>
            <dt>Telefoonnummer</dt>
            <dd>
              <a href={`tel:${context.telefoon.replace(/[\s-]/g, '')}`}>{context.telefoon}</a>
            </dd>
          </>
        )}
        {context.web && (
          <>
            <dt>Website</dt>
            <dd>{context.web.startsWith('https://') ? <a href={context.web}>{context.web}</a> : context.web}</dd>
          </>
        )}
        {context.adres && (
          <>
            <dt>Adres</dt>
            <dd>{context.adres}</dd>
          </>
        )}
      </dl>
    </div>
  );
}
