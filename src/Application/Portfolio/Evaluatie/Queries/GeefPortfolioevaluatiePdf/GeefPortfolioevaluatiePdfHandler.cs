using System.Globalization;
using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Documenten;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Portfolio.Evaluatie.Queries.GeefPortfolioevaluatiePdf;

public sealed class GeefPortfolioevaluatiePdfHandler(IApplicationDbContext db, TimeProvider klok, IPdfOpmaak opmaak)
    : IQueryHandler<GeefPortfolioevaluatiePdfQuery, Result<Pdfbestand>>
{
    public async ValueTask<Result<Pdfbestand>> Handle(GeefPortfolioevaluatiePdfQuery query, CancellationToken cancellationToken)
    {
        var vandaag = NederlandseTijd.Vandaag(klok);
        var opgesteld = await Portfolioevaluatie.StelOpAsync(db, query.Regio, query.Jaar, voorBestuur: true, vandaag, cancellationToken).ConfigureAwait(false);
        if (!opgesteld.Lukt(out var evaluatie))
        {
            return Result<Pdfbestand>.Mislukt(opgesteld.Fouten);
        }

        var jaar = evaluatie.Jaar.ToString(CultureInfo.InvariantCulture);
        var pdf = opmaak.MaakPdf(
            PortfolioevaluatieTekst.Stel(evaluatie, vandaag),
            new Pdfbeschrijving(PortfolioevaluatieTekst.Titel(evaluatie), evaluatie.Samenwerkingsverband, vandaag, $"portfolio-evaluatie/{evaluatie.Regio}/{jaar}"));
        return new Pdfbestand(Bestandsnamen.Pdf("portfolio-evaluatie", evaluatie.Regio, jaar), pdf);
    }
}
