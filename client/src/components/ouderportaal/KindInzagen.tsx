import { haalInzagenOp, useInzagen, type Inzage, type InzagenFormaat } from '../../api/ouders';
import { tijdstipTekst } from '../../arrangementWeergave';
import { MeerLaden } from '../MeerLaden';
import { ProblemMessage } from '../ProblemMessage';
import { useBestandDownload } from '../useBestandDownload';

const ACTIE: Record<string, string> = {
  lezen: 'Bekeken',
  aanmaken: 'Toegevoegd',
  wijzigen: 'Gewijzigd',
  verwijderen: 'Verwijderd',
  exporteren: 'In een bestand gezet',
  weigeren: 'Geweigerd',
};

/** What happened, in words; an action the SPA does not know yet reads as "Gebruikt". */
export function inzageActie(actie: string): string {
  return ACTIE[actie] ?? 'Gebruikt';
}

/**
 * "Wie heeft de gegevens van uw kind bekeken": every use of the child's data, newest first, as a list (not a table:
 * it reads on a phone of 320 px). Who is told by role and organisation, not by name: the README says why.
 */
export function KindInzagen({ leerlingId, voornaam }: { leerlingId: string; voornaam: string }) {
  const inzagen = useInzagen(leerlingId);
  const { bezig, fout, download } = useBestandDownload();
  const bestand = (formaat: InzagenFormaat) =>
    void download(formaat, `wie-bekeek-${voornaam.toLowerCase()}.${formaat}`, () => haalInzagenOp(leerlingId, formaat));
  return (
    <section aria-labelledby="inzagen" className="sectie">
      <h2 id="inzagen">Wie heeft de gegevens van {voornaam} bekeken?</h2>
      <p>
        Hier staat elke keer dat iemand de gegevens van {voornaam} bekeek of veranderde: wanneer, wie (de rol en de school of
        het samenwerkingsverband) en waarom. Wilt u weten welke persoon het was? Vraag het de school.
      </p>
      <p>
        U kunt de hele lijst ook downloaden, bijvoorbeeld om te bewaren of om bij een vraag aan de school te voegen. Een
        PDF kunt u lezen en printen, een CSV-bestand opent u in Excel.
      </p>
      <div className="knoppen">
        <button type="button" className="button button--secundair" disabled={bezig !== undefined} onClick={() => bestand('pdf')}>
          {bezig === 'pdf' ? 'Downloaden…' : 'Downloaden als PDF'}
        </button>
        <button type="button" className="button button--secundair" disabled={bezig !== undefined} onClick={() => bestand('csv')}>
          {bezig === 'csv' ? 'Downloaden…' : 'Downloaden als CSV'}
        </button>
      </div>
      {fout && <ProblemMessage summary="De lijst kon niet worden gedownload." error={fout.error} />}
      {inzagen.isPending ? (
        <p role="status">Laden…</p>
      ) : inzagen.isError ? (
        <ProblemMessage summary="Deze lijst kon niet worden geladen." error={inzagen.error} />
      ) : (
        <>
          <ol className="inzagen">
            {inzagen.data.pages.flatMap((pagina) => pagina.inzagen).map((inzage, i) => (
              <li key={`${inzage.op}-${i}`} className="inzage">
                <InzageRegel inzage={inzage} />
              </li>
            ))}
          </ol>
          <MeerLaden lijst={inzagen} />
        </>
      )}
    </section>
  );
}

function InzageRegel({ inzage }: { inzage: Inzage }) {
  return (
    <>
      <p className="inzage__kop">
        <strong>{inzageActie(inzage.actie)}</strong>: {inzage.gegevens.charAt(0).toLowerCase() + inzage.gegevens.slice(1)}
      </p>
      <p>
        {tijdstipTekst(inzage.op)} · {inzage.wie}
        {inzage.organisatie ? `, ${inzage.organisatie}` : ''}
      </p>
      <p className="inzage__doel">Waarom: {inzage.doel}</p>
    </>
  );
}
