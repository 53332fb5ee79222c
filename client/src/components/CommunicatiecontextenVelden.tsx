import { useRef } from 'react';
import type { Communicatiecontext, CommunicatiecontextInvoer } from '../api/aanbieders';
import type { Veldfouten } from '../api/veldfouten';
import { BEKENDE_CONTEXTEN, isBekendeContext } from '../aanbiederWeergave';
import { Foutmelding, Veld } from './Veld';

/** One communicatiecontext as the form edits it: every field text, empty when not filled in. */
export interface ContextRij {
  /** Identifies the row while rows are added and removed. */
  sleutel: number;
  /** Added by the user just now: its first field gets the focus. */
  nieuw?: boolean;
  /** The RIO code; for "Andere context" the code as typed. */
  context: string;
  /** "Andere context" is chosen: the code is typed in a field of its own. */
  anders: boolean;
  email: string;
  telefoon: string;
  web: string;
  contactnaam: string;
  adres: string;
}

type ContextVeld = Exclude<keyof ContextRij, 'sleutel' | 'nieuw' | 'anders'>;

/** The select's value for "Andere context": no RIO code has lower-case letters, so it cannot clash with one. */
const ANDERS = 'anders';

let laatsteSleutel = 0;

export function nieuweContextRij(context = '', nieuw = false): ContextRij {
  laatsteSleutel += 1;
  const anders = context !== '' && !isBekendeContext(context);
  return { sleutel: laatsteSleutel, nieuw, context, anders, email: '', telefoon: '', web: '', contactnaam: '', adres: '' };
}

export function alsContextRijen(contexten: readonly Communicatiecontext[]): ContextRij[] {
  return contexten.map((c) => ({
    ...nieuweContextRij(c.context),
    email: c.email ?? '',
    telefoon: c.telefoon ?? '',
    web: c.web ?? '',
    contactnaam: c.contactnaam ?? '',
    adres: c.adres ?? '',
  }));
}

const leegAlsNull = (tekst: string) => (tekst.trim() === '' ? null : tekst.trim());

/** The rows as the API takes them: an empty field is left out (null), the context in capitals. */
export function alsContextInvoer(rijen: readonly ContextRij[]): CommunicatiecontextInvoer[] {
  return rijen.map((rij) => ({
    context: leegAlsNull(rij.context.toUpperCase()),
    email: leegAlsNull(rij.email),
    telefoon: leegAlsNull(rij.telefoon),
    web: leegAlsNull(rij.web),
    contactnaam: leegAlsNull(rij.contactnaam),
    adres: leegAlsNull(rij.adres),
  }));
}

const VELDEN: readonly { veld: ContextVeld; label: string; type: string; autoComplete: string }[] = [
  { veld: 'email', label: 'E-mailadres', type: 'email', autoComplete: 'off' },
  { veld: 'telefoon', label: 'Telefoonnummer', type: 'tel', autoComplete: 'off' },
  { veld: 'web', label: 'Website', type: 'url', autoComplete: 'off' },
  { veld: 'contactnaam', label: 'Contactpersoon', type: 'text', autoComplete: 'off' },
  { veld: 'adres', label: 'Adres', type: 'text', autoComplete: 'off' },
];

/** The paths of the API's errors these fields can show, for verdeelFouten. */
export function contextFoutvelden(rijen: readonly ContextRij[]): string[] {
  return [
    'communicatiecontexten',
    ...rijen.flatMap((_, index) => {
      const rij = `communicatiecontexten/${index}`;
      return [rij, `${rij}/context`, ...VELDEN.map(({ veld }) => `${rij}/${veld}`)];
    }),
  ];
}

interface Props {
  rijen: readonly ContextRij[];
  onChange: (rijen: ContextRij[]) => void;
  fouten: Veldfouten;
}

/** Contact details per communicatiecontext, with rows to add and remove; at least one row stays. */
export function CommunicatiecontextenVelden({ rijen, onChange, fouten }: Props) {
  const toevoegenRef = useRef<HTMLButtonElement>(null);
  const wijzig = (sleutel: number, veld: ContextVeld, waarde: string) =>
    onChange(rijen.map((rij) => (rij.sleutel === sleutel ? { ...rij, [veld]: waarde } : rij)));
  const kies = (sleutel: number, keuze: string) =>
    onChange(
      rijen.map((rij) =>
        rij.sleutel !== sleutel
          ? rij
          : keuze === ANDERS
            ? { ...rij, anders: true, context: rij.anders ? rij.context : '' }
            : { ...rij, anders: false, context: keuze },
      ),
    );
  const verwijder = (sleutel: number) => {
    onChange(rijen.filter((rij) => rij.sleutel !== sleutel));
    toevoegenRef.current?.focus();
  };

  return (
    <fieldset className="groep">
      <legend>Contactgegevens</legend>
      <p className="veld__hint">
        Per context (zoals Algemeen of Aanmelden) minstens een e-mailadres, telefoonnummer, website of adres. Een
        website begint met https://.
      </p>
      <Foutmelding fouten={fouten.bij('communicatiecontexten')} />
      {rijen.map((rij, index) => {
        const pad = `communicatiecontexten/${index}`;
        return (
          <fieldset key={rij.sleutel} className="groep groep--genest">
            <legend>Contact {index + 1}</legend>
            <Foutmelding fouten={fouten.bij(pad)} />
            <Veld label="Context" hint="Waarvoor dit contact is." fouten={rij.anders ? [] : fouten.bij(`${pad}/context`)}>
              {(invoer) => (
                <select
                  {...invoer}
                  autoFocus={rij.nieuw}
                  required
                  value={rij.anders ? ANDERS : rij.context}
                  onChange={(event) => kies(rij.sleutel, event.target.value)}
                >
                  <option value="">Kies een context</option>
                  {BEKENDE_CONTEXTEN.map(({ code, naam }) => (
                    <option key={code} value={code}>
                      {naam}
                    </option>
                  ))}
                  <option value={ANDERS}>Andere context (code uit RIO)</option>
                </select>
              )}
            </Veld>
            {rij.anders && (
              <Veld
                label="Code van de andere context"
                hint="Zoals die in RIO staat: hoofdletters en liggende streepjes."
                fouten={fouten.bij(`${pad}/context`)}
              >
                {(invoer) => (
                  <input
                    {...invoer}
                    type="text"
                    autoComplete="off"
                    required
                    value={rij.context}
                    onChange={(event) => wijzig(rij.sleutel, 'context', event.target.value)}
                  />
                )}
              </Veld>
            )}
            {VELDEN.map(({ veld, label, type, autoComplete }) => (
              <Veld key={veld} label={label} fouten={fouten.bij(`${pad}/${veld}`)}>
                {(invoer) => (
                  <input
                    {...invoer}
                    type={type}
                    autoComplete={autoComplete}
                    value={rij[veld]}
                    onChange={(event) => wijzig(rij.sleutel, veld, event.target.value)}
                  />
                )}
              </Veld>
            ))}
            {rijen.length > 1 && (
              <button type="button" className="button button--secundair" onClick={() => verwijder(rij.sleutel)}>
                Contact {index + 1} verwijderen
              </button>
            )}
          </fieldset>
        );
      })}
      <button
        ref={toevoegenRef}
        type="button"
        className="button button--secundair"
        onClick={() => onChange([...rijen, nieuweContextRij('', true)])}
      >
        Contact toevoegen
      </button>
    </fieldset>
  );
}
