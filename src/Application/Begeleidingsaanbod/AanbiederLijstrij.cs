using System.Linq.Expressions;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Expertises;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Begeleidingsaanbod;

/// <summary>
/// An aanbieder as a list reads it: only the columns <see cref="AanbiederDto"/> shows, projected in the query, so a
/// page of the register never builds aggregates (their backing fields, value objects and the shaper work EF does for
/// them). <see cref="Projectie"/> is the one mapping from the aggregate: the query runs it as SQL, and
/// <see cref="Van"/> runs the same expression compiled, for an aggregate already in memory.
/// </summary>
internal sealed record AanbiederLijstrij(
    Guid Id,
    ObaCode Code,
    string Naam,
    string? InternationaleNaam,
    DateOnly Inbedrijfdatum,
    DateOnly? Uitbedrijfdatum,
    string Bestuur,
    string ErkenningCode,
    Cluster Cluster,
    IReadOnlyList<string> Licenties,
    IReadOnlyList<Communicatiecontext> Communicatiecontexten,
    SwvCode? Eigenaar,
    long Versie,
    DateTimeOffset GewijzigdOp,
    List<AanbodLijstrij> Aanbod)
{
    public static readonly Expression<Func<Onderwijsbegeleidingsaanbieder, AanbiederLijstrij>> Projectie = o => new AanbiederLijstrij(
        o.Id,
        o.Code,
        o.Naam,
        o.InternationaleNaam,
        o.Inbedrijfdatum,
        o.Uitbedrijfdatum,
        o.Bestuur,
        o.Erkenning.Code,
        o.Erkenning.Cluster,
        o.Erkenning.Licenties,
        o.Communicatiecontexten,
        o.Eigenaar,
        o.Versie,
        o.GewijzigdOp,
        o.Aanbod.Select(a => new AanbodLijstrij(
            a.Id, a.Expertise, a.Periode.Begindatum, a.Periode.Einddatum, a.Werkgebied.Samenwerkingsverbanden, a.Werkgebied.Postcodegebieden, a.Capaciteit))
            .ToList());

    private static readonly Func<Onderwijsbegeleidingsaanbieder, AanbiederLijstrij> InGeheugen = Projectie.Compile();

    public static AanbiederLijstrij Van(Onderwijsbegeleidingsaanbieder aanbieder)
    {
        ArgumentNullException.ThrowIfNull(aanbieder);
        return InGeheugen(aanbieder);
    }

    /// <summary>The value a cursor keeps to continue after this row in this order: its naam or its code.</summary>
    public string Sleutel(int volgorde) => volgorde < 2 ? Naam : Code.Waarde;
}

/// <summary>One aangeboden begeleiding of an <see cref="AanbiederLijstrij"/>.</summary>
internal sealed record AanbodLijstrij(
    Guid Id,
    ExpertiseCode Expertise,
    DateOnly Begindatum,
    DateOnly? Einddatum,
    IReadOnlyList<string> Samenwerkingsverbanden,
    IReadOnlyList<string> Postcodegebieden,
    int? Capaciteit);

internal static class AanbiederLijstrijen
{
    /// <summary>The rows of these aanbieders, in their order, without reading an aggregate.</summary>
    public static IQueryable<AanbiederLijstrij> AlsLijstrijen(this IQueryable<Onderwijsbegeleidingsaanbieder> aanbieders) =>
        aanbieders.Select(AanbiederLijstrij.Projectie);
}
