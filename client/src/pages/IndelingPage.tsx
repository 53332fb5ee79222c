import { useState, type FormEvent } from 'react';
import { isVersieVerouderd } from '../api/antwoord';
import { useEigenSamenwerkingsverband, useRichtIn, type EigenSamenwerkingsverband } from '../api/indeling';
import { geenVeldfouten, verdeelFouten } from '../api/veldfouten';
import { FormulierKnoppen } from '../components/FormulierKnoppen';
import { Melding } from '../components/Melding';
import { ProblemMessage } from '../components/ProblemMessage';
import { Veld } from '../components/Veld';
import { useFocusBijOpenen } from '../components/useFocusBijOpenen';
import { usePageTitle } from '../usePageTitle';
import '../beheer.css';

/** /indeling: the beheerder's own samenwerkingsverband, its name and its regio's with their lokale netwerken. */
export function IndelingPage() {
  usePageTitle('Samenwerkingsverband');
  const swv = useEigenSamenwerkingsverband();
  const [wijzigen, setWijzigen] = useState(false);
  const [melding, setMelding] = useState<string>();

  if (swv.isPending) return <p role="status">Laden…</p>;
  if (swv.isError) {
    return (
      <>
        <h1>Samenwerkingsverband</h1>
        <ProblemMessage summary="Het samenwerkingsverband kon niet worden geladen." error={swv.error} />
      </>
    );
  }

  return (
    <>
      <h1>{swv.data.naam}</h1>
      <p>
        Code <code>{swv.data.code}</code>. De regio&apos;s en lokale netwerken kiest u bij een school; ze helpen bij overzichten
        per gebied.
      </p>
      <Melding tekst={melding} />
      {wijzigen ? (
        <IndelingFormulier
          swv={swv.data}
          onKlaar={() => {
            setWijzigen(false);
            setMelding('De indeling is opgeslagen.');
          }}
          onAnnuleer={() => setWijzigen(false)}
        />
      ) : (
        <>
          <h2>Regio&apos;s en lokale netwerken</h2>
          {swv.data.regios.length === 0 ? (
            <p>Er zijn nog geen regio&apos;s.</p>
          ) : (
            <ul>
              {swv.data.regios.map((regio) => (
                <li key={regio.naam}>
                  <strong>{regio.naam}</strong>
                  {regio.lokaleNetwerken.length > 0 ? `: ${regio.lokaleNetwerken.join(', ')}` : ' (geen lokale netwerken)'}
                </li>
              ))}
            </ul>
          )}
          <button
            type="button"
            className="button button--secundair"
            onClick={() => {
              setMelding('');
              setWijzigen(true);
            }}
          >
            Naam en indeling wijzigen
          </button>
        </>
      )}
    </>
  );
}

interface RegioInvoer {
  sleutel: number;
  naam: string;
  netwerken: string;
}

/** The lokale netwerken typed one per line, without empty lines. */
export function netwerkenUit(tekst: string): string[] {
  return tekst
    .split('\n')
    .map((regel) => regel.trim())
    .filter((regel) => regel !== '');
}

function IndelingFormulier({ swv, onKlaar, onAnnuleer }: { swv: EigenSamenwerkingsverband; onKlaar: () => void; onAnnuleer: () => void }) {
  const richtIn = useRichtIn(swv);
  const kop = useFocusBijOpenen<HTMLHeadingElement>();
  const [naam, setNaam] = useState(swv.naam);
  const [volgende, setVolgende] = useState(swv.regios.length);
  const [regios, setRegios] = useState<RegioInvoer[]>(
    swv.regios.map((r, i) => ({ sleutel: i, naam: r.naam, netwerken: r.lokaleNetwerken.join('\n') })),
  );
  const velden = ['naam', ...regios.flatMap((_, i) => [`regios/${i}/naam`, `regios/${i}/lokaleNetwerken`])];
  const fouten = richtIn.isError ? verdeelFouten(richtIn.error, velden) : geenVeldfouten;

  function zet(sleutel: number, deel: Partial<RegioInvoer>) {
    setRegios((oud) => oud.map((r) => (r.sleutel === sleutel ? { ...r, ...deel } : r)));
  }

  function verstuur(event: FormEvent) {
    event.preventDefault();
    richtIn.mutate(
      { naam, regios: regios.map((r) => ({ naam: r.naam.trim(), lokaleNetwerken: netwerkenUit(r.netwerken) })) },
      { onSuccess: onKlaar },
    );
  }

  return (
    <form aria-labelledby="indeling-kop" className="formulier" onSubmit={verstuur} noValidate>
      <h2 id="indeling-kop" tabIndex={-1} ref={kop}>
        Naam en indeling wijzigen
      </h2>
      {richtIn.isError && (
        <ProblemMessage
          summary={
            isVersieVerouderd(richtIn.error)
              ? 'Iemand anders heeft de indeling intussen gewijzigd. Annuleer en begin opnieuw met wat nu is opgeslagen.'
              : 'De indeling is niet opgeslagen.'
          }
          error={richtIn.error}
          fouten={fouten.overig}
        />
      )}
      <Veld label="Naam van het samenwerkingsverband" fouten={fouten.bij('naam')}>
        {(invoer) => <input {...invoer} value={naam} onChange={(e) => setNaam(e.target.value)} autoComplete="off" />}
      </Veld>
      {regios.map((regio, i) => (
        <fieldset key={regio.sleutel} className="groep">
          <legend>Regio {i + 1}</legend>
          <Veld label="Naam van de regio" fouten={fouten.bij(`regios/${i}/naam`)}>
            {(invoer) => <input {...invoer} value={regio.naam} onChange={(e) => zet(regio.sleutel, { naam: e.target.value })} autoComplete="off" />}
          </Veld>
          <Veld label="Lokale netwerken" hint="Eén per regel." fouten={fouten.bij(`regios/${i}/lokaleNetwerken`)}>
            {(invoer) => (
              <textarea {...invoer} rows={3} value={regio.netwerken} onChange={(e) => zet(regio.sleutel, { netwerken: e.target.value })} />
            )}
          </Veld>
          <button
            type="button"
            className="button button--secundair"
            onClick={() => setRegios((oud) => oud.filter((r) => r.sleutel !== regio.sleutel))}
          >
            Regio {i + 1} verwijderen
          </button>
        </fieldset>
      ))}
      <p>
        <button
          type="button"
          className="button button--secundair"
          onClick={() => {
            setRegios((oud) => [...oud, { sleutel: volgende, naam: '', netwerken: '' }]);
            setVolgende((n) => n + 1);
          }}
        >
          Regio toevoegen
        </button>
      </p>
      <FormulierKnoppen opslaan="Opslaan" bezig={richtIn.isPending} onAnnuleer={onAnnuleer} />
    </form>
  );
}
