using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Beleidsinformatie.Leerlingaantallen;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Beleidsinformatie.Leerlingaantallen;

/// <summary>One vestiging's pupils on a teldatum.</summary>
/// <param name="Vestiging">BRIN and vestigingsnummer.</param>
/// <param name="Soort">The vestiging's soort school.</param>
/// <param name="Onderwijsvorm">Where its pupils count in the deelnamepercentage (follows from the soort).</param>
/// <param name="Aantal">The pupils on the teldatum; null while nobody entered or delivered it.</param>
/// <param name="GewijzigdOp">When the number was given last; null while there is none.</param>
public sealed record SchoolaantalDto(
    string Vestiging,
    string Naam,
    [property: CodeUit<SoortSchool>] string Soort,
    [property: CodeUit<Onderwijsvorm>] string Onderwijsvorm,
    int? Aantal,
    DateTimeOffset? GewijzigdOp);

/// <summary>The pupils of the samenwerkingsverband on one teldatum, by onderwijsvorm, and the deelnamepercentage.</summary>
/// <param name="Regulier">Pupils in regular schools (basisonderwijs, voortgezet onderwijs, praktijkonderwijs).</param>
/// <param name="Sbo">Pupils in speciaal basisonderwijs.</param>
/// <param name="So">Pupils in speciaal and voortgezet speciaal onderwijs.</param>
/// <param name="Percentage">Regulier ÷ (regulier + sbo + so), in percent to two decimals; null without pupils.</param>
/// <param name="GeteldeScholen">Vestigingen with a number on this teldatum.</param>
/// <param name="Scholen">Vestigingen of the samenwerkingsverband now: fewer counted means the figure is not complete.</param>
public sealed record TeldatumcijfersDto(DateOnly Teldatum, int Regulier, int Sbo, int So, decimal? Percentage, int GeteldeScholen, int Scholen)
{
    internal static TeldatumcijfersDto Van(DateOnly teldatum, IReadOnlyCollection<(Onderwijsvorm Vorm, int Aantal)> aantallen, int scholen)
    {
        int Som(Onderwijsvorm vorm) => aantallen.Where(a => a.Vorm == vorm).Sum(a => a.Aantal);
        var (regulier, sbo, so) = (Som(Onderwijsvorm.Regulier), Som(Onderwijsvorm.Sbo), Som(Onderwijsvorm.So));
        return new(teldatum, regulier, sbo, so, Deelname.Percentage(regulier, sbo, so), aantallen.Count, scholen);
    }
}

/// <summary>The form of one teldatum: every vestiging of the samenwerkingsverband with its number, and what they add up to.</summary>
public sealed record LeerlingaantallenDto(TeldatumcijfersDto Cijfers, IReadOnlyList<SchoolaantalDto> Scholen);

/// <summary>The deelnamepercentage per teldatum over the years, against the ondersteuningsplan's target.</summary>
/// <param name="Streefpercentage">The target of the policy in force today; null while the samenwerkingsverband set none.</param>
/// <param name="Teldata">Oldest first; only teldata with at least one number.</param>
public sealed record DeelnamepercentageDto(decimal? Streefpercentage, IReadOnlyList<TeldatumcijfersDto> Teldata);

/// <summary>One teldatum of the deelnamepercentage as exported for readers outside the bureau (board, Inspectie, public).</summary>
/// <param name="Regulier">Null when hidden by the small-cell rule.</param>
/// <param name="Percentage">Null when a count of the row is hidden: the percentage would give it away.</param>
public sealed record DeelnameregelDto(DateOnly Teldatum, int? Regulier, int? Sbo, int? So, int? Totaal, decimal? Percentage, decimal? Streefpercentage);

internal static class LeerlingaantalAudit
{
    public const string Soort = "leerlingaantal";
    public const string Doel = "Leerlingaantallen per teldatum voor het deelnamepercentage";
}
