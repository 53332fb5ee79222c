using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.MaakTlvBekend;

/// <summary>The decision was sent to the ouders and the school on this day; the bezwaar term runs from it.</summary>
[TlvStapToegang(TlvStap.Bekendmaking)]
[Audit(AuditActie.Wijzigen, TlvAudit.Soort, Doel = TlvAudit.Doel)]
public sealed record MaakTlvBekendCommand(Guid TlvId, long? VerwachteVersie, Result<DateOnly> Invoer)
    : IInvoerCommand<DateOnly, TlvDto>, IVersieVoorwaarde;

public sealed record BekendmakingVerzoek([property: System.ComponentModel.DataAnnotations.Required] DateOnly? BekendgemaaktOp)
{
    public Result<DateOnly> Lees() =>
        Lezen.Vereist(BekendgemaaktOp, Fout.Ongeldig("bekendmaking-vereist", "Geef de datum waarop het besluit is verstuurd.", "bekendgemaaktOp"));
}
