using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Webhooks.Abonnementen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Webhooks.Queries.GeefAbonnement;

[Toegang(Rollen = [Rol.SwvBeheerder], Scopes = [Scopes.WebhooksBeheren])]
[KanFalen(FoutSoort.NietGevonden, FoutSoort.Verboden)]
public sealed record GeefAbonnementQuery(string? ClientId, Guid Id) : IQuery<Result<AbonnementDto>>;
