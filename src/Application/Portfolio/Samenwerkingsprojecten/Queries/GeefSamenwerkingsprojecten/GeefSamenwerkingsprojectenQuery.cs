using System.ComponentModel.DataAnnotations;
using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Portfolio.Middelen;

namespace PassendOnderwijs.Application.Portfolio.Samenwerkingsprojecten.Queries.GeefSamenwerkingsprojecten;

/// <summary>
/// The samenwerkingsprojecten, by regio and year: SWV staff see every regio, school staff the regio's of their own
/// schools.
/// </summary>
[Toegang(Rollen = [Rol.SwvMedewerker, Rol.SchoolMedewerker])]
public sealed record GeefSamenwerkingsprojectenQuery(
    [property: MaxLength(120)] string? Regio = null,
    [property: Range(Bedrag.EersteJaar, Bedrag.LaatsteJaar)] int? Jaar = null) : IQuery<Result<ProjectenDto>>;
