using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Koppelingen.Queries.GeefKoppelingen;

public sealed class GeefKoppelingenHandler(IKoppelingRegister register) : IQueryHandler<GeefKoppelingenQuery, Result<KoppelingLijstDto>>
{
    public async ValueTask<Result<KoppelingLijstDto>> Handle(GeefKoppelingenQuery query, CancellationToken cancellationToken) =>
        new KoppelingLijstDto(await register.LijstAsync(cancellationToken).ConfigureAwait(false));
}
