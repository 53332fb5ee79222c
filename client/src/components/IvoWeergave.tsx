import { Fragment } from 'react';
import { IVO_VELDEN, niveauLabel, type IvoVelden } from '../ivoVelden';

/** The five IVO fields as a description list with each field's level; a field not described says so. */
export function IvoWeergave({ velden }: { velden: IvoVelden | undefined }) {
  return (
    <dl className="gegevens">
      {IVO_VELDEN.map(({ veld, naam }) => {
        const tekst = velden?.[veld]?.trim();
        return (
          <Fragment key={veld}>
            <dt>{naam}</dt>
            <dd className={tekst ? 'tekst' : 'niet-ingevuld'}>{tekst || 'Niet beschreven'}</dd>
            <dd className="ivo-niveau">Niveau: {niveauLabel(velden?.niveaus?.[veld])}</dd>
          </Fragment>
        );
      })}
    </dl>
  );
}
