using System.Globalization;
using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Documenten;
using PassendOnderwijs.Application.Leerlingen;
using PassendOnderwijs.Application.Ouders.Inzagen;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Ouders.Queries.GeefInzagenPdf;

public sealed class GeefInzagenPdfHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok, IPdfOpmaak opmaak)
    : IQueryHandler<GeefInzagenPdfQuery, Result<Pdfbestand>>
{
    public async ValueTask<Result<Pdfbestand>> Handle(GeefInzagenPdfQuery query, CancellationToken cancellationToken)
    {
        if (await InzagenExport.KindAsync(db, query.LeerlingId, cancellationToken).ConfigureAwait(false) is not { } kind)
        {
            return LeerlingFouten.Onbekend(query.LeerlingId);
        }

        var regels = new List<InzageExportRegel>();
        await foreach (var regel in InzagenExport.RegelsAsync(db, aanroeper.Id, query.LeerlingId, cancellationToken).ConfigureAwait(false))
        {
            if (regels.Count == InzagenExport.MaximumPdfRegels)
            {
                return InzagenExport.TeLangVoorPdf;
            }

            regels.Add(regel);
        }

        var overzicht = new InzagenOverzicht(kind, klok.GetUtcNow(), regels);
        var dag = NederlandseDatum.Van(overzicht.GemaaktOp).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new Pdfbestand(Bestandsnamen.Pdf("inzagen", kind, dag), opmaak.MaakPdf(overzicht));
    }
}
