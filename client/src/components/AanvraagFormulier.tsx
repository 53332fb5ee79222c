import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { arrangementSleutels, vraagArrangementAan } from '../api/arrangementen';
import { ApiError } from '../api/problem';
import { verdeelFouten } from '../api/veldfouten';
import { datumTekst } from '../aanbiederWeergave';
import { alsAanvraagVerzoek, datumFouten, getalFouten, legeAanvraag, type AanvraagInvoer } from '../aanvraagInvoer';
import { BEKOSTIGERS, keuzes, SOORTEN } from '../arrangementLabels';
import { nieuweIdempotencyKey } from '../idempotentie';
import { alsAanvraagwijziging, arrangementvoorstellen, type Arrangementvoorstel } from '../watPastVoorstellen';
import { DoelenVelden, doelFoutvelden } from './DoelenVelden';
import { IvoInvoer, ivoFoutvelden } from './IvoInvoer';
import { LeerlingKeuze } from './LeerlingKeuze';
import { ProblemMessage } from './ProblemMessage';
import { UITVOERDER_FOUTVELDEN, UitvoerderVelden } from './UitvoerderVelden';
import { DatumVeld } from './DatumVeld';
import { Veld } from './Veld';
import { WatPastInFormulier } from './WatPastInFormulier';

type TekstVeld = 'soort' | 'ingangsdatum' | 'einddatum' | 'uren' | 'budget' | 'bekostiger' | 'toelichting';

const VELDEN = ['leerlingId', 'soort', 'ingangsdatum', 'einddatum', 'uren', 'budget', 'bekostiger', 'toelichting'];

/**
 * Requests an arrangement for a pupil; `leerlingId` (from ?leerlingId=) chooses the pupil beforehand, `voorstel` (a
 * setting chosen in "Wat past?" on the pupil page) the kind or the aanbieder. The form has its own "Wat past?" panel
 * once a pupil is chosen, whose choices fill in the same fields.
 */
export function AanvraagFormulier({ leerlingId, voorstel }: { leerlingId: string; voorstel?: Arrangementvoorstel | undefined }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [invoer, setInvoer] = useState<AanvraagInvoer>(() => ({
    ...legeAanvraag(leerlingId),
    ...(voorstel !== undefined && alsAanvraagwijziging(voorstel)),
  }));
  // One key for this filled-in form: a retry (after a lost answer, or after corrections) never makes a second one.
  const [idempotencyKey] = useState(nieuweIdempotencyKey);
  const aanvraag = useMutation({
    mutationFn: (verzoek: ReturnType<typeof alsAanvraagVerzoek>) => vraagArrangementAan(verzoek, idempotencyKey),
    onSuccess: (arrangement) => {
      queryClient.setQueryData(arrangementSleutels.detail(arrangement.id), arrangement);
      void queryClient.invalidateQueries({ queryKey: arrangementSleutels.lijsten });
      void queryClient.invalidateQueries({ queryKey: arrangementSleutels.werkvoorraad });
      void navigate(`/arrangementen/${arrangement.id}`, {
        state: {
          melding: `Het arrangement is aangevraagd. Het samenwerkingsverband besluit uiterlijk ${datumTekst(arrangement.behandeldeadline)}.`,
        },
      });
    },
  });
  // Numbers the form cannot read are shown at their field before anything is sent.
  const [invoerfout, setInvoerfout] = useState<ApiError | null>(null);
  const fouten = verdeelFouten(invoerfout ?? aanvraag.error, [
    ...VELDEN,
    ...ivoFoutvelden('inhoud'),
    ...doelFoutvelden(invoer.doelen.length),
    ...UITVOERDER_FOUTVELDEN,
  ]);
  const wijzig = (wijziging: Partial<AanvraagInvoer>) => setInvoer((huidig) => ({ ...huidig, ...wijziging }));
  const wijzigVeld = (veld: TekstVeld) => (event: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
    wijzig({ [veld]: event.target.value });
  const verstuur = (event: FormEvent) => {
    event.preventDefault();
    const onleesbaar = [...getalFouten(invoer), ...datumFouten(invoer)];
    if (onleesbaar.length > 0) {
      setInvoerfout(new ApiError(400, { title: 'Controleer de gemarkeerde velden.', status: 400, errors: onleesbaar }));
      return;
    }
    setInvoerfout(null);
    aanvraag.mutate(alsAanvraagVerzoek(invoer));
  };

  return (
    <form className="formulier" aria-label="Arrangement aanvragen" noValidate onSubmit={verstuur}>
      {aanvraag.isError && (
        <ProblemMessage summary="Het arrangement is niet aangevraagd." error={invoerfout ?? aanvraag.error} fouten={fouten.overig} />
      )}
      <LeerlingKeuze leerlingId={invoer.leerlingId} onChange={(id) => wijzig({ leerlingId: id })} fouten={fouten.bij('leerlingId')} />
      <WatPastInFormulier
        leerlingId={invoer.leerlingId}
        keuzes={(setting) =>
          arrangementvoorstellen(setting).map(({ wat, voorstel: keuze }) => ({
            knop: `Neem over in de aanvraag: ${wat}`,
            melding: `Overgenomen in de aanvraag: ${wat}. Vul de rest hieronder aan.`,
            kies: () => wijzig(alsAanvraagwijziging(keuze)),
          }))
        }
      />

      <fieldset className="groep">
        <legend>Arrangement</legend>
        <Veld label="Soort arrangement" fouten={fouten.bij('soort')}>
          {(koppeling) => (
            <select {...koppeling} required value={invoer.soort} onChange={wijzigVeld('soort')}>
              <option value="">Kies een soort</option>
              {keuzes(SOORTEN).map(({ code, naam }) => (
                <option key={code} value={code}>
                  {naam}
                </option>
              ))}
            </select>
          )}
        </Veld>
        <DatumVeld
          label="Ingangsdatum"
          fouten={fouten.bij('ingangsdatum')}
          required
          value={invoer.ingangsdatum}
          onChange={(ingangsdatum) => wijzig({ ingangsdatum })}
        />
        <DatumVeld
          label="Einddatum"
          hint="De laatste dag waarop het arrangement nodig is."
          fouten={fouten.bij('einddatum')}
          required
          value={invoer.einddatum}
          onChange={(einddatum) => wijzig({ einddatum })}
        />
        <Veld label="Uren (niet verplicht)" hint="Verplicht bij de inzet van een expert." fouten={fouten.bij('uren')}>
          {(koppeling) => (
            <input {...koppeling} type="text" inputMode="decimal" autoComplete="off" value={invoer.uren} onChange={wijzigVeld('uren')} />
          )}
        </Veld>
        <Veld label="Budget in euro (niet verplicht)" hint="Verplicht bij middelen, zoals 1.250,00." fouten={fouten.bij('budget')}>
          {(koppeling) => (
            <input {...koppeling} type="text" inputMode="decimal" autoComplete="off" value={invoer.budget} onChange={wijzigVeld('budget')} />
          )}
        </Veld>
      </fieldset>

      <IvoInvoer
        legend="Wat het arrangement toevoegt"
        hint="Beschrijf op de vijf IVO-velden wat de leerling extra krijgt; laat leeg wat niet van toepassing is."
        teksten={invoer.inhoud}
        onChange={(inhoud) => wijzig({ inhoud })}
        fouten={fouten}
        pad="inhoud"
      />

      <DoelenVelden doelen={invoer.doelen} onChange={(doelen) => wijzig({ doelen })} fouten={fouten} />

      <UitvoerderVelden invoer={invoer} onChange={wijzig} fouten={fouten} />

      <fieldset className="groep">
        <legend>Bekostiging en toelichting</legend>
        <Veld label="Bekostiger" fouten={fouten.bij('bekostiger')}>
          {(koppeling) => (
            <select {...koppeling} required value={invoer.bekostiger} onChange={wijzigVeld('bekostiger')}>
              <option value="">Kies wie betaalt</option>
              {keuzes(BEKOSTIGERS).map(({ code, naam }) => (
                <option key={code} value={code}>
                  {naam}
                </option>
              ))}
            </select>
          )}
        </Veld>
        <Veld label="Toelichting" hint="Waarom heeft de leerling dit arrangement nodig?" fouten={fouten.bij('toelichting')}>
          {(koppeling) => <textarea {...koppeling} rows={4} required value={invoer.toelichting} onChange={wijzigVeld('toelichting')} />}
        </Veld>
      </fieldset>

      <div className="knoppen">
        <button type="submit" className="button" disabled={aanvraag.isPending}>
          Arrangement aanvragen
        </button>
        <Link to="/werkvoorraad" className="button button--secundair">
          Annuleren
        </Link>
      </div>
    </form>
  );
}
