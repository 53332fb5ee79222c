import { useId, useState, type KeyboardEvent } from 'react';
import './LeerlingKeuze.css';
import { useLeerling, useLeerlingen, type Leerling } from '../api/leerlingen';
import { useSchoolNamen } from '../api/scholen';
import { leerlingNaam } from '../arrangementWeergave';
import { toonDatum } from '../datum';
import { alsLeerlingZoekvraag, MINSTE_TEKENS } from '../leerlingZoekvraag';
import { useVertraagd } from '../useVertraagd';
import { ProblemMessage } from './ProblemMessage';
import { Veld } from './Veld';

interface Props {
  leerlingId: string;
  onChange: (leerlingId: string) => void;
  fouten: readonly string[];
}

/** How many pupils the list shows: enough to choose from, few enough to read; typing more narrows it. */
const AANTAL = 10;

/**
 * Chooses the pupil with a search-as-you-type combobox (the ARIA 1.2 pattern with a listbox): the API searches by
 * a part of the name or a date of birth (14-03-2017) from two characters on, among the pupils the person may see.
 * Arrow keys move through the options, Enter chooses, Escape closes; the number found is announced politely.
 */
export function LeerlingKeuze({ leerlingId, onChange, fouten }: Props) {
  const id = useId();
  const lijstId = `${id}-lijst`;
  // The pupil chosen here is known already; one from the URL is fetched.
  const [gekozenHier, setGekozenHier] = useState<Leerling>();
  const opgehaald = useLeerling(leerlingId, leerlingId !== '' && gekozenHier?.id !== leerlingId);
  const gekozen = gekozenHier?.id === leerlingId ? gekozenHier : opgehaald.data;
  const schoolNaam = useSchoolNamen();
  const [tekst, setTekst] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [actief, setActief] = useState(-1);

  // Until the person types, the field shows the chosen pupil (also one from the URL).
  const getoond = tekst ?? (gekozen ? leerlingNaam(gekozen) : '');
  const zoekvraag = alsLeerlingZoekvraag(useVertraagd(tekst ?? ''));
  const zoeken = useLeerlingen({ pageSize: AANTAL, ...zoekvraag }, zoekvraag !== null);
  const opties = zoekvraag === null ? [] : (zoeken.data?.pages[0]?.leerlingen ?? []);
  const totaal = zoeken.data?.pages[0]?.totaal ?? 0;
  const uitgeklapt = open && zoekvraag !== null && !zoeken.isPending && opties.length > 0;
  const optieId = (index: number) => `${id}-optie-${index}`;

  const kies = (leerling: Leerling) => {
    setGekozenHier(leerling);
    onChange(leerling.id);
    setTekst(null);
    setOpen(false);
    setActief(-1);
  };

  const toets = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        if (opties.length > 0) setActief((huidig) => (huidig + 1) % opties.length);
        break;
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        if (opties.length > 0) setActief((huidig) => (huidig <= 0 ? opties.length - 1 : huidig - 1));
        break;
      case 'Enter': {
        const leerling = uitgeklapt ? opties[actief] : undefined;
        if (leerling) {
          // Choosing is not submitting the form.
          event.preventDefault();
          kies(leerling);
        }
        break;
      }
      case 'Escape':
        if (uitgeklapt) {
          event.preventDefault();
          setOpen(false);
          setActief(-1);
        }
        break;
    }
  };

  return (
    <fieldset className="groep">
      <legend>Leerling</legend>
      <Veld
        label="Leerling"
        hint={`Typ minstens ${MINSTE_TEKENS} tekens van de naam, of de geboortedatum als 14-03-2017, en kies met de pijltjestoetsen en Enter.`}
        fouten={fouten}
      >
        {(koppeling) => (
          <input
            {...koppeling}
            type="text"
            role="combobox"
            autoComplete="off"
            spellCheck={false}
            aria-autocomplete="list"
            aria-expanded={uitgeklapt}
            aria-controls={lijstId}
            aria-activedescendant={uitgeklapt && actief >= 0 ? optieId(actief) : undefined}
            aria-required="true"
            value={getoond}
            onChange={(event) => {
              setTekst(event.target.value);
              setOpen(true);
              setActief(-1);
            }}
            onKeyDown={toets}
            onBlur={() => setOpen(false)}
          />
        )}
      </Veld>
      <ul id={lijstId} role="listbox" aria-label="Gevonden leerlingen" className="keuzelijst" hidden={!uitgeklapt}>
        {opties.map((leerling, index) => (
          <li
            key={leerling.id}
            id={optieId(index)}
            role="option"
            aria-selected={index === actief}
            className={index === actief ? 'keuzelijst__optie keuzelijst__optie--actief' : 'keuzelijst__optie'}
            // mousedown, not click: it comes before the input's blur closes the list.
            onMouseDown={(event) => {
              event.preventDefault();
              kies(leerling);
            }}
          >
            <span className="keuzelijst__naam">{leerlingNaam(leerling)}</span>
            <span className="keuzelijst__details">
              {` geboren ${toonDatum(leerling.geboortedatum)}, ${schoolNaam(leerling.vestiging)}`}
            </span>
          </li>
        ))}
      </ul>
      <p role="status" aria-live="polite" className="veld__hint">
        {aankondiging(tekst, zoekvraag !== null, zoeken.isFetching, zoeken.isSuccess, opties.length, totaal)}
      </p>
      {gekozen && tekst === null && (
        <p className="veld__hint">
          Gekozen: {leerlingNaam(gekozen)}, geboren {toonDatum(gekozen.geboortedatum)}, {schoolNaam(gekozen.vestiging)}.
        </p>
      )}
      {zoeken.isError && <ProblemMessage summary="De leerlingen konden niet worden gezocht." error={zoeken.error} />}
    </fieldset>
  );
}

/** What the live region says: quiet until the person types, then how many were found. */
function aankondiging(tekst: string | null, zoekt: boolean, bezig: boolean, klaar: boolean, getoond: number, totaal: number): string {
  if (tekst === null || tekst.trim() === '') return '';
  if (!zoekt) return `Typ minstens ${MINSTE_TEKENS} tekens.`;
  if (bezig || !klaar) return 'Zoeken…';
  if (totaal === 0) return 'Geen leerlingen gevonden.';
  const gevonden = `${totaal} ${totaal === 1 ? 'leerling' : 'leerlingen'} gevonden`;
  return totaal > getoond ? `${gevonden}; de eerste ${getoond} staan in de lijst, typ verder om te verfijnen.` : `${gevonden}.`;
}
