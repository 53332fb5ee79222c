using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;


namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.OntvangBezwaar;

/// <summary>SWV staff register a bezwaar; one received after the bezwaar term is flagged.</summary>
[TlvStapToegang(TlvStap.BezwaarOntvangst)]
[Audit(AuditActie.Wijzigen, TlvAudit.Soort, Doel = TlvAudit.Doel)]
public sealed record OntvangBezwaarCommand(Guid TlvId, long? VerwachteVersie, Result<Bezwaarontvangst> Invoer)
    : IInvoerCommand<Bezwaarontvangst, TlvDto>, IVersieVoorwaarde;
