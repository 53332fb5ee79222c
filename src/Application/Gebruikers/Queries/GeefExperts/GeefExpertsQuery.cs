using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Gebruikers.Queries.GeefExperts;

/// <summary>
/// The active experts of the caller's samenwerkingsverband, to choose from: as betrokkene of a pupil (SWV staff) or as
/// provider of an arrangement (whoever requests one). Names only, no e-mail addresses; not pupil data, so not audited.
/// </summary>
[Toegang(Rollen = [Rol.SwvMedewerker, Rol.SchoolMedewerker])]
public sealed record GeefExpertsQuery : IQuery<Result<ExpertLijstDto>>;

public sealed record ExpertDto(Guid Id, string Naam);

public sealed record ExpertLijstDto(IReadOnlyList<ExpertDto> Experts);
