using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Koppelingen.Queries.GeefKoppelingen;

/// <summary>The koppelingen of the caller's samenwerkingsverband.</summary>
[Toegang(Rollen = [Rol.SwvBeheerder])]
public sealed record GeefKoppelingenQuery : IQuery<Result<KoppelingLijstDto>>;

public sealed record KoppelingLijstDto(IReadOnlyList<KoppelingDto> Koppelingen);
