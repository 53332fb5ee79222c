using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Portfolio;
using PassendOnderwijs.Domain.Portfolio.Expertboek;

namespace PassendOnderwijs.Application.Portfolio.Expertboek.Commands.LegExpertprofielVast;

/// <summary>The request body: the whole entry. Unknown codes are problems of their own; the rest is the entry's to check.</summary>
/// <param name="Fte">More than 0 and at most 1, in at most two decimals; one day is 0.2 fte.</param>
public sealed record ExpertprofielVerzoek(
    [property: Required, CodeUit<Expertisegebied>] IReadOnlyList<string>? Expertisegebieden,
    [property: Required, MaxLength(120)] string? Regio,
    [property: Required, Range(0.01, 1.0)] decimal? Fte,
    [property: Required, CodeUit<Werkdag>] IReadOnlyList<string>? Werkdagen,
    IReadOnlyList<string>? OokInRegios,
    [property: MaxLength(Expertprofiel.MaximaleLengteToelichting)] string? Toelichting)
{
    public Result<Expertprofielgegevens> Lees()
    {
        var gebieden = (Expertisegebieden ?? []).Select((c, i) => ExpertisegebiedCodes.Lijst.Lees(c, $"expertisegebieden[{i}]", "expertisegebied")).ToList();
        var dagen = (Werkdagen ?? []).Select((c, i) => WerkdagCodes.Lijst.Lees(c, $"werkdagen[{i}]", "werkdag")).ToList();
        var fouten = gebieden.SelectMany(g => g.Fouten).Concat(dagen.SelectMany(d => d.Fouten)).ToList();
        return fouten.Count > 0
            ? Result<Expertprofielgegevens>.Mislukt(fouten)
            : new Expertprofielgegevens(
                [.. gebieden.Select(g => g.Waarde)], Regio, Fte, [.. dagen.Select(d => d.Waarde)], OokInRegios ?? [], Toelichting);
    }
}
