using PassendOnderwijs.Application.Common.Documenten;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Beschikking;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Deskundigen;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Queries.GeefBeschikking;

public sealed class GeefBeschikkingHandler(IApplicationDbContext db, IBeschikkingOpmaak opmaak) : IQueryHandler<GeefBeschikkingQuery, Result<TlvBestand>>
{
    public async ValueTask<Result<TlvBestand>> Handle(GeefBeschikkingQuery query, CancellationToken cancellationToken)
    {
        var tlv = await db.Toelaatbaarheidsverklaringen.AsNoTracking().FirstOrDefaultAsync(t => t.Id == query.TlvId, cancellationToken).ConfigureAwait(false);
        if (tlv is null)
        {
            return TlvFouten.Onbekend(query.TlvId);
        }

        if (tlv.Besluit is not { } besluit)
        {
            return Fout.Conflict("nog-geen-besluit", "Er is nog geen besluit over deze toelaatbaarheidsverklaring, dus nog geen beschikking.");
        }

        // The name and address the SWV set for its documents on the day of the decision.
        var swv = await db.SwvOpAsync(tlv.Samenwerkingsverband, besluit.Besluitdatum, cancellationToken).ConfigureAwait(false);
        var inhoud = new BeschikkingInhoud(
            swv.Naam,
            tlv.Samenwerkingsverband.Waarde,
            swv.Postadres,
            besluit.Beschikkingsnummer,
            besluit.Besluitdatum,
            tlv.LeerlingNaam,
            tlv.LeerlingGeboortedatum,
            besluit.Toelaatbaar,
            SoortToelaatbaarheidCodes.Lijst.Label(besluit.Soort ?? tlv.Soort),
            TlvDocumenten.Categorie(besluit.Categorie),
            besluit.Ingangsdatum,
            besluit.Einddatum,
            besluit.AfwijkingVanAdvies is { } afwijking ? $"{besluit.Motivering}\n{afwijking}" : besluit.Motivering,
            tlv.Adviezen.Where(a => a.IsUitgebracht).Select(Samenvatting).ToList());
        return new TlvBestand(tlv.Id, tlv.LeerlingId, Bestandsnamen.Pdf("beschikking", besluit.Beschikkingsnummer), opmaak.MaakPdf(inhoud), tlv.Versie);
    }

    private static AdviesInBeschikking Samenvatting(Deskundigenadvies a) => new(
        DisciplineCodes.Lijst.Label(a.Discipline),
        a.Naam,
        a.Datum!.Value,
        a.Toelaatbaar == true,
        $"Onderwijsbehoeften: {a.MotiveringOnderwijsbehoeften}\nWat de reguliere school kan bieden: {a.MotiveringRegulier}\nDe beoogde school: {a.MotiveringBeoogdeSchool}");
}
