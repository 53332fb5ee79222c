import type { ComponentProps, FormEvent, ReactNode } from 'react';
import type { AuditActor, AuditRegel } from '../api/audit';
import { tijdstipTekst } from '../arrangementWeergave';
import { actorTekst, auditActieTekst, resourceSoortTekst } from '../beheerWeergave';
import { ExporteerKnoppen } from './ExporteerKnoppen';
import { MeerLaden } from './MeerLaden';
import { ProblemMessage } from './ProblemMessage';
import { TabelContainer } from './TabelContainer';
import { Veld } from './Veld';

// The parts of an audit log screen, shared by the samenwerkingsverband's log (/auditlog) and the platform's
// (/platform-auditlog): the filter form, the choice of who acted, the table and the paged list of records.

/** The filter form: its fields as children, then "Filteren" and "Filters wissen". */
export function AuditFilterformulier({ onFilter, onWis, children }: { onFilter: () => void; onWis: () => void; children: ReactNode }) {
  function verstuur(event: FormEvent) {
    event.preventDefault();
    onFilter();
  }

  return (
    <form aria-labelledby="filters" onSubmit={verstuur} noValidate className="sectie">
      <h2 id="filters">Filteren</h2>
      <div className="filterrij">{children}</div>
      <div className="knoppen">
        <button type="submit" className="button">
          Filteren
        </button>
        <button type="button" className="button button--secundair" onClick={onWis}>
          Filters wissen
        </button>
      </div>
    </form>
  );
}

export interface ActorGroep {
  label: string;
  actoren: readonly { id: string; naam: string }[];
}

/**
 * The API's choice of actors (…/actoren) in groups by kind, each by name as the API gives it; a koppeling that was
 * revoked keeps its records and says "(ingetrokken)". An empty group is left out.
 */
export function actorGroepen(actoren: readonly AuditActor[], accounts = 'Accounts'): ActorGroep[] {
  const groep = (label: string, soort: string): ActorGroep => ({
    label,
    actoren: actoren
      .filter((actor) => actor.actorSoort === soort)
      .map((actor) => ({ id: actor.actor, naam: actor.ingetrokken ? `${actor.naam} (ingetrokken)` : actor.naam })),
  });
  return [groep(accounts, 'gebruiker'), groep('Koppelingen', 'client'), groep('Systeem', 'systeem')].filter((g) => g.actoren.length > 0);
}

/** Who acted, chosen by name (never typed as an id) among the groups the screen knows. */
export function ActorKeuze({ waarde, onChange, groepen }: { waarde: string; onChange: (actor: string) => void; groepen: readonly ActorGroep[] }) {
  return (
    <Veld label="Wie">
      {(koppeling) => (
        <select {...koppeling} value={waarde} onChange={(e) => onChange(e.target.value)}>
          <option value="">Iedereen</option>
          {groepen.map((groep) => (
            <optgroup key={groep.label} label={groep.label}>
              {groep.actoren.map((actor) => (
                <option key={actor.id} value={actor.id}>
                  {actor.naam}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      )}
    </Veld>
  );
}

export function AuditTabel({ regels, kop = 'Regels van het auditlog' }: { regels: readonly AuditRegel[]; kop?: string }) {
  return (
    <TabelContainer label={kop}>
      <table className="data-table">
        <caption className="visually-hidden">{kop}</caption>
        <thead>
          <tr>
            <th scope="col">Wanneer</th>
            <th scope="col">Wie</th>
            <th scope="col">Wat</th>
            <th scope="col">Gegevens</th>
            <th scope="col">Leerling-id</th>
            <th scope="col">Doel</th>
          </tr>
        </thead>
        <tbody>
          {regels.map((regel) => (
            <tr key={regel.id}>
              <td>{tijdstipTekst(regel.op)}</td>
              <td>
                {actorTekst(regel)}
                {regel.namens && <> namens {regel.namens}</>}
              </td>
              <td>{auditActieTekst(regel.actie)}</td>
              <td>
                {resourceSoortTekst(regel.resourceSoort)}
                {regel.resourceId && (
                  <>
                    {' '}
                    <code>{regel.resourceId}</code>
                  </>
                )}
              </td>
              <td>{regel.leerlingId ? <code>{regel.leerlingId}</code> : '–'}</td>
              <td>{regel.doel}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TabelContainer>
  );
}

/** The part of an infinite query of audit pages that the list needs. */
interface AuditLijst {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  data?: { pages: readonly { regels: readonly AuditRegel[] }[] } | undefined;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}

/** The records that match the filters, with how many are shown and "Meer laden". */
export function AuditRegels({ lijst }: { lijst: AuditLijst }) {
  const regels = lijst.data?.pages.flatMap((pagina) => pagina.regels) ?? [];
  return (
    <section aria-labelledby="regels" className="sectie">
      <h2 id="regels">Regels</h2>
      {lijst.isPending ? (
        <p role="status">Laden…</p>
      ) : lijst.isError ? (
        <ProblemMessage summary="Het auditlog kon niet worden geladen." error={lijst.error} />
      ) : regels.length === 0 ? (
        <p role="status">Er zijn geen regels die bij deze filters passen.</p>
      ) : (
        <>
          <p role="status">
            {regels.length} {regels.length === 1 ? 'regel' : 'regels'}
            {lijst.hasNextPage ? ' geladen; er zijn er meer.' : '.'}
          </p>
          <AuditTabel regels={regels} />
          <MeerLaden lijst={lijst} />
        </>
      )}
    </section>
  );
}

/** The "Exporteren" section: what the file holds (or what to choose first), then the CSV and Excel buttons. */
export function AuditExport({ uitleg, ...knoppen }: { uitleg: string } & ComponentProps<typeof ExporteerKnoppen>) {
  return (
    <section aria-labelledby="export" className="sectie">
      <h2 id="export">Exporteren</h2>
      <p>{uitleg}</p>
      <ExporteerKnoppen {...knoppen} />
    </section>
  );
}
