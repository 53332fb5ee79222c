import { useState } from 'react';
import { useKindToestemmingen, useToestemmingGeven, useToestemmingIntrekken, type MogelijkeOntvanger, type Toestemming } from '../../api/ouders';
import { verdeelFouten } from '../../api/veldfouten';
import { datumTekst } from '../../aanbiederWeergave';
import { dagTekst } from '../../arrangementWeergave';
import { Bevestiging } from '../Bevestiging';
import { Keuzegroep } from '../Keuzegroep';
import { ProblemMessage } from '../ProblemMessage';
import { Veld } from '../Veld';

const sleutel = (m: MogelijkeOntvanger) => m.ontvanger.gebruikerId ?? `aanbieder:${m.ontvanger.aanbiederCode ?? ''}`;

/**
 * "Wie mag meekijken" on the child's page: who outside the school and the samenwerkingsverband may see the child's
 * data on the ouders' consent (who, from which organisation, why, since when), with Toestemming geven and
 * Toestemming intrekken, each after a confirmation. Only the people already involved with the child can be chosen.
 */
export function KindToestemmingen({ leerlingId, voornaam }: { leerlingId: string; voornaam: string }) {
  const gegevens = useKindToestemmingen(leerlingId);
  return (
    <section aria-labelledby="toestemmingen" className="sectie">
      <h2 id="toestemmingen">Wie mag meekijken</h2>
      <p>
        De school en het samenwerkingsverband mogen de gegevens van {voornaam} gebruiken voor de ondersteuning. Iemand van buiten,
        zoals een begeleider van een andere organisatie, mag dat alleen als u toestemming geeft. U kunt die altijd weer intrekken.
      </p>
      {gegevens.isPending ? (
        <p role="status">Laden…</p>
      ) : gegevens.isError ? (
        <ProblemMessage summary="De toestemmingen konden niet worden geladen." error={gegevens.error} />
      ) : (
        <>
          {gegevens.data.toestemmingen.filter((t) => t.actief).length === 0 ? (
            <p>Nu mag niemand van buiten de school en het samenwerkingsverband meekijken.</p>
          ) : (
            <ul className="kaarten">
              {gegevens.data.toestemmingen
                .filter((t) => t.actief)
                .map((t) => (
                  <Gegeven key={t.id} leerlingId={leerlingId} toestemming={t} />
                ))}
            </ul>
          )}
          {gegevens.data.mogelijkeOntvangers.length > 0 && (
            <Geven leerlingId={leerlingId} mogelijk={gegevens.data.mogelijkeOntvangers} />
          )}
        </>
      )}
    </section>
  );
}

function wie(t: { ontvanger: { naam: string; organisatie?: string | null } }) {
  return t.ontvanger.organisatie ? `${t.ontvanger.naam} (${t.ontvanger.organisatie})` : t.ontvanger.naam;
}

function Gegeven({ leerlingId, toestemming }: { leerlingId: string; toestemming: Toestemming }) {
  const [bevestigen, setBevestigen] = useState(false);
  const intrekken = useToestemmingIntrekken(leerlingId);
  return (
    <li className="kaart">
      <p className="kaart__kop">
        <strong>{wie(toestemming)}</strong>
      </p>
      <p>Waarvoor: {toestemming.doel}</p>
      <p>
        Gegeven door {toestemming.gegevenDoor} op {dagTekst(toestemming.gegevenOp)}
        {toestemming.tot ? `, tot en met ${datumTekst(toestemming.tot)}` : ''}.
      </p>
      {intrekken.isError && <ProblemMessage summary="De toestemming is niet ingetrokken." error={intrekken.error} />}
      {bevestigen ? (
        <Bevestiging
          vraag={`Weet u het zeker? ${toestemming.ontvanger.naam} kan de gegevens dan meteen niet meer zien.`}
          ja="Ja, trek in"
          gevaar
          bezig={intrekken.isPending}
          onJa={() => intrekken.mutate(toestemming.id, { onSettled: () => setBevestigen(false) })}
          onNee={() => setBevestigen(false)}
        />
      ) : (
        <button type="button" className="button button--secundair" aria-label={`Toestemming intrekken voor ${toestemming.ontvanger.naam}`} onClick={() => setBevestigen(true)}>
          Toestemming intrekken
        </button>
      )}
    </li>
  );
}

function Geven({ leerlingId, mogelijk }: { leerlingId: string; mogelijk: readonly MogelijkeOntvanger[] }) {
  const [keuze, setKeuze] = useState('');
  const [doel, setDoel] = useState('');
  const [bevestigen, setBevestigen] = useState(false);
  const [klaar, setKlaar] = useState<string>();
  const geven = useToestemmingGeven(leerlingId);
  const fouten = verdeelFouten(geven.error, ['ontvanger', 'doel']);
  const gekozen = mogelijk.find((m) => sleutel(m) === keuze);

  const verstuur = () =>
    geven.mutate(
      { gebruikerId: gekozen?.ontvanger.gebruikerId ?? null, aanbiederCode: gekozen?.ontvanger.gebruikerId ? null : (gekozen?.ontvanger.aanbiederCode ?? null), doel: doel.trim() || null },
      {
        onSettled: () => setBevestigen(false),
        onSuccess: (t) => {
          setKlaar(`U heeft toestemming gegeven aan ${t.ontvanger.naam}.`);
          setKeuze('');
          setDoel('');
        },
      },
    );

  return (
    <form
      aria-labelledby="toestemming-geven"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setKlaar(undefined);
        // Without a choice or a purpose there is nothing to confirm: the API names every problem at once.
        if (!gekozen || doel.trim() === '') verstuur();
        else setBevestigen(true);
      }}
    >
      <h3 id="toestemming-geven">Toestemming geven</h3>
      {klaar && <p role="status">{klaar}</p>}
      {geven.isError && fouten.overig.length > 0 && <ProblemMessage summary="De toestemming is niet gegeven." error={geven.error} />}
      <Keuzegroep
        legend="Wie mag meekijken?"
        waarde={keuze}
        opties={mogelijk.map((m) => ({ waarde: sleutel(m), label: `${wie(m)}. ${m.waarom}` }))}
        fouten={fouten.bij('ontvanger')}
        onChange={setKeuze}
      />
      <Veld label="Waarvoor geeft u toestemming?" fouten={fouten.bij('doel')}>
        {(koppeling) => <textarea {...koppeling} rows={3} required value={doel} onChange={(event) => setDoel(event.target.value)} />}
      </Veld>
      {bevestigen && gekozen ? (
        <Bevestiging
          vraag={`Weet u het zeker? ${gekozen.ontvanger.naam} mag dan de gegevens van uw kind zien.`}
          ja="Ja, geef toestemming"
          bezig={geven.isPending}
          onJa={verstuur}
          onNee={() => setBevestigen(false)}
        />
      ) : (
        <button type="submit" className="button">
          Toestemming geven
        </button>
      )}
    </form>
  );
}
