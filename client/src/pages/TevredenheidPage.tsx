import { useState, type FormEvent } from 'react';
import {
  useBeantwoordOnderzoek,
  useTevredenheidsonderzoeken,
  useTevredenheidsuitslag,
  type Tevredenheidsonderzoek,
} from '../api/tevredenheid';
import { verdeelFouten } from '../api/veldfouten';
import { dagTekst } from '../arrangementWeergave';
import { naam } from '../arrangementLabels';
import { leestTevredenheidsantwoorden, leestTevredenheidsuitslag, SCHOOL_MEDEWERKER } from '../auth/rollen';
import { useGebruiker } from '../auth/useGebruiker';
import { Keuzegroep } from '../components/Keuzegroep';
import { Melding } from '../components/Melding';
import { ProblemMessage } from '../components/ProblemMessage';
import { TabelContainer } from '../components/TabelContainer';
import { TevredenheidsgroepenTabel } from '../components/TevredenheidsgroepenTabel';
import { Veld } from '../components/Veld';
import { EXPERTISEGEBIEDEN } from '../portfolioWeergave';
import { SCORES, TEVREDENHEIDSVRAGEN, VRAAGKOPPEN } from '../tevredenheidWeergave';
import { usePageTitle } from '../usePageTitle';

const VRAGEN = [...TEVREDENHEIDSVRAGEN.keys()];

/**
 * /tevredenheid: after an expert inzet the school fills in the tevredenheidsonderzoek; the manager ondersteuning reads
 * the answers; the portfolio's functies read the results per expert, expertisegebied and regio.
 */
export function TevredenheidPage() {
  usePageTitle('Tevredenheid over experts');
  const gebruiker = useGebruiker();
  const school = gebruiker.rollen.includes(SCHOOL_MEDEWERKER);
  const manager = leestTevredenheidsantwoorden(gebruiker);
  const uitslag = leestTevredenheidsuitslag(gebruiker);
  if (!school && !uitslag) {
    return (
      <>
        <h1>Tevredenheid over experts</h1>
        <p className="problem" role="alert">
          Alleen scholen, de manager ondersteuning, de beleidsmedewerker en de regionaal procesbegeleider zien de tevredenheidsonderzoeken.
        </p>
      </>
    );
  }

  return (
    <>
      <h1>Tevredenheid over experts</h1>
      <p className="intro">
        {school
          ? 'Na elke inzet van een expert vraagt het samenwerkingsverband uw school hoe tevreden u bent. Uw antwoorden leest alleen de manager ondersteuning.'
          : 'Na elke inzet van een expert vult de school een kort onderzoek in. Een kleine groep antwoorden (minder dan 5, of minder dan de drempel van het samenwerkingsverband als die hoger is) toont geen gemiddelden, behalve voor de manager ondersteuning.'}
      </p>
      {school && <OpenOnderzoeken />}
      {uitslag && <Uitslag />}
      {manager && <Antwoorden />}
    </>
  );
}

function OpenOnderzoeken() {
  const { data, error } = useTevredenheidsonderzoeken();
  const [melding, setMelding] = useState<string>();
  const open = (data ?? []).filter((o) => !o.beantwoord);
  return (
    <section aria-labelledby="in-te-vullen">
      <h2 id="in-te-vullen">In te vullen</h2>
      <Melding tekst={melding} />
      {error && <ProblemMessage summary="De onderzoeken konden niet worden geladen." error={error} />}
      {data && open.length === 0 && <p>Er staat geen onderzoek voor u open.</p>}
      {open.map((onderzoek) => (
        <Invullen key={onderzoek.id} onderzoek={onderzoek} onKlaar={() => setMelding(`Bedankt. Het onderzoek over ${onderzoek.expertNaam} is ingevuld.`)} />
      ))}
      {(data ?? []).some((o) => o.beantwoord) && (
        <p>
          Al ingevuld:{' '}
          {(data ?? [])
            .filter((o) => o.beantwoord)
            .map((o) => `${o.expertNaam} (${dagTekst(o.beantwoordOp ?? o.verstuurdOp)})`)
            .join(', ')}
          .
        </p>
      )}
    </section>
  );
}

function Invullen({ onderzoek, onKlaar }: { onderzoek: Tevredenheidsonderzoek; onKlaar: () => void }) {
  const beantwoord = useBeantwoordOnderzoek();
  const [scores, setScores] = useState<Record<string, string>>({});
  const [toelichting, setToelichting] = useState('');
  const velden = [...VRAGEN.map((v) => `scores/${v}`), 'toelichting'];
  const fouten = verdeelFouten(beantwoord.error, velden);
  const titel = `Inzet van ${onderzoek.expertNaam} (${naam(EXPERTISEGEBIEDEN, onderzoek.expertisegebied)}), afgesloten op ${dagTekst(onderzoek.verstuurdOp)}`;
  const verstuur = (event: FormEvent) => {
    event.preventDefault();
    const score = (vraag: string) => (scores[vraag] ? Number(scores[vraag]) : null);
    beantwoord.mutate(
      {
        onderzoek,
        verzoek: {
          scores: {
            werkwijze: score('werkwijze'),
            bijdrage: score('bijdrage'),
            bereikbaarheid: score('bereikbaarheid'),
            communicatie: score('communicatie'),
            snelheid: score('snelheid'),
          },
          toelichting: toelichting.trim() || null,
        },
      },
      { onSuccess: onKlaar },
    );
  };
  return (
    <article className="kaart" aria-label={titel}>
      <h3>{titel}</h3>
      <form className="formulier" aria-label={`Onderzoek invullen: ${titel}`} noValidate onSubmit={verstuur}>
        {beantwoord.isError && <ProblemMessage summary="Het onderzoek is niet ingevuld." error={beantwoord.error} fouten={fouten.overig} />}
        {VRAGEN.map((vraag) => (
          <Keuzegroep
            key={vraag}
            legend={naam(TEVREDENHEIDSVRAGEN, vraag)}
            waarde={scores[vraag] ?? ''}
            opties={SCORES}
            fouten={fouten.bij(`scores/${vraag}`)}
            onChange={(waarde) => setScores({ ...scores, [vraag]: waarde })}
          />
        ))}
        <Veld label="Wat wilt u nog kwijt? (niet verplicht)" fouten={fouten.bij('toelichting')}>
          {(koppeling) => <textarea {...koppeling} rows={3} value={toelichting} onChange={(e) => setToelichting(e.target.value)} />}
        </Veld>
        <div className="knoppen">
          <button type="submit" className="button" disabled={beantwoord.isPending}>
            Onderzoek versturen
          </button>
        </div>
      </form>
    </article>
  );
}

function Uitslag() {
  const { data, error, isPending } = useTevredenheidsuitslag();
  return (
    <section aria-labelledby="uitslag">
      <h2 id="uitslag">Uitslag {data ? `schooljaar ${data.schooljaar}` : ''}</h2>
      {isPending && <p>Even geduld, de uitslag wordt geladen.</p>}
      {error && <ProblemMessage summary="De uitslag kon niet worden geladen." error={error} />}
      {data && (
        <>
          <p>
            {data.beantwoord} van de {data.verstuurd} verstuurde onderzoeken zijn ingevuld.
          </p>
          <TevredenheidsgroepenTabel titel="Per expert" groepen={data.perExpert} />
          <TevredenheidsgroepenTabel titel="Per expertisegebied" groepen={data.perExpertisegebied} />
          <TevredenheidsgroepenTabel titel="Per regio" groepen={data.perRegio} />
        </>
      )}
    </section>
  );
}

/** The individual answers: for the manager ondersteuning only (the API leaves them out for anyone else). */
function Antwoorden() {
  const { data, error } = useTevredenheidsonderzoeken();
  const beantwoord = (data ?? []).filter((o) => o.beantwoord);
  return (
    <section aria-labelledby="antwoorden">
      <h2 id="antwoorden">Antwoorden van scholen</h2>
      {error && <ProblemMessage summary="De antwoorden konden niet worden geladen." error={error} />}
      {data && beantwoord.length === 0 && <p>Er zijn nog geen ingevulde onderzoeken.</p>}
      {beantwoord.length > 0 && (
        <TabelContainer label="Antwoorden van scholen">
          <table className="data-table">
            <caption className="visually-hidden">Antwoorden van scholen</caption>
            <thead>
              <tr>
                <th scope="col">Ingevuld op</th>
                <th scope="col">Expert</th>
                <th scope="col">Regio</th>
                {VRAGEN.map((vraag) => (
                  <th key={vraag} scope="col">
                    {naam(VRAAGKOPPEN, vraag)}
                  </th>
                ))}
                <th scope="col">Toelichting</th>
              </tr>
            </thead>
            <tbody>
              {beantwoord.map((o) => (
                <tr key={o.id}>
                  <td>{dagTekst(o.beantwoordOp ?? o.verstuurdOp)}</td>
                  <td>{o.expertNaam}</td>
                  <td>{o.regio}</td>
                  {VRAGEN.map((vraag) => (
                    <td key={vraag}>{o.scores?.[vraag] ?? '–'}</td>
                  ))}
                  <td>{o.toelichting ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TabelContainer>
      )}
    </section>
  );
}
