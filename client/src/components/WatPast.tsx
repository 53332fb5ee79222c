import { Alert } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { usePassendeSettingen, type PassendeSetting, type PassendeSettingen } from '../api/passendeSettingen';
import { soortNaam } from '../arrangementLabels';
import { settingsoortNaam } from '../matchingWeergave';
import { ProblemMessage } from './ProblemMessage';

interface Props {
  leerlingId: string;
  /** What the person can do with a setting where the panel stands: links on the pupil page, buttons in a request form. */
  acties: (setting: PassendeSetting) => ReactNode;
}

/**
 * "Wat past?": the settings that could fit the pupil, lightest first, each with its explanation per IVO field and what
 * is missing. Advice only: the panel says so, asks only when the person chooses to (each answer is a read of the pupil
 * in the audit log) and changes nothing; from a setting the person can open the aanbieder or start a request.
 */
export function WatPast({ leerlingId, acties }: Props) {
  const [gevraagd, setGevraagd] = useState(false);
  const settingen = usePassendeSettingen(leerlingId, gevraagd);
  // The button goes once pressed: focus moves to where the answer comes, so keyboard and screen-reader users are not
  // left at the top of the page.
  const antwoord = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (gevraagd) antwoord.current?.focus();
  }, [gevraagd]);

  return (
    <section aria-labelledby="wat-past" className="sectie">
      <h2 id="wat-past">Wat past?</h2>
      <p>
        Vergelijk de onderwijsbehoeften van de leerling met wat de eigen school, arrangementen, begeleiders en andere scholen
        bieden. De lichtste setting die voldoet, staat bovenaan.
      </p>
      {!gevraagd ? (
        <button type="button" className="button button--secundair" onClick={() => setGevraagd(true)}>
          Bekijk wat past
        </button>
      ) : (
        <div ref={antwoord} tabIndex={-1}>
          <p role="status">{settingen.isPending ? 'Zoeken…' : settingen.isSuccess ? gevonden(settingen.data.settingen.length) : ''}</p>
          {settingen.isError && <ProblemMessage summary="Er kon niet worden gezocht naar wat past." error={settingen.error} />}
          {settingen.isSuccess && <Antwoord settingen={settingen.data} acties={acties} />}
        </div>
      )}
    </section>
  );
}

const gevonden = (aantal: number) =>
  aantal === 0 ? 'Er is geen setting gevonden die de onderwijsbehoeften dekt.' : aantal === 1 ? 'Er is 1 setting gevonden.' : `Er zijn ${aantal} settingen gevonden, de lichtste eerst.`;

function Antwoord({ settingen, acties }: { settingen: PassendeSettingen; acties: Props['acties'] }) {
  return (
    <>
      <Alert type="info">
        <p>{settingen.advies}</p>
      </Alert>
      {settingen.opmerkingen.length > 0 && (
        <ul>
          {settingen.opmerkingen.map((opmerking) => (
            <li key={opmerking}>{opmerking}</li>
          ))}
        </ul>
      )}
      {settingen.settingen.length > 0 && (
        <ol className="settingen">
          {settingen.settingen.map((setting) => (
            <Setting key={`${setting.rang}`} setting={setting} acties={acties(setting)} />
          ))}
        </ol>
      )}
    </>
  );
}

function Setting({ setting, acties }: { setting: PassendeSetting; acties: ReactNode }) {
  const kop = `setting-${setting.rang}`;
  return (
    <li aria-labelledby={kop}>
      <h3 id={kop}>
        {settingsoortNaam(setting.soort)}: {setting.school.naam}
      </h3>
      <p>{setting.samenvatting}</p>
      {setting.arrangementen.length > 0 && <p>Arrangement: {setting.arrangementen.map(soortNaam).join(', ')}.</p>}
      {setting.begeleiding && (
        <p>
          Ambulante begeleiding door <Link to={`/aanbieders/${setting.begeleiding.aanbieder}`}>{setting.begeleiding.naam}</Link> (
          {setting.begeleiding.aanbieder})
          {setting.begeleiding.capaciteit !== null && setting.begeleiding.capaciteit !== undefined
            ? `, capaciteit ${setting.begeleiding.capaciteit} leerlingen`
            : ''}
          .
        </p>
      )}
      {setting.tlvNodig && <p>Voor deze school is een toelaatbaarheidsverklaring (TLV) nodig.</p>}
      {setting.ontbreekt.length > 0 && (
        <>
          <p>Wat ontbreekt:</p>
          <ul>
            {setting.ontbreekt.map((tekst) => (
              <li key={tekst}>{tekst}</li>
            ))}
          </ul>
        </>
      )}
      <details>
        <summary>Uitleg per veld</summary>
        <ul>
          {setting.velden.map((veld) => (
            <li key={veld.veld}>{veld.toelichting}</li>
          ))}
        </ul>
      </details>
      {acties}
    </li>
  );
}
