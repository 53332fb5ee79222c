import { useKindTermijnen } from '../../api/ouders';
import { ProblemMessage } from '../ProblemMessage';

/** "Termijnen": the terms that run for the ouder (bezwaar, the OPP with the school), soonest first, each in one sentence. */
export function KindTermijnen({ leerlingId }: { leerlingId: string }) {
  const termijnen = useKindTermijnen(leerlingId);
  return (
    <section aria-labelledby="kind-termijnen" className="sectie">
      <h2 id="kind-termijnen">Termijnen</h2>
      {termijnen.isPending ? (
        <p role="status">Laden…</p>
      ) : termijnen.isError ? (
        <ProblemMessage summary="De termijnen konden niet worden geladen." error={termijnen.error} />
      ) : termijnen.data.length === 0 ? (
        <p>Er lopen nu geen termijnen voor u.</p>
      ) : (
        <ul>
          {termijnen.data.map((t) => (
            <li key={`${t.over}-${t.totEnMet}-${t.tekst}`}>
              {t.bijnaVoorbij && <strong>Let op: </strong>}
              {t.tekst}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
