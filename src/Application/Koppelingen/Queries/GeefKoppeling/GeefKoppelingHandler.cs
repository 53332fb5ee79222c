using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Koppelingen.Queries.GeefKoppeling;

public sealed class GeefKoppelingHandler(IKoppelingRegister register) : IQueryHandler<GeefKoppelingQuery, Result<KoppelingDto>>
{
    public async ValueTask<Result<KoppelingDto>> Handle(GeefKoppelingQuery query, CancellationToken cancellationToken) =>
        await register.ZoekAsync(query.ClientId, cancellationToken).ConfigureAwait(false) is { } koppeling
            ? koppeling
            : KoppelingFouten.Onbekend(query.ClientId);
}
