import { useId, useRef } from 'react';
import type { Communicatiecontext, CommunicatiecontextInvoer } from '../api/aanbieders';
import type { Veldfouten } from '../api/veldfouten';
import { Foutmelding, Veld } from './Veld';

/** One communicatiecontext as the form edits it: every field text, empty when not filled in. */
export interface ContextRij {
  /** Identifies the row while rows are added and removed. */
  sleutel: number;
  /** Added by the user just now: its first field gets the focus. */
  nieuw?: boolean;
  context: string;
  email: string;
  telefoon: string;
  web: string;
  contactnaam: string;
  adres: string;
}

type ContextVeld = Exclude<keyof ContextRij, 'sleutel' | 'nieuw'>;

// RIO's communicatiecontexten that most aanbieders use; others may be typed.
const SUGGESTIES = ['ALGEMEEN', 'AANMELDEN'];

let laatsteSleutel = 0;

export function nieuweContextRij(context = '', nieuw = false): ContextRij {
  laatsteSleutel += 1;
  return { sleutel: laatsteSleutel, nieuw, context, email: '', telefoon: '', web: '', contactnaam: '', adres: '' };
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
  const suggestiesId = useId();
  const toevoegenRef = useRef<HTMLButtonElement>(null);
  const wijzig = (sleutel: number, veld: ContextVeld, waarde: string) =>
    onChange(rijen.map((rij) => (rij.sleutel === sleutel ? { ...rij, [veld]: waarde } : rij)));
  const verwijder = (sleutel: number) => {
    onChange(rijen.filter((rij) => rij.sleutel !== sleutel));
    toevoegenRef.current?.focus();
  };

  return (
    <fieldset className="groep">
      <legend>Contactgegevens</legend>
      <p className="veld__hint">
        Per communicatiecontext (zoals ALGEMEEN of AANMELDEN) minstens een e-mailadres, telefoonnummer, website of
        adres. Een website begint met https://.
      </p>
      <Foutmelding fouten={fouten.bij('communicatiecontexten')} />
      <datalist id={suggestiesId}>
        {SUGGESTIES.map((suggestie) => (
          <option key={suggestie} value={suggestie} />
        ))}
      </datalist>
      {rijen.map((rij, index) => {
        const pad = `communicatiecontexten/${index}`;
        return (
          <fieldset key={rij.sleutel} className="groep groep--genest">
            <legend>Contact {index + 1}</legend>
            <Foutmelding fouten={fouten.bij(pad)} />
            <Veld label="Context" hint="Zoals ALGEMEEN of AANMELDEN." fouten={fouten.bij(`${pad}/context`)}>
              {(invoer) => (
                <input
                  {...invoer}
                  type="text"
                  list={suggestiesId}
                  autoComplete="off"
                  autoFocus={rij.nieuw}
                  required
                  value={rij.context}
                  onChange={(event) => wijzig(rij.sleutel, 'context', event.target.value)}
                />
              )}
            </Veld>
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
