using FluentValidation;
using Mediator;
using PassendOnderwijs.Application.Beleid;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Application.Thuiszitters.Queries.GeefThuiszittertelling;
using PassendOnderwijs.Domain.Beleidsinformatie.Onderdrukking;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Thuiszitters.Queries.ExporteerThuiszittertelling;

public sealed class ExporteerThuiszittertellingHandler(IApplicationDbContext db, TimeProvider klok)
    : IQueryHandler<ExporteerThuiszittertellingQuery, Result<ThuiszittertellingbestandDto>>
{
    public async ValueTask<Result<ThuiszittertellingbestandDto>> Handle(ExporteerThuiszittertellingQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var telling = await Thuiszittertelling.StelOpAsync(db, query.Peildatum, klok, cancellationToken).ConfigureAwait(false);
        var drempel = await db.KleineAantallenDrempelOpAsync(NederlandseTijd.Vandaag(klok), cancellationToken).ConfigureAwait(false);
        return new ThuiszittertellingbestandDto(telling.Peildatum, drempel, [.. telling.Tabellen.Select(t => Onderdruk(t, drempel))]);
    }

    /// <summary>The engine recomputes the totals from the cells, so a hidden cell cannot be worked out from them.</summary>
    private static OnderdrukteTeltabelDto Onderdruk(TeltabelDto tabel, int drempel)
    {
        var onderdrukt = Kleinecelonderdrukking.Tabel([.. tabel.Rijen.Select(r => r.Cellen)], drempel);
        return new OnderdrukteTeltabelDto(
            tabel.Titel,
            [.. tabel.Kolommen.Select(k => k.Label)],
            [.. tabel.Rijen.Select((r, i) => new OnderdrukteTelrijDto(r.Label, [.. onderdrukt.Rij(i).Select(c => c.Getoond)], onderdrukt.Rijtotaal(i).Getoond))],
            [.. Enumerable.Range(0, onderdrukt.Kolommen).Select(k => onderdrukt.Kolomtotaal(k).Getoond)],
            onderdrukt.Totaal.Getoond);
    }
}

public sealed class ExporteerThuiszittertellingValidator : AbstractValidator<ExporteerThuiszittertellingQuery>
{
    public ExporteerThuiszittertellingValidator() => RuleFor(q => q.Peildatum).MoetPeildatumZijn();
}
