using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Export;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Begeleidingsaanbod.Queries.ExporteerAanbieders;

public sealed class ExporteerAanbiedersHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, IOptions<ExportOpties> opties)
    : IQueryHandler<ExporteerAanbiedersQuery, Result<IReadOnlyList<GeexporteerdeAanbiederDto>>>
{
    public async ValueTask<Result<IReadOnlyList<GeexporteerdeAanbiederDto>>> Handle(ExporteerAanbiedersQuery query, CancellationToken cancellationToken)
    {
        var gevraagd = await query.SelectieAsync(db, cancellationToken).ConfigureAwait(false);
        if (!gevraagd.Lukt(out var selectie))
        {
            return Result<IReadOnlyList<GeexporteerdeAanbiederDto>>.Mislukt(gevraagd.Fouten);
        }

        var gelezen = await db.Onderwijsbegeleidingsaanbieders.AsNoTracking().Selecteer(selectie).Orden(query.Volgorde())
            .LeesBegrensdAsync(opties.Value, cancellationToken).ConfigureAwait(false);
        if (!gelezen.Lukt(out var aanbieders))
        {
            return Result<IReadOnlyList<GeexporteerdeAanbiederDto>>.Mislukt(gelezen.Fouten);
        }

        var namen = await db.ExpertiseWaardelijsten.ExpertiseNamenAsync(cancellationToken).ConfigureAwait(false);
        var beheer = aanroeper.Registerbeheer();
        return aanbieders
            .Select(o => AanbiederDto.Van(o, beheer))
            .Select(a => new GeexporteerdeAanbiederDto(
                a, [.. a.Aanbod.Select(b => b.Expertise).Distinct(StringComparer.Ordinal).Select(e => namen.GetValueOrDefault(e, e))]))
            .ToList();
    }
}
