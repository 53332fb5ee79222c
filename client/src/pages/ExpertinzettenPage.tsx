import { useState } from 'react';
import { Link } from 'react-router';
import { useExpertinzetten } from '../api/expertinzet';
import { naam } from '../arrangementLabels';
import { EXPERT, SCHOOL_MEDEWERKER } from '../auth/rollen';
import { useGebruiker } from '../auth/useGebruiker';
import { dagTekst } from '../arrangementWeergave';
import { ProblemMessage } from '../components/ProblemMessage';
import { TabelContainer } from '../components/TabelContainer';
import { EXPERTISEGEBIEDEN, INZET_FASEN, uren } from '../expertinzetWeergave';
import { usePageTitle } from '../usePageTitle';

/**
 * /expertinzetten: the inzetten of experts the person may see. For an expert "Mijn trajecten" (only their own), for
 * the school those of its pupils, for SWV staff all (the procesbegeleider links an expert from here).
 */
export function ExpertinzettenPage() {
  const { rollen } = useGebruiker();
  const alsExpert = rollen.includes(EXPERT) && !rollen.includes(SCHOOL_MEDEWERKER);
  const titel = alsExpert ? 'Mijn trajecten' : 'Inzet van experts';
  usePageTitle(titel);
  const [status, setStatus] = useState('');
  const lijst = useExpertinzetten(status);

  return (
    <>
      <h1>{titel}</h1>
      <p className="intro">
        Een expert van het samenwerkingsverband werkt met de school langs de cyclus van handelingsgericht werken: voorbereiding,
        waarnemen, begrijpen, plannen, realiseren en evaluatie.
      </p>
      {rollen.includes(SCHOOL_MEDEWERKER) && (
        <p>
          <Link to="/expertinzetten/nieuw" className="button">
            Inzet van een expert starten
          </Link>
        </p>
      )}
      <p>
        <label htmlFor="fasefilter">Fase</label>{' '}
        <select id="fasefilter" value={status} onChange={(e) => setStatus(e.target.value)}>
          <option value="">Alle fasen</option>
          {[...INZET_FASEN].map(([code, tekst]) => (
            <option key={code} value={code}>
              {tekst}
            </option>
          ))}
        </select>
      </p>
      {lijst.isPending ? (
        <p role="status">Laden…</p>
      ) : lijst.isError ? (
        <ProblemMessage summary="De inzetten konden niet worden geladen." error={lijst.error} />
      ) : lijst.data.inzetten.length === 0 ? (
        <p>Er zijn geen inzetten om te tonen.</p>
      ) : (
        <TabelContainer label={titel}>
          <table>
            <caption>
              {titel} ({lijst.data.totaal})
            </caption>
            <thead>
              <tr>
                <th scope="col">Leerling</th>
                <th scope="col">Expertisegebied</th>
                <th scope="col">Fase</th>
                <th scope="col">Expert</th>
                <th scope="col">Uren</th>
                <th scope="col">Gestart</th>
              </tr>
            </thead>
            <tbody>
              {lijst.data.inzetten.map((inzet) => (
                <tr key={inzet.id}>
                  <th scope="row">
                    <Link to={`/expertinzetten/${inzet.id}`}>{inzet.leerlingNaam ?? 'Leerling (niet meer zichtbaar)'}</Link>
                  </th>
                  <td>{naam(EXPERTISEGEBIEDEN, inzet.expertisegebied)}</td>
                  <td>{naam(INZET_FASEN, inzet.status)}</td>
                  <td>{inzet.expertNaam ?? 'Nog niet gekoppeld'}</td>
                  <td>
                    {inzet.urenBudget ? `${uren(inzet.urenGebruikt)} van ${uren(inzet.urenBudget)}` : uren(inzet.urenGebruikt)}
                    {inzet.urenBijnaOp && <strong> (bijna op)</strong>}
                  </td>
                  <td>{dagTekst(inzet.gestartOp)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TabelContainer>
      )}
    </>
  );
}
