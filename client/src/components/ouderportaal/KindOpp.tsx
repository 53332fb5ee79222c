import { useState } from 'react';
import { useMijnKindOpp, useMijnKindOpps, useOppBeantwoorden, type OuderOppVersie } from '../../api/ouderOpp';
import { verdeelFouten } from '../../api/veldfouten';
import { datumTekst } from '../../aanbiederWeergave';
import { Bevestiging } from '../Bevestiging';
import { Keuzegroep } from '../Keuzegroep';
import { ProblemMessage } from '../ProblemMessage';
import { Foutmelding, Veld } from '../Veld';
import { OppVisie } from './OppVisie';

/**
 * "Ontwikkelingsperspectiefplan" on the child's page: the plan in plain words (what the child works on, which help,
 * who does what, when it is looked at again), and where the school asks for it, the ouder's answer. The school's
 * own concept stays out of sight until the school shares it.
 */
export function KindOpp({ leerlingId, voornaam }: { leerlingId: string; voornaam: string }) {
  const opps = useMijnKindOpps(leerlingId);
  return (
    <section aria-labelledby="opp" className="sectie">
      <h2 id="opp">Ontwikkelingsperspectiefplan</h2>
      <p>
        In dit plan staat wat {voornaam} leert, welke hulp {voornaam} krijgt en wie wat doet. De school maakt het plan samen
        met u. Voor de afspraken over de hulp vraagt de school uw instemming.
      </p>
      {opps.isPending ? (
        <p role="status">Laden…</p>
      ) : opps.isError ? (
        <ProblemMessage summary="De plannen konden niet worden geladen." error={opps.error} />
      ) : opps.data.length === 0 ? (
        <p>Er is nog geen plan dat u kunt lezen.</p>
      ) : (
        opps.data.map((opp) => <Plan key={opp.id} leerlingId={leerlingId} oppId={opp.id} />)
      )}
    </section>
  );
}

function Plan({ leerlingId, oppId }: { leerlingId: string; oppId: string }) {
  const plan = useMijnKindOpp(leerlingId, oppId);
  if (plan.isPending) return <p role="status">Laden…</p>;
  if (plan.isError) return <ProblemMessage summary="Het plan kon niet worden geladen." error={plan.error} />;
  const { concept, vastgesteld, instemmingGevraagd } = plan.data;
  const gevraagd = [concept, vastgesteld].find((v) => v && v.nummer === instemmingGevraagd);
  return (
    <article className="opp-ouder">
      <p>
        <strong>{plan.data.toestand}</strong> School: {plan.data.school}.
      </p>
      {concept && (
        <Versie
          titel={`Het nieuwe plan om te bespreken (versie ${concept.nummer})`}
          uitleg={concept.gedeeldOp ? `De school deelde dit plan met u op ${datumTekst(concept.gedeeldOp.slice(0, 10))}.` : undefined}
          versie={concept}
        />
      )}
      {vastgesteld && (
        <Versie
          titel={`Het plan dat nu geldt (versie ${vastgesteld.nummer})`}
          uitleg={vastgesteld.vastgesteldOp ? `Vastgesteld op ${datumTekst(vastgesteld.vastgesteldOp)}.` : undefined}
          versie={vastgesteld}
        />
      )}
      {gevraagd && <Antwoorden leerlingId={leerlingId} oppId={oppId} versie={gevraagd} />}
      <OppVisie leerlingId={leerlingId} plan={plan.data} />
    </article>
  );
}

function Versie({ titel, uitleg, versie }: { titel: string; uitleg?: string | undefined; versie: OuderOppVersie }) {
  return (
    <>
      <h3>{titel}</h3>
      {uitleg && <p>{uitleg}</p>}
      <h4>Wat {versie.doelen.length === 1 ? 'is het doel' : 'zijn de doelen'}?</h4>
      {versie.doelen.length === 0 ? (
        <p>Er staan nog geen doelen in het plan.</p>
      ) : (
        <ul>
          {versie.doelen.map((doel, i) => (
            <li key={i}>
              <strong>{doel.domein}</strong> ({doel.termijn.toLowerCase()}): {doel.omschrijving}
            </li>
          ))}
        </ul>
      )}
      <h4>Welke hulp en wie doet wat?</h4>
      {versie.ondersteuning.length === 0 ? (
        <p>Er staat nog geen hulp in het plan.</p>
      ) : (
        <ul>
          {versie.ondersteuning.map((steun, i) => (
            <li key={i}>
              {steun.wat}. Door: {steun.doorWie}. Hoeveel: {steun.omvang}.
            </li>
          ))}
        </ul>
      )}
      <h4>Wanneer kijken we of het helpt?</h4>
      {versie.evaluatiemomenten.length === 0 ? (
        <p>Er staat nog geen datum in het plan.</p>
      ) : (
        <ul>
          {versie.evaluatiemomenten.map((datum) => (
            <li key={datum}>{datumTekst(datum)}</li>
          ))}
        </ul>
      )}
      {versie.antwoord && (
        <p className="opp-ouder__antwoord">
          {versie.antwoord.gegeven ? 'Ingestemd' : 'Niet ingestemd'} door {versie.antwoord.ouder} op{' '}
          {datumTekst(versie.antwoord.datum)} ({versie.antwoord.wijze.toLowerCase()}).
          {versie.antwoord.reden && ` Reden: ${versie.antwoord.reden}`}
          {!versie.antwoord.geldig && ' De school heeft het plan daarna veranderd; dit antwoord geldt niet meer.'}
        </p>
      )}
    </>
  );
}

/** "Ja, ik stem in" or "Nee, ik stem niet in" with a reason, after a confirmation; tied to the text the ouder read. */
function Antwoorden({ leerlingId, oppId, versie }: { leerlingId: string; oppId: string; versie: OuderOppVersie }) {
  const [keuze, setKeuze] = useState<'' | 'ja' | 'nee'>('');
  const [reden, setReden] = useState('');
  const [bevestigen, setBevestigen] = useState(false);
  const [opnieuw, setOpnieuw] = useState(false);
  const mutatie = useOppBeantwoorden(leerlingId, oppId);
  const fouten = verdeelFouten(mutatie.error, ['gegeven', 'reden']);
  const heeftAntwoord = versie.antwoord?.geldig === true;

  if (heeftAntwoord && !opnieuw) {
    return (
      <div className="opp-ouder__gegeven" role="status">
        <h3>Uw antwoord</h3>
        <p>
          {versie.antwoord?.gegeven
            ? 'U heeft ingestemd met de afspraken over de hulp. De school weet het.'
            : 'U heeft niet ingestemd met de afspraken over de hulp. De school weet het en neemt contact met u op.'}
        </p>
        <button type="button" className="button button--secundair" onClick={() => setOpnieuw(true)}>
          Ander antwoord geven
        </button>
      </div>
    );
  }

  const verstuur = () =>
    mutatie.mutate(
      { vingerafdruk: versie.vingerafdruk, gegeven: keuze === '' ? null : keuze === 'ja', reden: keuze === 'nee' ? reden.trim() || null : null },
      {
        onSettled: () => setBevestigen(false),
        onSuccess: () => {
          setOpnieuw(false);
          setKeuze('');
          setReden('');
        },
      },
    );

  return (
    <form
      className="opp-ouder__formulier"
      aria-labelledby="opp-antwoord"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        // Without a choice or a reason there is nothing to confirm: the API names every problem at once.
        if (keuze === '' || (keuze === 'nee' && reden.trim() === '')) verstuur();
        else setBevestigen(true);
      }}
    >
      <h3 id="opp-antwoord">Stemt u in met de afspraken over de hulp?</h3>
      <p>
        Het gaat om de doelen, de hulp en de data hierboven (versie {versie.nummer}). Stemt u niet in? Schrijf dan op
        waarom. De school praat er dan met u over.
      </p>
      {mutatie.isError && fouten.overig.length > 0 && (
        <ProblemMessage summary="Uw antwoord is niet verstuurd." error={mutatie.error} />
      )}
      <Keuzegroep
        legend="Uw antwoord"
        waarde={keuze}
        opties={[
          { waarde: 'ja', label: 'Ja, ik stem in' },
          { waarde: 'nee', label: 'Nee, ik stem niet in' },
        ]}
        fouten={fouten.bij('gegeven')}
        onChange={(waarde) => setKeuze(waarde === 'ja' ? 'ja' : 'nee')}
      />
      {keuze === 'nee' && (
        <Veld label="Waarom stemt u niet in?" fouten={fouten.bij('reden')}>
          {(koppeling) => <textarea {...koppeling} rows={4} required value={reden} onChange={(event) => setReden(event.target.value)} />}
        </Veld>
      )}
      <Foutmelding fouten={fouten.bij('vingerafdruk')} />
      {bevestigen ? (
        <Bevestiging
          vraag={keuze === 'ja' ? 'Weet u het zeker? U stemt in met de afspraken over de hulp.' : 'Weet u het zeker? U stemt niet in met de afspraken over de hulp.'}
          ja="Ja, verstuur mijn antwoord"
          bezig={mutatie.isPending}
          onJa={verstuur}
          onNee={() => setBevestigen(false)}
        />
      ) : (
        <button type="submit" className="button">
          Antwoord versturen
        </button>
      )}
    </form>
  );
}
