using System.ComponentModel.DataAnnotations;
using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Portfolio.Middelen;

namespace PassendOnderwijs.Application.Portfolio.Middelen.Queries.GeefMiddelentoekenningen;

/// <summary>
/// The grants of one year (or all), by bestuur name, with their verantwoording's state: SWV staff see every bestuur,
/// school staff the besturen of their own vestigingen.
/// </summary>
[Toegang(Rollen = [Rol.SwvMedewerker, Rol.SchoolMedewerker])]
public sealed record GeefMiddelentoekenningenQuery(
    [property: Range(Bedrag.EersteJaar, Bedrag.LaatsteJaar)] int? Jaar = null,
    Guid? SchoolbestuurId = null) : IQuery<Result<MiddelentoekenningenDto>>;
