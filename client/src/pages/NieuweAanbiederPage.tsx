import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import {
  aanbiederSleutels,
  registreerAanbieder,
  type CommunicatiecontextInvoer,
  type NieuweAanbiederVerzoek,
} from '../api/aanbieders';
import { useExpertises } from '../api/expertises';
import { verdeelFouten } from '../api/veldfouten';
import { CLUSTERS } from '../aanbiederWeergave';
import { useMagAanbiedersBeheren } from '../auth/useMagAanbiedersBeheren';
import { AanbiederProbleem } from '../components/AanbiederProbleem';
import {
  alsContextInvoer,
  CommunicatiecontextenVelden,
  contextFoutvelden,
  nieuweContextRij,
} from '../components/CommunicatiecontextenVelden';
import { ProblemMessage } from '../components/ProblemMessage';
import { DatumVeld } from '../components/DatumVeld';
import { Foutmelding, Veld } from '../components/Veld';
import { usePageTitle } from '../usePageTitle';

interface Gegevens {
  code: string;
  naam: string;
  internationaleNaam: string;
  inbedrijfdatum: string;
  bestuur: string;
  erkenningscode: string;
  cluster: string;
  licenties: string[];
}

const LEEG: Gegevens = {
  code: '',
  naam: '',
  internationaleNaam: '',
  inbedrijfdatum: '',
  bestuur: '',
  erkenningscode: '',
  cluster: '',
  licenties: [],
};

const leegAlsNull = (tekst: string) => (tekst.trim() === '' ? null : tekst.trim());

function alsVerzoek(gegevens: Gegevens, contexten: CommunicatiecontextInvoer[]): NieuweAanbiederVerzoek {
  return {
    code: leegAlsNull(gegevens.code.toUpperCase()),
    naam: leegAlsNull(gegevens.naam),
    internationaleNaam: leegAlsNull(gegevens.internationaleNaam),
    inbedrijfdatum: leegAlsNull(gegevens.inbedrijfdatum),
    bestuur: leegAlsNull(gegevens.bestuur),
    erkenning: {
      code: leegAlsNull(gegevens.erkenningscode),
      // The select offers only the contract's clusters; the API answers 400 for anything else.
      cluster: (gegevens.cluster === '' ? null : Number(gegevens.cluster)) as NieuweAanbiederVerzoek['erkenning']['cluster'],
      licenties: gegevens.licenties,
    },
    communicatiecontexten: contexten,
  };
}

const VELDEN = [
  'code',
  'naam',
  'internationaleNaam',
  'inbedrijfdatum',
  'bestuur',
  'erkenning',
  'erkenning/code',
  'erkenning/cluster',
  'erkenning/licenties',
];

/** /aanbieders/nieuw: registers an aanbieder with its erkenning and contacts; its aanbod follows on its page. */
export function NieuweAanbiederPage() {
  usePageTitle('Nieuwe aanbieder');
  const magBeheren = useMagAanbiedersBeheren();

  return (
    <>
      <h1>Nieuwe aanbieder</h1>
      {magBeheren ? (
        <RegistratieFormulier />
      ) : (
        <p className="problem" role="alert">
          Alleen een beheerder van het samenwerkingsverband kan aanbieders registreren.{' '}
          <Link to="/aanbieders">Terug naar de aanbieders</Link>
        </p>
      )}
    </>
  );
}

function RegistratieFormulier() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const expertises = useExpertises(undefined);
  const [gegevens, setGegevens] = useState(LEEG);
  const [contexten, setContexten] = useState(() => [nieuweContextRij('ALGEMEEN')]);
  const registratie = useMutation({
    mutationFn: registreerAanbieder,
    onSuccess: (aanbieder) => {
      queryClient.setQueryData(aanbiederSleutels.detail(aanbieder.code), aanbieder);
      void queryClient.invalidateQueries({ queryKey: aanbiederSleutels.zoeken });
      void navigate(`/aanbieders/${aanbieder.code}`, {
        state: { melding: `${aanbieder.naam} is geregistreerd. Voeg nu het aanbod toe.` },
      });
    },
  });
  const fouten = verdeelFouten(registratie.error, [...VELDEN, ...contextFoutvelden(contexten)]);
  const wijzig = (veld: Exclude<keyof Gegevens, 'licenties'>) => (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setGegevens((huidig) => ({ ...huidig, [veld]: event.target.value }));
  const wisselLicentie = (code: string, aan: boolean) =>
    setGegevens((huidig) => ({
      ...huidig,
      licenties: aan ? [...huidig.licenties, code] : huidig.licenties.filter((licentie) => licentie !== code),
    }));
  const registreer = (event: FormEvent) => {
    event.preventDefault();
    registratie.mutate(alsVerzoek(gegevens, alsContextInvoer(contexten)));
  };

  return (
    <form className="formulier" aria-label="Nieuwe aanbieder registreren" noValidate onSubmit={registreer}>
      {registratie.isError && (
        <AanbiederProbleem summary="De aanbieder is niet geregistreerd." error={registratie.error} overig={fouten.overig} />
      )}
      <fieldset className="groep">
        <legend>Gegevens</legend>
        <Veld
          label="Aanbiedercode"
          hint="De RIO-code: drie cijfers, een hoofdletter en drie cijfers, zoals 123A456."
          fouten={fouten.bij('code')}
        >
          {(koppeling) => (
            <input {...koppeling} type="text" required autoComplete="off" value={gegevens.code} onChange={wijzig('code')} />
          )}
        </Veld>
        <Veld label="Naam" fouten={fouten.bij('naam')}>
          {(koppeling) => <input {...koppeling} type="text" required value={gegevens.naam} onChange={wijzig('naam')} />}
        </Veld>
        <Veld label="Internationale naam (niet verplicht)" fouten={fouten.bij('internationaleNaam')}>
          {(koppeling) => (
            <input {...koppeling} type="text" value={gegevens.internationaleNaam} onChange={wijzig('internationaleNaam')} />
          )}
        </Veld>
        <DatumVeld
          label="In bedrijf sinds"
          fouten={fouten.bij('inbedrijfdatum')}
          required
          value={gegevens.inbedrijfdatum}
          onChange={(inbedrijfdatum) => setGegevens((huidig) => ({ ...huidig, inbedrijfdatum }))}
        />
        <Veld label="Bestuur" hint="Het bevoegd gezag, zoals de naam of het nummer van de stichting." fouten={fouten.bij('bestuur')}>
          {(koppeling) => <input {...koppeling} type="text" required value={gegevens.bestuur} onChange={wijzig('bestuur')} />}
        </Veld>
      </fieldset>

      <fieldset className="groep">
        <legend>Erkenning</legend>
        <Foutmelding fouten={fouten.bij('erkenning')} />
        <Veld label="Erkenningscode" hint="De code van de onderwijsinstellingserkenning." fouten={fouten.bij('erkenning/code')}>
          {(koppeling) => (
            <input {...koppeling} type="text" required value={gegevens.erkenningscode} onChange={wijzig('erkenningscode')} />
          )}
        </Veld>
        <Veld label="Cluster" fouten={fouten.bij('erkenning/cluster')}>
          {(koppeling) => (
            <select {...koppeling} required value={gegevens.cluster} onChange={wijzig('cluster')}>
              <option value="">Kies een cluster</option>
              {CLUSTERS.map((cluster) => (
                <option key={cluster.waarde} value={String(cluster.waarde)}>
                  {cluster.naam}
                </option>
              ))}
            </select>
          )}
        </Veld>
        <fieldset className="groep groep--genest">
          <legend>Licenties</legend>
          <p className="veld__hint">De expertises die de aanbieder volgens zijn licentie mag aanbieden.</p>
          <Foutmelding fouten={fouten.bij('erkenning/licenties')} />
          {expertises.isPending ? (
            <p role="status">Expertises laden…</p>
          ) : expertises.isError ? (
            <ProblemMessage summary="De expertises konden niet worden geladen." error={expertises.error} />
          ) : (
            <ul className="keuzelijst">
              {expertises.data.expertises.map((expertise) => (
                <li key={expertise.code}>
                  <label>
                    <input
                      type="checkbox"
                      value={expertise.code}
                      checked={gegevens.licenties.includes(expertise.code)}
                      onChange={(event) => wisselLicentie(expertise.code, event.target.checked)}
                    />
                    {expertise.omschrijving}
                  </label>
                </li>
              ))}
            </ul>
          )}
        </fieldset>
      </fieldset>

      <CommunicatiecontextenVelden rijen={contexten} onChange={setContexten} fouten={fouten} />

      <div className="knoppen">
        <button type="submit" className="button" disabled={registratie.isPending}>
          Aanbieder registreren
        </button>
        <Link to="/aanbieders" className="button button--secundair">
          Annuleren
        </Link>
      </div>
    </form>
  );
}
