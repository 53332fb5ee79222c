using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Aanmeldingen;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Aanmeldingen.Commands.VerlengAanmelding;

/// <summary>The school extends the term once by four weeks, with the reason and the day the ouders were told.</summary>
[AanmeldingStapToegang(AanmeldingStap.Verlenging)]
[Audit(AuditActie.Wijzigen, AanmeldingAudit.Soort, Doel = AanmeldingAudit.Doel)]
public sealed record VerlengAanmeldingCommand(Guid AanmeldingId, long? VerwachteVersie, Result<VerlengingInvoer> Invoer)
    : IInvoerCommand<VerlengingInvoer, AanmeldingDto>, IVersieVoorwaarde;

/// <param name="OudersGeinformeerdOp">The day the school told the ouders of the extension.</param>
public sealed record VerlengingVerzoek(
    [property: Required, MaxLength(Verlenging.MaximaleLengteReden)] string? Reden,
    [property: Required] DateOnly? OudersGeinformeerdOp)
{
    public Result<VerlengingInvoer> Lees() =>
        Lezen.Vereist(OudersGeinformeerdOp, Fout.Ongeldig("ouders-geinformeerd-vereist", "Geef de datum waarop de ouders over de verlenging zijn geïnformeerd.", "oudersGeinformeerdOp"))
            .Dan(op => new VerlengingInvoer(Reden, op));
}

public sealed record VerlengingInvoer(string? Reden, DateOnly OudersGeinformeerdOp);
