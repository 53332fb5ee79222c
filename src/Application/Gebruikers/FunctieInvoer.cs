using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Gebruikers;

/// <summary>The functies of a request as codes, read into the domain's; every unknown code is its own problem.</summary>
internal static class FunctieInvoer
{
    public static Result<IReadOnlyList<Functie>> Lees(IReadOnlyList<string>? codes)
    {
        var gelezen = (codes ?? []).Select((c, i) => FunctieCodes.Lijst.Lees(c, $"functies[{i}]", "functie")).ToList();
        var fouten = gelezen.SelectMany(g => g.Fouten).ToList();
        return fouten.Count > 0
            ? Result<IReadOnlyList<Functie>>.Mislukt(fouten)
            : Result<IReadOnlyList<Functie>>.Gelukt([.. gelezen.Select(g => g.Waarde).Distinct()]);
    }
}
