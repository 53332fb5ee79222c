using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Ouders.Queries.GeefMijnKinderen;

namespace PassendOnderwijs.Application.Ouders;

/// <summary>The ouder's children as the portal shows them, for the list and for one child alike.</summary>
internal static class Kinderen
{
    // The visibility filter gives an ouder exactly the pupils linked to their account now: nothing else to select.
    public static IQueryable<KindDto> VanOuder(IApplicationDbContext db, Guid? alleen = null) =>
        from leerling in db.Leerlingen
        where alleen == null || leerling.Id == alleen
        join school in db.Scholen on leerling.Vestiging equals school.Vestiging into scholen
        from school in scholen.DefaultIfEmpty()
        orderby leerling.Geboortedatum, leerling.Voornaam, leerling.Id
        select new KindDto(
            leerling.Id, leerling.Voornaam, leerling.Achternaam, leerling.Geboortedatum, school != null ? school.Naam : leerling.Vestiging.Waarde, leerling.Groep);
}

/// <summary>The checks every ouder use case about one child makes first.</summary>
internal static class KindToegang
{
    /// <summary>Whether the child is one of the ouder's own (the visibility filter): any other child does not exist for them.</summary>
    public static Task<bool> IsEigenKindAsync(this IApplicationDbContext db, Guid leerlingId, CancellationToken ct) =>
        Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.Leerlingen, l => l.Id == leerlingId, ct);
}
