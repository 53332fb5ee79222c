using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.LegHoorzittingVast;

/// <summary>The date of the hoorzitting and, optionally, a short report.</summary>
public sealed record HoorzittingVerzoek([property: Required] DateOnly? Op, [property: MaxLength(Bezwaar.MaximaleLengteTekst)] string? Verslag)
{
    public Result<Hoorzitting> Lees() =>
        Lezen.Vereist(Op, Fout.Ongeldig("datum-vereist", "Geef de datum van de hoorzitting.", "op")).Dan(op => new Hoorzitting(op, Verslag));
}

public sealed record Hoorzitting(DateOnly Op, string? Verslag);
