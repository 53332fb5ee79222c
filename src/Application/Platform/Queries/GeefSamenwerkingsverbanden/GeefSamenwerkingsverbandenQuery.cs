using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Platform.Queries.GeefSamenwerkingsverbanden;

/// <summary>Every tenant with its status and figures (accounts, koppelingen, last activity), for the platform-beheerder.</summary>
[Toegang(Rollen = [Rol.PlatformBeheerder])]
public sealed record GeefSamenwerkingsverbandenQuery : IQuery<Result<TenantLijstDto>>;
