import { useId, useState, type FormEvent } from 'react';
import { useWijzigFuncties, type Functie, type Gebruiker } from '../api/gebruikers';
import { geenVeldfouten, verdeelFouten } from '../api/veldfouten';
import { functieNamen } from '../beheerWeergave';
import { FunctiesKeuze } from './FunctiesKeuze';
import { ProblemMessage } from './ProblemMessage';
import { useFocusBijOpenen } from './useFocusBijOpenen';

/** What changed, and that the new functies count only once the person signed in again. */
export function functiesGewijzigd({ naam, functies }: Gebruiker): string {
  const nu = functies.length === 0 ? `${naam} heeft nu geen functies meer.` : `${naam} is nu ${functieNamen(functies)}.`;
  return `${nu} ${naam} moet opnieuw inloggen.`;
}

interface FunctiesWijzigenProps {
  gebruiker: Gebruiker;
  onKlaar: (gewijzigd: Gebruiker) => void;
  onAnnuleer: () => void;
}

/** The whole set of functies of one medewerker, sent at once; the API then signs that person out everywhere. */
export function FunctiesWijzigen({ gebruiker, onKlaar, onAnnuleer }: FunctiesWijzigenProps) {
  const wijzig = useWijzigFuncties();
  const [functies, setFuncties] = useState<Functie[]>(gebruiker.functies);
  const kop = useFocusBijOpenen<HTMLHeadingElement>();
  const kopId = useId();
  const fouten = wijzig.isError ? verdeelFouten(wijzig.error, ['functies']) : geenVeldfouten;

  function verstuur(event: FormEvent) {
    event.preventDefault();
    wijzig.mutate({ id: gebruiker.id, functies }, { onSuccess: onKlaar });
  }

  return (
    <form className="paneel formulier" aria-labelledby={kopId} onSubmit={verstuur} noValidate>
      <h3 id={kopId} tabIndex={-1} ref={kop}>
        Functies wijzigen voor {gebruiker.naam}
      </h3>
      <p>
        Kies welke functies {gebruiker.naam} heeft. Haalt u een vinkje weg, dan heeft {gebruiker.naam} die functie niet meer.
      </p>
      <p>
        Let op: na het opslaan wordt {gebruiker.naam} overal uitgelogd. {gebruiker.naam} moet daarna opnieuw inloggen. Pas
        dan gelden de nieuwe functies.
      </p>
      {wijzig.isError && <ProblemMessage summary="De functies zijn niet gewijzigd." error={wijzig.error} fouten={fouten.overig} />}
      <FunctiesKeuze legend="Functies" gekozen={functies} fouten={fouten.bij('functies')} onChange={setFuncties} />
      <div className="knoppen">
        <button type="submit" className="button" disabled={wijzig.isPending}>
          Functies opslaan
        </button>
        <button type="button" className="button button--secundair" onClick={onAnnuleer}>
          Annuleren
        </button>
      </div>
    </form>
  );
}
