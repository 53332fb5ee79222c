using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;

namespace PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Commands.SluitOppAf;

/// <summary>The school closes the plan: the pupil no longer needs extra support or leaves the school.</summary>
[OppStapToegang(OppStap.Afsluiting)]
[Audit(AuditActie.Wijzigen, OppAudit.Soort, Doel = OppAudit.Doel)]
public sealed record SluitOppAfCommand(Guid OppId, long? VerwachteVersie, Result<AfsluitingInvoer> Invoer) : IInvoerCommand<AfsluitingInvoer, OppDto>, IVersieVoorwaarde;

public sealed record AfsluitingVerzoek(
    [property: Required] DateOnly? Einddatum,
    [property: Required, MaxLength(Ontwikkelingsperspectiefplan.MaximaleLengteTekst)] string? Reden)
{
    public Result<AfsluitingInvoer> Lees() =>
        Lezen.Vereist(Einddatum, Fout.Ongeldig("einddatum-vereist", "Geef de datum waarop het OPP eindigt.", "einddatum")).Dan(einde => new AfsluitingInvoer(einde, Reden));
}

public sealed record AfsluitingInvoer(DateOnly Einddatum, string? Reden);
