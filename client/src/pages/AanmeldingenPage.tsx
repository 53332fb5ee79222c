import { useState } from 'react';
import { Link } from 'react-router';
import { useAanmeldingen, type AanmeldingFilters } from '../api/aanmeldingen';
import { SCHOOL_MEDEWERKER } from '../auth/rollen';
import { useGebruiker } from '../auth/useGebruiker';
import { AANMELDING_STATUSSEN, isOpen, termijnTekst, TOELATINGSUITKOMSTEN } from '../aanmeldingWeergave';
import { datumTekst, vandaagIso } from '../aanbiederWeergave';
import { naam } from '../arrangementLabels';
import { ProblemMessage } from '../components/ProblemMessage';
import { TabelContainer } from '../components/TabelContainer';
import { usePageTitle } from '../usePageTitle';

/**
 * /aanmeldingen: the school's aanmeldingen, and for the SWV every open zorgplicht case of the region, the most
 * overdue first (the API's order), with filters on regio, school and overdue.
 */
export function AanmeldingenPage() {
  usePageTitle('Aanmeldingen');
  const { rollen } = useGebruiker();
  const school = rollen.includes(SCHOOL_MEDEWERKER);
  const [filters, setFilters] = useState<AanmeldingFilters>(school ? {} : { open: true });
  // An empty field or an unticked box is no filter: the key is left out, not sent empty.
  const zet = <K extends keyof AanmeldingFilters>(sleutel: K, waarde: AanmeldingFilters[K] | '' | false) => {
    const { [sleutel]: _weg, ...rest } = filters;
    setFilters(waarde === '' || waarde === false || waarde === undefined ? rest : { ...rest, [sleutel]: waarde });
  };
  const lijst = useAanmeldingen(filters);
  const vandaag = vandaagIso();
  const rijen = lijst.data?.pages.flatMap((p) => p.aanmeldingen) ?? [];

  return (
    <>
      <h1>{school ? 'Aanmeldingen' : 'Zorgplicht in de regio'}</h1>
      <p className="intro">
        Na een schriftelijke aanmelding heeft de school zorgplicht: zij besluit binnen zes weken, en mag die termijn één keer met vier weken
        verlengen.
      </p>
      {school && (
        <p>
          <Link to="/aanmeldingen/nieuw">Nieuwe aanmelding</Link>
        </p>
      )}
      <form className="filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          Regio <input value={filters.regio ?? ''} onChange={(e) => zet('regio', e.target.value)} />
        </label>
        <label>
          Vestiging <input value={filters.vestiging ?? ''} onChange={(e) => zet('vestiging', e.target.value)} />
        </label>
        <label>
          <input type="checkbox" checked={filters.open ?? false} onChange={(e) => zet('open', e.target.checked)} /> Alleen
          open aanmeldingen
        </label>
        <label>
          <input type="checkbox" checked={filters.verlopen ?? false} onChange={(e) => zet('verlopen', e.target.checked)} />{' '}
          Alleen te laat
        </label>
      </form>
      {lijst.isError && <ProblemMessage summary="De aanmeldingen konden niet worden geladen." error={lijst.error} />}
      {lijst.data && <p aria-live="polite">{lijst.data.pages[0]?.totaal ?? 0} aanmeldingen gevonden.</p>}
      {rijen.length > 0 && (
        <TabelContainer label="Aanmeldingen">
          <table className="data-table">
            <caption>Aanmeldingen</caption>
            <thead>
              <tr>
                <th scope="col">Leerling</th>
                <th scope="col">School</th>
                <th scope="col">Ontvangen</th>
                <th scope="col">Stand</th>
                <th scope="col">Termijn</th>
              </tr>
            </thead>
            <tbody>
              {rijen.map((r) => (
                <tr key={r.id} className={r.verlopen ? 'rij--verlopen' : undefined}>
                  <td>
                    <Link to={`/aanmeldingen/${r.id}`}>{r.leerling.naam}</Link>
                  </td>
                  <td>{r.schoolNaam}</td>
                  <td>{datumTekst(r.ontvangenOp)}</td>
                  <td>{r.uitkomst ? naam(TOELATINGSUITKOMSTEN, r.uitkomst) : naam(AANMELDING_STATUSSEN, r.status)}</td>
                  <td>
                    {r.zorgplicht ? (termijnTekst(r.besluitUiterlijk, isOpen(r.status), vandaag) ?? '–') : 'Geen zorgplicht'}
                    {r.verlopen && <span className="verlopen">Verlopen</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TabelContainer>
      )}
      {lijst.hasNextPage && (
        <button type="button" onClick={() => void lijst.fetchNextPage()}>
          Meer laden
        </button>
      )}
    </>
  );
}
