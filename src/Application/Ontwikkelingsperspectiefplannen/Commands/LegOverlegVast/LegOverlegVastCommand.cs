using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;

namespace PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Commands.LegOverlegVast;

/// <summary>The school records the op overeenstemming gericht overleg with the ouders about the concept.</summary>
[OppStapToegang(OppStap.Overleg)]
[Audit(AuditActie.Wijzigen, OppAudit.Soort, Doel = OppAudit.Doel)]
public sealed record LegOverlegVastCommand(Guid OppId, long? VerwachteVersie, Result<OverlegInvoer> Invoer) : IInvoerCommand<OverlegInvoer, OppDto>, IVersieVoorwaarde;

/// <param name="Deelnemers">Who took part in the overleg, the ouders at least.</param>
public sealed record OverlegVerzoek(
    [property: Required] DateOnly? Datum,
    [property: Required, MaxLength(Ontwikkelingsperspectiefplan.MaximaleLengteKort)] string? Deelnemers,
    [property: Required, MaxLength(OppOverleg.MaximaleLengte)] string? Uitkomst)
{
    public Result<OverlegInvoer> Lees() =>
        Lezen.Vereist(Datum, Fout.Ongeldig("datum-vereist", "Geef de datum van het overleg.", "datum")).Dan(datum => new OverlegInvoer(datum, Deelnemers, Uitkomst));
}

public sealed record OverlegInvoer(DateOnly Datum, string? Deelnemers, string? Uitkomst);
