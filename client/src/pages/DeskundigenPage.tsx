import { useState, type FormEvent } from 'react';
import {
  useDeskundigenLijst,
  useRegistreerDeskundige,
  useWijzigDeskundige,
  useZetDeskundigeActief,
  type Deskundige,
  type DeskundigeFilters,
  type DeskundigeSortering,
  type Discipline,
} from '../api/deskundigen';
import { exporteerDeskundigen } from '../api/export';
import { verdeelFouten } from '../api/veldfouten';
import { DeskundigeFormulier } from '../components/DeskundigeFormulier';
import { ExporteerKnoppen } from '../components/ExporteerKnoppen';
import { MeerLaden } from '../components/MeerLaden';
import { Melding } from '../components/Melding';
import { ProblemMessage } from '../components/ProblemMessage';
import { SorteerKop } from '../components/SorteerKop';
import { TabelContainer } from '../components/TabelContainer';
import { Veld } from '../components/Veld';
import { useFocusBijOpenen } from '../components/useFocusBijOpenen';
import { beroepsregisterTekst, DISCIPLINES, disciplineTekst } from '../deskundigeWeergave';
import { usePageTitle } from '../usePageTitle';
import '../beheer.css';

interface Zoekvragen {
  zoek: string;
  discipline: string;
  actief: '' | 'true' | 'false';
}

function alsFilters({ zoek, discipline, actief }: Zoekvragen, sortering: DeskundigeSortering): DeskundigeFilters {
  return {
    ...(zoek.trim() !== '' && { zoek: zoek.trim() }),
    ...(discipline !== '' && { discipline: discipline as Discipline }),
    ...(actief !== '' && { actief: actief === 'true' }),
    ...(sortering !== 'naam' && { sorteer: sortering }),
  };
}

/**
 * /deskundigen: the SWV's register of deskundigen who advise on toelaatbaarheidsverklaringen, for its staff: search,
 * filter, sort and export the list, register one, change one, deactivate and reactivate.
 */
export function DeskundigenPage() {
  usePageTitle('Deskundigen');
  const [zoekvragen, setZoekvragen] = useState<Zoekvragen>({ zoek: '', discipline: '', actief: 'true' });
  const [sortering, setSortering] = useState<DeskundigeSortering>('naam');
  const [teWijzigen, setTeWijzigen] = useState<Deskundige>();
  const [melding, setMelding] = useState<string>();
  const filters = alsFilters(zoekvragen, sortering);
  const lijst = useDeskundigenLijst(filters);
  const fouten = verdeelFouten(lijst.error, ['zoek', 'discipline', 'actief', 'sorteer']);
  const zetActief = useZetDeskundigeActief();
  const deskundigen = lijst.data?.pages.flatMap((pagina) => pagina.deskundigen) ?? [];
  const totaal = lijst.data?.pages[0]?.totaal ?? 0;

  function zetStatus(deskundige: Deskundige, actief: boolean) {
    setMelding(undefined);
    zetActief.mutate(
      { id: deskundige.id, actief },
      { onSuccess: (nieuw) => setMelding(`${nieuw.naam} is ${actief ? 'weer actief' : 'gedeactiveerd'}.`) },
    );
  }

  return (
    <>
      <h1>Deskundigen</h1>
      <p className="intro">
        Het register van deskundigen die advies geven over een toelaatbaarheidsverklaring. Voor elke aanvraag zijn twee
        adviezen nodig; het eerste van een orthopedagoog of psycholoog. Een deskundige mag niet werken voor de school die
        de aanvraag doet: leg daarom vast wie de werkgever is.
      </p>
      <Melding tekst={melding} />
      <DeskundigenZoekformulier key={JSON.stringify(zoekvragen)} zoekvragen={zoekvragen} fouten={fouten} onZoek={setZoekvragen} />
      <section aria-labelledby="resultaten" className="sectie">
        <h2 id="resultaten">Resultaten</h2>
        {zetActief.isError && <ProblemMessage summary="De status is niet gewijzigd." error={zetActief.error} />}
        {lijst.data ? (
          <>
            <p aria-live="polite">
              {totaal === 0
                ? 'Er zijn geen deskundigen gevonden.'
                : `${totaal} ${totaal === 1 ? 'deskundige' : 'deskundigen'} gevonden${deskundigen.length < totaal ? `, ${deskundigen.length} getoond` : ''}.`}
            </p>
            <ExporteerKnoppen lijst="deskundigen" haalOp={(formaat) => exporteerDeskundigen(filters, formaat)} />
            {deskundigen.length > 0 && (
              <TabelContainer label="Gevonden deskundigen">
                <table className="data-table">
                  <caption>Gevonden deskundigen</caption>
                  <thead>
                    <tr>
                      <SorteerKop veld="naam" sortering={sortering} onSorteer={setSortering}>
                        Naam
                      </SorteerKop>
                      <SorteerKop veld="discipline" sortering={sortering} onSorteer={setSortering}>
                        Discipline
                      </SorteerKop>
                      <th scope="col">Registratie</th>
                      <SorteerKop veld="werkgever" sortering={sortering} onSorteer={setSortering}>
                        Werkgever
                      </SorteerKop>
                      <th scope="col">Account</th>
                      <th scope="col">Status</th>
                      <th scope="col">Acties</th>
                    </tr>
                  </thead>
                  <tbody>
                    {deskundigen.map((deskundige) => (
                      <tr key={deskundige.id}>
                        <th scope="row">{deskundige.naam}</th>
                        <td>{disciplineTekst(deskundige.discipline)}</td>
                        <td>
                          {deskundige.beroepsregister
                            ? `${beroepsregisterTekst(deskundige.beroepsregister).split(' ')[0]} ${deskundige.registratienummer ?? ''}`
                            : '—'}
                        </td>
                        <td>
                          {deskundige.werkgever}
                          {deskundige.schoolbestuurNaam && ` (bestuur ${deskundige.schoolbestuurNaam})`}
                          {deskundige.schoolNaam && ` (school ${deskundige.schoolNaam})`}
                        </td>
                        <td>{deskundige.accountNaam ?? 'Geen account'}</td>
                        <td>{deskundige.actief ? 'Actief' : 'Gedeactiveerd'}</td>
                        <td>
                          <div className="knoppen">
                            <button
                              type="button"
                              className="button button--secundair"
                              aria-label={`Wijzigen: ${deskundige.naam}`}
                              onClick={() => {
                                setMelding(undefined);
                                setTeWijzigen(deskundige);
                              }}
                            >
                              Wijzigen
                            </button>
                            <button
                              type="button"
                              className={deskundige.actief ? 'button button--gevaar' : 'button button--secundair'}
                              aria-label={`${deskundige.actief ? 'Deactiveren' : 'Weer activeren'}: ${deskundige.naam}`}
                              disabled={zetActief.isPending}
                              onClick={() => zetStatus(deskundige, !deskundige.actief)}
                            >
                              {deskundige.actief ? 'Deactiveren' : 'Weer activeren'}
                            </button>
                          </div>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TabelContainer>
            )}
            {lijst.isFetchNextPageError && <ProblemMessage summary="Meer deskundigen laden is niet gelukt." error={lijst.error} />}
            <MeerLaden lijst={lijst} />
          </>
        ) : lijst.isError ? (
          <ProblemMessage summary="De deskundigen konden niet worden geladen." error={lijst.error} fouten={fouten.overig} />
        ) : (
          <p role="status">Laden…</p>
        )}
      </section>
      {teWijzigen ? (
        <Wijzigen
          key={teWijzigen.id}
          deskundige={teWijzigen}
          onKlaar={(nieuw) => {
            setTeWijzigen(undefined);
            setMelding(`De gegevens van ${nieuw.naam} zijn opgeslagen.`);
          }}
          onAnnuleer={() => setTeWijzigen(undefined)}
        />
      ) : (
        <Registreren onKlaar={(nieuw) => setMelding(`${nieuw.naam} staat in het register.`)} />
      )}
    </>
  );
}

interface ZoekformulierProps {
  zoekvragen: Zoekvragen;
  fouten: ReturnType<typeof verdeelFouten>;
  onZoek: (zoekvragen: Zoekvragen) => void;
}

function DeskundigenZoekformulier({ zoekvragen, fouten, onZoek }: ZoekformulierProps) {
  const [invoer, setInvoer] = useState(zoekvragen);
  const zoek = (event: FormEvent) => {
    event.preventDefault();
    onZoek(invoer);
  };
  return (
    <form role="search" aria-label="Deskundigen zoeken" className="zoekformulier" noValidate onSubmit={zoek}>
      <div className="zoekformulier__velden">
        <Veld label="Naam" hint="Een deel van de naam." fouten={fouten.bij('zoek')}>
          {(koppeling) => (
            <input {...koppeling} type="search" autoComplete="off" value={invoer.zoek} onChange={(e) => setInvoer({ ...invoer, zoek: e.target.value })} />
          )}
        </Veld>
        <Veld label="Discipline" fouten={fouten.bij('discipline')}>
          {(koppeling) => (
            <select {...koppeling} value={invoer.discipline} onChange={(e) => setInvoer({ ...invoer, discipline: e.target.value })}>
              <option value="">Alle disciplines</option>
              {[...DISCIPLINES].map(([code, label]) => (
                <option key={code} value={code}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Veld>
        <Veld label="Status" fouten={fouten.bij('actief')}>
          {(koppeling) => (
            <select {...koppeling} value={invoer.actief} onChange={(e) => setInvoer({ ...invoer, actief: e.target.value as Zoekvragen['actief'] })}>
              <option value="true">Actief</option>
              <option value="false">Gedeactiveerd</option>
              <option value="">Actief en gedeactiveerd</option>
            </select>
          )}
        </Veld>
      </div>
      <div className="knoppen">
        <button type="submit" className="button">
          Zoeken
        </button>
      </div>
    </form>
  );
}

function Registreren({ onKlaar }: { onKlaar: (deskundige: Deskundige) => void }) {
  const registreer = useRegistreerDeskundige();
  const [teller, setTeller] = useState(0);
  return (
    <section aria-labelledby="nieuwe-deskundige" className="sectie">
      <h2 id="nieuwe-deskundige">Nieuwe deskundige</h2>
      <DeskundigeFormulier
        key={teller}
        opslaan={registreer}
        knop="Deskundige registreren"
        foutSamenvatting="De deskundige is niet geregistreerd."
        onKlaar={(nieuw) => {
          setTeller((t) => t + 1);
          onKlaar(nieuw);
        }}
      />
    </section>
  );
}

function Wijzigen({ deskundige, onKlaar, onAnnuleer }: { deskundige: Deskundige; onKlaar: (d: Deskundige) => void; onAnnuleer: () => void }) {
  const wijzig = useWijzigDeskundige(deskundige);
  const kop = useFocusBijOpenen<HTMLHeadingElement>();
  return (
    <section aria-labelledby="deskundige-wijzigen" className="sectie">
      <h2 id="deskundige-wijzigen" tabIndex={-1} ref={kop}>
        {deskundige.naam} wijzigen
      </h2>
      <DeskundigeFormulier deskundige={deskundige} opslaan={wijzig} knop="Wijzigingen opslaan" foutSamenvatting="De wijziging is niet opgeslagen." onKlaar={onKlaar} />
      <p>
        <button type="button" className="button button--secundair" onClick={onAnnuleer}>
          Annuleren
        </button>
      </p>
    </section>
  );
}
