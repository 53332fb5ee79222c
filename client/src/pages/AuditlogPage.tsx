import { useState } from 'react';
import { useAuditActoren, useAuditRegels, type AuditFilters } from '../api/audit';
import { exporteerAuditlog } from '../api/export';
import { RESOURCE_SOORTEN } from '../beheerWeergave';
import { ActorKeuze, actorGroepen, AuditExport, AuditFilterformulier, AuditRegels } from '../components/Auditlog';
import { Veld } from '../components/Veld';
import { Keuzelijst } from '../components/Keuzelijst';
import { leesDatum } from '../datum';
import { usePageTitle } from '../usePageTitle';
import '../beheer.css';

const LEEG = { actor: '', leerling: '', resourceSoort: '', van: '', tot: '' };
type Invoer = typeof LEEG;

/** The filters to send (empty fields left out, dates as ISO days), or the messages for dates that cannot be read. */
export function alsFilters(invoer: Invoer): { filters: AuditFilters } | { fouten: Partial<Record<'van' | 'tot', string>> } {
  const filters: Record<string, string> = {};
  const fouten: Partial<Record<'van' | 'tot', string>> = {};
  for (const [sleutel, ruw] of Object.entries(invoer) as [keyof Invoer, string][]) {
    const waarde = ruw.trim();
    if (waarde === '') continue;
    if (sleutel === 'van' || sleutel === 'tot') {
      const datum = leesDatum(waarde);
      if (datum.soort === 'datum') filters[sleutel] = datum.iso;
      else if (datum.soort === 'fout') fouten[sleutel] = datum.melding;
    } else {
      filters[sleutel] = waarde;
    }
  }
  return Object.keys(fouten).length > 0 ? { fouten } : { filters };
}

/** /auditlog: who read or changed what, when and why, with filters, "Meer laden" and a CSV export. */
export function AuditlogPage() {
  usePageTitle('Auditlog');
  const [invoer, setInvoer] = useState<Invoer>(LEEG);
  const [filters, setFilters] = useState<AuditFilters>({});
  const [datumfouten, setDatumfouten] = useState<Partial<Record<'van' | 'tot', string>>>({});
  const regels = useAuditRegels(filters);

  function filter() {
    const gelezen = alsFilters(invoer);
    if ('fouten' in gelezen) {
      setDatumfouten(gelezen.fouten);
      return;
    }
    setDatumfouten({});
    setFilters(gelezen.filters);
  }

  function wis() {
    setInvoer(LEEG);
    setDatumfouten({});
    setFilters({});
  }

  const zet = (veld: keyof Invoer) => (waarde: string) => setInvoer((oud) => ({ ...oud, [veld]: waarde }));

  return (
    <>
      <h1>Auditlog</h1>
      <p>
        Het auditlog laat zien wie welke gegevens van uw samenwerkingsverband heeft gelezen of gewijzigd, wanneer en
        waarom. Het nieuwste staat bovenaan. Niemand kan het auditlog wijzigen. Ook dat u het nu bekijkt, komt erin.
      </p>
      <AuditFilterformulier onFilter={filter} onWis={wis}>
        <SwvActorKeuze waarde={invoer.actor} onChange={zet('actor')} />
        <Veld label="Leerling-id" hint="Het id van de leerling, bijvoorbeeld uit een inzageverzoek.">
          {(koppeling) => (
            <input {...koppeling} value={invoer.leerling} onChange={(e) => zet('leerling')(e.target.value)} autoComplete="off" spellCheck={false} />
          )}
        </Veld>
        <Keuzelijst label="Soort gegevens" leeg="Alle soorten" keuzes={RESOURCE_SOORTEN.map((s) => ({ waarde: s.waarde, naam: s.label }))} waarde={invoer.resourceSoort} onChange={zet('resourceSoort')} />
        <Veld label="Vanaf" hint="dd-mm-jjjj" fouten={datumfouten.van === undefined ? [] : [datumfouten.van]}>
          {(koppeling) => (
            <input {...koppeling} inputMode="numeric" autoComplete="off" value={invoer.van} onChange={(e) => zet('van')(e.target.value)} />
          )}
        </Veld>
        <Veld label="Tot en met" hint="dd-mm-jjjj" fouten={datumfouten.tot === undefined ? [] : [datumfouten.tot]}>
          {(koppeling) => (
            <input {...koppeling} inputMode="numeric" autoComplete="off" value={invoer.tot} onChange={(e) => zet('tot')(e.target.value)} />
          )}
        </Veld>
      </AuditFilterformulier>
      <Export filters={filters} />
      <AuditRegels lijst={regels} />
    </>
  );
}

/**
 * Who acted, chosen by name among the accounts and koppelingen of the samenwerkingsverband, revoked koppelingen and
 * anyone else the log names.
 */
function SwvActorKeuze({ waarde, onChange }: { waarde: string; onChange: (actor: string) => void }) {
  const actoren = useAuditActoren();
  return <ActorKeuze waarde={waarde} onChange={onChange} groepen={actorGroepen(actoren.data ?? [])} />;
}

/** Downloads the filtered log as CSV or Excel; the API exports one pupil or one actor at a time. */
function Export({ filters }: { filters: AuditFilters }) {
  const kan = filters.actor !== undefined || filters.leerling !== undefined;
  const { pageSize: _, ...zonderGrootte } = filters;

  return (
    <AuditExport
      uitleg={
        kan
          ? 'Download de regels die bij de filters passen als CSV- of Excel-bestand, het oudste eerst. Ook een export komt in het auditlog.'
          : 'Een export gaat over één persoon, één koppeling of één leerling. Kies die eerst bij de filters en klik op Filteren.'
      }
      lijst="auditlog"
      nietMogelijk={!kan}
      haalOp={(formaat) => exporteerAuditlog(zonderGrootte, formaat)}
    />
  );
}
