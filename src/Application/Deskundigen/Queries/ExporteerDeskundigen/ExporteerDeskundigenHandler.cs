using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Export;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Deskundigen.Queries.ExporteerDeskundigen;

public sealed class ExporteerDeskundigenHandler(IApplicationDbContext db, IOptions<ExportOpties> opties)
    : IQueryHandler<ExporteerDeskundigenQuery, Result<IReadOnlyList<DeskundigeDto>>>
{
    public async ValueTask<Result<IReadOnlyList<DeskundigeDto>>> Handle(ExporteerDeskundigenQuery query, CancellationToken cancellationToken)
    {
        // The tenant filter of the DbContext keeps this to the caller's own samenwerkingsverband.
        var gelezen = await query.Selecteer(db.Deskundigen.AsNoTracking()).LeesBegrensdAsync(opties.Value, cancellationToken).ConfigureAwait(false);
        return gelezen.Lukt(out var deskundigen)
            ? await db.AlsDtosAsync(deskundigen, cancellationToken).ConfigureAwait(false)
            : Result<IReadOnlyList<DeskundigeDto>>.Mislukt(gelezen.Fouten);
    }
}
