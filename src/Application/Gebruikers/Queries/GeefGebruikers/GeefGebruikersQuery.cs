using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Gebruikers.Queries.GeefGebruikers;

/// <summary>The accounts of the caller's samenwerkingsverband.</summary>
[Toegang(Rollen = [Rol.SwvBeheerder])]
public sealed record GeefGebruikersQuery : IQuery<Result<GebruikerLijstDto>>;
