using System.ComponentModel.DataAnnotations;
using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Organisaties.Queries.GeefScholen;

/// <summary>
/// The schools of the samenwerkingsverband with their ondersteuningsprofiel, a page at a time: searched by name or
/// vestiging (a BRIN finds all its vestigingen), filtered by soort, regio and bestuur, sorted by naam (default) or
/// vestiging, with the number found.
/// </summary>
[Toegang(Rollen = [Rol.SwvBeheerder, Rol.SwvMedewerker, Rol.SchoolMedewerker, Rol.Expert])]
public sealed record GeefScholenQuery(
    [property: CodeUit<SoortSchool>] string? Soort,
    [property: MaxLength(Samenwerkingsverband.MaximaleLengteNaam)] string? Regio,
    [property: MinLength(1), MaxLength(School.MaximaleLengteNaam)] string? Zoek = null,
    [property: RegularExpression(Schoolbestuur.Nummerpatroon)] string? Bestuur = null,
    [property: AllowedValues(ScholenSortering.Naam, ScholenSortering.NaamAflopend, ScholenSortering.Vestiging, ScholenSortering.VestigingAflopend)]
    string? Sorteer = null,
    string? Cursor = null,
    [property: Range(1, ScholenCursor.MaximalePageSize)] int? PageSize = null) : IQuery<Result<ScholenDto>>, IScholenSelectie;

/// <param name="Totaal">How many schools the selection holds, over all pages.</param>
/// <param name="VolgendeCursor">For the next page; absent on the last page.</param>
public sealed record ScholenDto(IReadOnlyList<SchoolDto> Scholen, int Totaal, string? VolgendeCursor);

/// <summary>The values of <c>sorteer</c> on GET /scholen.</summary>
public static class ScholenSortering
{
    public const string Naam = "naam";
    public const string NaamAflopend = "-naam";
    public const string Vestiging = "vestiging";
    public const string VestigingAflopend = "-vestiging";

    public static readonly IReadOnlyList<string> Alle = [Naam, NaamAflopend, Vestiging, VestigingAflopend];
}
