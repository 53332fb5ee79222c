import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Ik } from '../api/ik';
import { rolNaam } from '../auth/rollen';
import { useAanmelding } from '../auth/useAanmelding';
import { beroepsregisterTekst, disciplineTekst } from '../deskundigeWeergave';
import { usePageTitle } from '../usePageTitle';

/** The samenwerkingsverband by name; the code only in brackets, for whoever must quote it to the helpdesk. */
function samenwerkingsverbandTekst({ samenwerkingsverband, samenwerkingsverbandNaam }: Ik): string {
  if (!samenwerkingsverband) return 'Geen';
  return samenwerkingsverbandNaam ? `${samenwerkingsverbandNaam} (${samenwerkingsverband})` : samenwerkingsverband;
}

/** One school of a school-medewerker: its name, or its code when the SWV has not registered it yet. */
function schoolTekst({ vestiging, naam }: Ik['scholen'][number]): string {
  return naam ?? `Vestiging ${vestiging} (nog niet geregistreerd bij het samenwerkingsverband)`;
}

function Lijst({ items }: { items: readonly string[] }): ReactNode {
  if (items.length === 0) return 'Geen';
  if (items.length === 1) return items[0];
  return (
    <ul>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/** "Mijn gegevens": who the API takes the signed-in user to be, in names rather than codes. Lives under RequireAanmelding. */
export function IkPage() {
  usePageTitle('Mijn gegevens');
  const aanmelding = useAanmelding();
  if (aanmelding.status !== 'aangemeld') return null;
  const ik = aanmelding.gebruiker;
  const betrokken = ik.leerlingenBetrokken;
  const deskundige = ik.deskundige;

  return (
    <>
      <h1>Mijn gegevens</h1>
      <dl className="gegevens">
        <dt>Naam</dt>
        <dd>{ik.naam}</dd>
        {ik.email && (
          <>
            <dt>E-mailadres</dt>
            <dd>{ik.email}</dd>
          </>
        )}
        <dt>{ik.rollen.length > 1 ? 'Rollen' : 'Rol'}</dt>
        <dd>
          <Lijst items={ik.rollen.map(rolNaam)} />
        </dd>
        <dt>Samenwerkingsverband</dt>
        <dd>{samenwerkingsverbandTekst(ik)}</dd>
        {ik.scholen.length > 0 && (
          <>
            <dt>{ik.scholen.length > 1 ? 'Scholen' : 'School'}</dt>
            <dd>
              <Lijst items={ik.scholen.map(schoolTekst)} />
            </dd>
          </>
        )}
        {betrokken !== undefined && betrokken !== null && (
          <>
            <dt>Betrokken bij</dt>
            <dd>
              {betrokken === 0 ? (
                'Geen leerlingen op dit moment'
              ) : (
                <Link to="/leerlingen">{betrokken === 1 ? '1 leerling' : `${betrokken} leerlingen`}</Link>
              )}
            </dd>
          </>
        )}
        {deskundige && (
          <>
            <dt>Discipline</dt>
            <dd>{disciplineTekst(deskundige.discipline)}</dd>
            <dt>Registratie</dt>
            <dd>
              {deskundige.beroepsregister
                ? `${beroepsregisterTekst(deskundige.beroepsregister)}, nummer ${deskundige.registratienummer ?? ''}`
                : 'Geen beroepsregister'}
            </dd>
            <dt>Werkgever</dt>
            <dd>{deskundige.werkgever}</dd>
          </>
        )}
      </dl>
    </>
  );
}
