import type { Veldfouten } from '../api/veldfouten';
import { Veld } from './Veld';

/** The part of an entry the SWV keeps up to date: the gemeente, its leerplichtambtenaar, the plan and the perspective. */
export interface Planinvoer {
  gemeente: string;
  leerplichtambtenaarNaam: string;
  leerplichtambtenaarContact: string;
  plan: string;
  perspectief: string;
}

export const PLANVELDEN = ['gemeente', 'leerplichtambtenaarNaam', 'leerplichtambtenaarContact', 'plan', 'perspectief'] as const;

/** The plan's fields as the API takes them: an empty text as null. */
export function alsPlanverzoek(invoer: Planinvoer) {
  const leeg = (tekst: string) => (tekst.trim() === '' ? null : tekst.trim());
  return {
    gemeente: leeg(invoer.gemeente),
    leerplichtambtenaarNaam: leeg(invoer.leerplichtambtenaarNaam),
    leerplichtambtenaarContact: leeg(invoer.leerplichtambtenaarContact),
    plan: leeg(invoer.plan),
    perspectief: leeg(invoer.perspectief),
  };
}

interface Props {
  invoer: Planinvoer;
  onChange: (wijziging: Partial<Planinvoer>) => void;
  fouten: Veldfouten;
}

/** The gemeente, leerplichtambtenaar, plan and perspective of a thuiszitter: on the new entry and in "Plan bijwerken". */
export function ThuiszitterplanVelden({ invoer, onChange, fouten }: Props) {
  const tekst = (veld: 'gemeente' | 'leerplichtambtenaarNaam' | 'leerplichtambtenaarContact', label: string, hint?: string) => (
    <Veld label={label} {...(hint !== undefined && { hint })} fouten={fouten.bij(veld)}>
      {(koppeling) => (
        <input {...koppeling} type="text" autoComplete="off" value={invoer[veld]} onChange={(event) => onChange({ [veld]: event.target.value })} />
      )}
    </Veld>
  );
  const tekstvak = (veld: 'plan' | 'perspectief', label: string, hint: string) => (
    <Veld label={label} hint={hint} fouten={fouten.bij(veld)}>
      {(koppeling) => <textarea {...koppeling} rows={4} value={invoer[veld]} onChange={(event) => onChange({ [veld]: event.target.value })} />}
    </Veld>
  );
  return (
    <>
      {tekst('gemeente', 'Gemeente', 'De gemeente waar de leerling woont.')}
      {tekst('leerplichtambtenaarNaam', 'Leerplichtambtenaar (niet verplicht)')}
      {tekst('leerplichtambtenaarContact', 'Contact van de leerplichtambtenaar (niet verplicht)', 'Een telefoonnummer of e-mailadres.')}
      {tekstvak('plan', 'Plan (niet verplicht)', 'Wat er gebeurt om de leerling weer naar school te laten gaan, en wie wat doet.')}
      {tekstvak('perspectief', 'Perspectief (niet verplicht)', 'Waar de leerling naartoe kan: een school, een andere plek.')}
    </>
  );
}
