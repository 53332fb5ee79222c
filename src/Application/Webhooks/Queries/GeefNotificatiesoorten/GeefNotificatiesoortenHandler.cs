using Mediator;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Webhooks.Queries.GeefNotificatiesoorten;

public sealed class GeefNotificatiesoortenHandler : IQueryHandler<GeefNotificatiesoortenQuery, Result<NotificatiesoortenDto>>
{
    private static readonly NotificatiesoortenDto Catalogus = new(
        [.. Notificatiecatalogus.Soorten.Select(s => new NotificatiesoortDto(s.Soort, s.Omschrijving, s.Padsjabloon, s.Scope))]);

    public ValueTask<Result<NotificatiesoortenDto>> Handle(GeefNotificatiesoortenQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult<Result<NotificatiesoortenDto>>(Catalogus);
}
