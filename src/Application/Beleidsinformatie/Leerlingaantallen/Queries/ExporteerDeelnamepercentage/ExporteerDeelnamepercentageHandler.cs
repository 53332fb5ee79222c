using Mediator;
using PassendOnderwijs.Application.Beleid;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Beleidsinformatie.Onderdrukking;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Beleidsinformatie.Leerlingaantallen.Queries.ExporteerDeelnamepercentage;

public sealed class ExporteerDeelnamepercentageHandler(IApplicationDbContext db, TimeProvider klok)
    : IQueryHandler<ExporteerDeelnamepercentageQuery, Result<IReadOnlyList<DeelnameregelDto>>>
{
    public async ValueTask<Result<IReadOnlyList<DeelnameregelDto>>> Handle(ExporteerDeelnamepercentageQuery query, CancellationToken cancellationToken)
    {
        var vandaag = NederlandseTijd.Vandaag(klok);
        var (streef, trend) = await LeerlingaantallenLezen.DeelnamepercentageAsync(db, vandaag, cancellationToken).ConfigureAwait(false);
        var drempel = await db.KleineAantallenDrempelOpAsync(vandaag, cancellationToken).ConfigureAwait(false);

        // One table: teldata × (regulier, sbo, so) with the total per teldatum; the column totals over the years are not
        // in the file, but guarding them too costs little and keeps one rule for every table.
        var tabel = Kleinecelonderdrukking.Tabel([.. trend.Select(t => (IReadOnlyList<int>)[t.Regulier, t.Sbo, t.So])], drempel);
        return Result<IReadOnlyList<DeelnameregelDto>>.Gelukt([.. trend.Select((t, r) =>
        {
            var rij = tabel.Rij(r);
            var heel = rij.All(c => !c.Onderdrukt) && !tabel.Rijtotaal(r).Onderdrukt;
            return new DeelnameregelDto(t.Teldatum, rij[0].Getoond, rij[1].Getoond, rij[2].Getoond, tabel.Rijtotaal(r).Getoond, heel ? t.Percentage : null, streef);
        })]);
    }
}
