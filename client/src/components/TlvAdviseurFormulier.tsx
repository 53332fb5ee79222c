import { useState } from 'react';
import { isVersieVerouderd } from '../api/antwoord';
import { useActieveDeskundigen, type Deskundige } from '../api/deskundigen';
import type { components } from '../api/schema';
import { wijsAdviseurAan, type Tlv } from '../api/toelaatbaarheidsverklaringen';
import { verdeelFouten } from '../api/veldfouten';
import { disciplineTekst } from '../deskundigeWeergave';
import type { StapFormulierProps } from '../stapDefinitie';
import { ADVIESPLEKKEN, adviesplekNaam, tlvStapNaam } from '../tlvLabels';
import { keuzes } from '../arrangementLabels';
import { Keuzegroep } from './Keuzegroep';
import { StapKader } from './StapKader';
import { Veld } from './Veld';

type Adviesplek = components['schemas']['Adviesplek'];

/**
 * Who may be chosen for `plek`: active deskundigen with an account (they advise under it); for the first advice only
 * those whose discipline may give it; never the one already asked for the other advice. Whether one works for the
 * requesting school or its bestuur the API judges (422), and the form shows its answer.
 */
export function kiesbareDeskundigen(deskundigen: readonly Deskundige[], plek: string, tlv: Pick<Tlv, 'adviezen'>): Deskundige[] {
  const andere = tlv.adviezen.find((advies) => advies.plek !== plek)?.deskundigeId;
  return deskundigen.filter(
    (deskundige) =>
      deskundige.actief &&
      deskundige.accountId != null &&
      (plek !== 'eerste' || deskundige.magEersteAdviesGeven) &&
      deskundige.id !== andere,
  );
}

/** SWV staff ask a deskundige of the register for the first or second advice. */
export function TlvAdviseurFormulier({ zaak: tlv, behandeling, onKlaar, onAnnuleer, onVerouderd }: StapFormulierProps<Tlv>) {
  // A place whose advice is in cannot go to someone else; the first open place is chosen beforehand.
  const open = keuzes(ADVIESPLEKKEN).filter(({ code }) => !tlv.adviezen.some((advies) => advies.plek === code && advies.uitgebracht));
  const [plek, setPlek] = useState(() => open.find(({ code }) => !tlv.adviezen.some((advies) => advies.plek === code))?.code ?? '');
  const [deskundigeId, setDeskundigeId] = useState('');
  const register = useActieveDeskundigen();
  const kiesbaar = kiesbareDeskundigen(register.data ?? [], plek, tlv);
  const gevraagd = tlv.adviezen.find((advies) => advies.plek === plek);
  const mutatie = behandeling.useStap(tlv, wijsAdviseurAan);
  const fouten = verdeelFouten(mutatie.error, ['plek', 'deskundigeId']);
  const verstuur = () =>
    mutatie.mutate(
      { plek: plek === '' ? null : (plek as Adviesplek), deskundigeId: deskundigeId === '' ? null : deskundigeId },
      {
        onSuccess: (nieuw) => onKlaar(`De deskundige is gevraagd voor het ${plek === 'eerste' ? 'eerste' : 'tweede'} advies.`, nieuw),
        onError: (error) => {
          if (isVersieVerouderd(error)) onVerouderd();
        },
      },
    );

  return (
    <StapKader
      titel={tlvStapNaam('adviseur-aanwijzing')}
      mislukt="De deskundige is niet gevraagd."
      knop="Deskundige vragen"
      mutatie={mutatie}
      gewijzigd={behandeling.gewijzigd}
      overig={fouten.overig}
      onVerstuur={verstuur}
      onAnnuleer={onAnnuleer}
    >
      <p>
        Een toelaatbaarheidsverklaring vraagt twee adviezen van verschillende deskundigen. Het eerste komt van een
        orthopedagoog of psycholoog. Een deskundige die werkt voor de aanvragende school of haar bestuur kan niet.
      </p>
      <Keuzegroep
        legend="Welk advies?"
        waarde={plek}
        opties={open.map(({ code, naam }) => ({ waarde: code, label: naam }))}
        fouten={fouten.bij('plek')}
        onChange={(nieuw) => {
          setPlek(nieuw);
          setDeskundigeId('');
        }}
      />
      {gevraagd && (
        <p>
          {adviesplekNaam(gevraagd.plek)}: nu is {gevraagd.naam} gevraagd. Kiest u iemand anders, dan vervalt dat
          verzoek.
        </p>
      )}
      <Veld label="Deskundige" hint="Uit het register: alleen actieve deskundigen met een account." fouten={fouten.bij('deskundigeId')}>
        {(koppeling) => (
          <select {...koppeling} required value={deskundigeId} onChange={(event) => setDeskundigeId(event.target.value)}>
            <option value="">{register.isPending ? 'Het register wordt geladen…' : 'Kies een deskundige'}</option>
            {kiesbaar.map((deskundige) => (
              <option key={deskundige.id} value={deskundige.id}>
                {deskundige.naam} – {disciplineTekst(deskundige.discipline)}, {deskundige.werkgever}
              </option>
            ))}
          </select>
        )}
      </Veld>
      {register.isError && <p className="problem">Het register van deskundigen kon niet worden geladen.</p>}
    </StapKader>
  );
}
