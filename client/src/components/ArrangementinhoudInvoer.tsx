import { useId } from 'react';
import type { components } from '../api/schema';
import type { Veldfouten } from '../api/veldfouten';
import { keuzes, SOORTEN } from '../arrangementLabels';
import { IVO_VELDEN, type IvoNiveaus, type IvoVeld } from '../ivoVelden';
import { TabelContainer } from './TabelContainer';
import { NiveauOpties } from './NiveauOpties';
import { Foutmelding } from './Veld';

type Arrangementinhoud = components['schemas']['Arrangementinhoud'];
type ArrangementinhoudVerzoek = components['schemas']['ArrangementinhoudVerzoek'];

/** Per soort arrangement (code) the select's value per IVO field; '' is "Niet ingevuld". */
export type Inhoudkeuzes = Record<string, Record<IvoVeld, string>>;

const leeg = (): Record<IvoVeld, string> =>
  Object.fromEntries(IVO_VELDEN.map(({ veld }) => [veld, ''])) as Record<IvoVeld, string>;

/** Every soort of the code list, with the levels the SWV stated; a soort it did not state starts empty. */
export function alsInhoudkeuzes(inhoud: readonly Arrangementinhoud[] | undefined): Inhoudkeuzes {
  const keuzesPerSoort: Inhoudkeuzes = {};
  for (const { code } of keuzes(SOORTEN)) keuzesPerSoort[code] = leeg();
  for (const { soort, niveaus } of inhoud ?? []) {
    keuzesPerSoort[soort] = Object.fromEntries(
      IVO_VELDEN.map(({ veld }) => [veld, niveaus[veld] === null || niveaus[veld] === undefined ? '' : String(niveaus[veld])]),
    ) as Record<IvoVeld, string>;
  }
  return keuzesPerSoort;
}

/** The soorten with at least one level, in the order of the code list, as the API takes them: a row without any level is not sent. */
export function alsArrangementinhoud(keuzesPerSoort: Inhoudkeuzes): ArrangementinhoudVerzoek[] {
  return Object.entries(keuzesPerSoort)
    .filter(([, niveaus]) => IVO_VELDEN.some(({ veld }) => niveaus[veld] !== ''))
    .map(([soort, niveaus]) => ({
      soort,
      niveaus: Object.fromEntries(IVO_VELDEN.map(({ veld }) => [veld, niveaus[veld] === '' ? null : Number(niveaus[veld])])) as IvoNiveaus,
    }));
}

interface Props {
  waarde: Inhoudkeuzes;
  onChange: (waarde: Inhoudkeuzes) => void;
  fouten: Veldfouten;
}

/**
 * "Wat uw arrangementen bieden": a row per soort arrangement, a level select per IVO field. The API names a problem
 * by the row's place in the list that was sent (rows without a level are left out), so the errors are looked up that way.
 */
export function ArrangementinhoudInvoer({ waarde, onChange, fouten }: Props) {
  const id = useId();
  const verstuurd = alsArrangementinhoud(waarde).map((r) => r.soort);
  const wijzig = (soort: string, veld: IvoVeld, niveau: string) =>
    onChange({ ...waarde, [soort]: { ...(waarde[soort] ?? leeg()), [veld]: niveau } });
  return (
    <section aria-labelledby={`${id}-kop`}>
      <h2 id={`${id}-kop`}>Wat uw arrangementen bieden</h2>
      <p id={`${id}-hint`} className="veld__hint">
        Per soort arrangement: wat het toevoegt aan wat een school zelf biedt. De vergelijking &apos;Wat past?&apos; gebruikt dit.
      </p>
      <TabelContainer label="Niveau per soort arrangement">
        <table>
          <caption>Niveau per soort arrangement</caption>
          <thead>
            <tr>
              <th scope="col">Soort arrangement</th>
              {IVO_VELDEN.map(({ veld, naam }) => (
                <th key={veld} scope="col">
                  {naam}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {keuzes(SOORTEN).map(({ code, naam: soortnaam }) => {
              const plek = verstuurd.indexOf(code);
              return (
                <tr key={code}>
                  <th scope="row">{soortnaam}</th>
                  {IVO_VELDEN.map(({ veld, naam: veldnaam }) => {
                    const selectId = `${id}-${code}-${veld}`;
                    const meldingen = plek < 0 ? [] : fouten.bij(`arrangementinhoud/${plek}/niveaus/${veld}`);
                    return (
                      <td key={veld}>
                        <label htmlFor={selectId} className="visually-hidden">
                          {soortnaam}: {veldnaam}
                        </label>
                        <Foutmelding id={`${selectId}-fout`} fouten={meldingen} />
                        <select
                          id={selectId}
                          value={waarde[code]?.[veld] ?? ''}
                          aria-describedby={[`${id}-hint`, meldingen.length > 0 ? `${selectId}-fout` : ''].filter(Boolean).join(' ')}
                          aria-invalid={meldingen.length > 0 || undefined}
                          onChange={(event) => wijzig(code, veld, event.target.value)}
                        >
                          <NiveauOpties />
                        </select>
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </TabelContainer>
      <Foutmelding fouten={fouten.bij('arrangementinhoud')} />
    </section>
  );
}
