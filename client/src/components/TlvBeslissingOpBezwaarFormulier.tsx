import { useState } from 'react';
import { isVersieVerouderd } from '../api/antwoord';
import type { components } from '../api/schema';
import { beslisOpBezwaar, type Tlv } from '../api/toelaatbaarheidsverklaringen';
import { verdeelFouten } from '../api/veldfouten';
import { datumTekst, vandaagIso } from '../aanbiederWeergave';
import type { StapFormulierProps } from '../stapDefinitie';
import { alsBesluitVerzoek, besluitVanAanvraag, wijktAfVanLbt, type BesluitInvoer } from '../tlvInvoer';
import { bezwaarafloopNaam, lbtOordeelNaam, tlvStapNaam } from '../tlvLabels';
import { BesluitVelden, besluitFoutvelden } from './BesluitVelden';
import { DatumVeld } from './DatumVeld';
import { Keuzegroep } from './Keuzegroep';
import { StapKader } from './StapKader';
import { Veld } from './Veld';

type Bezwaarafloop = components['schemas']['Bezwaarafloop'];

// Niet-ontvankelijk is a step of its own, before the LBT advises.
const AFLOPEN = ['handhaven', 'herroepen', 'wijzigen'] as const;

/**
 * The decision on the bezwaar, after the LBT's advice: keep, revoke or change the decision (a change with the whole
 * new decision), always with a motivering; departing from the LBT asks why.
 */
export function TlvBeslissingOpBezwaarFormulier({ zaak: tlv, behandeling, onKlaar, onAnnuleer, onVerouderd }: StapFormulierProps<Tlv>) {
  const [afloop, setAfloop] = useState('');
  const [op, setOp] = useState(vandaagIso);
  const [motivering, setMotivering] = useState('');
  const [afwijking, setAfwijking] = useState('');
  const [wijziging, setWijziging] = useState<BesluitInvoer>(() => besluitVanAanvraag(tlv, vandaagIso()));
  const oordeel = tlv.lopendBezwaar?.lbtOordeel;
  const wijktAf = wijktAfVanLbt(oordeel, afloop);
  const mutatie = behandeling.useStap(tlv, beslisOpBezwaar);
  const fouten = verdeelFouten(mutatie.error, ['afloop', 'op', 'motivering', 'afwijkingVanLbtAdvies', 'wijziging', ...besluitFoutvelden('wijziging/')]);
  const verstuur = () =>
    mutatie.mutate(
      {
        afloop: afloop === '' ? null : (afloop as Bezwaarafloop),
        op: op.trim() === '' ? null : op,
        motivering: motivering.trim() === '' ? null : motivering.trim(),
        afwijkingVanLbtAdvies: afwijking.trim() === '' ? null : afwijking.trim(),
        ...(afloop === 'wijzigen' && { wijziging: alsBesluitVerzoek(wijziging) }),
      },
      {
        onSuccess: (nieuw) => onKlaar('Er is beslist op het bezwaar.', nieuw),
        onError: (error) => {
          if (isVersieVerouderd(error)) onVerouderd();
        },
      },
    );

  return (
    <StapKader
      titel={tlvStapNaam('beslissing-op-bezwaar')}
      mislukt="Er is niet beslist op het bezwaar."
      knop="Beslissing vastleggen"
      mutatie={mutatie}
      gewijzigd={behandeling.gewijzigd}
      overig={fouten.overig}
      onVerstuur={verstuur}
      onAnnuleer={onAnnuleer}
    >
      <p>
        {oordeel
          ? `De LBT vond het bezwaar ${lbtOordeelNaam(oordeel).toLowerCase()}${tlv.lopendBezwaar?.lbtAdviesOp ? ` (${datumTekst(tlv.lopendBezwaar.lbtAdviesOp)})` : ''}.`
          : 'Het advies van de LBT is nog niet vastgelegd.'}{' '}
        {tlv.lopendBezwaar && `Beslis uiterlijk ${datumTekst(tlv.lopendBezwaar.beslissenUiterlijk)}.`}
      </p>
      <Keuzegroep
        legend="Beslissing"
        waarde={afloop}
        opties={AFLOPEN.map((code) => ({ waarde: code, label: bezwaarafloopNaam(code) }))}
        fouten={fouten.bij('afloop')}
        onChange={setAfloop}
      />
      <DatumVeld label="Datum van de beslissing" fouten={fouten.bij('op')} required value={op} onChange={setOp} />
      <Veld label="Motivering" fouten={fouten.bij('motivering')}>
        {(koppeling) => <textarea {...koppeling} rows={4} required value={motivering} onChange={(event) => setMotivering(event.target.value)} />}
      </Veld>
      <Veld
        label={wijktAf ? 'Waarom u afwijkt van het advies van de LBT' : 'Afwijking van het advies van de LBT (niet verplicht)'}
        {...(wijktAf && { hint: 'Uw beslissing wijkt af van het advies van de LBT; zeg waarom.' })}
        fouten={fouten.bij('afwijkingVanLbtAdvies')}
      >
        {(koppeling) => <textarea {...koppeling} rows={3} required={wijktAf} value={afwijking} onChange={(event) => setAfwijking(event.target.value)} />}
      </Veld>
      {afloop === 'wijzigen' && (
        <fieldset className="groep">
          <legend>Het gewijzigde besluit</legend>
          <BesluitVelden
            invoer={wijziging}
            onChange={(deel) => setWijziging((huidig) => ({ ...huidig, ...deel }))}
            fouten={fouten}
            pad="wijziging/"
          />
        </fieldset>
      )}
    </StapKader>
  );
}
