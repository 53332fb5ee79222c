import { useState, type FormEvent } from 'react';
import { useBeleidsinstellingenVoorBeheer, useLegBeleidVast, type Beleidsinstellingen } from '../api/beleid';
import { verdeelFouten } from '../api/veldfouten';
import { beheertSamenwerkingsverband } from '../auth/rollen';
import { useGebruiker } from '../auth/useGebruiker';
import { alsArrangementinhoud, alsInhoudkeuzes, ArrangementinhoudInvoer } from '../components/ArrangementinhoudInvoer';
import { ProblemMessage } from '../components/ProblemMessage';
import { Veld } from '../components/Veld';
import { IVO_VELDEN } from '../ivoVelden';
import { usePageTitle } from '../usePageTitle';

/**
 * /beleidsinstellingen: the beheerder sets the figures' policy: the drempel for small counts and the target
 * deelnamepercentage of the ondersteuningsplan, and what each soort arrangement brings (for 'Wat past?'). A change is a new version from today; every other setting carries over.
 */
export function BeleidsinstellingenPage() {
  usePageTitle('Beleidsinstellingen');
  const toegestaan = beheertSamenwerkingsverband(useGebruiker().rollen);
  const instellingen = useBeleidsinstellingenVoorBeheer(toegestaan);
  // Kept here: a saved version is a new version, and the form below starts afresh from it (its key).
  const [melding, setMelding] = useState<string>();
  if (!toegestaan) {
    return (
      <>
        <h1>Beleidsinstellingen</h1>
        <p className="problem" role="alert">
          Alleen de beheerder van het samenwerkingsverband legt de beleidsinstellingen vast.
        </p>
      </>
    );
  }

  return (
    <>
      <h1>Beleidsinstellingen</h1>
      {instellingen.isError && <ProblemMessage summary="De beleidsinstellingen konden niet worden geladen." error={instellingen.error} />}
      {instellingen.data && <Formulier key={instellingen.data.versie} instellingen={instellingen.data} melding={melding} setMelding={setMelding} />}
    </>
  );
}

function Formulier({
  instellingen,
  melding,
  setMelding,
}: {
  instellingen: Beleidsinstellingen;
  melding: string | undefined;
  setMelding: (melding: string | undefined) => void;
}) {
  const w = instellingen.waarden;
  const legVast = useLegBeleidVast();
  const [naam, setNaam] = useState(w.naam ?? '');
  const [drempel, setDrempel] = useState(String(w.kleineAantallenDrempel));
  const [streef, setStreef] = useState(w.streefDeelnamepercentage === undefined || w.streefDeelnamepercentage === null ? '' : String(w.streefDeelnamepercentage).replace('.', ','));
  const [inhoud, setInhoud] = useState(() => alsInhoudkeuzes(w.arrangementinhoud));
  const verstuurd = alsArrangementinhoud(inhoud);
  const fouten = verdeelFouten(legVast.error, [
    'naam',
    'kleineAantallenDrempel',
    'streefDeelnamepercentage',
    'arrangementinhoud',
    ...verstuurd.flatMap((_, i) => IVO_VELDEN.map(({ veld }) => `arrangementinhoud/${i}/niveaus/${veld}`)),
  ]);

  async function verstuur(e: FormEvent) {
    e.preventDefault();
    setMelding(undefined);
    const streefGetal = streef.trim() === '' ? undefined : Number(streef.trim().replace(',', '.'));
    await legVast.mutateAsync({
      versie: instellingen.versie,
      verzoek: {
        ingangsdatum: instellingen.op,
        behandeltermijnWeken: w.behandeltermijnWeken,
        evaluatietermijnMaanden: w.evaluatietermijnMaanden,
        tlvduur: w.tlvduur,
        herindicatiesignaalWeken: w.herindicatiesignaalWeken,
        kleineAantallenDrempel: Number(drempel),
        naam,
        ...(w.adres ? { adres: w.adres } : {}),
        procedureEnCriteria: w.procedureEnCriteria ?? null,
        streefDeelnamepercentage: streefGetal ?? null,
        arrangementinhoud: verstuurd,
      },
    });
    setMelding('De beleidsinstellingen zijn vastgelegd. Ze gelden vanaf vandaag.');
  }

  return (
    <form className="formulier" aria-label="Beleidsinstellingen" onSubmit={(e) => void verstuur(e).catch(() => undefined)} noValidate>
      <Veld label="Naam van het samenwerkingsverband" hint="Zoals die op brieven en documenten staat." fouten={fouten.bij('naam')}>
        {(koppeling) => <input {...koppeling} value={naam} onChange={(e) => setNaam(e.target.value)} />}
      </Veld>
      <Veld
        label="Drempel voor kleine aantallen"
        hint="Aantallen leerlingen onder deze drempel staan niet in cijfers voor buiten het bureau, want ze kunnen naar één kind wijzen. Van 2 tot en met 20; meestal 5."
        fouten={fouten.bij('kleineAantallenDrempel')}
      >
        {(koppeling) => <input {...koppeling} inputMode="numeric" value={drempel} onChange={(e) => setDrempel(e.target.value)} />}
      </Veld>
      <Veld
        label="Streefpercentage deelname regulier onderwijs"
        hint="Uit het ondersteuningsplan: hoeveel procent van de leerlingen naar een gewone school gaat, bijvoorbeeld 96,5. Leeg: geen streefpercentage."
        fouten={fouten.bij('streefDeelnamepercentage')}
      >
        {(koppeling) => <input {...koppeling} inputMode="decimal" value={streef} onChange={(e) => setStreef(e.target.value)} />}
      </Veld>
      <ArrangementinhoudInvoer waarde={inhoud} onChange={setInhoud} fouten={fouten} />
      {legVast.isError && <ProblemMessage summary="De beleidsinstellingen zijn niet vastgelegd." error={legVast.error} />}
      {melding && <p role="status">{melding}</p>}
      <button type="submit" disabled={legVast.isPending}>
        Vastleggen
      </button>
    </form>
  );
}
