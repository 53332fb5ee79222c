import { useState } from 'react';
import type { Verslagregel } from '../api/dossiers';
import { VERSLAGSOORTEN, verslagsoortNaam } from '../dossierLabels';
import { TabelContainer } from './TabelContainer';
import { Veld } from './Veld';
import { XPad } from './XPad';

const ALLE = '';

/**
 * What the import did with each part of the dossier: created, updated, kept with the dossier, not taken over or left
 * out on purpose (a BSN), with the XPath of the part for whoever checks the LAS's export. Filterable by what happened.
 */
export function DossierVerslag({ verslag }: { verslag: readonly Verslagregel[] }) {
  const [soort, setSoort] = useState(ALLE);
  const aantal = (code: string) => verslag.filter((regel) => regel.soort === code).length;
  const soorten = [...VERSLAGSOORTEN.keys()].filter((code) => aantal(code) > 0);
  const getoond = soort === ALLE ? verslag : verslag.filter((regel) => regel.soort === soort);
  const caption = soort === ALLE ? `Verslag van de import (${verslag.length})` : `Verslag van de import: ${verslagsoortNaam(soort)} (${getoond.length})`;

  return (
    <section aria-labelledby="verslag" className="sectie">
      <h2 id="verslag">Verslag</h2>
      {verslag.length === 0 ? (
        <p>Het verslag is leeg.</p>
      ) : (
        <>
          <p>Wat er met elk onderdeel van het dossier is gebeurd, en waarom.</p>
          <Veld label="Toon">
            {(invoer) => (
              <select {...invoer} value={soort} onChange={(event) => setSoort(event.target.value)}>
                <option value={ALLE}>Alles ({verslag.length})</option>
                {soorten.map((code) => (
                  <option key={code} value={code}>
                    {verslagsoortNaam(code)} ({aantal(code)})
                  </option>
                ))}
              </select>
            )}
          </Veld>
          <TabelContainer label={caption}>
            <table className="data-table">
              <caption>{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">Wat er gebeurde</th>
                  <th scope="col">Onderdeel</th>
                  <th scope="col">Toelichting</th>
                  <th scope="col">Plek in het bestand</th>
                </tr>
              </thead>
              <tbody>
                {getoond.map((regel, index) => (
                  <tr key={index}>
                    <td>{verslagsoortNaam(regel.soort)}</td>
                    <th scope="row">{regel.onderdeel}</th>
                    <td>{regel.toelichting}</td>
                    <td>{regel.pad ? <XPad pad={regel.pad} /> : '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TabelContainer>
        </>
      )}
    </section>
  );
}
