import { useState } from 'react';
import { Link } from 'react-router';
import { haalOppPdfOp, oppPdfBestandsnaam, useOppVerschillen, type Opp } from '../api/ontwikkelingsperspectiefplannen';
import { datumTekst } from '../aanbiederWeergave';
import { versiestatusNaam } from '../oppLabels';
import { instemmingTekst } from '../oppWeergave';
import { PdfKnoppen } from './PdfKnoppen';
import { ProblemMessage } from './ProblemMessage';
import { TabelContainer } from './TabelContainer';
import { Veld } from './Veld';
import './OppInhoud.css';

/** Where the print view of a version of an OPP lives. */
export const afdrukAdres = (oppId: string, nummer: number) => `/ontwikkelingsperspectiefplannen/${oppId}/versies/${nummer}/afdrukken`;

/**
 * The versions of an OPP, one row each (status, vaststelling, the ouders' instemming, whether the handelingsdeel was
 * vastgesteld, the print view and the PDF), and what changed between two of them.
 */
export function OppVersies({ opp }: { opp: Opp }) {
  const caption = `Versies van het plan van ${opp.leerlingNaam}`;
  return (
    <section aria-labelledby="opp-versies" className="sectie">
      <h2 id="opp-versies">Versies</h2>
      <TabelContainer label={caption}>
        <table className="data-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Versie</th>
              <th scope="col">Status</th>
              <th scope="col">Vastgesteld</th>
              <th scope="col">Instemming van de ouders</th>
              <th scope="col">Handelingsdeel vastgesteld</th>
              <th scope="col">Afdrukken en PDF</th>
            </tr>
          </thead>
          <tbody>
            {opp.versies.map((versie) => (
              <tr key={versie.nummer}>
                <th scope="row">Versie {versie.nummer}</th>
                <td>{versiestatusNaam(versie.status)}</td>
                <td>
                  {versie.vastgesteldOp
                    ? `${datumTekst(versie.vastgesteldOp)}${versie.vastgesteldDoor ? ` door ${versie.vastgesteldDoor.naam}` : ''}`
                    : 'Nog niet'}
                </td>
                <td>{instemmingTekst(versie.instemming)}</td>
                <td>{versie.handelingsdeelVastgesteld ? 'Ja' : 'Nee'}</td>
                <td>
                  <Link to={afdrukAdres(opp.id, versie.nummer)}>Versie {versie.nummer} afdrukken</Link>
                  <PdfKnoppen
                    knop="PDF"
                    onderwerp={`Versie ${versie.nummer} van het OPP`}
                    groep={`PDF van versie ${versie.nummer}`}
                    bestandsnaam={oppPdfBestandsnaam(opp.leerlingNaam, versie.nummer)}
                    haalOp={() => haalOppPdfOp(opp.id, versie.nummer)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TabelContainer>
      <OppVerschillen opp={opp} />
    </section>
  );
}

/** The versions compared at first: the geldende with the concept when both exist, else the last two. */
export function standaardVergelijking(opp: Opp): [number, number] | undefined {
  if (opp.geldendeVersie != null && opp.conceptversie != null) return [opp.geldendeVersie, opp.conceptversie];
  const nummers = opp.versies.map((versie) => versie.nummer);
  if (nummers.length < 2) return undefined;
  return [nummers.at(-2)!, nummers.at(-1)!];
}

function OppVerschillen({ opp }: { opp: Opp }) {
  const standaard = standaardVergelijking(opp);
  if (standaard === undefined) {
    return (
      <>
        <h3>Verschillen tussen versies</h3>
        <p>Er is nog maar één versie. Zodra er een nieuwe versie is, ziet u hier wat er veranderd is.</p>
      </>
    );
  }
  return <Vergelijking opp={opp} standaard={standaard} />;
}

function Vergelijking({ opp, standaard }: { opp: Opp; standaard: [number, number] }) {
  const [[van, naar], setKeuze] = useState(standaard);
  const verschillen = useOppVerschillen(opp, van, naar);
  const keuze = (label: string, waarde: number, onChange: (nummer: number) => void) => (
    <Veld label={label}>
      {(koppeling) => (
        <select {...koppeling} value={waarde} onChange={(event) => onChange(Number(event.target.value))}>
          {opp.versies.map((versie) => (
            <option key={versie.nummer} value={versie.nummer}>
              Versie {versie.nummer} ({versiestatusNaam(versie.status).toLowerCase()})
            </option>
          ))}
        </select>
      )}
    </Veld>
  );

  return (
    <>
      <h3>Verschillen tussen versies</h3>
      <div className="opp-vergelijking geen-afdruk">
        {keuze('Oude versie', van, (nummer) => setKeuze([nummer, naar]))}
        {keuze('Nieuwe versie', naar, (nummer) => setKeuze([van, nummer]))}
      </div>
      <div aria-live="polite">
        {van === naar ? (
          <p>Kies twee verschillende versies.</p>
        ) : verschillen.isError ? (
          <ProblemMessage summary="De verschillen konden niet worden geladen." error={verschillen.error} />
        ) : verschillen.data === undefined ? (
          <p>Verschillen laden…</p>
        ) : verschillen.data.verschillen.length === 0 ? (
          <p>
            Versie {van} en versie {naar} zeggen precies hetzelfde.
          </p>
        ) : (
          <>
            <p>
              Wat er in versie {naar} anders is dan in versie {van}:
            </p>
            <ul className="opp-verschillen">
              {verschillen.data.verschillen.map((verschil) => (
                <li key={verschil.pad}>
                  <strong>{verschil.label}</strong>
                  {verschil.oud == null ? (
                    <p>
                      Toegevoegd: <ins className="tekst">{verschil.nieuw}</ins>
                    </p>
                  ) : verschil.nieuw == null ? (
                    <p>
                      Verwijderd: <del className="tekst">{verschil.oud}</del>
                    </p>
                  ) : (
                    <>
                      <p>
                        Was: <del className="tekst">{verschil.oud}</del>
                      </p>
                      <p>
                        Wordt: <ins className="tekst">{verschil.nieuw}</ins>
                      </p>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </>
  );
}
