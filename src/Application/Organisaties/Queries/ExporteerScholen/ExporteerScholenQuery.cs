using System.ComponentModel.DataAnnotations;
using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Organisaties.Queries.GeefScholen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Organisaties.Queries.ExporteerScholen;

/// <summary>
/// Every school of the list's selection (same search, filters and order, no pages), for a file. Whoever reads the
/// list may export it: schools are the samenwerkingsverband's reference data, not personal data.
/// </summary>
[Toegang(Rollen = [Rol.SwvBeheerder, Rol.SwvMedewerker, Rol.SchoolMedewerker, Rol.Expert])]
public sealed record ExporteerScholenQuery(
    [property: CodeUit<SoortSchool>] string? Soort,
    [property: MaxLength(Samenwerkingsverband.MaximaleLengteNaam)] string? Regio,
    [property: MinLength(1), MaxLength(School.MaximaleLengteNaam)] string? Zoek,
    [property: RegularExpression(Schoolbestuur.Nummerpatroon)] string? Bestuur,
    [property: AllowedValues(ScholenSortering.Naam, ScholenSortering.NaamAflopend, ScholenSortering.Vestiging, ScholenSortering.VestigingAflopend)]
    string? Sorteer) : IQuery<Result<IReadOnlyList<GeexporteerdeSchoolDto>>>, IScholenSelectie;

/// <summary>A school as the list shows it, with the name of its schoolbestuur (the list names it, the DTO has its number).</summary>
public sealed record GeexporteerdeSchoolDto(SchoolDto School, string SchoolbestuurNaam);
