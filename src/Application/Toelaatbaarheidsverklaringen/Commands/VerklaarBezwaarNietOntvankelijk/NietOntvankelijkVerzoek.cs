using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.VerklaarBezwaarNietOntvankelijk;

/// <summary>Why the bezwaar is niet-ontvankelijk, and the date of that decision.</summary>
public sealed record NietOntvankelijkVerzoek([property: Required, MaxLength(Bezwaar.MaximaleLengteTekst)] string? Reden, [property: Required] DateOnly? Op)
{
    public Result<NietOntvankelijkheid> Lees() =>
        Lezen.Vereist(Op, Fout.Ongeldig("datum-vereist", "Geef de datum van de beslissing.", "op")).Dan(op => new NietOntvankelijkheid(Reden, op));
}

public sealed record NietOntvankelijkheid(string? Reden, DateOnly Op);
