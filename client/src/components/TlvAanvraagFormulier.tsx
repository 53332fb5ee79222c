import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useArrangementen } from '../api/arrangementen';
import { ApiError } from '../api/problem';
import { useScholen, type School } from '../api/scholen';
import { tlvSleutels, vraagTlvAan, type TlvAanvraagVerzoek } from '../api/toelaatbaarheidsverklaringen';
import { verdeelFouten } from '../api/veldfouten';
import { datumTekst } from '../aanbiederWeergave';
import { datumFouten } from '../aanvraagInvoer';
import { soortNaam } from '../arrangementLabels';
import { alsTlvAanvraagVerzoek, beoogdeSchoolKeuze, legeTlvAanvraag, schoolsoortVoor, type TlvAanvraagInvoer } from '../tlvInvoer';
import { tlvPeriode } from '../tlvWeergave';
import { DatumVeld } from './DatumVeld';
import { IvoInvoer, ivoFoutvelden } from './IvoInvoer';
import { Keuzegroep } from './Keuzegroep';
import { LeerlingKeuze } from './LeerlingKeuze';
import { Meerkeuze } from './Meerkeuze';
import { ProblemMessage } from './ProblemMessage';
import { SoortCategorieVelden } from './SoortCategorieVelden';
import { Veld } from './Veld';
import { WatPastInFormulier } from './WatPastInFormulier';

type TekstVeld = 'basisondersteuning' | 'extraOndersteuning' | 'visieOuders' | 'visieLeerling';

const VELDEN = [
  'leerlingId',
  'soort',
  'categorie',
  'beoogdeSchool',
  'beoogdeSchool/vestiging',
  'beoogdeSchool/naam',
  'beoogdeSchool/soort',
  'ingangsdatum',
  'einddatum',
  'basisondersteuning',
  'extraOndersteuning',
  'arrangementen',
  'visieOuders',
  'visieLeerling',
];

const TEKSTEN: readonly { veld: TekstVeld; label: string; hint: string }[] = [
  { veld: 'basisondersteuning', label: 'Basisondersteuning', hint: 'Wat deed de school binnen de basisondersteuning?' },
  { veld: 'extraOndersteuning', label: 'Extra ondersteuning', hint: 'Welke extra ondersteuning kreeg de leerling, en met welk resultaat?' },
];

const VISIES: readonly { veld: TekstVeld; label: string }[] = [
  { veld: 'visieOuders', label: 'Visie van de ouders' },
  { veld: 'visieLeerling', label: 'Visie van de leerling' },
];

/**
 * Requests a TLV for a pupil; `leerlingId` (from ?leerling=) chooses the pupil beforehand, `beoogdeSchool` (from
 * ?vestiging=, when the request starts from an aanmelding or from "Wat past?") the school and with it the soort. Once a
 * pupil is chosen the form has its own "Wat past?" panel, from which an SBO or SO school becomes the beoogde school.
 */
export function TlvAanvraagFormulier({ leerlingId, beoogdeSchool }: { leerlingId: string; beoogdeSchool?: School | undefined }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [invoer, setInvoer] = useState<TlvAanvraagInvoer>(() => legeTlvAanvraag(leerlingId, beoogdeSchool));
  const scholen = useScholen();
  const arrangementen = useArrangementen({ leerlingId: invoer.leerlingId }, invoer.leerlingId !== '');
  const aanvraag = useMutation({
    mutationFn: (verzoek: TlvAanvraagVerzoek) => vraagTlvAan(verzoek),
    onSuccess: (tlv) => {
      queryClient.setQueryData(tlvSleutels.detail(tlv.id), tlv);
      void queryClient.invalidateQueries({ queryKey: tlvSleutels.lijsten });
      void queryClient.invalidateQueries({ queryKey: tlvSleutels.werkvoorraad });
      void navigate(`/toelaatbaarheidsverklaringen/${tlv.id}`, {
        state: {
          melding: `De toelaatbaarheidsverklaring is aangevraagd. Het samenwerkingsverband besluit uiterlijk ${datumTekst(tlv.behandeldeadline)}.`,
        },
      });
    },
  });
  // Dates the form cannot read are shown at their field before anything is sent.
  const [invoerfout, setInvoerfout] = useState<ApiError | null>(null);
  const fouten = verdeelFouten(invoerfout ?? aanvraag.error, [...VELDEN, ...ivoFoutvelden('onderwijsbehoeften')]);
  const wijzig = (wijziging: Partial<TlvAanvraagInvoer>) => setInvoer((huidig) => ({ ...huidig, ...wijziging }));
  const schoolsoort = schoolsoortVoor(invoer.soort);
  const passendeScholen = (scholen.data ?? []).filter((school) => school.soort === schoolsoort);
  const verstuur = (event: FormEvent) => {
    event.preventDefault();
    const onleesbaar = datumFouten(invoer);
    if (onleesbaar.length > 0) {
      setInvoerfout(new ApiError(400, { title: 'Controleer de gemarkeerde velden.', status: 400, errors: onleesbaar }));
      return;
    }
    setInvoerfout(null);
    aanvraag.mutate(alsTlvAanvraagVerzoek(invoer));
  };
  const tekstvak = ({ veld, label, hint }: { veld: TekstVeld; label: string; hint?: string }) => (
    <Veld key={veld} label={label} {...(hint !== undefined && { hint })} fouten={fouten.bij(veld)}>
      {(koppeling) => <textarea {...koppeling} rows={4} required value={invoer[veld]} onChange={(event) => wijzig({ [veld]: event.target.value })} />}
    </Veld>
  );
  const pupilArrangementen = arrangementen.data?.pages.flatMap((pagina) => pagina.arrangementen) ?? [];

  return (
    <form className="formulier" aria-label="Toelaatbaarheidsverklaring aanvragen" noValidate onSubmit={verstuur}>
      {(aanvraag.isError || invoerfout) && (
        <ProblemMessage
          summary="De toelaatbaarheidsverklaring is niet aangevraagd."
          error={invoerfout ?? aanvraag.error}
          fouten={fouten.overig}
        />
      )}
      <LeerlingKeuze
        leerlingId={invoer.leerlingId}
        onChange={(id) => wijzig({ leerlingId: id, arrangementen: [] })}
        fouten={fouten.bij('leerlingId')}
      />
      <WatPastInFormulier
        leerlingId={invoer.leerlingId}
        keuzes={({ tlvNodig, school }) =>
          tlvNodig
            ? [
                {
                  knop: `Kies ${school.naam} als beoogde school`,
                  melding: `${school.naam} is de beoogde school. Vul de rest hieronder aan.`,
                  kies: () => wijzig(beoogdeSchoolKeuze({ vestiging: school.vestiging, soort: school.soortSchool }, invoer.categorie)),
                },
              ]
            : []
        }
      />

      <fieldset className="groep">
        <legend>Toelaatbaarheid</legend>
        <SoortCategorieVelden
          soort={invoer.soort}
          categorie={invoer.categorie}
          onChange={(keuze) => wijzig({ ...keuze, ...(keuze.soort !== invoer.soort && { vestiging: '' }) })}
          fouten={fouten}
        />
        <DatumVeld
          label="Ingangsdatum"
          fouten={fouten.bij('ingangsdatum')}
          required
          value={invoer.ingangsdatum}
          onChange={(ingangsdatum) => wijzig({ ingangsdatum })}
        />
        <DatumVeld
          label="Einddatum (niet verplicht)"
          hint="Laat leeg voor de gebruikelijke duur van het samenwerkingsverband."
          fouten={fouten.bij('einddatum')}
          value={invoer.einddatum}
          onChange={(einddatum) => wijzig({ einddatum })}
        />
      </fieldset>

      <fieldset className="groep">
        <legend>Beoogde school</legend>
        <Keuzegroep
          legend="Waar staat de school?"
          waarde={invoer.schoolHerkomst}
          opties={[
            { waarde: 'swv', label: 'In ons samenwerkingsverband' },
            { waarde: 'buiten', label: 'Buiten ons samenwerkingsverband' },
          ]}
          fouten={fouten.bij('beoogdeSchool')}
          onChange={(herkomst) => wijzig({ schoolHerkomst: herkomst === 'buiten' ? 'buiten' : 'swv' })}
        />
        {invoer.schoolHerkomst === 'swv' ? (
          <Veld
            label="School"
            hint="Een school van de soort die u aanvraagt."
            fouten={[...fouten.bij('beoogdeSchool/vestiging'), ...fouten.bij('beoogdeSchool/soort')]}
            pad="beoogdeSchool/vestiging"
          >
            {(koppeling) => (
              <select {...koppeling} required value={invoer.vestiging} onChange={(event) => wijzig({ vestiging: event.target.value })}>
                <option value="">{schoolsoort === undefined ? 'Kies eerst de soort' : 'Kies een school'}</option>
                {passendeScholen.map((school) => (
                  <option key={school.vestiging} value={school.vestiging}>
                    {school.naam} ({school.vestiging})
                  </option>
                ))}
              </select>
            )}
          </Veld>
        ) : (
          <>
            <Veld label="BRIN-nummer" hint="Vier tekens, zoals 12AB." fouten={fouten.bij('beoogdeSchool/vestiging')}>
              {(koppeling) => (
                <input
                  {...koppeling}
                  type="text"
                  autoComplete="off"
                  size={4}
                  maxLength={4}
                  required
                  value={invoer.brin}
                  onChange={(event) => wijzig({ brin: event.target.value })}
                />
              )}
            </Veld>
            <Veld label="Vestigingscode" hint="Twee cijfers, zoals 00.">
              {(koppeling) => (
                <input
                  {...koppeling}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  size={2}
                  maxLength={2}
                  required
                  value={invoer.vestigingcode}
                  onChange={(event) => wijzig({ vestigingcode: event.target.value })}
                />
              )}
            </Veld>
            <Veld label="Naam van de school" fouten={[...fouten.bij('beoogdeSchool/naam'), ...fouten.bij('beoogdeSchool/soort')]} pad="beoogdeSchool/naam">
              {(koppeling) => (
                <input {...koppeling} type="text" autoComplete="off" required value={invoer.schoolnaam} onChange={(event) => wijzig({ schoolnaam: event.target.value })} />
              )}
            </Veld>
          </>
        )}
      </fieldset>

      <IvoInvoer
        legend="Onderwijsbehoeften"
        hint="Beschrijf op de vijf IVO-velden wat de leerling nodig heeft; laat leeg wat niet van toepassing is."
        teksten={invoer.onderwijsbehoeften}
        onChange={(onderwijsbehoeften) => wijzig({ onderwijsbehoeften })}
        fouten={fouten}
        pad="onderwijsbehoeften"
      />

      <fieldset className="groep">
        <legend>Wat de school deed</legend>
        {TEKSTEN.map(tekstvak)}
        {pupilArrangementen.length > 0 ? (
          <Meerkeuze
            legend="Arrangementen van de leerling (niet verplicht)"
            hint="Koppel de arrangementen die bij deze aanvraag horen."
            gekozen={invoer.arrangementen}
            opties={pupilArrangementen.map((arrangement) => ({
              waarde: arrangement.id,
              label: `${soortNaam(arrangement.soort)}, ${tlvPeriode(arrangement.ingangsdatum, arrangement.einddatum).toLowerCase()}`,
            }))}
            fouten={fouten.bij('arrangementen')}
            onChange={(gekozen) => wijzig({ arrangementen: gekozen })}
          />
        ) : (
          invoer.leerlingId !== '' && arrangementen.isSuccess && <p>De leerling heeft geen arrangementen om te koppelen.</p>
        )}
      </fieldset>

      <fieldset className="groep">
        <legend>Visie van ouders en leerling</legend>
        {VISIES.map(tekstvak)}
      </fieldset>

      <div className="knoppen">
        <button type="submit" className="button" disabled={aanvraag.isPending}>
          Toelaatbaarheidsverklaring aanvragen
        </button>
        <Link to="/werkvoorraad" className="button button--secundair">
          Annuleren
        </Link>
      </div>
    </form>
  );
}
