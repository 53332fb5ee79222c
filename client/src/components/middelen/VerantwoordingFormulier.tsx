import { useState, type FormEvent } from 'react';
import { useStartVerantwoording, useWerkVerantwoordingBij, type Middelentoekenning, type Verantwoording } from '../../api/middelen';
import { geenVeldfouten, verdeelFouten } from '../../api/veldfouten';
import { useGebruiker } from '../../auth/useGebruiker';
import { schoolKeuzes } from '../../middelenWeergave';
import { LEGE_REGEL, REGELVELDEN, alsVerantwoordingVerzoek, regelsVan, type Regelinvoer } from '../../verantwoordingInvoer';
import { ProblemMessage } from '../ProblemMessage';
import { useFocusBijOpenen } from '../useFocusBijOpenen';
import { SchoolregelVelden } from './SchoolregelVelden';

interface Props {
  titel: string;
  toekenning?: Middelentoekenning;
  verantwoording?: Verantwoording;
  onKlaar: (melding?: string, id?: string) => void;
}

/** Starts a verantwoording (with `toekenning`) or replaces the lines of a concept (with `verantwoording`). */
export function VerantwoordingFormulier({ titel, toekenning, verantwoording, onKlaar }: Props) {
  const gebruiker = useGebruiker();
  const starten = useStartVerantwoording(toekenning?.id ?? verantwoording?.toekenningId ?? '');
  const bijwerken = useWerkVerantwoordingBij(verantwoording ?? ({ id: '', versie: 0 } as Verantwoording));
  const actie = verantwoording ? bijwerken : starten;
  const [regels, setRegels] = useState<Regelinvoer[]>(() => regelsVan(verantwoording));
  const velden = [...regels.flatMap((_, i) => REGELVELDEN.map((v) => `regels/${i}/${v}`)), 'regels', 'leerlingregels'];
  const fouten = actie.isError ? verdeelFouten(actie.error, velden) : geenVeldfouten;
  const kop = useFocusBijOpenen<HTMLHeadingElement>();
  const scholen = schoolKeuzes(gebruiker.scholen, verantwoording?.regels ?? []);

  const wijzig = (index: number, veld: keyof Regelinvoer, waarde: string) =>
    setRegels((huidig) => huidig.map((r, i) => (i === index ? { ...r, [veld]: waarde } : r)));

  function verstuur(event: FormEvent) {
    event.preventDefault();
    actie.mutate(alsVerantwoordingVerzoek(regels, verantwoording), {
      onSuccess: (v) => onKlaar(`De verantwoording van ${v.schoolbestuurNaam} over ${v.jaar} is opgeslagen.`, v.id),
    });
  }

  return (
    <form aria-label={titel} className="formulier" onSubmit={verstuur} noValidate>
      <h3 ref={kop} tabIndex={-1}>
        {titel}
      </h3>
      <p>
        Schrijf per school of groep het doel, de interventies, het bestede bedrag en de resultaten. De resultaten zijn verplicht
        voordat u indient.
      </p>
      {actie.isError && <ProblemMessage summary="De verantwoording is niet opgeslagen." error={actie.error} fouten={fouten.overig} />}
      {regels.map((regel, i) => (
        <SchoolregelVelden
          key={i}
          index={i}
          regel={regel}
          scholen={scholen}
          fouten={fouten}
          onWijzig={(veld, waarde) => wijzig(i, veld, waarde)}
          onVerwijder={regels.length > 1 ? () => setRegels((huidig) => huidig.filter((_, j) => j !== i)) : undefined}
        />
      ))}
      <p>
        <button type="button" className="button button--secundair" onClick={() => setRegels((huidig) => [...huidig, { ...LEGE_REGEL }])}>
          Regel toevoegen
        </button>
      </p>
      <div className="knoppen">
        <button type="submit" className="button" disabled={actie.isPending}>
          Verantwoording opslaan
        </button>
        <button type="button" className="button button--secundair" onClick={() => onKlaar()}>
          Annuleren
        </button>
      </div>
    </form>
  );
}
