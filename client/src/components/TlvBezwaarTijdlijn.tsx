import { datumTekst, vandaagIso } from '../aanbiederWeergave';
import type { Bezwaar, Tlv } from '../api/toelaatbaarheidsverklaringen';
import { bezwaarStappen, bezwaartermijnStappen, staatTekst, type Termijnstap } from '../tlvBezwaarWeergave';
import { indienerNaam } from '../tlvLabels';

/**
 * The bezwaar against a TLV decision as a timeline of its legal terms (bezwaartermijn, LBT within 14 days, hearing,
 * LBT advice, the decision term with its verdaging, the afloop), each saying in words whether it is done, open or
 * verlopen today; the afgeronde bezwaren below it.
 */
export function TlvBezwaarTijdlijn({ tlv }: { tlv: Tlv }) {
  const vandaag = vandaagIso();
  const lopend = tlv.lopendBezwaar;
  const termijn = bezwaartermijnStappen(tlv, vandaag, lopend);
  return (
    <section aria-labelledby="bezwaar" className="sectie">
      <h2 id="bezwaar">Bezwaar</h2>
      {termijn.length === 0 ? (
        <p>
          Het besluit is nog niet bekendgemaakt. De bezwaartermijn van zes weken begint op de dag na de bekendmaking.
        </p>
      ) : lopend ? (
        <>
          <h3>Lopend bezwaar</h3>
          <Tijdlijn label="Termijnen van het lopende bezwaar" stappen={[...termijn, ...bezwaarStappen(lopend, vandaag)]} />
        </>
      ) : (
        <>
          <Tijdlijn label="Bezwaartermijn" stappen={termijn} />
          <p>Er loopt geen bezwaar.</p>
        </>
      )}
      {tlv.afgerondeBezwaren.length > 0 && (
        <>
          <h3>Afgeronde bezwaren</h3>
          {tlv.afgerondeBezwaren.map((bezwaar) => (
            <AfgerondBezwaar key={bezwaar.id} bezwaar={bezwaar} vandaag={vandaag} />
          ))}
        </>
      )}
    </section>
  );
}

function AfgerondBezwaar({ bezwaar, vandaag }: { bezwaar: Bezwaar; vandaag: string }) {
  const naam = `Bezwaar van ${bezwaar.indienerNaam}, ontvangen op ${datumTekst(bezwaar.ontvangenOp)}`;
  return (
    <>
      <h4>{naam}</h4>
      <p className="klein">{indienerNaam(bezwaar.indiener)}</p>
      <Tijdlijn label={naam} stappen={bezwaarStappen(bezwaar, vandaag)} />
    </>
  );
}

function Tijdlijn({ label, stappen }: { label: string; stappen: readonly Termijnstap[] }) {
  return (
    <ol className="tijdlijn" aria-label={label}>
      {stappen.map((stap) => (
        <li key={stap.kop} className={`tijdlijn__stap tijdlijn__stap--${stap.staat}`}>
          <p className="tijdlijn__kop">
            <strong>{stap.kop}</strong> <span className={`termijnstaat termijnstaat--${stap.staat}`}>{staatTekst(stap.staat)}</span>
          </p>
          {stap.regels.map((regel) => (
            <p key={regel} className="tekst">
              {regel}
            </p>
          ))}
        </li>
      ))}
    </ol>
  );
}
