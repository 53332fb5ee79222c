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

        var reikt = gebied is null ? (a => true) : Aanbodwerkgebied.Reikt([gebied]);
        return aanbieders.Where(o => o.Aanbod.AsQueryable().Where(reikt).Any(a =>
            (expertise == null || a.Expertise == expertise)
            && (dag == null || (a.Periode.Begindatum <= dag && (a.Periode.Einddatum == null || a.Periode.Einddatum >= dag)))));
    }
}
