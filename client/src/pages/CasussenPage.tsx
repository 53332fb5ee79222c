import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useBrengCasusIn, useCasussen, type CasusVerzoek } from '../api/casuistiek';
import { verdeelFouten } from '../api/veldfouten';
import { dagTekst } from '../arrangementWeergave';
import { keuzes, naam } from '../arrangementLabels';
import { SCHOOL_MEDEWERKER, volgtLokaleNetwerken } from '../auth/rollen';
import { useGebruiker } from '../auth/useGebruiker';
import {
  ANONIEM_UITLEG,
  anonimiteitsantwoord,
  CASUS_STATUSSEN,
  EXPERTISEGEBIEDEN,
  kanInzetStarten,
  LEERJAARBANDEN,
  naamVanUitkomst,
} from '../casuistiekWeergave';
import { AnonimiteitsWaarschuwing } from '../components/AnonimiteitsWaarschuwing';
import { Melding } from '../components/Melding';
import { ProblemMessage } from '../components/ProblemMessage';
import { TabelContainer } from '../components/TabelContainer';
import { Veld } from '../components/Veld';
import { useSchoolNamen } from '../api/scholen';
import { usePageTitle } from '../usePageTitle';

const VELDEN = ['ondersteuningsvraag', 'geprobeerd', 'leerjaarband', 'expertisegebied', 'vestiging'];

interface Gegevens {
  ondersteuningsvraag: string;
  geprobeerd: string;
  leerjaarband: string;
  expertisegebied: string;
}

const LEEG: Gegevens = { ondersteuningsvraag: '', geprobeerd: '', leerjaarband: '', expertisegebied: '' };

function alsVerzoek(gegevens: Gegevens, anoniemBevestigd: boolean): CasusVerzoek {
  return {
    ondersteuningsvraag: gegevens.ondersteuningsvraag.trim() || null,
    geprobeerd: gegevens.geprobeerd.trim() || null,
    ...(gegevens.leerjaarband !== '' && { leerjaarband: gegevens.leerjaarband as NonNullable<CasusVerzoek['leerjaarband']> }),
    ...(gegevens.expertisegebied !== '' && { expertisegebied: gegevens.expertisegebied as NonNullable<CasusVerzoek['expertisegebied']> }),
    anoniemBevestigd,
  };
}

/** /casussen: the IB'er brings a case into the lokaal netwerk, anonymously, and sees the school's cases with their outcomes. */
export function CasussenPage() {
  usePageTitle('Casuïstiek');
  const gebruiker = useGebruiker();
  const school = gebruiker.rollen.includes(SCHOOL_MEDEWERKER);
  return (
    <>
      <h1>Casuïstiek</h1>
      <p className="intro">
        Loopt een leerling vast en is de basisondersteuning niet genoeg? Breng de vraag in bij het lokale netwerk. {ANONIEM_UITLEG}
      </p>
      {school && <CasusInbrengen />}
      {(school || volgtLokaleNetwerken(gebruiker)) && <CasusLijst school={school} />}
    </>
  );
}

function CasusInbrengen() {
  const [gegevens, setGegevens] = useState<Gegevens>(LEEG);
  const [melding, setMelding] = useState<string>();
  const inbreng = useBrengCasusIn();
  const antwoord = anonimiteitsantwoord(inbreng.error);
  const fouten = verdeelFouten(antwoord === 'waarschuwing' ? null : inbreng.error, VELDEN);
  const wijzig = (veld: keyof Gegevens, waarde: string) => setGegevens((huidig) => ({ ...huidig, [veld]: waarde }));
  const verstuur = (anoniemBevestigd: boolean) => {
    setMelding(undefined);
    inbreng.mutate(alsVerzoek(gegevens, anoniemBevestigd), {
      onSuccess: () => {
        setGegevens(LEEG);
        setMelding('De casus is ingebracht. Het samenwerkingsverband zet hem op een bespreking van uw lokale netwerk.');
      },
    });
  };
  const brengIn = (event: FormEvent) => {
    event.preventDefault();
    verstuur(false);
  };

  return (
    <section aria-labelledby="casus-inbrengen">
      <h2 id="casus-inbrengen">Casus inbrengen</h2>
      <Melding tekst={melding} />
      <form className="formulier" aria-label="Casus inbrengen" noValidate onSubmit={brengIn}>
        {inbreng.isError && antwoord === 'waarschuwing' && (
          <AnonimiteitsWaarschuwing error={inbreng.error} bezig={inbreng.isPending} onBevestig={() => verstuur(true)} />
        )}
        {inbreng.isError && antwoord !== 'waarschuwing' && (
          <ProblemMessage summary="De casus is niet ingebracht." error={inbreng.error} fouten={fouten.overig} />
        )}
        <p>{ANONIEM_UITLEG}</p>
        <Veld label="Ondersteuningsvraag" hint="Wat is de vraag van de school? Beschrijf de situatie zonder namen." fouten={fouten.bij('ondersteuningsvraag')}>
          {(koppeling) => (
            <textarea {...koppeling} rows={4} required value={gegevens.ondersteuningsvraag} onChange={(e) => wijzig('ondersteuningsvraag', e.target.value)} />
          )}
        </Veld>
        <Veld label="Wat heeft de school al geprobeerd?" hint="Binnen de basisondersteuning: wat, hoe lang en met welk resultaat." fouten={fouten.bij('geprobeerd')}>
          {(koppeling) => (
            <textarea {...koppeling} rows={4} required value={gegevens.geprobeerd} onChange={(e) => wijzig('geprobeerd', e.target.value)} />
          )}
        </Veld>
        <Veld label="Leerjaar (niet verplicht)" hint="Alleen als groep van twee jaren, nooit de precieze groep." fouten={fouten.bij('leerjaarband')}>
          {(koppeling) => (
            <select {...koppeling} value={gegevens.leerjaarband} onChange={(e) => wijzig('leerjaarband', e.target.value)}>
              <option value="">Niet invullen</option>
              {keuzes(LEERJAARBANDEN).map(({ code, naam: tekst }) => (
                <option key={code} value={code}>
                  {tekst}
                </option>
              ))}
            </select>
          )}
        </Veld>
        <Veld label="Expertisegebied (niet verplicht)" hint="Als u al weet op welk gebied de vraag ligt." fouten={fouten.bij('expertisegebied')}>
          {(koppeling) => (
            <select {...koppeling} value={gegevens.expertisegebied} onChange={(e) => wijzig('expertisegebied', e.target.value)}>
              <option value="">Weet ik nog niet</option>
              {keuzes(EXPERTISEGEBIEDEN).map(({ code, naam: tekst }) => (
                <option key={code} value={code}>
                  {tekst}
                </option>
              ))}
            </select>
          )}
        </Veld>
        <div className="knoppen">
          <button type="submit" className="button" disabled={inbreng.isPending}>
            Casus inbrengen
          </button>
        </div>
      </form>
    </section>
  );
}

/** The cases with their outcome; a school starts the expert inzet from an outcome 'inzet van een expert' here. */
function CasusLijst({ school }: { school: boolean }) {
  const { data, error, isPending } = useCasussen();
  const schoolNaam = useSchoolNamen();
  return (
    <section aria-labelledby="casussen">
      <h2 id="casussen">Casussen</h2>
      {isPending && <p>Even geduld, de casussen worden geladen.</p>}
      {error && <ProblemMessage summary="De casussen konden niet worden geladen." error={error} />}
      {data && data.length === 0 && <p>Er zijn nog geen casussen.</p>}
      {data && data.length > 0 && (
        <TabelContainer label="Casussen met hun uitkomst">
          <table className="data-table">
            <caption className="visually-hidden">Casussen met hun uitkomst</caption>
            <thead>
              <tr>
                <th scope="col">Ingebracht op</th>
                <th scope="col">School</th>
                <th scope="col">Leerjaar</th>
                <th scope="col">Status</th>
                <th scope="col">Uitkomst</th>
                {school && <th scope="col">Vervolg</th>}
              </tr>
            </thead>
            <tbody>
              {data.map((casus) => (
                <tr key={casus.id}>
                  <td>{dagTekst(casus.ingebrachtOp)}</td>
                  <td>{schoolNaam(casus.vestiging)}</td>
                  <td>{casus.leerjaarband ? naam(LEERJAARBANDEN, casus.leerjaarband) : 'Niet ingevuld'}</td>
                  <td>{naam(CASUS_STATUSSEN, casus.status)}</td>
                  <td>{naamVanUitkomst(casus.uitkomst, casus.uitkomstExpertisegebied)}</td>
                  {school && (
                    <td>
                      {kanInzetStarten(casus) && <Link to={`/expertinzetten/nieuw?casusId=${casus.id}`}>Inzet van een expert starten</Link>}
                      {casus.gekoppeldAanInzet && 'De inzet is gestart.'}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TabelContainer>
      )}
    </section>
  );
}
