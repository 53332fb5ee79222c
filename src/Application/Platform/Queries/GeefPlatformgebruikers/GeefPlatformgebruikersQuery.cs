using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Gebruikers;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Platform.Queries.GeefPlatformgebruikers;

/// <summary>The accounts of the platform itself: platform- and register-beheerders, with their status.</summary>
[Toegang(Rollen = [Rol.PlatformBeheerder])]
public sealed record GeefPlatformgebruikersQuery : IQuery<Result<GebruikerLijstDto>>;
