import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { leerlingSleutels, registreerLeerling, type LeerlingVerzoek } from '../api/leerlingen';
import { verdeelFouten } from '../api/veldfouten';
import { leerlingNaam } from '../arrangementWeergave';
import { useGebruiker } from '../auth/useGebruiker';
import { PostcodegebiedVeld } from './PostcodegebiedFormulier';
import { ProblemMessage } from './ProblemMessage';
import { DatumVeld } from './DatumVeld';
import { Veld } from './Veld';
import { VestigingKeuze } from './VestigingKeuze';

interface Gegevens {
  voornaam: string;
  achternaam: string;
  geboortedatum: string;
  vestiging: string;
  groep: string;
  postcodegebied: string;
}

const VELDEN = ['voornaam', 'achternaam', 'geboortedatum', 'vestiging', 'groep', 'postcodegebied'];

const leegAlsNull = (tekst: string) => (tekst.trim() === '' ? null : tekst.trim());

function alsVerzoek(gegevens: Gegevens): LeerlingVerzoek {
  return {
    voornaam: leegAlsNull(gegevens.voornaam),
    achternaam: leegAlsNull(gegevens.achternaam),
    geboortedatum: leegAlsNull(gegevens.geboortedatum),
    vestiging: leegAlsNull(gegevens.vestiging),
    groep: leegAlsNull(gegevens.groep),
    postcodegebied: leegAlsNull(gegevens.postcodegebied),
  };
}

/** Registers a pupil: name, date of birth, school, groep and (optional) postcode area; never a BSN. Then goes to the pupil's page. */
export function LeerlingRegistratieFormulier() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { vestigingen } = useGebruiker();
  const [gegevens, setGegevens] = useState<Gegevens>(() => ({
    voornaam: '',
    achternaam: '',
    geboortedatum: '',
    // An IB'er of one school registers there.
    vestiging: vestigingen.length === 1 ? (vestigingen[0] ?? '') : '',
    groep: '',
    postcodegebied: '',
  }));
  const registratie = useMutation({
    mutationFn: registreerLeerling,
    onSuccess: (leerling) => {
      queryClient.setQueryData(leerlingSleutels.detail(leerling.id), leerling);
      void queryClient.invalidateQueries({ queryKey: leerlingSleutels.lijsten });
      void navigate(`/leerlingen/${leerling.id}`, { state: { melding: `${leerlingNaam(leerling)} is geregistreerd.` } });
    },
  });
  const fouten = verdeelFouten(registratie.error, VELDEN);
  const wijzig = (veld: keyof Gegevens, waarde: string) => setGegevens((huidig) => ({ ...huidig, [veld]: waarde }));
  const registreer = (event: FormEvent) => {
    event.preventDefault();
    registratie.mutate(alsVerzoek(gegevens));
  };
  const tekstveld = (veld: 'voornaam' | 'achternaam' | 'groep', label: string, hint?: string) => (
    <Veld label={label} {...(hint !== undefined && { hint })} fouten={fouten.bij(veld)}>
      {(koppeling) => (
        <input
          {...koppeling}
          type="text"
          required
          autoComplete="off"
          value={gegevens[veld]}
          onChange={(event) => wijzig(veld, event.target.value)}
        />
      )}
    </Veld>
  );

  return (
    <form className="formulier" aria-label="Nieuwe leerling registreren" noValidate onSubmit={registreer}>
      {registratie.isError && (
        <ProblemMessage summary="De leerling is niet geregistreerd." error={registratie.error} fouten={fouten.overig} />
      )}
      <fieldset className="groep">
        <legend>Gegevens</legend>
        {tekstveld('voornaam', 'Voornaam')}
        {tekstveld('achternaam', 'Achternaam', 'Met tussenvoegsel, zoals "de Vries".')}
        <DatumVeld
          label="Geboortedatum"
          fouten={fouten.bij('geboortedatum')}
          required
          value={gegevens.geboortedatum}
          onChange={(geboortedatum) => wijzig('geboortedatum', geboortedatum)}
        />
        <VestigingKeuze
          label="School"
          leeg="Kies een school"
          waarde={gegevens.vestiging}
          onChange={(vestiging) => wijzig('vestiging', vestiging)}
          fouten={fouten.bij('vestiging')}
          required
        />
        {tekstveld('groep', 'Groep of klas', 'Zoals de school haar noemt, bijvoorbeeld 5 of 2B.')}
        <PostcodegebiedVeld waarde={gegevens.postcodegebied} onChange={(waarde) => wijzig('postcodegebied', waarde)} fouten={fouten.bij('postcodegebied')} />
      </fieldset>
      <div className="knoppen">
        <button type="submit" className="button" disabled={registratie.isPending}>
          Leerling registreren
        </button>
        <Link to="/leerlingen" className="button button--secundair">
          Annuleren
        </Link>
      </div>
    </form>
  );
}
