import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { OppInhoud } from '../api/ontwikkelingsperspectiefplannen';
import { datumTekst } from '../aanbiederWeergave';
import { urenTekst } from '../arrangementWeergave';
import { doeltermijnNaam, uitstroombestemmingNaam } from '../oppLabels';
import './OppInhoud.css';

const NIET_INGEVULD = 'Nog niet ingevuld';

/** A text of the plan, or "Nog niet ingevuld". */
function Tekst({ tekst }: { tekst: string | null | undefined }) {
  const schoon = tekst?.trim();
  return <dd className={schoon ? 'tekst' : 'niet-ingevuld'}>{schoon || NIET_INGEVULD}</dd>;
}

/** The lines of a part of the plan as a numbered list, or "Nog niet ingevuld". */
function Regels<T>({ regels, children }: { regels: readonly T[]; children: (regel: T, index: number) => ReactNode }) {
  if (regels.length === 0) return <p className="niet-ingevuld">{NIET_INGEVULD}</p>;
  return (
    <ol className="opp-weergave__lijst">
      {regels.map((regel, index) => (
        <li key={index}>{children(regel, index)}</li>
      ))}
    </ol>
  );
}

/**
 * What a version of an OPP says, read-only, in the sections of the editor: uitstroombestemming, factoren,
 * afwijkingen, handelingsdeel and plan van aanpak. For the OPP page and the print view.
 */
export function OppInhoudWeergave({ inhoud }: { inhoud: OppInhoud }) {
  const { handelingsdeel } = inhoud;
  const plan = handelingsdeel.planVanAanpak;
  return (
    <div className="opp-weergave">
      <h3>Uitstroombestemming</h3>
      <dl className="gegevens">
        <dt>Verwachte uitstroombestemming</dt>
        <dd className={inhoud.uitstroombestemming ? undefined : 'niet-ingevuld'}>
          {inhoud.uitstroombestemming ? uitstroombestemmingNaam(inhoud.uitstroombestemming) : NIET_INGEVULD}
        </dd>
        <dt>Onderbouwing</dt>
        <Tekst tekst={inhoud.onderbouwingUitstroom} />
      </dl>

      <h3>Belemmerende en bevorderende factoren</h3>
      <dl className="gegevens">
        <dt>Belemmerende factoren</dt>
        <Tekst tekst={inhoud.belemmerendeFactoren} />
        <dt>Bevorderende factoren</dt>
        <Tekst tekst={inhoud.bevorderendeFactoren} />
      </dl>

      <h3>Afwijkingen van het onderwijsprogramma</h3>
      <Regels regels={inhoud.afwijkingen}>
        {(afwijking) => (
          <>
            <strong>{afwijking.vakgebied}</strong>
            {afwijking.niveau ? ` (niveau ${afwijking.niveau})` : ''}: <span className="tekst">{afwijking.leerlijn}</span>
          </>
        )}
      </Regels>

      <h3>Handelingsdeel</h3>
      <h4>Doelen</h4>
      <Regels regels={handelingsdeel.doelen}>
        {(doel) => (
          <>
            <strong>{doeltermijnNaam(doel.termijn)}</strong>, {doel.domein}: <span className="tekst">{doel.omschrijving}</span>
          </>
        )}
      </Regels>
      <h4>Ondersteuning en begeleiding</h4>
      <Regels regels={handelingsdeel.ondersteuning}>
        {(afspraak, index) => (
          <>
            <span className="tekst">{afspraak.wat}</span>
            <br />
            Door: {afspraak.doorWie}. Hoeveel: {afspraak.omvang}.
            {afspraak.arrangementId && (
              <>
                {' '}
                <Link to={`/arrangementen/${afspraak.arrangementId}`}>Bekijk het arrangement bij ondersteuning {index + 1}</Link>
              </>
            )}
          </>
        )}
      </Regels>
      <h4>Evaluatiemomenten</h4>
      <Regels regels={handelingsdeel.evaluatiemomenten}>{(datum) => datumTekst(datum)}</Regels>

      <h3>Plan van aanpak</h3>
      {plan === undefined ? (
        <p className="niet-ingevuld">{NIET_INGEVULD}</p>
      ) : (
        <>
          <h4>Doelen van het plan van aanpak</h4>
          <Regels regels={plan.doelen}>{(doel) => <span className="tekst">{doel}</span>}</Regels>
          <h4>Interventies</h4>
          <Regels regels={plan.interventies}>
            {(interventie) => (
              <>
                <span className="tekst">{interventie.wat}</span>
                <br />
                Door: {interventie.wie}. Van {datumTekst(interventie.van)} tot en met {datumTekst(interventie.tot)}.
              </>
            )}
          </Regels>
          <dl className="gegevens">
            <dt>Experturen</dt>
            <dd className={plan.expertUren == null ? 'niet-ingevuld' : undefined}>
              {plan.expertUren == null ? NIET_INGEVULD : urenTekst(plan.expertUren)}
            </dd>
          </dl>
        </>
      )}
    </div>
  );
}
