using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Gebruikers;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Platform.Queries.GeefBeheerders;

/// <summary>
/// The beheerders of one samenwerkingsverband, whom the platform made and supports (a new activation code when the
/// first was lost). Of a tenant's people, only its beheerders: its other accounts are its own business.
/// </summary>
[Toegang(Rollen = [Rol.PlatformBeheerder])]
[KanFalen(FoutSoort.NietGevonden)]
public sealed record GeefBeheerdersQuery(string Code) : IQuery<Result<GebruikerLijstDto>>;
