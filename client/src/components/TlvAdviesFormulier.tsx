import { useState } from 'react';
import { isVersieVerouderd } from '../api/antwoord';
import { brengAdviesUit, type Tlv } from '../api/toelaatbaarheidsverklaringen';
import { verdeelFouten } from '../api/veldfouten';
import { vandaagIso } from '../aanbiederWeergave';
import type { StapFormulierProps } from '../stapDefinitie';
import { alsAdviesVerzoek, type AdviesInvoer } from '../tlvInvoer';
import { tlvStapNaam } from '../tlvLabels';
import { DatumVeld } from './DatumVeld';
import { Keuzegroep } from './Keuzegroep';
import { SoortCategorieVelden } from './SoortCategorieVelden';
import { StapKader } from './StapKader';
import { Foutmelding, Veld } from './Veld';

const VELDEN = [
  'toelaatbaar',
  'soort',
  'categorie',
  'einddatum',
  'motiveringOnderwijsbehoeften',
  'motiveringRegulier',
  'motiveringBeoogdeSchool',
  'datum',
  'onafhankelijkheidVerklaard',
];

const MOTIVERINGEN = [
  { veld: 'motiveringOnderwijsbehoeften', label: 'Motivering: de onderwijsbehoeften van de leerling' },
  { veld: 'motiveringRegulier', label: 'Motivering: wat het reguliere onderwijs kan bieden' },
  { veld: 'motiveringBeoogdeSchool', label: 'Motivering: waarom de beoogde school past' },
] as const;

/** The deskundige's own advice, under their own account, once; with the declaration of independence. */
export function TlvAdviesFormulier({ zaak: tlv, behandeling, onKlaar, onAnnuleer, onVerouderd }: StapFormulierProps<Tlv>) {
  const [invoer, setInvoer] = useState<AdviesInvoer>(() => ({
    toelaatbaar: '',
    soort: tlv.soort,
    categorie: tlv.categorie,
    einddatum: '',
    motiveringOnderwijsbehoeften: '',
    motiveringRegulier: '',
    motiveringBeoogdeSchool: '',
    datum: vandaagIso(),
    onafhankelijk: false,
  }));
  const wijzig = (wijziging: Partial<AdviesInvoer>) => setInvoer((huidig) => ({ ...huidig, ...wijziging }));
  const mutatie = behandeling.useStap(tlv, brengAdviesUit);
  const fouten = verdeelFouten(mutatie.error, VELDEN);
  const verstuur = () =>
    mutatie.mutate(alsAdviesVerzoek(invoer), {
      onSuccess: (nieuw) => onKlaar('Uw advies is uitgebracht.', nieuw),
      onError: (error) => {
        if (isVersieVerouderd(error)) onVerouderd();
      },
    });

  return (
    <StapKader
      titel={tlvStapNaam('advies')}
      mislukt="Uw advies is niet uitgebracht."
      knop="Advies uitbrengen"
      mutatie={mutatie}
      gewijzigd={behandeling.gewijzigd}
      overig={fouten.overig}
      onVerstuur={verstuur}
      onAnnuleer={onAnnuleer}
    >
      <p>Uw advies gaat naar de commissie van het samenwerkingsverband. U kunt het één keer uitbrengen.</p>
      <Keuzegroep
        legend="Is de leerling toelaatbaar?"
        waarde={invoer.toelaatbaar}
        opties={[
          { waarde: 'ja', label: 'Ja, toelaatbaar' },
          { waarde: 'nee', label: 'Nee, niet toelaatbaar' },
        ]}
        fouten={fouten.bij('toelaatbaar')}
        onChange={(toelaatbaar) => wijzig({ toelaatbaar: toelaatbaar === 'ja' ? 'ja' : 'nee' })}
      />
      {invoer.toelaatbaar !== 'nee' && (
        <>
          <SoortCategorieVelden soort={invoer.soort} categorie={invoer.categorie} onChange={wijzig} fouten={fouten} />
          <DatumVeld
            label="Geadviseerde einddatum (niet verplicht)"
            fouten={fouten.bij('einddatum')}
            value={invoer.einddatum}
            onChange={(einddatum) => wijzig({ einddatum })}
          />
        </>
      )}
      {MOTIVERINGEN.map(({ veld, label }) => (
        <Veld key={veld} label={label} fouten={fouten.bij(veld)}>
          {(koppeling) => (
            <textarea {...koppeling} rows={3} required value={invoer[veld]} onChange={(event) => wijzig({ [veld]: event.target.value })} />
          )}
        </Veld>
      ))}
      <DatumVeld label="Datum van het advies" fouten={fouten.bij('datum')} required value={invoer.datum} onChange={(datum) => wijzig({ datum })} />
      <div className={fouten.bij('onafhankelijkheidVerklaard').length > 0 ? 'veld veld--fout' : 'veld'} data-veld="onafhankelijkheidVerklaard">
        <Foutmelding fouten={fouten.bij('onafhankelijkheidVerklaard')} />
        <label className="keuze">
          <input
            type="checkbox"
            required
            checked={invoer.onafhankelijk}
            aria-invalid={fouten.bij('onafhankelijkheidVerklaard').length > 0 || undefined}
            onChange={(event) => wijzig({ onafhankelijk: event.target.checked })}
          />{' '}
          Ik verklaar dat ik onafhankelijk ben van de aanvragende school en haar bestuur
        </label>
      </div>
    </StapKader>
  );
}
