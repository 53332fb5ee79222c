import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useLeerling } from '../api/leerlingen';
import { oppSleutels, startOpp, type StartOppVerzoek } from '../api/ontwikkelingsperspectiefplannen';
import { ApiError } from '../api/problem';
import { useSchoolNamen } from '../api/scholen';
import { verdeelFouten } from '../api/veldfouten';
import { datumTekst, vandaagIso } from '../aanbiederWeergave';
import { keuzes } from '../arrangementLabels';
import { AANLEIDINGEN } from '../oppLabels';
import { DatumVeld } from './DatumVeld';
import { FormulierKnoppen } from './FormulierKnoppen';
import { Keuzegroep } from './Keuzegroep';
import { LeerlingKeuze } from './LeerlingKeuze';
import { ProblemMessage } from './ProblemMessage';

const VELDEN = ['leerlingId', 'aanleiding', 'startdatum'];

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/**
 * The open OPP a 409 names: the API says "Deze leerling heeft op deze school al een OPP (<id>)" and gives no other
 * field for it, so the id is read from that problem's text.
 */
export function bestaandOpp(error: unknown): string | undefined {
  if (!(error instanceof ApiError) || error.status !== 409) return undefined;
  const fout = error.problem?.errors?.find((f) => f.code === 'opp-bestaat');
  return UUID.exec(fout?.detail ?? error.problem?.detail ?? '')?.[0];
}

/** Starts the OPP of a pupil: an empty concept, version 1, to be vastgesteld within six weeks. */
export function OppStartFormulier({ leerlingId: vooraf }: { leerlingId: string }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [leerlingId, setLeerlingId] = useState(vooraf);
  const [aanleiding, setAanleiding] = useState('');
  const [startdatum, setStartdatum] = useState(vandaagIso);
  const leerling = useLeerling(leerlingId, leerlingId !== '');
  const schoolNaam = useSchoolNamen();
  const start = useMutation({
    mutationFn: (verzoek: StartOppVerzoek) => startOpp(verzoek),
    onSuccess: (opp) => {
      queryClient.setQueryData(oppSleutels.detail(opp.id), opp);
      void queryClient.invalidateQueries({ queryKey: oppSleutels.alle, predicate: (q) => q.queryKey[1] !== 'detail' });
      void navigate(`/ontwikkelingsperspectiefplannen/${opp.id}`, {
        state: {
          melding: `Het OPP is gestart. Stel het vast uiterlijk ${datumTekst(opp.vaststellenUiterlijk)}.`,
        },
      });
    },
  });
  const fouten = verdeelFouten(start.error, VELDEN);
  const bestaand = bestaandOpp(start.error);
  const verstuur = (event: FormEvent) => {
    event.preventDefault();
    start.mutate({
      leerlingId: leerlingId === '' ? null : leerlingId,
      // The radio buttons offer only the contract's codes; the API answers 400 for anything else.
      aanleiding: aanleiding === '' ? null : (aanleiding as StartOppVerzoek['aanleiding']),
      startdatum: startdatum.trim() === '' ? null : startdatum.trim(),
    });
  };

  return (
    <form className="formulier" aria-label="OPP starten" noValidate onSubmit={verstuur}>
      {start.isError && (
        <>
          <ProblemMessage summary="Het OPP is niet gestart." error={start.error} fouten={fouten.overig} />
          {bestaand && (
            <p>
              <Link to={`/ontwikkelingsperspectiefplannen/${bestaand}`}>Naar het OPP dat al loopt</Link>
            </p>
          )}
        </>
      )}
      <LeerlingKeuze leerlingId={leerlingId} onChange={setLeerlingId} fouten={fouten.bij('leerlingId')} />
      {leerling.data && (
        <p>
          School: {schoolNaam(leerling.data.vestiging)}, groep {leerling.data.groep}.
        </p>
      )}
      <Keuzegroep
        legend="Aanleiding"
        waarde={aanleiding}
        opties={keuzes(AANLEIDINGEN).map(({ code, naam }) => ({ waarde: code, label: naam }))}
        fouten={fouten.bij('aanleiding')}
        onChange={setAanleiding}
      />
      <DatumVeld
        label="Startdatum"
        hint="De dag waarop de extra ondersteuning begon of de leerling werd ingeschreven. Het OPP moet binnen zes weken daarna zijn vastgesteld."
        fouten={fouten.bij('startdatum')}
        required
        value={startdatum}
        onChange={setStartdatum}
      />
      <FormulierKnoppen opslaan="OPP starten" bezig={start.isPending} onAnnuleer={() => void navigate(-1)} />
    </form>
  );
}
