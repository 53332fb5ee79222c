using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Domain.Leerlingen;

namespace PassendOnderwijs.Application.Leerlingen.Queries.ZoekLeerlingen;

/// <summary>
/// The body of POST /leerlingen/zoekopdrachten. Everything may be left out: an empty search lists every pupil the
/// caller may see, by name.
/// </summary>
/// <param name="Naam">A part of the voornaam and achternaam together ("sanne de v"); at least two characters unless a geboortedatum is given too.</param>
/// <param name="Geboortedatum">ISO date, 2017-03-14.</param>
/// <param name="Vestiging">Only pupils of this vestiging (BRIN and vestigingsnummer).</param>
/// <param name="Cursor">The volgendeCursor of the previous page of this same search.</param>
/// <param name="PageSize">How many pupils per page; default 25.</param>
public sealed record LeerlingZoekopdracht(
    [property: MaxLength(Leerling.MaximaleLengteNaam)] string? Naam = null,
    [property: RegularExpression("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")] string? Geboortedatum = null,
    string? Vestiging = null,
    string? Cursor = null,
    [property: Range(1, LeerlingCursor.MaximalePageSize)] int? PageSize = null)
{
    public ZoekLeerlingenQuery AlsQuery() => new(Naam, Geboortedatum, Vestiging, Cursor, PageSize);
}
