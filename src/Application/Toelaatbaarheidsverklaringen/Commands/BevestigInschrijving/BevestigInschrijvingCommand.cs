using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.BevestigInschrijving;

/// <summary>The receiving school (or SWV staff) confirm the pupil was enrolled on this TLV, so the SWV sees which TLV's are in use.</summary>
[TlvStapToegang(TlvStap.Inschrijving)]
[Audit(AuditActie.Wijzigen, TlvAudit.Soort, Doel = TlvAudit.Doel)]
public sealed record BevestigInschrijvingCommand(Guid TlvId, long? VerwachteVersie, Result<DateOnly> Invoer) : IInvoerCommand<DateOnly, TlvDto>, IVersieVoorwaarde;
