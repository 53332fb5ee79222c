using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Leerlingen;
using PassendOnderwijs.Application.Ouders.Inzagen;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Ouders.Queries.ExporteerInzagen;

public sealed class ExporteerInzagenHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : IQueryHandler<ExporteerInzagenQuery, Result<InzagenExportDto>>
{
    public async ValueTask<Result<InzagenExportDto>> Handle(ExporteerInzagenQuery query, CancellationToken cancellationToken)
    {
        // The child is checked now, so a wrong one is a 404 before the file starts; the rows follow as it streams.
        if (await InzagenExport.KindAsync(db, query.LeerlingId, cancellationToken).ConfigureAwait(false) is not { } kind)
        {
            return LeerlingFouten.Onbekend(query.LeerlingId);
        }

        return new InzagenExportDto(kind, klok.GetUtcNow(), InzagenExport.RegelsAsync(db, aanroeper.Id, query.LeerlingId, cancellationToken));
    }
}
