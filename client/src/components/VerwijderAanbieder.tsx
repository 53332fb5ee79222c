import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useNavigate } from 'react-router';
import { aanbiederSleutels, isVersieVerouderd, verwijderAanbieder } from '../api/aanbieders';
import { AanbiederProbleem } from './AanbiederProbleem';
import type { BeheerFormulierProps } from './ContactgegevensFormulier';
import { useFocusBijOpenen } from './useFocusBijOpenen';

/** Asks to confirm, then deletes an aanbieder registered by mistake and goes back to the search. */
export function VerwijderAanbieder({ aanbieder, onAnnuleer }: Omit<BeheerFormulierProps, 'onKlaar'>) {
  const titelId = useId();
  const titelRef = useFocusBijOpenen<HTMLHeadingElement>();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const verwijdering = useMutation({
    mutationFn: () => verwijderAanbieder(aanbieder),
    onSuccess: async () => {
      void queryClient.invalidateQueries({ queryKey: aanbiederSleutels.zoeken });
      await navigate('/aanbieders', { state: { melding: `${aanbieder.naam} (${aanbieder.code}) is verwijderd.` } });
      // Only now: while the page still showed it, dropping the aanbieder would have fetched it again.
      queryClient.removeQueries({ queryKey: aanbiederSleutels.detail(aanbieder.code) });
    },
    onError: async (error) => {
      if (isVersieVerouderd(error)) {
        await queryClient.invalidateQueries({ queryKey: aanbiederSleutels.detail(aanbieder.code) });
      }
    },
  });

  return (
    <div className="paneel paneel--gevaar" role="group" aria-labelledby={titelId}>
      <h3 id={titelId} ref={titelRef} tabIndex={-1}>
        Aanbieder verwijderen
      </h3>
      <p>
        Weet u zeker dat u {aanbieder.naam} ({aanbieder.code}) wilt verwijderen? Verwijder alleen een aanbieder die
        ten onrechte is geregistreerd; een aanbieder die stopt, neemt u uit bedrijf. Verwijderen kan niet ongedaan
        worden gemaakt.
      </p>
      {verwijdering.isError && <AanbiederProbleem summary="De aanbieder is niet verwijderd." error={verwijdering.error} />}
      <div className="knoppen">
        <button
          type="button"
          className="button button--gevaar"
          disabled={verwijdering.isPending}
          onClick={() => verwijdering.mutate()}
        >
          Ja, verwijderen
        </button>
        <button type="button" className="button button--secundair" onClick={onAnnuleer}>
          Annuleren
        </button>
      </div>
    </div>
  );
}
