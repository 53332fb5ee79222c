using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Export;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Organisaties.Queries.ExporteerScholen;

public sealed class ExporteerScholenHandler(IApplicationDbContext db, IOptions<ExportOpties> opties)
    : IQueryHandler<ExporteerScholenQuery, Result<IReadOnlyList<GeexporteerdeSchoolDto>>>
{
    public async ValueTask<Result<IReadOnlyList<GeexporteerdeSchoolDto>>> Handle(ExporteerScholenQuery query, CancellationToken cancellationToken)
    {
        var gelezen = await query.Orden(query.Selecteer(db).AsNoTracking())
            .LeesBegrensdAsync(opties.Value, cancellationToken).ConfigureAwait(false);
        return gelezen.Lukt(out var rijen)
            ? rijen.Select(r => new GeexporteerdeSchoolDto(SchoolDto.Van(r.School, r.Bestuur.Nummer), r.Bestuur.Naam)).ToList()
            : Result<IReadOnlyList<GeexporteerdeSchoolDto>>.Mislukt(gelezen.Fouten);
    }
}
