using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Platform.Queries.GeefSamenwerkingsverbandStatus;

/// <summary>One tenant with its status and figures; its ETag is what suspending and reactivating send in If-Match.</summary>
[Toegang(Rollen = [Rol.PlatformBeheerder])]
[KanFalen(FoutSoort.NietGevonden)]
public sealed record GeefSamenwerkingsverbandStatusQuery(string Code) : IQuery<Result<TenantDto>>;
