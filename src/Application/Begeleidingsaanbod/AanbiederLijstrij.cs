using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Expertises;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Begeleidingsaanbod;

/// <summary>
/// An aanbieder as a list reads it: only the columns <see cref="AanbiederDto"/> shows, projected in the query, so a
/// page of the register never builds aggregates (their backing fields, value objects and the shaper work EF does for
/// them). <see cref="Projectie"/> and <see cref="AanbodProjectie"/> are the one mapping from the aggregate: the
/// queries run them as SQL, and <see cref="Van"/> runs the same expressions compiled, for an aggregate in memory.
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
    DateTimeOffset GewijzigdOp)
{
    /// <summary>Filled by the second query of <see cref="AanbiederLijstrijen.LeesLijstrijenAsync"/>, or from the aggregate.</summary>
    public List<AanbodLijstrij> Aanbod { get; } = [];

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
        o.GewijzigdOp);

    /// <summary>One aangeboden begeleiding beside the id of its aanbieder: a flat row of a plain join.</summary>
    public static readonly Expression<Func<Onderwijsbegeleidingsaanbieder, AangebodenBegeleiding, AanbodVanAanbieder>> AanbodProjectie =
        (o, a) => new AanbodVanAanbieder(o.Id, new AanbodLijstrij(
            a.Id, a.Expertise, a.Periode.Begindatum, a.Periode.Einddatum, a.Werkgebied.Samenwerkingsverbanden, a.Werkgebied.Postcodegebieden, a.Capaciteit));

    private static readonly Func<Onderwijsbegeleidingsaanbieder, AanbiederLijstrij> InGeheugen = Projectie.Compile();
    private static readonly Func<Onderwijsbegeleidingsaanbieder, AangebodenBegeleiding, AanbodVanAanbieder> AanbodInGeheugen = AanbodProjectie.Compile();

    public static AanbiederLijstrij Van(Onderwijsbegeleidingsaanbieder aanbieder)
    {
        ArgumentNullException.ThrowIfNull(aanbieder);
        var rij = InGeheugen(aanbieder);
        foreach (var aanbod in aanbieder.Aanbod)
        {
            rij.Aanbod.Add(AanbodInGeheugen(aanbieder, aanbod).Rij);
        }

        return rij;
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

/// <summary>An <see cref="AanbodLijstrij"/> with the aanbieder it belongs to, as the aanbod query returns it.</summary>
internal sealed record AanbodVanAanbieder(Guid AanbiederId, AanbodLijstrij Rij);

internal static class AanbiederLijstrijen
{
    /// <summary>
    /// The rows of this page of aanbieders, in its order, without reading an aggregate: the aanbieders in one query,
    /// then the aanbod of exactly those in a second, flat one. One query with the aanbod as a nested collection costs
    /// more than the extra round trip: it repeats every aanbieder's columns on each of its aanbod rows, and EF's
    /// shaper creates its collection delegates again for every row (about a fifth of the list's CPU in a profile).
    /// </summary>
    /// <remarks>
    /// The two queries are two statements, so a change committed between them can show an aanbieder's columns of
    /// before it and its aanbod of after. The page's feed token and ETag come from the highest change number read
    /// before both, so that change comes again through the feed, and the next revalidation gives the new page.
    /// </remarks>
    public static async Task<List<AanbiederLijstrij>> LeesLijstrijenAsync(
        this IQueryable<Onderwijsbegeleidingsaanbieder> pagina, IQueryable<Onderwijsbegeleidingsaanbieder> register, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(register);
        var rijen = await pagina.Select(AanbiederLijstrij.Projectie).ToListAsync(ct).ConfigureAwait(false);
        if (rijen.Count == 0)
        {
            return rijen;
        }

        var perId = rijen.ToDictionary(r => r.Id);
        var ids = perId.Keys.ToArray();
        var aanbod = register.Where(o => ids.Contains(o.Id)).SelectMany(o => o.Aanbod, AanbiederLijstrij.AanbodProjectie);
        await foreach (var regel in aanbod.AsAsyncEnumerable().WithCancellation(ct).ConfigureAwait(false))
        {
            perId[regel.AanbiederId].Aanbod.Add(regel.Rij);
        }

        return rijen;
    }
}
