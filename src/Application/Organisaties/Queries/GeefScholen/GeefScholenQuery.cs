using System.ComponentModel.DataAnnotations;
using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Organisaties.Queries.GeefScholen;

/// <summary>
/// The schools of the samenwerkingsverband with their ondersteuningsprofiel (a few hundred at most, so one page);
/// optionally of one soort or one regio.
/// </summary>
[Toegang(Rollen = [Rol.SwvBeheerder, Rol.SwvMedewerker, Rol.SchoolMedewerker, Rol.Expert])]
public sealed record GeefScholenQuery(
    [property: CodeUit<SoortSchool>] string? Soort, [property: MaxLength(Samenwerkingsverband.MaximaleLengteNaam)] string? Regio) : IQuery<Result<ScholenDto>>;

public sealed record ScholenDto(IReadOnlyList<SchoolDto> Scholen);
