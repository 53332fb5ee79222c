import type { Ondersteuningsbehoeften } from '../api/leerlingen';
import { IvoWeergave } from './IvoWeergave';

const nietIngevuld = (tekst: string | null | undefined) => !tekst?.trim();

function Tekst({ tekst }: { tekst: string | null | undefined }) {
  return <dd className={nietIngevuld(tekst) ? 'niet-ingevuld' : 'tekst'}>{nietIngevuld(tekst) ? 'Niet beschreven' : tekst}</dd>;
}

/** What helps and hinders the pupil, what the pupil needs on the five IVO fields, and how pupil and parents see it. */
export function OndersteuningsbehoeftenWeergave({ behoeften }: { behoeften: Ondersteuningsbehoeften }) {
  return (
    <>
      <dl className="gegevens">
        <dt>Bevorderende factoren</dt>
        <Tekst tekst={behoeften.bevorderendeFactoren} />
        <dt>Belemmerende factoren</dt>
        <Tekst tekst={behoeften.belemmerendeFactoren} />
        <dt>Visie van de leerling</dt>
        <Tekst tekst={behoeften.visieLeerling} />
        <dt>Visie van de ouders</dt>
        <Tekst tekst={behoeften.visieOuders} />
      </dl>
      <h3>Onderwijsbehoeften</h3>
      <IvoWeergave velden={behoeften.onderwijsbehoeften} />
    </>
  );
}
