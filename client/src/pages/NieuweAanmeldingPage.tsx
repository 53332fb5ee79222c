import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { aanmeldingSleutels, registreerAanmelding, type AanmeldingVerzoek } from '../api/aanmeldingen';
import { verdeelFouten } from '../api/veldfouten';
import { useGebruiker } from '../auth/useGebruiker';
import { datumTekst, vandaagIso } from '../aanbiederWeergave';
import { DatumVeld } from '../components/DatumVeld';
import { FormulierKnoppen } from '../components/FormulierKnoppen';
import { Keuzegroep } from '../components/Keuzegroep';
import { LeerlingKeuze } from '../components/LeerlingKeuze';
import { ProblemMessage } from '../components/ProblemMessage';
import { Veld } from '../components/Veld';
import { useSchoolNamen } from '../api/scholen';
import { usePageTitle } from '../usePageTitle';

const VELDEN = ['leerlingId', 'vestiging', 'ontvangenOp', 'ouderVerwachtExtraOndersteuning', 'gewensteStartdatum', 'schooljaar'];

/** The schooljaar a date falls in, "2026-2027": from 1 August on, the next one. */
const schooljaarVan = (iso: string) => {
  const jaar = Number(iso.slice(0, 4));
  return Number(iso.slice(5, 7)) >= 8 ? `${jaar}-${jaar + 1}` : `${jaar - 1}-${jaar}`;
};

/** /aanmeldingen/nieuw[?leerling=]: the school registers a written aanmelding at one of its vestigingen. */
export function NieuweAanmeldingPage() {
  usePageTitle('Nieuwe aanmelding');
  const [searchParams] = useSearchParams();
  const { vestigingen } = useGebruiker();
  const schoolNaam = useSchoolNamen();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [leerlingId, setLeerlingId] = useState(searchParams.get('leerling') ?? '');
  const [vestiging, setVestiging] = useState(vestigingen[0] ?? '');
  const [ontvangenOp, setOntvangenOp] = useState(vandaagIso);
  const [extra, setExtra] = useState('');
  const [start, setStart] = useState('');
  const [schooljaar, setSchooljaar] = useState(() => schooljaarVan(vandaagIso()));
  const registreer = useMutation({
    mutationFn: (verzoek: AanmeldingVerzoek) => registreerAanmelding(verzoek),
    onSuccess: (a) => {
      queryClient.setQueryData(aanmeldingSleutels.detail(a.id), a);
      void queryClient.invalidateQueries({ queryKey: aanmeldingSleutels.alle, predicate: (q) => q.queryKey[1] !== 'detail' });
      void navigate(`/aanmeldingen/${a.id}`, {
        state: { melding: a.besluitUiterlijk ? `De aanmelding is geregistreerd. Besluit uiterlijk ${datumTekst(a.besluitUiterlijk)}.` : 'De aanmelding is geregistreerd.' },
      });
    },
  });
  const fouten = verdeelFouten(registreer.error, VELDEN);
  const verstuur = (event: FormEvent) => {
    event.preventDefault();
    registreer.mutate({
      leerlingId: leerlingId === '' ? null : leerlingId,
      vestiging: vestiging === '' ? null : vestiging,
      ontvangenOp: ontvangenOp.trim() === '' ? null : ontvangenOp,
      ouderVerwachtExtraOndersteuning: extra === '' ? null : extra === 'ja',
      gewensteStartdatum: start.trim() === '' ? null : start,
      schooljaar: schooljaar.trim() === '' ? null : schooljaar.trim(),
    });
  };

  return (
    <>
      <h1>Nieuwe aanmelding</h1>
      <p className="intro">
        Leg een schriftelijke aanmelding vast. Vanaf de dag na ontvangst loopt de zorgplicht: de school besluit binnen zes weken. Staat de
        leerling nog niet in de lijst, voeg hem dan eerst toe bij Leerlingen.
      </p>
      <form className="formulier" aria-label="Aanmelding registreren" noValidate onSubmit={verstuur}>
        {registreer.isError && <ProblemMessage summary="De aanmelding is niet geregistreerd." error={registreer.error} fouten={fouten.overig} />}
        <LeerlingKeuze leerlingId={leerlingId} onChange={setLeerlingId} fouten={fouten.bij('leerlingId')} />
        {vestigingen.length > 1 && (
          <Keuzegroep
            legend="School waar de leerling is aangemeld"
            waarde={vestiging}
            opties={vestigingen.map((v) => ({ waarde: v, label: schoolNaam(v) }))}
            fouten={fouten.bij('vestiging')}
            onChange={setVestiging}
          />
        )}
        <DatumVeld label="Ontvangen op" hint="De dag waarop de schriftelijke aanmelding binnenkwam." required value={ontvangenOp} onChange={setOntvangenOp} fouten={fouten.bij('ontvangenOp')} />
        <Keuzegroep
          legend="Verwachten de ouders dat hun kind extra ondersteuning nodig heeft?"
          waarde={extra}
          opties={[
            { waarde: 'ja', label: 'Ja' },
            { waarde: 'nee', label: 'Nee' },
          ]}
          fouten={fouten.bij('ouderVerwachtExtraOndersteuning')}
          onChange={setExtra}
        />
        <DatumVeld label="Gewenste startdatum" required value={start} onChange={setStart} fouten={fouten.bij('gewensteStartdatum')} />
        <Veld label="Schooljaar" hint="Bijvoorbeeld 2026-2027." fouten={fouten.bij('schooljaar')}>
          {(invoer) => <input {...invoer} value={schooljaar} onChange={(e) => setSchooljaar(e.target.value)} />}
        </Veld>
        <FormulierKnoppen opslaan="Aanmelding registreren" bezig={registreer.isPending} onAnnuleer={() => void navigate(-1)} />
      </form>
    </>
  );
}
