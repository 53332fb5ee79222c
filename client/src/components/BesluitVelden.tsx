import { useBeleidsinstellingen } from '../api/beleid';
import type { Veldfouten } from '../api/veldfouten';
import { datumTekst } from '../aanbiederWeergave';
import { gebruikelijkeEinddatum, gebruikelijkeJaren, type BesluitInvoer } from '../tlvInvoer';
import { DatumVeld } from './DatumVeld';
import { Keuzegroep } from './Keuzegroep';
import { SoortCategorieVelden } from './SoortCategorieVelden';
import { Veld } from './Veld';

interface Props {
  invoer: BesluitInvoer;
  onChange: (wijziging: Partial<BesluitInvoer>) => void;
  fouten: Veldfouten;
  /** Where the fields sit in the request body ("" or "wijziging/"), for the API's error pointers. */
  pad?: string;
}

/** The API's error paths of these fields under `pad`, for verdeelFouten. */
export function besluitFoutvelden(pad = ''): string[] {
  return [
    'toelaatbaar',
    'soort',
    'categorie',
    'ingangsdatum',
    'einddatum',
    'redenAfwijkendeDuur',
    'beschikkingsnummer',
    'besluitdatum',
    'motivering',
    'afwijkingVanAdvies',
  ].map((veld) => `${pad}${veld}`);
}

/**
 * The fields of a decision on a TLV: also the changed decision of a beslissing op bezwaar. Soort, categorie and the
 * period only for a positive decision; the einddatum explains the samenwerkingsverband's usual duration.
 */
export function BesluitVelden({ invoer, onChange, fouten, pad = '' }: Props) {
  const beleid = useBeleidsinstellingen();
  const jaren = beleid.data ? gebruikelijkeJaren(invoer.soort, beleid.data.tlvduur) : undefined;
  const gebruikelijk = jaren === undefined ? undefined : gebruikelijkeEinddatum(invoer.ingangsdatum, jaren);
  const duurHint =
    jaren === undefined
      ? 'Laat leeg voor de gebruikelijke duur van het samenwerkingsverband voor deze soort.'
      : `Laat leeg voor de gebruikelijke duur van het samenwerkingsverband: ${jaren} ${jaren === 1 ? 'schooljaar' : 'schooljaren'}${gebruikelijk === undefined ? '' : `, tot en met ${datumTekst(gebruikelijk)}`}. Een andere einddatum vraagt een reden.`;
  return (
    <>
      <Keuzegroep
        legend="Is de leerling toelaatbaar?"
        waarde={invoer.toelaatbaar}
        opties={[
          { waarde: 'ja', label: 'Ja, toelaatbaar' },
          { waarde: 'nee', label: 'Nee, niet toelaatbaar' },
        ]}
        fouten={fouten.bij(`${pad}toelaatbaar`)}
        onChange={(toelaatbaar) => onChange({ toelaatbaar: toelaatbaar === 'ja' ? 'ja' : 'nee' })}
      />
      {invoer.toelaatbaar !== 'nee' && (
        <>
          <SoortCategorieVelden soort={invoer.soort} categorie={invoer.categorie} onChange={onChange} fouten={fouten} pad={pad} />
          <DatumVeld
            label="Ingangsdatum"
            fouten={fouten.bij(`${pad}ingangsdatum`)}
            required
            value={invoer.ingangsdatum}
            onChange={(ingangsdatum) => onChange({ ingangsdatum })}
          />
          <DatumVeld
            label="Einddatum (niet verplicht)"
            hint={duurHint}
            fouten={fouten.bij(`${pad}einddatum`)}
            value={invoer.einddatum}
            onChange={(einddatum) => onChange({ einddatum })}
          />
          <Veld label="Reden van de afwijkende duur (niet verplicht)" hint="Alleen bij een andere einddatum." fouten={fouten.bij(`${pad}redenAfwijkendeDuur`)}>
            {(koppeling) => (
              <textarea {...koppeling} rows={2} value={invoer.redenAfwijkendeDuur} onChange={(event) => onChange({ redenAfwijkendeDuur: event.target.value })} />
            )}
          </Veld>
        </>
      )}
      <Veld label="Beschikkingsnummer" hint="Uniek binnen het samenwerkingsverband." fouten={fouten.bij(`${pad}beschikkingsnummer`)}>
        {(koppeling) => (
          <input
            {...koppeling}
            type="text"
            autoComplete="off"
            required
            value={invoer.beschikkingsnummer}
            onChange={(event) => onChange({ beschikkingsnummer: event.target.value })}
          />
        )}
      </Veld>
      <DatumVeld
        label="Besluitdatum"
        fouten={fouten.bij(`${pad}besluitdatum`)}
        required
        value={invoer.besluitdatum}
        onChange={(besluitdatum) => onChange({ besluitdatum })}
      />
      <Veld label="Motivering" fouten={fouten.bij(`${pad}motivering`)}>
        {(koppeling) => (
          <textarea {...koppeling} rows={4} required value={invoer.motivering} onChange={(event) => onChange({ motivering: event.target.value })} />
        )}
      </Veld>
      <Veld
        label="Afwijking van het advies (niet verplicht)"
        hint="Wijkt het besluit af van een deskundigenadvies? Zeg dan waarom."
        fouten={fouten.bij(`${pad}afwijkingVanAdvies`)}
      >
        {(koppeling) => (
          <textarea {...koppeling} rows={3} value={invoer.afwijkingVanAdvies} onChange={(event) => onChange({ afwijkingVanAdvies: event.target.value })} />
        )}
      </Veld>
    </>
  );
}
