import { useState, type FormEvent } from 'react';
import type { UseMutationResult } from '@tanstack/react-query';
import { useDeskundigeAccounts, type Beroepsregister, type Deskundige, type DeskundigeVerzoek, type Discipline } from '../api/deskundigen';
import { useSchoolbesturen, useScholen } from '../api/scholen';
import { verdeelFouten } from '../api/veldfouten';
import { BEROEPSREGISTERS, DISCIPLINES } from '../deskundigeWeergave';
import { ProblemMessage } from './ProblemMessage';
import { Veld } from './Veld';

const VELDEN = ['naam', 'discipline', 'beroepsregister', 'registratienummer', 'werkgever', 'schoolbestuurId', 'vestiging', 'accountId'] as const;

interface Props {
  /** The deskundige to change; a new one when absent. */
  deskundige?: Deskundige;
  opslaan: UseMutationResult<Deskundige, Error, DeskundigeVerzoek>;
  knop: string;
  foutSamenvatting: string;
  onKlaar: (deskundige: Deskundige) => void;
}

/**
 * Registers or changes a deskundige: discipline and register from the Dutch labels, the employer by name and, when a
 * bestuur or school of the SWV employs them, that one from the SWV's own lists (the law forbids advice on a pupil of
 * the requesting school), and the account with the role deskundige under which they write advices.
 */
export function DeskundigeFormulier({ deskundige, opslaan, knop, foutSamenvatting, onKlaar }: Props) {
  const besturen = useSchoolbesturen();
  const scholen = useScholen();
  const accounts = useDeskundigeAccounts();
  const [invoer, setInvoer] = useState({
    naam: deskundige?.naam ?? '',
    discipline: deskundige?.discipline ?? '',
    beroepsregister: deskundige?.beroepsregister ?? '',
    registratienummer: deskundige?.registratienummer ?? '',
    werkgever: deskundige?.werkgever ?? '',
    schoolbestuurId: deskundige?.schoolbestuurId ?? '',
    vestiging: deskundige?.vestiging ?? '',
    accountId: deskundige?.accountId ?? '',
  });
  const fouten = verdeelFouten(opslaan.error, VELDEN);
  const wijzig = (veld: keyof typeof invoer) => (event: { target: { value: string } }) =>
    setInvoer((huidig) => ({ ...huidig, [veld]: event.target.value }));

  function verstuur(event: FormEvent) {
    event.preventDefault();
    opslaan.mutate(
      {
        naam: invoer.naam,
        discipline: invoer.discipline === '' ? null : (invoer.discipline as Discipline),
        ...(invoer.beroepsregister !== '' && { beroepsregister: invoer.beroepsregister as Beroepsregister }),
        registratienummer: invoer.registratienummer.trim() === '' ? null : invoer.registratienummer.trim(),
        werkgever: invoer.werkgever,
        schoolbestuurId: invoer.schoolbestuurId === '' ? null : invoer.schoolbestuurId,
        vestiging: invoer.vestiging === '' ? null : invoer.vestiging,
        accountId: invoer.accountId === '' ? null : invoer.accountId,
      },
      { onSuccess: onKlaar },
    );
  }

  return (
    <form className="formulier" aria-label={knop} onSubmit={verstuur} noValidate>
      {opslaan.isError && <ProblemMessage summary={foutSamenvatting} error={opslaan.error} fouten={fouten.overig} />}
      <Veld label="Naam" fouten={fouten.bij('naam')}>
        {(koppeling) => <input {...koppeling} value={invoer.naam} onChange={wijzig('naam')} autoComplete="off" />}
      </Veld>
      <Veld label="Discipline" hint="Alleen een orthopedagoog of psycholoog mag het eerste advies geven." fouten={fouten.bij('discipline')}>
        {(koppeling) => (
          <select {...koppeling} value={invoer.discipline} onChange={wijzig('discipline')}>
            <option value="">Kies een discipline</option>
            {[...DISCIPLINES].map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </select>
        )}
      </Veld>
      <Veld label="Beroepsregister" hint="Laat leeg als de deskundige in geen register staat." fouten={fouten.bij('beroepsregister')}>
        {(koppeling) => (
          <select {...koppeling} value={invoer.beroepsregister} onChange={wijzig('beroepsregister')}>
            <option value="">Geen register</option>
            {[...BEROEPSREGISTERS].map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </select>
        )}
      </Veld>
      <Veld label="Registratienummer" hint="Een BIG-nummer heeft 11 cijfers; een nummer bij NIP, NVO of SKJ 3 tot en met 10." fouten={fouten.bij('registratienummer')}>
        {(koppeling) => <input {...koppeling} inputMode="numeric" value={invoer.registratienummer} onChange={wijzig('registratienummer')} autoComplete="off" />}
      </Veld>
      <Veld label="Werkgever" hint="Bijvoorbeeld de naam van de praktijk, of zelfstandig." fouten={fouten.bij('werkgever')}>
        {(koppeling) => <input {...koppeling} value={invoer.werkgever} onChange={wijzig('werkgever')} autoComplete="off" />}
      </Veld>
      <Veld
        label="Werkt voor schoolbestuur"
        hint="Alleen als een schoolbestuur van het samenwerkingsverband de werkgever is. Deze deskundige adviseert dan niet over leerlingen van dat bestuur."
        fouten={fouten.bij('schoolbestuurId')}
      >
        {(koppeling) => (
          <select {...koppeling} value={invoer.schoolbestuurId} onChange={wijzig('schoolbestuurId')}>
            <option value="">Geen schoolbestuur</option>
            {(besturen.data ?? []).map((bestuur) => (
              <option key={bestuur.id} value={bestuur.id}>
                {bestuur.naam} ({bestuur.nummer})
              </option>
            ))}
          </select>
        )}
      </Veld>
      <Veld
        label="Werkt voor school"
        hint="Alleen als een school van het samenwerkingsverband de werkgever is. Deze deskundige adviseert dan niet over leerlingen van die school."
        fouten={fouten.bij('vestiging')}
      >
        {(koppeling) => (
          <select {...koppeling} value={invoer.vestiging} onChange={wijzig('vestiging')}>
            <option value="">Geen school</option>
            {(scholen.data ?? []).map((school) => (
              <option key={school.vestiging} value={school.vestiging}>
                {school.naam} ({school.vestiging})
              </option>
            ))}
          </select>
        )}
      </Veld>
      <Veld label="Account" hint="Het account met de rol deskundige waarmee deze deskundige adviezen schrijft." fouten={fouten.bij('accountId')}>
        {(koppeling) => (
          <select {...koppeling} value={invoer.accountId} onChange={wijzig('accountId')}>
            <option value="">Nog geen account</option>
            {(accounts.data ?? []).map((account) => (
              <option key={account.id} value={account.id} disabled={account.deskundigeId != null && account.deskundigeId !== deskundige?.id}>
                {account.naam}
                {account.deskundigeId != null && account.deskundigeId !== deskundige?.id ? ' (al gekoppeld)' : ''}
              </option>
            ))}
          </select>
        )}
      </Veld>
      <div className="knoppen">
        <button type="submit" className="button" disabled={opslaan.isPending}>
          {knop}
        </button>
      </div>
    </form>
  );
}
