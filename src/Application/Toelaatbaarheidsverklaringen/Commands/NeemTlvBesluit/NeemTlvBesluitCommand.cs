using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.NeemTlvBesluit;

/// <summary>The commissie van toewijzing decides, after both advices, with a beschikkingsnummer unique in the samenwerkingsverband.</summary>
[TlvStapToegang(TlvStap.Besluit)]
[Audit(AuditActie.Wijzigen, TlvAudit.Soort, Doel = TlvAudit.Doel)]
public sealed record NeemTlvBesluitCommand(Guid TlvId, long? VerwachteVersie, Result<Besluitvoorstel> Invoer)
    : IInvoerCommand<Besluitvoorstel, TlvDto>, IVersieVoorwaarde;
