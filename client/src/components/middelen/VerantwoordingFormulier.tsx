import { useState, type FormEvent } from 'react';
import { useStartVerantwoording, useWerkVerantwoordingBij, type Middelentoekenning, type Verantwoording } from '../../api/middelen';
import { geenVeldfouten, verdeelFouten } from '../../api/veldfouten';
import { useGebruiker } from '../../auth/useGebruiker';
import { schoolKeuzes } from '../../middelenWeergave';
import {
  LEERLINGREGELVELDEN,
  LEGE_REGEL,
  MAXIMUM_REGELS,
  REGELVELDEN,
  alsVerantwoordingVerzoek,
  leerlingregelsVan,
  regelsVan,
  type Leerlingregelinvoer,
  type Regelinvoer,
} from '../../verantwoordingInvoer';
import { ProblemMessage } from '../ProblemMessage';
import { Foutmelding } from '../Veld';
import { useFocusBijOpenen } from '../useFocusBijOpenen';
import { LeerlingregelsInvoer } from './LeerlingregelsInvoer';
import { SchoolregelVelden } from './SchoolregelVelden';

interface Props {
  titel: string;
  toekenning?: Middelentoekenning;
  verantwoording?: Verantwoording;
  onKlaar: (melding?: string, id?: string) => void;
}

/**
 * Starts a verantwoording (with `toekenning`) or replaces the lines of a concept (with `verantwoording`): the lines at
 * school and group level and those at pupil level. Any line may go as long as one remains.
 */
export function VerantwoordingFormulier({ titel, toekenning, verantwoording, onKlaar }: Props) {
  const gebruiker = useGebruiker();
  const starten = useStartVerantwoording(toekenning?.id ?? verantwoording?.toekenningId ?? '');
  const bijwerken = useWerkVerantwoordingBij(verantwoording ?? ({ id: '', versie: 0 } as Verantwoording));
  const actie = verantwoording ? bijwerken : starten;
  const [regels, setRegels] = useState<Regelinvoer[]>(() => regelsVan(verantwoording));
  const [leerlingregels, setLeerlingregels] = useState<Leerlingregelinvoer[]>(() => leerlingregelsVan(verantwoording));
  const velden = [
    ...regels.flatMap((_, i) => REGELVELDEN.map((v) => `regels/${i}/${v}`)),
    ...leerlingregels.flatMap((_, i) => LEERLINGREGELVELDEN.map((v) => `leerlingregels/${i}/${v}`)),
    'regels',
    'leerlingregels',
  ];
  const fouten = actie.isError ? verdeelFouten(actie.error, velden) : geenVeldfouten;
  const kop = useFocusBijOpenen<HTMLHeadingElement>();
  const scholen = schoolKeuzes(gebruiker.scholen, verantwoording?.regels ?? []);
  const aantal = regels.length + leerlingregels.length;
  const magToevoegen = aantal < MAXIMUM_REGELS;

  const wijzig = (index: number, veld: keyof Regelinvoer, waarde: string) =>
    setRegels((huidig) => huidig.map((r, i) => (i === index ? { ...r, [veld]: waarde } : r)));

  function verstuur(event: FormEvent) {
    event.preventDefault();
    actie.mutate(alsVerantwoordingVerzoek(regels, leerlingregels), {
      onSuccess: (v) => onKlaar(`De verantwoording van ${v.schoolbestuurNaam} over ${v.jaar} is opgeslagen.`, v.id),
    });
  }

  return (
    <form aria-label={titel} className="formulier" onSubmit={verstuur} noValidate>
      <h3 ref={kop} tabIndex={-1}>
        {titel}
      </h3>
      {actie.isError && <ProblemMessage summary="De verantwoording is niet opgeslagen." error={actie.error} fouten={fouten.overig} />}
      <h4>Op school- en groepsniveau</h4>
      <p>
        Schrijf per school of groep het doel, de interventies, het bestede bedrag en de resultaten. De resultaten zijn verplicht
        voordat u indient.
      </p>
      <Foutmelding fouten={fouten.bij('regels')} />
      {regels.map((regel, i) => (
        <SchoolregelVelden
          key={i}
          index={i}
          regel={regel}
          scholen={scholen}
          fouten={fouten}
          onWijzig={(veld, waarde) => wijzig(i, veld, waarde)}
          onVerwijder={aantal > 1 ? () => setRegels((huidig) => huidig.filter((_, j) => j !== i)) : undefined}
        />
      ))}
      {magToevoegen && (
        <p>
          <button type="button" className="button button--secundair" onClick={() => setRegels((huidig) => [...huidig, { ...LEGE_REGEL }])}>
            Regel toevoegen
          </button>
        </p>
      )}
      <LeerlingregelsInvoer
        regels={leerlingregels}
        setRegels={setLeerlingregels}
        bestaande={verantwoording?.leerlingregels ?? []}
        fouten={fouten}
        magToevoegen={magToevoegen}
        magVerwijderen={aantal > 1}
      />
      {!magToevoegen && <p>Een verantwoording heeft hoogstens {MAXIMUM_REGELS} regels, op school-, groeps- en leerlingniveau samen.</p>}
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
