using System.ComponentModel.DataAnnotations;
using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Webhooks.Abonnementen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Webhooks.Queries.GeefAfleverpogingen;

/// <summary>The delivery log of an abonnement: every attempt, newest first, in pages (voor: the last id of the previous page).</summary>
[Toegang(Rollen = [Rol.SwvBeheerder], Scopes = [Scopes.WebhooksBeheren])]
[KanFalen(FoutSoort.NietGevonden, FoutSoort.Verboden)]
public sealed record GeefAfleverpogingenQuery(string? ClientId, Guid AbonnementId, Guid? Voor, [property: Range(1, 100)] int? PageSize)
    : IQuery<Result<AfleverpogingenDto>>;
