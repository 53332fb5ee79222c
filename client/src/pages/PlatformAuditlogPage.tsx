import { useState } from 'react';
import { usePlatformAuditActoren, usePlatformAuditRegels, type PlatformAuditFilters } from '../api/audit';
import { exporteerPlatformAuditlog } from '../api/export';
import { ActorKeuze, actorGroepen, AuditExport, AuditFilterformulier, AuditRegels } from '../components/Auditlog';
import { usePageTitle } from '../usePageTitle';
import '../beheer.css';

/**
 * /platform-auditlog: what happened outside every samenwerkingsverband (the platform's accounts, the national register,
 * the expertise list), for the platform-beheerder; filtered by who acted, "Meer laden" for older records, and the
 * filtered log as a file.
 */
export function PlatformAuditlogPage() {
  usePageTitle('Auditlog van het platform');
  const [actor, setActor] = useState('');
  const [filters, setFilters] = useState<PlatformAuditFilters>({});
  const regels = usePlatformAuditRegels(filters);
  const actoren = usePlatformAuditActoren();

  return (
    <>
      <h1>Auditlog van het platform</h1>
      <p>
        Hier staat wat buiten de samenwerkingsverbanden gebeurt: wie accounts van het platform aanmaakte of wijzigde, wat
        register-beheerders in het landelijke register deden en wanneer de lijst van expertises werd gepubliceerd. Het
        nieuwste staat bovenaan. Wat het platform bij een samenwerkingsverband doet, staat in het auditlog van dat
        samenwerkingsverband. Ook dat u dit nu bekijkt, komt in het auditlog.
      </p>
      <AuditFilterformulier
        onFilter={() => setFilters(actor === '' ? {} : { actor })}
        onWis={() => {
          setActor('');
          setFilters({});
        }}
      >
        <ActorKeuze waarde={actor} onChange={setActor} groepen={actorGroepen(actoren.data ?? [], 'Accounts van het platform')} />
      </AuditFilterformulier>
      <AuditExport
        uitleg="Download de regels die bij het filter passen als CSV- of Excel-bestand, het nieuwste eerst. Ook een export komt in het auditlog."
        lijst="platform-auditlog"
        haalOp={(formaat) => exporteerPlatformAuditlog(filters, formaat)}
      />
      <AuditRegels lijst={regels} />
    </>
  );
}
