import { useState } from 'react';
import { useSchoolbestuurNamen, useScholen, type School } from '../api/scholen';
import { magOndersteuningsprofielVastleggen } from '../auth/rollen';
import { useGebruiker } from '../auth/useGebruiker';
import { IvoWeergave } from '../components/IvoWeergave';
import { Melding } from '../components/Melding';
import { OndersteuningsprofielFormulier } from '../components/OndersteuningsprofielFormulier';
import { ProblemMessage } from '../components/ProblemMessage';
import { Uitklapper } from '../components/Uitklapper';
import { usePageTitle } from '../usePageTitle';

/** /scholen: the schools of the samenwerkingsverband, each with its ondersteuningsprofiel. */
export function ScholenPage() {
  usePageTitle('Scholen');
  const gebruiker = useGebruiker();
  const scholen = useScholen();
  const bestuurNaam = useSchoolbestuurNamen();
  const [bewerkt, setBewerkt] = useState<string | null>(null);
  const [melding, setMelding] = useState<string>();

  return (
    <>
      <h1>Scholen</h1>
      <p className="intro">
        De scholen van het samenwerkingsverband met hun ondersteuningsprofiel: de ondersteuning die elke school zelf
        biedt, op de vijf IVO-velden.
      </p>
      <Melding tekst={melding} />
      {scholen.isPending ? (
        <p role="status">Laden…</p>
      ) : scholen.isError ? (
        <ProblemMessage summary="De scholen konden niet worden geladen." error={scholen.error} />
      ) : scholen.data.length === 0 ? (
        <p>Er zijn nog geen scholen geregistreerd.</p>
      ) : (
        scholen.data.map((school) => (
          <SchoolSectie
            key={school.vestiging}
            school={school}
            bestuur={bestuurNaam(school.schoolbestuur)}
            magWijzigen={magOndersteuningsprofielVastleggen(gebruiker, school.vestiging)}
            bewerken={bewerkt === school.vestiging}
            onBewerk={() => {
              setMelding(undefined);
              setBewerkt(school.vestiging);
            }}
            onSluit={(tekst) => {
              setBewerkt(null);
              if (tekst !== undefined) setMelding(tekst);
            }}
          />
        ))
      )}
    </>
  );
}

interface SchoolSectieProps {
  school: School;
  /** The name of the school's bestuur. */
  bestuur: string;
  magWijzigen: boolean;
  bewerken: boolean;
  onBewerk: () => void;
  onSluit: (melding?: string) => void;
}

function SchoolSectie({ school, bestuur, magWijzigen, bewerken, onBewerk, onSluit }: SchoolSectieProps) {
  const kopId = `school-${school.vestiging}`;
  return (
    <section aria-labelledby={kopId} className="sectie">
      <h2 id={kopId}>{school.naam}</h2>
      <dl className="gegevens">
        <dt>Vestiging</dt>
        <dd>
          <code>{school.vestiging}</code>
        </dd>
        <dt>Soort</dt>
        <dd>{school.soort}</dd>
        <dt>Schoolbestuur</dt>
        <dd>{bestuur}</dd>
        {school.regio && (
          <>
            <dt>Regio</dt>
            <dd>
              {school.regio}
              {school.lokaalNetwerk && `, lokaal netwerk ${school.lokaalNetwerk}`}
            </dd>
          </>
        )}
      </dl>
      <h3>Ondersteuningsprofiel</h3>
      <IvoWeergave velden={school.ondersteuningsprofiel} />
      {magWijzigen && (
        <div className="beheeractie">
          <Uitklapper knop={`Ondersteuningsprofiel van ${school.naam} wijzigen`} open={bewerken} onOpen={onBewerk}>
            <OndersteuningsprofielFormulier school={school} onAnnuleer={() => onSluit()} onKlaar={(tekst) => onSluit(tekst)} />
          </Uitklapper>
        </div>
      )}
    </section>
  );
}
