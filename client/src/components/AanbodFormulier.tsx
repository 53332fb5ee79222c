import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { biedBegeleidingAan, useAanbiederWijziging, type NieuwAanbodVerzoek } from '../api/aanbieders';
import { verdeelFouten } from '../api/veldfouten';
import { codeLijst } from '../aanbiederWeergave';
import { huidigLeerjaar, leerjaarKeuzes, leerjaarVanaf } from '../leerjaar';
import { AanbiederProbleem } from './AanbiederProbleem';
import type { BeheerFormulierProps } from './ContactgegevensFormulier';
import { DatumVeld } from './DatumVeld';
import { Foutmelding, Veld } from './Veld';
import { useFocusBijOpenen } from './useFocusBijOpenen';
import { FormulierKnoppen } from './FormulierKnoppen';

interface Invoer {
  expertise: string;
  periode: 'leerjaar' | 'datums';
  leerjaar: string;
  begindatum: string;
  einddatum: string;
  samenwerkingsverbanden: string;
  postcodegebieden: string;
  capaciteit: string;
}

const VELDEN = [
  'expertise',
  'periode',
  'leerjaar',
  'begindatum',
  'einddatum',
  'werkgebied',
  'werkgebied/samenwerkingsverbanden',
  'werkgebied/postcodegebieden',
  'capaciteit',
];

const leegAlsNull = (tekst: string) => (tekst.trim() === '' ? null : tekst.trim());

function alsVerzoek(invoer: Invoer): NieuwAanbodVerzoek {
  const periode =
    invoer.periode === 'leerjaar'
      ? { leerjaar: leegAlsNull(invoer.leerjaar) }
      : { begindatum: leegAlsNull(invoer.begindatum), einddatum: leegAlsNull(invoer.einddatum) };
  return {
    expertise: leegAlsNull(invoer.expertise),
    ...periode,
    werkgebied: {
      samenwerkingsverbanden: codeLijst(invoer.samenwerkingsverbanden),
      postcodegebieden: codeLijst(invoer.postcodegebieden),
    },
    capaciteit: invoer.capaciteit.trim() === '' ? null : Number(invoer.capaciteit),
  };
}

interface Props extends BeheerFormulierProps {
  omschrijving: (expertise: string) => string;
}

/** Adds aanbod: one of the licensed expertises, for a leerjaar or between dates, in an area. */
export function AanbodFormulier({ aanbieder, omschrijving, onKlaar, onAnnuleer }: Props) {
  const titelId = useId();
  const suggestiesId = useId();
  const periodeNaam = useId();
  const titelRef = useFocusBijOpenen<HTMLHeadingElement>();
  const [invoer, setInvoer] = useState<Invoer>(() => ({
    expertise: aanbieder.erkenning.licenties.length === 1 ? (aanbieder.erkenning.licenties[0] ?? '') : '',
    periode: 'leerjaar',
    leerjaar: huidigLeerjaar(),
    begindatum: '',
    einddatum: '',
    samenwerkingsverbanden: '',
    postcodegebieden: '',
    capaciteit: '',
  }));
  const wijziging = useAanbiederWijziging(aanbieder, biedBegeleidingAan);
  const fouten = verdeelFouten(wijziging.error, VELDEN);
  const wijzig = (veld: keyof Invoer) => (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setInvoer((huidig) => ({ ...huidig, [veld]: event.target.value }));
  const opslaan = (event: FormEvent) => {
    event.preventDefault();
    wijziging.mutate(alsVerzoek(invoer), {
      onSuccess: () => onKlaar(`Het aanbod voor ${omschrijving(invoer.expertise)} is toegevoegd.`),
    });
  };
  const huidig = huidigLeerjaar();
  const suggesties = [...leerjaarKeuzes(huidig), leerjaarVanaf(Number(huidig.slice(0, 4)) + 2)];

  return (
    <form className="formulier paneel" aria-labelledby={titelId} noValidate onSubmit={opslaan}>
      <h3 id={titelId} ref={titelRef} tabIndex={-1}>
        Aanbod toevoegen
      </h3>
      {wijziging.isError && (
        <AanbiederProbleem summary="Het aanbod is niet toegevoegd." error={wijziging.error} overig={fouten.overig} />
      )}
      <Veld label="Expertise" hint="Alleen de expertises uit de licentie." fouten={fouten.bij('expertise')}>
        {(koppeling) => (
          <select {...koppeling} required value={invoer.expertise} onChange={wijzig('expertise')}>
            <option value="">Kies een expertise</option>
            {aanbieder.erkenning.licenties.map((code) => (
              <option key={code} value={code}>
                {omschrijving(code)}
              </option>
            ))}
          </select>
        )}
      </Veld>

      <fieldset className="groep groep--genest">
        <legend>Periode</legend>
        <Foutmelding fouten={fouten.bij('periode')} />
        <div className="keuzes">
          <label>
            <input
              type="radio"
              name={periodeNaam}
              value="leerjaar"
              checked={invoer.periode === 'leerjaar'}
              onChange={wijzig('periode')}
            />
            Een heel leerjaar
          </label>
          <label>
            <input
              type="radio"
              name={periodeNaam}
              value="datums"
              checked={invoer.periode === 'datums'}
              onChange={wijzig('periode')}
            />
            Van een begindatum tot een einddatum
          </label>
        </div>
        {invoer.periode === 'leerjaar' ? (
          <Veld label="Leerjaar" hint="Zoals 2026-2027: van 1 augustus tot en met 31 juli." fouten={fouten.bij('leerjaar')}>
            {(koppeling) => (
              <>
                <input
                  {...koppeling}
                  type="text"
                  list={suggestiesId}
                  autoComplete="off"
                  required
                  value={invoer.leerjaar}
                  onChange={wijzig('leerjaar')}
                />
                <datalist id={suggestiesId}>
                  {suggesties.map((leerjaar) => (
                    <option key={leerjaar} value={leerjaar} />
                  ))}
                </datalist>
              </>
            )}
          </Veld>
        ) : (
          <>
            <DatumVeld
              label="Begindatum"
              fouten={fouten.bij('begindatum')}
              required
              value={invoer.begindatum}
              onChange={(begindatum) => setInvoer((huidig) => ({ ...huidig, begindatum }))}
            />
            <DatumVeld
              label="Einddatum (niet verplicht)"
              hint="De laatste dag van het aanbod; leeg als het doorloopt."
              fouten={fouten.bij('einddatum')}
              value={invoer.einddatum}
              onChange={(einddatum) => setInvoer((huidig) => ({ ...huidig, einddatum }))}
            />
          </>
        )}
      </fieldset>

      <fieldset className="groep groep--genest">
        <legend>Werkgebied</legend>
        <p className="veld__hint">Laat beide velden leeg voor landelijk aanbod.</p>
        <Foutmelding fouten={fouten.bij('werkgebied')} />
        <Veld
          label="Samenwerkingsverbanden"
          hint="Codes gescheiden door komma's, zoals PO2705, VO2701."
          fouten={fouten.bij('werkgebied/samenwerkingsverbanden')}
        >
          {(koppeling) => (
            <input
              {...koppeling}
              type="text"
              autoComplete="off"
              value={invoer.samenwerkingsverbanden}
              onChange={wijzig('samenwerkingsverbanden')}
            />
          )}
        </Veld>
        <Veld
          label="Postcodegebieden"
          hint="Vier cijfers, gescheiden door komma's, zoals 3811, 3812."
          fouten={fouten.bij('werkgebied/postcodegebieden')}
        >
          {(koppeling) => (
            <input
              {...koppeling}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              value={invoer.postcodegebieden}
              onChange={wijzig('postcodegebieden')}
            />
          )}
        </Veld>
      </fieldset>

      <Veld
        label="Capaciteit (niet verplicht)"
        hint="Hoeveel leerlingen tegelijk; leeg is onbeperkt."
        fouten={fouten.bij('capaciteit')}
      >
        {(koppeling) => (
          <input {...koppeling} type="number" min={0} step={1} value={invoer.capaciteit} onChange={wijzig('capaciteit')} />
        )}
      </Veld>

      <FormulierKnoppen opslaan="Aanbod toevoegen" bezig={wijziging.isPending} onAnnuleer={onAnnuleer} />
    </form>
  );
}
