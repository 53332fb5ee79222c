using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Expertises;

namespace PassendOnderwijs.Application.Begeleidingsaanbod;

/// <summary>
/// Which aanbieders a caller asks for. The aanbod criteria hold for one and the same offer: "offers expertise X, in
/// PO2705, on 1 March" does not match an aanbieder that offers X elsewhere and something else in PO2705.
/// </summary>
/// <param name="Werkgebied">A samenwerkingsverband code (PO2705) or a four-digit postcode area (3811).</param>
public sealed record AanbiederSelectie(
    ExpertiseCode? Expertise = null,
    string? Werkgebied = null,
    Cluster? Cluster = null,
    string? Naam = null,
    DateOnly? GeldigOp = null,
    DateTimeOffset? GewijzigdSinds = null)
{
    /// <summary>
    /// Whether the set this selects can be followed through the change feed: every criterion is a property of the
    /// aanbieder's own state, so a change that moves it in or out of the set is a change to the aanbieder. A date
    /// is not: offers enter and leave "geldig op" by the passing of time alone.
    /// </summary>
    public bool IsVolgbaar => GeldigOp is null && GewijzigdSinds is null;
}

internal static class AanbiederSelectieExtensies
{
    public static IQueryable<Onderwijsbegeleidingsaanbieder> Selecteer(this IQueryable<Onderwijsbegeleidingsaanbieder> aanbieders, AanbiederSelectie selectie)
    {
        if (selectie.Cluster is { } cluster)
        {
            aanbieders = aanbieders.Where(o => o.Erkenning.Cluster == cluster);
        }

        if (selectie.Naam is { } naam)
        {
            var gezocht = naam.Trim().ToLowerInvariant();

            // Runs in PostgreSQL as lower(naam) with strpos; .NET's culture rules never apply here.
#pragma warning disable CA1304, CA1311, CA1862
            aanbieders = aanbieders.Where(o => o.Naam.ToLower().Contains(gezocht) || (o.InternationaleNaam != null && o.InternationaleNaam.ToLower().Contains(gezocht)));
#pragma warning restore CA1304, CA1311, CA1862
        }

        if (selectie.GewijzigdSinds is { } sinds)
        {
            aanbieders = aanbieders.Where(o => o.GewijzigdOp >= sinds);
        }

        var expertise = selectie.Expertise;
        var gebied = selectie.Werkgebied;
        var dag = selectie.GeldigOp;
        if (expertise is null && gebied is null && dag is null)
        {
            return aanbieders;
        }

        // A one-element list, so the werkgebied test is an array overlap (&&) that the werkgebied's GIN indexes serve
        // (migration WerkgebiedIndexen), as in the matching; "gebied = ANY(werkgebied)" reads every line.
        string[] gebieden = gebied is null ? [] : [gebied];
        return aanbieders.Where(o => o.Aanbod.Any(a =>
            (expertise == null || a.Expertise == expertise)
            && (dag == null || (a.Periode.Begindatum <= dag && (a.Periode.Einddatum == null || a.Periode.Einddatum >= dag)))
            && (gebied == null
                || (a.Werkgebied.Samenwerkingsverbanden.Count == 0 && a.Werkgebied.Postcodegebieden.Count == 0)
                || a.Werkgebied.Samenwerkingsverbanden.Any(s => gebieden.Contains(s))
                || a.Werkgebied.Postcodegebieden.Any(p => gebieden.Contains(p)))));
    }
}
