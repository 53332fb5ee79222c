using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Aanmeldingen;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Aanmeldingen.Commands.TrekAanmeldingIn;

/// <summary>The school records that the ouders withdrew the aanmelding; the zorgplicht ends.</summary>
[AanmeldingStapToegang(AanmeldingStap.Intrekking)]
[Audit(AuditActie.Wijzigen, AanmeldingAudit.Soort, Doel = AanmeldingAudit.Doel)]
public sealed record TrekAanmeldingInCommand(Guid AanmeldingId, long? VerwachteVersie, Result<DateOnly> Invoer)
    : IInvoerCommand<DateOnly, AanmeldingDto>, IVersieVoorwaarde;

/// <param name="IngetrokkenOp">The day the ouders withdrew the aanmelding.</param>
public sealed record IntrekkingVerzoek([property: Required] DateOnly? IngetrokkenOp)
{
    public Result<DateOnly> Lees() =>
        Lezen.Vereist(IngetrokkenOp, Fout.Ongeldig("datum-vereist", "Geef de datum waarop de ouders de aanmelding introkken.", "ingetrokkenOp"));
}
