using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Organisaties.Queries.GeefSamenwerkingsverband;

/// <summary>The caller's own samenwerkingsverband with its indeling.</summary>
[Toegang(Rollen = [Rol.SwvBeheerder, Rol.SwvMedewerker, Rol.SchoolMedewerker, Rol.Expert])]
[KanFalen(FoutSoort.NietGevonden)]
public sealed record GeefSamenwerkingsverbandQuery : IQuery<Result<SamenwerkingsverbandDto>>;
