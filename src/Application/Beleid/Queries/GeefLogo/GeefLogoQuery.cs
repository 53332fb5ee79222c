using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Beleid.Queries.GeefLogo;

/// <summary>The samenwerkingsverband's logo for documents: no pupil data, not audited. 404 when none is set.</summary>
[Toegang(Rollen = [Rol.SwvBeheerder, Rol.SwvMedewerker])]
[KanFalen(FoutSoort.NietGevonden)]
public sealed record GeefLogoQuery : IQuery<Result<Logobestand>>;
