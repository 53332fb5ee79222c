import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../api/problem';
import { meldThuiszitter, thuiszitterSleutels, type ThuiszitterVerzoek } from '../api/thuiszitters';
import { verdeelFouten } from '../api/veldfouten';
import { keuzes } from '../arrangementLabels';
import { leesDatum } from '../datum';
import { THUISZITREDENEN, VERZUIMSOORTEN, VRIJSTELLINGSGRONDEN } from '../thuiszitterWeergave';
import { CodelijstKeuze } from './CodelijstKeuze';
import { DatumVeld } from './DatumVeld';
import { Keuzegroep } from './Keuzegroep';
import { LeerlingKeuze } from './LeerlingKeuze';
import { ProblemMessage } from './ProblemMessage';
import { alsPlanverzoek, PLANVELDEN, ThuiszitterplanVelden, type Planinvoer } from './ThuiszitterplanVelden';

interface Invoer extends Planinvoer {
  leerlingId: string;
  soort: string;
  verzuimSinds: string;
  reden: string;
  grond: string;
}

const VELDEN = ['leerlingId', 'soort', 'verzuimSinds', 'reden', 'grond', ...PLANVELDEN];

const leeg = (leerlingId: string): Invoer => ({
  leerlingId,
  soort: '',
  verzuimSinds: '',
  reden: '',
  grond: '',
  gemeente: '',
  leerplichtambtenaarNaam: '',
  leerplichtambtenaarContact: '',
  plan: '',
  perspectief: '',
});

// The select boxes offer only the contract's codes; the API answers 400 for anything else. A vrijstelling has a
// ground and no reason, a thuiszitter the other way round: only the one that fits the soort is sent.
function alsVerzoek(invoer: Invoer): ThuiszitterVerzoek {
  const vrijstelling = invoer.soort === 'vrijstelling';
  return {
    leerlingId: invoer.leerlingId === '' ? null : invoer.leerlingId,
    soort: invoer.soort === '' ? null : (invoer.soort as NonNullable<ThuiszitterVerzoek['soort']>),
    verzuimSinds: invoer.verzuimSinds === '' ? null : invoer.verzuimSinds,
    ...(!vrijstelling && invoer.reden !== '' && { reden: invoer.reden as NonNullable<ThuiszitterVerzoek['reden']> }),
    ...(vrijstelling && invoer.grond !== '' && { grond: invoer.grond as NonNullable<ThuiszitterVerzoek['grond']> }),
    ...alsPlanverzoek(invoer),
  };
}

/**
 * A new entry of the register. When relatief verzuim is not yet 4 weeks old the API refuses it (422
 * nog-geen-thuiszitter) and names the first day it can be registered; that message shows at the date field.
 */
export function ThuiszitterMeldformulier({ leerlingId }: { leerlingId: string }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [invoer, setInvoer] = useState<Invoer>(() => leeg(leerlingId));
  const melding = useMutation({
    mutationFn: meldThuiszitter,
    onSuccess: (thuiszitter) => {
      queryClient.setQueryData(thuiszitterSleutels.detail(thuiszitter.id), thuiszitter);
      void queryClient.invalidateQueries({ queryKey: thuiszitterSleutels.lijsten });
      void queryClient.invalidateQueries({ queryKey: thuiszitterSleutels.werkvoorraad });
      void navigate(`/thuiszitters/${thuiszitter.id}`, {
        state: { melding: thuiszitter.soort === 'vrijstelling' ? 'De vrijstelling is vastgelegd.' : 'De thuiszitter is gemeld.' },
      });
    },
  });
  const [invoerfout, setInvoerfout] = useState<ApiError | null>(null);
  const fouten = verdeelFouten(invoerfout ?? melding.error, VELDEN);
  const wijzig = (wijziging: Partial<Invoer>) => setInvoer((huidig) => ({ ...huidig, ...wijziging }));
  const verstuur = (event: FormEvent) => {
    event.preventDefault();
    const lezing = leesDatum(invoer.verzuimSinds);
    if (lezing.soort === 'fout') {
      setInvoerfout(
        new ApiError(400, {
          title: 'Controleer de gemarkeerde velden.',
          status: 400,
          errors: [{ code: 'ongeldige-datum', detail: lezing.melding, pointer: '#/verzuimSinds' }],
        }),
      );
      return;
    }
    setInvoerfout(null);
    melding.mutate(alsVerzoek(invoer));
  };
  const vrijstelling = invoer.soort === 'vrijstelling';

  return (
    <form className="formulier" aria-label="Thuiszitter melden" noValidate onSubmit={verstuur}>
      {(melding.isError || invoerfout) && (
        <ProblemMessage summary="De melding is niet opgeslagen." error={invoerfout ?? melding.error} fouten={fouten.overig} />
      )}
      <LeerlingKeuze leerlingId={invoer.leerlingId} onChange={(id) => wijzig({ leerlingId: id })} fouten={fouten.bij('leerlingId')} />

      <fieldset className="groep">
        <legend>Verzuim</legend>
        <Keuzegroep
          legend="Soort"
          waarde={invoer.soort}
          opties={keuzes(VERZUIMSOORTEN).map(({ code, naam }) => ({ waarde: code, label: naam }))}
          fouten={fouten.bij('soort')}
          onChange={(soort) => wijzig({ soort })}
        />
        <DatumVeld
          label={vrijstelling ? 'Vrijgesteld sinds' : 'Verzuim sinds'}
          hint={
            vrijstelling
              ? undefined
              : 'De eerste dag dat de leerling niet naar school ging. Bij relatief verzuim is de leerling thuiszitter na 4 weken.'
          }
          fouten={fouten.bij('verzuimSinds')}
          required
          value={invoer.verzuimSinds}
          onChange={(verzuimSinds) => wijzig({ verzuimSinds })}
        />
        {vrijstelling ? (
          <CodelijstKeuze
            label="Grond van de vrijstelling"
            leeg="Kies een grond"
            lijst={VRIJSTELLINGSGRONDEN}
            waarde={invoer.grond}
            onChange={(grond) => wijzig({ grond })}
            fouten={fouten.bij('grond')}
          />
        ) : (
          <CodelijstKeuze
            label="Reden"
            leeg="Kies een reden"
            lijst={THUISZITREDENEN}
            waarde={invoer.reden}
            onChange={(reden) => wijzig({ reden })}
            fouten={fouten.bij('reden')}
          />
        )}
      </fieldset>

      <fieldset className="groep">
        <legend>Gemeente en plan</legend>
        <ThuiszitterplanVelden invoer={invoer} onChange={wijzig} fouten={fouten} />
      </fieldset>

      <div className="knoppen">
        <button type="submit" className="button" disabled={melding.isPending}>
          {melding.isPending ? 'Bezig…' : 'Melding opslaan'}
        </button>
      </div>
    </form>
  );
}
