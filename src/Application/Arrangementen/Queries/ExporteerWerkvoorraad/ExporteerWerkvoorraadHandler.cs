using Mediator;
using Microsoft.Extensions.Options;
using PassendOnderwijs.Application.Arrangementen.Queries.GeefWerkvoorraad;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Export;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Arrangementen.Queries.ExporteerWerkvoorraad;

public sealed class ExporteerWerkvoorraadHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok, IOptions<ExportOpties> opties)
    : IQueryHandler<ExporteerWerkvoorraadQuery, Result<WerkvoorraadDto>>
{
    public async ValueTask<Result<WerkvoorraadDto>> Handle(ExporteerWerkvoorraadQuery query, CancellationToken cancellationToken)
    {
        var regels = await Werkvoorraad.LeesAsync(db, aanroeper, NederlandseTijd.Vandaag(klok), cancellationToken).ConfigureAwait(false);
        return Exportgrens.Begrensd(new WerkvoorraadDto(regels, regels.Count, null), regels.Count, opties.Value);
    }
}
