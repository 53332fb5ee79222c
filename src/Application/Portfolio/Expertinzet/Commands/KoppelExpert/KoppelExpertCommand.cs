using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Portfolio.Expertinzet;

namespace PassendOnderwijs.Application.Portfolio.Expertinzet.Commands.KoppelExpert;

/// <summary>
/// The regionaal procesbegeleider links an active expert of the samenwerkingsverband. The expert becomes betrokkene of
/// the pupil until the inzet closes or they are unlinked, so they see that pupil (need to know) and this inzet.
/// </summary>
[ExpertinzetStapToegang(ExpertinzetStap.Koppeling)]
[KanFalen(FoutSoort.RegelGeschonden)]
[Audit(AuditActie.Wijzigen, ExpertinzetAudit.Soort, Doel = ExpertinzetAudit.Doel)]
public sealed record KoppelExpertCommand(Guid ExpertinzetId, long? VerwachteVersie, Result<Guid> Invoer)
    : IInvoerCommand<Guid, ExpertinzetDto>, IVersieVoorwaarde;

/// <param name="ExpertId">The expert's account, from GET /experts.</param>
public sealed record InzetKoppelVerzoek([property: Required] Guid? ExpertId)
{
    public Result<Guid> Lees() =>
        ExpertId is { } id && id != Guid.Empty ? id : Fout.Ongeldig("expert-vereist", "Kies de expert die u koppelt.", "expertId");
}
