using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Leerlingen;

namespace PassendOnderwijs.Application.Dossiers.Queries.GeefDossierimport;

public sealed class GeefDossierimportHandler(IApplicationDbContext db) : IQueryHandler<GeefDossierimportQuery, Result<DossierimportDto>>
{
    public async ValueTask<Result<DossierimportDto>> Handle(GeefDossierimportQuery query, CancellationToken cancellationToken)
    {
        var gevonden = await (
                from d in db.Dossierimports.AsNoTracking()
                join l in db.Leerlingen on d.LeerlingId equals l.Id
                where d.Id == query.Id
                select new { Import = d, l.Voornaam, l.Achternaam })
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return gevonden is null
            ? DossierFouten.Onbekend(query.Id)
            : DossierimportDto.Van(gevonden.Import, Leerling.VolledigeNaam(gevonden.Voornaam, gevonden.Achternaam));
    }
}
