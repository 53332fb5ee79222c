import { useKindArrangementen } from '../../api/ouders';
import { datumTekst } from '../../aanbiederWeergave';
import { ProblemMessage } from '../ProblemMessage';

/** "Arrangementen": the child's extra support in plain words: what, how much, who gives it, from and until, and where it stands. */
export function KindArrangementen({ leerlingId }: { leerlingId: string }) {
  const arrangementen = useKindArrangementen(leerlingId);
  return (
    <section aria-labelledby="kind-arrangementen" className="sectie">
      <h2 id="kind-arrangementen">Arrangementen</h2>
      {arrangementen.isPending ? (
        <p role="status">Laden…</p>
      ) : arrangementen.isError ? (
        <ProblemMessage summary="De arrangementen konden niet worden geladen." error={arrangementen.error} />
      ) : arrangementen.data.length === 0 ? (
        <p>Uw kind heeft geen extra ondersteuning via het samenwerkingsverband.</p>
      ) : (
        arrangementen.data.map((a) => (
          <article key={a.id} className="paneel" aria-labelledby={`arrangement-${a.id}`}>
            <h3 id={`arrangement-${a.id}`}>{a.wat}</h3>
            <p>{a.stand}</p>
            <dl className="gegevens">
              <dt>Wie geeft het</dt>
              <dd>{a.wie}</dd>
              <dt>Wanneer</dt>
              <dd>
                Van {datumTekst(a.vanaf)} tot en met {datumTekst(a.totEnMet)}
              </dd>
              {a.hoeVeel && (
                <>
                  <dt>Hoeveel</dt>
                  <dd>{a.hoeVeel}</dd>
                </>
              )}
            </dl>
            {a.ondersteuning.length > 0 && (
              <>
                <h4>Wat houdt het in?</h4>
                <ul>
                  {a.ondersteuning.map((o) => (
                    <li key={o}>{o}</li>
                  ))}
                </ul>
              </>
            )}
            {a.doelen.length > 0 && (
              <>
                <h4>Wat moet het opleveren?</h4>
                <ul>
                  {a.doelen.map((d) => (
                    <li key={d}>{d}</li>
                  ))}
                </ul>
              </>
            )}
          </article>
        ))
      )}
    </section>
  );
}
