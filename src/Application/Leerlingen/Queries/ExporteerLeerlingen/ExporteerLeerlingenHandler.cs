using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Export;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Leerlingen.Queries.ExporteerLeerlingen;

public sealed class ExporteerLeerlingenHandler(IApplicationDbContext db, IOptions<ExportOpties> opties)
    : IQueryHandler<ExporteerLeerlingenQuery, Result<LeerlingExportDto>>
{
    public async ValueTask<Result<LeerlingExportDto>> Handle(ExporteerLeerlingenQuery query, CancellationToken cancellationToken)
    {
        var gefilterd = query.Filter(db.Leerlingen.AsNoTracking());
        if (!gefilterd.Lukt(out var leerlingen))
        {
            return Result<LeerlingExportDto>.Mislukt(gefilterd.Fouten);
        }

        var gelezen = await leerlingen.OrderBy(l => l.Achternaam).ThenBy(l => l.Voornaam).ThenBy(l => l.Id)
            .LeesBegrensdAsync(opties.Value, cancellationToken).ConfigureAwait(false);
        return gelezen.Lukt(out var rijen)
            ? new LeerlingExportDto(rijen.Select(LeerlingDto.Van).ToList())
            : Result<LeerlingExportDto>.Mislukt(gelezen.Fouten);
    }
}
