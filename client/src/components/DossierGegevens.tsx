import type { ReactNode } from 'react';
import type { Dossierimport } from '../api/dossiers';
import { datumTekst } from '../aanbiederWeergave';
import { categorieNaam } from '../tlvLabels';
import { TabelContainer } from './TabelContainer';

type Gegevens = Dossierimport['gegevens'];

interface TabelProps {
  caption: string;
  kolommen: readonly string[];
  /** One row per item; its first cell names the row. */
  rijen: readonly (readonly ReactNode[])[];
}

/** A table of the dossier: the first cell of a row is its header, an empty value a dash. */
function DossierTabel({ caption, kolommen, rijen }: TabelProps) {
  return (
    <TabelContainer label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {kolommen.map((kolom) => (
              <th scope="col" key={kolom}>
                {kolom}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rijen.map(([eerste, ...rest], index) => (
            <tr key={index}>
              <th scope="row">{eerste ?? '–'}</th>
              {rest.map((cel, kolom) => (
                <td key={kolom}>{cel ?? '–'}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TabelContainer>
  );
}

const datum = (iso: string | null | undefined) => (iso ? datumTekst(iso) : undefined);
const leeg = (tekst: string | null | undefined) => (tekst ? tekst : undefined);
const janee = (waarde: boolean | null | undefined) => (waarde === true ? 'Ja' : waarde === false ? 'Nee' : 'Niet vermeld');

interface SectieProps {
  id: string;
  titel: string;
  children: ReactNode;
}

function Sectie({ id, titel, children }: SectieProps) {
  return (
    <section aria-labelledby={id} className="sectie">
      <h2 id={id}>{titel}</h2>
      {children}
    </section>
  );
}

export function Verzorgers({ verzorgers, naam }: { verzorgers: Dossierimport['verzorgers']; naam: string }) {
  return (
    <Sectie id="verzorgers" titel="Ouders en verzorgers">
      {verzorgers.length === 0 ? (
        <p>Het dossier noemt geen ouders of verzorgers.</p>
      ) : (
        <DossierTabel
          caption={`Ouders en verzorgers van ${naam} (${verzorgers.length})`}
          kolommen={['Naam', 'Relatie', 'Wettelijk vertegenwoordiger', 'Telefoon', 'E-mail']}
          rijen={verzorgers.map((v) => [v.naam, v.relatie, v.wettelijkVertegenwoordiger ? 'Ja' : 'Nee', leeg(v.telefoon), leeg(v.email)])}
        />
      )}
    </Sectie>
  );
}

/** TLV's from the dossier: history, possibly of another samenwerkingsverband, with the categorie by its label. */
export function EerdereTlvs({ tlvs, caption }: { tlvs: Gegevens['tlvs']; caption: string }) {
  return (
    <DossierTabel
      caption={caption}
      kolommen={['Beschikkingsnummer', 'Samenwerkingsverband', 'Categorie', 'Ingangsdatum', 'Einddatum']}
      rijen={tlvs.map((t) => [t.beschikkingsnummer, t.samenwerkingsverband, leeg(categorieNaam(t.categorie)), datum(t.ingangsdatum), datum(t.einddatum)])}
    />
  );
}

/** Arrangementen from the dossier: support given elsewhere, not decisions of this samenwerkingsverband. */
export function EerdereArrangementen({ arrangementen, caption }: { arrangementen: Gegevens['arrangementen']; caption: string }) {
  return (
    <DossierTabel
      caption={caption}
      kolommen={['Soort', 'Kenmerk', 'Beschikkingsnummer', 'Ingangsdatum', 'Einddatum']}
      rijen={arrangementen.map((a) => [a.soort, leeg(a.kenmerk), leeg(a.beschikkingsnummer), datum(a.ingangsdatum), datum(a.einddatum)])}
    />
  );
}

/** The school career, tests, plans, absence and earlier support the dossier brought; each part says so when empty. */
export function DossierGegevens({ gegevens, naam }: { gegevens: Gegevens; naam: string }) {
  const { schoolloopbaan, toetsresultaten, handelingsplannen, verzuim, opp, tlvs, arrangementen } = gegevens;
  return (
    <>
      <Sectie id="schoolloopbaan" titel="Schoolloopbaan">
        {schoolloopbaan.length === 0 ? (
          <p>Het dossier bevat geen schoolloopbaan.</p>
        ) : (
          <DossierTabel
            caption={`Schoolloopbaan van ${naam} (${schoolloopbaan.length})`}
            kolommen={['Schooljaar', 'Groep', 'Jaargroep', 'School', 'Begindatum', 'Einddatum']}
            rijen={schoolloopbaan.map((r) => [r.schooljaar, leeg(r.groep), leeg(r.jaargroep), leeg(r.vestiging), datum(r.begindatum), datum(r.einddatum)])}
          />
        )}
      </Sectie>
      <Sectie id="toetsresultaten" titel="Toetsresultaten">
        {toetsresultaten.length === 0 ? (
          <p>Het dossier bevat geen toetsresultaten.</p>
        ) : (
          <DossierTabel
            caption={`Toetsresultaten van ${naam} (${toetsresultaten.length})`}
            kolommen={['Toets', 'Leergebied', 'Afnamedatum', 'Jaargroep', 'Scores']}
            rijen={toetsresultaten.map((t) => [t.toets, leeg(t.leergebied), datum(t.afnamedatum), leeg(t.jaargroep), leeg(t.scores.join(', '))])}
          />
        )}
      </Sectie>
      <Sectie id="handelingsplannen" titel="Handelingsplannen">
        {handelingsplannen.length === 0 ? (
          <p>Het dossier bevat geen handelingsplannen.</p>
        ) : (
          <DossierTabel
            caption={`Handelingsplannen van ${naam} (${handelingsplannen.length})`}
            kolommen={['Gericht op', 'Startdatum', 'Einddatum']}
            rijen={handelingsplannen.map((h) => [leeg(h.gerichtOp), datum(h.startdatum), datum(h.einddatum)])}
          />
        )}
      </Sectie>
      <Sectie id="verzuim" titel="Verzuim">
        {verzuim === undefined ? (
          <p>Het dossier bevat geen gegevens over verzuim.</p>
        ) : (
          <dl className="gegevens">
            <dt>Dagdelen geoorloofd verzuim</dt>
            <dd>{verzuim.dagdelenGeoorloofd ?? 'Niet vermeld'}</dd>
            <dt>Dagdelen ongeoorloofd verzuim</dt>
            <dd>{verzuim.dagdelenOngeoorloofd ?? 'Niet vermeld'}</dd>
            <dt>Meer dan 25 procent verzuim</dt>
            <dd>{janee(verzuim.meerDan25Procent)}</dd>
            <dt>Contact met de leerplichtambtenaar</dt>
            <dd>{janee(verzuim.contactLeerplicht)}</dd>
          </dl>
        )}
      </Sectie>
      <Sectie id="eerdere-ondersteuning" titel="Eerdere ondersteuning">
        <h3>Ontwikkelingsperspectiefplan</h3>
        {opp === undefined ? (
          <p>Het dossier noemt geen ontwikkelingsperspectiefplan.</p>
        ) : (
          <p>
            Een ontwikkelingsperspectiefplan vanaf {datumTekst(opp.ingangsdatum)}
            {opp.einddatum ? ` tot en met ${datumTekst(opp.einddatum)}` : ''}.
          </p>
        )}
        <h3>Toelaatbaarheidsverklaringen</h3>
        {tlvs.length === 0 ? (
          <p>Het dossier noemt geen toelaatbaarheidsverklaringen.</p>
        ) : (
          <EerdereTlvs tlvs={tlvs} caption={`Eerdere toelaatbaarheidsverklaringen (${tlvs.length})`} />
        )}
        <h3>Arrangementen</h3>
        {arrangementen.length === 0 ? (
          <p>Het dossier noemt geen arrangementen.</p>
        ) : (
          <EerdereArrangementen arrangementen={arrangementen} caption={`Eerdere arrangementen (${arrangementen.length})`} />
        )}
      </Sectie>
    </>
  );
}
