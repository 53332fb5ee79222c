import { Link, Navigate } from 'react-router';
import { beheertPlatform, beheertSamenwerkingsverband, heeftWerkvoorraad, isOuder } from '../auth/rollen';
import { useAanmelding } from '../auth/useAanmelding';
import { usePageTitle } from '../usePageTitle';

/**
 * "/": a visitor who is not signed in reads what the product is and signs in or activates an account from here.
 * Who works with arrangementen or TLV's (a deskundige: the advices asked of them) lands on the werkvoorraad, the
 * swv-beheerder on the beheer overview, an ouder on their children, the platform-beheerder on the samenwerkingsverbanden, everyone else on the
 * expertises.
 */
export function StartPage() {
  const aanmelding = useAanmelding();
  if (aanmelding.status === 'bezig') return <p role="status">Laden…</p>;
  if (aanmelding.status === 'afgemeld') return <Welkom onInloggen={() => void aanmelding.meldAan('/')} />;
  const { rollen } = aanmelding.gebruiker;
  const doel = isOuder(rollen)
    ? '/ouderportaal'
    : heeftWerkvoorraad(rollen)
    ? '/werkvoorraad'
    : beheertSamenwerkingsverband(rollen)
      ? '/beheer'
      : beheertPlatform(rollen)
        ? '/samenwerkingsverbanden'
        : '/expertises';
  return <Navigate to={doel} replace />;
}

/** The anonymous start page: what PassendOnderwijs is, for whom, and the ways in. */
function Welkom({ onInloggen }: { onInloggen: () => void }) {
  usePageTitle('Welkom');
  return (
    <>
      <h1>Welkom bij PassendOnderwijs</h1>
      <p>
        Met PassendOnderwijs regelen scholen en het samenwerkingsverband samen extra ondersteuning voor leerlingen die dat
        nodig hebben: van de aanvraag van een arrangement tot het besluit en de evaluatie.
      </p>
      <section>
        <h2>Voor wie?</h2>
        <ul>
          <li>
            <strong>Scholen</strong>: de intern begeleider of het kwaliteitsteam vraagt ondersteuning aan voor een
            leerling en volgt wat ermee gebeurt.
          </li>
          <li>
            <strong>Het samenwerkingsverband</strong>: medewerkers en experts beoordelen aanvragen, kennen arrangementen
            toe en houden de scholen, accounts en koppelingen bij.
          </li>
          <li>
            <strong>Ouders en verzorgers</strong>: zien de plannen en besluiten over hun eigen kind, en wie de gegevens
            bekeek. De school nodigt u uit met een activeringscode.
          </li>
        </ul>
      </section>
      <section>
        <h2>Inloggen</h2>
        <p>U logt in met het e-mailadres en het wachtwoord van uw account.</p>
        <p>
          <button type="button" className="button" onClick={onInloggen}>
            Inloggen
          </button>
        </p>
        <p>
          Heeft u een activeringscode gekregen? <a href="/activeren">Activeer uw account</a> en kies zelf een wachtwoord.
          Wachtwoord vergeten? Vraag de beheerder van uw samenwerkingsverband om een nieuwe activeringscode. Bent u ouder en
          is uw code kwijt of verlopen? Vraag de school om een nieuwe.
        </p>
      </section>
      <section>
        <h2>Zonder inloggen</h2>
        <p>
          De landelijke lijst van <Link to="/expertises">expertises</Link> (de soorten ondersteuning, zoals
          slechthorendheid of gedragsproblemen) kunt u zonder account bekijken. Het register van
          onderwijsbegeleidingsaanbieders ziet u na het inloggen.
        </p>
      </section>
    </>
  );
}
