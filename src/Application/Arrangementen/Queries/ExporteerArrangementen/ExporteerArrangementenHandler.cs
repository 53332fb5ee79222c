using AutoMapper;
using AutoMapper.QueryableExtensions;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PassendOnderwijs.Application.Arrangementen.Queries.GeefArrangementOverzicht;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Export;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Arrangementen.Queries.ExporteerArrangementen;

public sealed class ExporteerArrangementenHandler(IApplicationDbContext db, IMapper mapper, TimeProvider klok, IOptions<ExportOpties> opties)
    : IQueryHandler<ExporteerArrangementenQuery, Result<ArrangementExportDto>>
{
    public async ValueTask<Result<ArrangementExportDto>> Handle(ExporteerArrangementenQuery query, CancellationToken cancellationToken)
    {
        var vandaag = NederlandseTijd.Vandaag(klok);
        var gelezen = await query.Filter(db.Arrangementen.AsNoTracking(), vandaag)
            .OrderBy(a => a.Ingangsdatum).ThenBy(a => a.Id)
            .ProjectTo<ArrangementSamenvattingDto>(mapper.ConfigurationProvider, new { vandaag })
            .LeesBegrensdAsync(opties.Value, cancellationToken).ConfigureAwait(false);
        if (!gelezen.Lukt(out var rijen))
        {
            return Result<ArrangementExportDto>.Mislukt(gelezen.Fouten);
        }

        var namen = await db.LeerlingNamenAsync(rijen.Select(a => (a.LeerlingId, a.Samenwerkingsverband)), cancellationToken).ConfigureAwait(false);
        return new ArrangementExportDto(rijen.Select(a => a with { Leerling = namen[a.LeerlingId] }).ToList());
    }
}
