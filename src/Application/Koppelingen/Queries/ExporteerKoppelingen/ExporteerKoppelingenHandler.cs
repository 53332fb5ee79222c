using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Koppelingen.Queries.ExporteerKoppelingen;

/// <summary>An SWV has a handful of koppelingen, the list is read whole as the screen reads it: no maximum applies.</summary>
public sealed class ExporteerKoppelingenHandler(IKoppelingRegister register)
    : IQueryHandler<ExporteerKoppelingenQuery, Result<IReadOnlyList<KoppelingDto>>>
{
    public async ValueTask<Result<IReadOnlyList<KoppelingDto>>> Handle(ExporteerKoppelingenQuery query, CancellationToken cancellationToken) =>
        Result<IReadOnlyList<KoppelingDto>>.Gelukt(await register.LijstAsync(cancellationToken).ConfigureAwait(false));
}
