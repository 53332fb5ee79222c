import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMeldingvoorkeuren, useWijzigMeldingvoorkeuren, type Meldingvoorkeur } from '../api/meldingen';
import { ProblemMessage } from '../components/ProblemMessage';
import { usePageTitle } from '../usePageTitle';

/** /meldingen/voorkeuren: per kind of notification, in the app and/or by e-mail. */
export function MeldingvoorkeurenPage() {
  usePageTitle('Voorkeuren voor meldingen');
  const voorkeuren = useMeldingvoorkeuren();
  return (
    <>
      <h1>Voorkeuren voor meldingen</h1>
      <p>
        Kies per soort melding of u haar in de app wilt zien en of u een e-mail wilt krijgen. Een e-mail zegt alleen dat er
        een nieuw bericht voor u is, met een link; de melding zelf leest u in de app. <Link to="/meldingen">Terug naar uw meldingen</Link>.
      </p>
      {voorkeuren.isPending ? (
        <p role="status">Laden…</p>
      ) : voorkeuren.isError ? (
        <ProblemMessage summary="Uw voorkeuren konden niet worden geladen." error={voorkeuren.error} />
      ) : (
        <Formulier key={voorkeuren.data.versie} versie={voorkeuren.data.versie} huidig={voorkeuren.data.voorkeuren} />
      )}
    </>
  );
}

function Formulier({ versie, huidig }: { versie: number; huidig: Meldingvoorkeur[] }) {
  const [keuzes, setKeuzes] = useState(huidig);
  const [opgeslagen, setOpgeslagen] = useState(false);
  const wijzig = useWijzigMeldingvoorkeuren();
  const zet = (soort: string, veld: 'inApp' | 'perEmail', waarde: boolean) => {
    setOpgeslagen(false);
    setKeuzes((k) => k.map((v) => (v.soort === soort ? { ...v, [veld]: waarde } : v)));
  };
  const bewaar = (event: FormEvent) => {
    event.preventDefault();
    wijzig.mutate(
      { versie, voorkeuren: keuzes.map(({ soort, inApp, perEmail }) => ({ soort, inApp, perEmail })) },
      { onSuccess: () => setOpgeslagen(true) },
    );
  };
  return (
    <form onSubmit={bewaar} noValidate>
      {wijzig.isError && <ProblemMessage summary="Uw voorkeuren konden niet worden bewaard." error={wijzig.error} />}
      {keuzes.map((v) => (
        <fieldset key={v.soort} className="veld">
          <legend>{v.omschrijving}</legend>
          <div className="veld veld--vinkje">
            <label>
              <input type="checkbox" checked={v.inApp} onChange={(e) => zet(v.soort, 'inApp', e.target.checked)} /> In de app
            </label>
          </div>
          <div className="veld veld--vinkje">
            <label>
              <input type="checkbox" checked={v.perEmail} onChange={(e) => zet(v.soort, 'perEmail', e.target.checked)} /> Per e-mail
            </label>
          </div>
        </fieldset>
      ))}
      <button type="submit" className="button" disabled={wijzig.isPending}>
        Voorkeuren bewaren
      </button>
      {opgeslagen && <p role="status">Uw voorkeuren zijn bewaard.</p>}
    </form>
  );
}
