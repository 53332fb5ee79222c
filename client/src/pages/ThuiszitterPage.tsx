import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useSchoolNamen } from '../api/scholen';
import { useThuiszitter, type Thuiszitter } from '../api/thuiszitters';
import { datumTekst, vandaagIso } from '../aanbiederWeergave';
import { tijdstipTekst } from '../arrangementWeergave';
import { leestOrganisaties } from '../auth/rollen';
import { useGebruiker } from '../auth/useGebruiker';
import { Geschiedenis } from '../components/Geschiedenis';
import { leesMelding } from '../components/Melding';
import { StapFormulier } from '../components/StapFormulier';
import { StapPaneel } from '../components/StapPaneel';
import { StatusLabel } from '../components/StatusLabel';
import { ThuiszitterPlanFormulier, ThuiszitterTerugkeerFormulier } from '../components/ThuiszitterFormulieren';
import { ZaakLaden, type ZaakMeldingen } from '../components/ZaakLaden';
import type { StapFormulierProps } from '../stapDefinitie';
import { BEEINDIGING, isThuiszitterStapCode, THUISZITTER_BEHANDELING, type ThuiszitterStapCode } from '../thuiszitterStapDefinities';
import {
  beeindigingsredenNaam,
  duurTekst,
  streefdatumStand,
  thuiszitredenNaam,
  thuiszitterStapNaam,
  thuiszitterStatusNaam,
  verzuimsoortNaam,
  vrijstellingsgrondNaam,
} from '../thuiszitterWeergave';
import { usePageTitle } from '../usePageTitle';

const MELDINGEN: ZaakMeldingen = {
  verouderd: 'De nieuwste gegevens van deze registratie konden niet worden geladen.',
  nietGevonden: 'Deze registratie bestaat niet, of u mag haar niet zien.',
  ongeldigAdres: 'Dit is geen geldig adres van een registratie in het thuiszittersregister.',
  geenToegang: 'U heeft geen toegang tot het thuiszittersregister.',
  mislukt: 'De registratie kon niet worden geladen.',
};

const GEBEURTENISSEN: Readonly<Record<string, string>> = {
  gemeld: 'Gemeld',
  'plan-bijgewerkt': 'Plan bijgewerkt',
  teruggekeerd: 'Terugkeer vastgelegd',
  beeindigd: 'Beëindigd',
};

/** /thuiszitters/:id: one entry of the register, with the steps the person may take now (the API lists them). */
export function ThuiszitterPage() {
  const { id = '' } = useParams();
  const query = useThuiszitter(id);
  usePageTitle(query.data?.leerling ? `Thuiszitter: ${query.data.leerling.naam}` : 'Thuiszitter');
  return (
    <ZaakLaden query={query} titel="Thuiszitter" meldingen={MELDINGEN}>
      {(thuiszitter) => <ThuiszitterDetails key={thuiszitter.id} thuiszitter={thuiszitter} />}
    </ZaakLaden>
  );
}

function formulier(stap: ThuiszitterStapCode, props: StapFormulierProps<Thuiszitter>) {
  switch (stap) {
    case 'planwijziging':
      return <ThuiszitterPlanFormulier {...props} />;
    case 'terugkeer':
      return <ThuiszitterTerugkeerFormulier {...props} />;
    case 'beeindiging':
      return <StapFormulier {...props} definitie={BEEINDIGING} />;
  }
}

function ThuiszitterDetails({ thuiszitter }: { thuiszitter: Thuiszitter }) {
  const location = useLocation();
  const { rollen } = useGebruiker();
  const schoolNaam = useSchoolNamen(leestOrganisaties(rollen));
  const { leerling, terugkeer, beeindiging } = thuiszitter;
  const naam = leerling?.naam ?? 'Leerling';
  const open = thuiszitter.status === 'open';
  const beginmelding = leesMelding(location.state);
  // Decided once: who may act keeps the panel after the last step (its message says what happened), and a school, to
  // which the API lists no step, never gets one.
  const [metPaneel] = useState(() => thuiszitter.toegestaneStappen.length > 0 || beginmelding !== undefined);

  return (
    <>
      <h1>Thuiszitter: {naam}</h1>
      <p className="ondertitel">
        {verzuimsoortNaam(thuiszitter.soort)} · <StatusLabel status={thuiszitter.status} naam={thuiszitterStatusNaam} /> ·{' '}
        <Link to="/thuiszitters">Alle thuiszitters</Link>
      </p>

      {metPaneel && (
        <StapPaneel
          zaak={thuiszitter}
          behandeling={THUISZITTER_BEHANDELING}
          stappen={thuiszitter.toegestaneStappen.filter(isThuiszitterStapCode)}
          titel={thuiszitterStapNaam}
          beginmelding={beginmelding}
          formulier={formulier}
        />
      )}

      <section aria-labelledby="gegevens" className="sectie">
        <h2 id="gegevens">Gegevens</h2>
        <dl className="gegevens">
          <dt>Leerling</dt>
          <dd>
            <Link to={`/leerlingen/${thuiszitter.leerlingId}`}>{naam}</Link>
            {leerling && `, geboren ${datumTekst(leerling.geboortedatum)}`}
          </dd>
          <dt>School</dt>
          <dd>{thuiszitter.schoolNaam ?? schoolNaam(thuiszitter.vestiging)}</dd>
          {thuiszitter.regio && (
            <>
              <dt>Regio</dt>
              <dd>{thuiszitter.regio}</dd>
            </>
          )}
          <dt>Soort</dt>
          <dd>{verzuimsoortNaam(thuiszitter.soort)}</dd>
          <dt>{thuiszitter.soort === 'vrijstelling' ? 'Vrijgesteld sinds' : 'Verzuim sinds'}</dt>
          <dd>{datumTekst(thuiszitter.verzuimSinds)}</dd>
          {thuiszitter.thuiszitterVanaf && thuiszitter.thuiszitterVanaf !== thuiszitter.verzuimSinds && (
            <>
              <dt>Thuiszitter vanaf</dt>
              <dd>{datumTekst(thuiszitter.thuiszitterVanaf)}</dd>
            </>
          )}
          <dt>Duur</dt>
          <dd>{duurTekst(thuiszitter.duurInDagen)}</dd>
          {thuiszitter.reden && (
            <>
              <dt>Reden</dt>
              <dd>{thuiszitredenNaam(thuiszitter.reden)}</dd>
            </>
          )}
          {thuiszitter.grond && (
            <>
              <dt>Grond van de vrijstelling</dt>
              <dd>{vrijstellingsgrondNaam(thuiszitter.grond)}</dd>
            </>
          )}
          <dt>Streefdatum terugkeer</dt>
          <dd>
            {thuiszitter.streefdatum ? (
              <>
                {datumTekst(thuiszitter.streefdatum)}
                {open && (
                  <span className={thuiszitter.verlopen ? 'verlopen' : 'klein'}>{streefdatumStand(thuiszitter.streefdatum, vandaagIso())}</span>
                )}
              </>
            ) : (
              'Geen: een vrijstelling telt niet als thuiszitter'
            )}
          </dd>
          <dt>Gemeente</dt>
          <dd>{thuiszitter.gemeente}</dd>
          <dt>Leerplichtambtenaar</dt>
          <dd>
            {thuiszitter.leerplichtambtenaar
              ? [thuiszitter.leerplichtambtenaar.naam, thuiszitter.leerplichtambtenaar.contact].filter(Boolean).join(', ')
              : 'Niet ingevuld'}
          </dd>
          {terugkeer && (
            <>
              <dt>Terug op</dt>
              <dd>
                {datumTekst(terugkeer.datum)}, naar {terugkeer.vestigingNaam ?? terugkeer.vestiging ?? terugkeer.andereBestemming}
                <span className="klein">{terugkeer.binnenStreefdatum ? 'Binnen de streefdatum.' : 'Na de streefdatum.'}</span>
                {terugkeer.toelichting && <span className="klein">{terugkeer.toelichting}</span>}
              </dd>
            </>
          )}
          {beeindiging && (
            <>
              <dt>Beëindigd op</dt>
              <dd>
                {datumTekst(beeindiging.datum)}: {beeindigingsredenNaam(beeindiging.reden)}
                {beeindiging.toelichting && <span className="klein">{beeindiging.toelichting}</span>}
              </dd>
            </>
          )}
        </dl>
      </section>

      <section aria-labelledby="plan" className="sectie">
        <h2 id="plan">Plan en perspectief</h2>
        {thuiszitter.planversies.length === 0 ? (
          <p>Er is nog geen plan vastgelegd.</p>
        ) : (
          <ol className="tijdlijn" aria-label="Versies van het plan, nieuwste eerst">
            {[...thuiszitter.planversies].reverse().map((versie, index) => (
              <li key={`${versie.op}-${index}`}>
                <p>
                  <strong>{index === 0 ? 'Huidig plan' : 'Eerder plan'}</strong>, door {versie.door.naam} op {tijdstipTekst(versie.op)}
                </p>
                <p className="tekst">Plan: {versie.plan ?? 'niet ingevuld'}</p>
                <p className="tekst">Perspectief: {versie.perspectief ?? 'niet ingevuld'}</p>
              </li>
            ))}
          </ol>
        )}
      </section>

      <Geschiedenis
        geschiedenis={thuiszitter.geschiedenis}
        actieNaam={(code) => GEBEURTENISSEN[code] ?? code}
        label="Geschiedenis van de registratie"
      />
    </>
  );
}
