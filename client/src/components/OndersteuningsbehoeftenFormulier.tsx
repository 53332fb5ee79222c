import { useId, useState, type FormEvent } from 'react';
import { useExpertiseNamen } from '../api/expertises';
import { useOndersteuningsbehoeftenVastleggen, type Leerling } from '../api/leerlingen';
import { verdeelFouten } from '../api/veldfouten';
import { alsIvoTeksten, alsIvoVelden } from '../ivoVelden';
import { FormulierKnoppen } from './FormulierKnoppen';
import { IvoInvoer, ivoFoutvelden } from './IvoInvoer';
import { Meerkeuze } from './Meerkeuze';
import { LeerlingWijzigingFout } from './LeerlingWijzigingFout';
import { Veld } from './Veld';
import { useFocusBijOpenen } from './useFocusBijOpenen';

type TekstVeld = 'bevorderendeFactoren' | 'belemmerendeFactoren' | 'visieLeerling' | 'visieOuders';

const TEKSTVELDEN: readonly { veld: TekstVeld; label: string }[] = [
  { veld: 'bevorderendeFactoren', label: 'Bevorderende factoren' },
  { veld: 'belemmerendeFactoren', label: 'Belemmerende factoren' },
  { veld: 'visieLeerling', label: 'Visie van de leerling' },
  { veld: 'visieOuders', label: 'Visie van de ouders' },
];

const leegAlsNull = (tekst: string) => (tekst.trim() === '' ? null : tekst.trim());

interface Props {
  leerling: Leerling;
  onKlaar: (melding: string) => void;
  onAnnuleer: () => void;
}

/** Replaces the ondersteuningsbehoeften (PUT), based on the versie shown. No diagnoses: they do not belong here. */
export function OndersteuningsbehoeftenFormulier({ leerling, onKlaar, onAnnuleer }: Props) {
  const titelId = useId();
  const titelRef = useFocusBijOpenen<HTMLHeadingElement>();
  const huidig = leerling.ondersteuningsbehoeften;
  const [teksten, setTeksten] = useState<Record<TekstVeld, string>>(() => ({
    bevorderendeFactoren: huidig.bevorderendeFactoren ?? '',
    belemmerendeFactoren: huidig.belemmerendeFactoren ?? '',
    visieLeerling: huidig.visieLeerling ?? '',
    visieOuders: huidig.visieOuders ?? '',
  }));
  const [onderwijsbehoeften, setOnderwijsbehoeften] = useState(() => alsIvoTeksten(huidig.onderwijsbehoeften));
  const [expertises, setExpertises] = useState<string[]>(() => [...(huidig.expertises ?? [])]);
  const { expertises: lijst, omschrijving } = useExpertiseNamen();
  // A code chosen earlier stays choosable, also when this year's list no longer has it.
  const expertiseOpties = [
    ...lijst.map((e) => ({ waarde: e.code, label: e.omschrijving })),
    ...expertises.filter((code) => !lijst.some((e) => e.code === code)).map((code) => ({ waarde: code, label: omschrijving(code) })),
  ];
  const wijziging = useOndersteuningsbehoeftenVastleggen(leerling);
  const fouten = verdeelFouten(wijziging.error, [
    ...TEKSTVELDEN.map(({ veld }) => veld),
    ...ivoFoutvelden('onderwijsbehoeften'),
    'expertises',
  ]);
  const opslaan = (event: FormEvent) => {
    event.preventDefault();
    wijziging.mutate(
      {
        bevorderendeFactoren: leegAlsNull(teksten.bevorderendeFactoren),
        belemmerendeFactoren: leegAlsNull(teksten.belemmerendeFactoren),
        onderwijsbehoeften: alsIvoVelden(onderwijsbehoeften),
        visieLeerling: leegAlsNull(teksten.visieLeerling),
        visieOuders: leegAlsNull(teksten.visieOuders),
        expertises,
      },
      { onSuccess: () => onKlaar('De ondersteuningsbehoeften zijn opgeslagen.') },
    );
  };

  return (
    <form className="formulier paneel" aria-labelledby={titelId} noValidate onSubmit={opslaan}>
      <h3 id={titelId} ref={titelRef} tabIndex={-1}>
        Ondersteuningsbehoeften wijzigen
      </h3>
      {wijziging.isError && <LeerlingWijzigingFout summary="De ondersteuningsbehoeften zijn niet opgeslagen." error={wijziging.error} fouten={fouten.overig} />}
      <p className="veld__hint">Beschrijf wat de leerling nodig heeft, geen diagnoses. Laat leeg wat (nog) niet bekend is.</p>
      {TEKSTVELDEN.map(({ veld, label }) => (
        <Veld key={veld} label={label} fouten={fouten.bij(veld)}>
          {(koppeling) => (
            <textarea
              {...koppeling}
              rows={2}
              value={teksten[veld]}
              onChange={(event) => setTeksten((vorige) => ({ ...vorige, [veld]: event.target.value }))}
            />
          )}
        </Veld>
      ))}
      <IvoInvoer
        legend="Onderwijsbehoeften"
        teksten={onderwijsbehoeften}
        onChange={setOnderwijsbehoeften}
        fouten={fouten}
        pad="onderwijsbehoeften"
      />
      <Meerkeuze
        legend="Expertise die de leerling nodig heeft"
        hint="Kies de expertises uit de landelijke lijst (hoogstens 10). Zo kan gezocht worden naar een aanbieder die past."
        gekozen={expertises}
        opties={expertiseOpties}
        fouten={fouten.bij('expertises')}
        onChange={setExpertises}
        lang
      />
      <FormulierKnoppen opslaan="Ondersteuningsbehoeften opslaan" bezig={wijziging.isPending} onAnnuleer={onAnnuleer} />
    </form>
  );
}
