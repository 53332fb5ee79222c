using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.WijsAdviseurAan;

/// <summary>
/// SWV staff ask an active deskundige of the register, with an account, for the first or second advice; the TLV refuses
/// the wrong discipline for the first, the same person twice and anyone employed by the requesting school or its bestuur.
/// </summary>
[TlvStapToegang(TlvStap.AdviseurAanwijzing)]
[KanFalen(FoutSoort.RegelGeschonden)]
[Audit(AuditActie.Wijzigen, TlvAudit.Soort, Doel = TlvAudit.Doel)]
public sealed record WijsAdviseurAanCommand(Guid TlvId, long? VerwachteVersie, Result<Adviesvraag> Invoer)
    : IInvoerCommand<Adviesvraag, TlvDto>, IVersieVoorwaarde;
