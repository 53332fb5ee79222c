using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Beleid;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Beschikking;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Deskundigen;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Queries.GeefBeschikking;

public sealed class GeefBeschikkingHandler(IApplicationDbContext db, IBeschikkingOpmaak opmaak) : IQueryHandler<GeefBeschikkingQuery, Result<BeschikkingBestand>>
{
    public async ValueTask<Result<BeschikkingBestand>> Handle(GeefBeschikkingQuery query, CancellationToken cancellationToken)
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

        // The name and address the SWV set for its documents on the day of the decision; else its registered name.
        var beleid = await db.BeleidOpAsync(tlv.Samenwerkingsverband, besluit.Besluitdatum, cancellationToken).ConfigureAwait(false);
        var naam = beleid.Naam ?? await db.Samenwerkingsverbanden.AsNoTracking().Select(s => s.Naam).FirstAsync(cancellationToken).ConfigureAwait(false);
        var postadres = beleid.Adres is { } adres ? $"{adres.Straat}\n{adres.Postcode} {adres.Plaats}" : null;
        var inhoud = new BeschikkingInhoud(
            naam,
            tlv.Samenwerkingsverband.Waarde,
            postadres,
            besluit.Beschikkingsnummer,
            besluit.Besluitdatum,
            tlv.LeerlingNaam,
            tlv.LeerlingGeboortedatum,
            besluit.Toelaatbaar,
            SoortToelaatbaarheidCodes.Lijst.Label(besluit.Soort ?? tlv.Soort),
            besluit.Categorie is { } c && c != Bekostigingscategorie.NietVanToepassing ? $"Categorie {BekostigingscategorieCodes.Lijst.LabelInZin(c)}" : null,
            besluit.Ingangsdatum,
            besluit.Einddatum,
            besluit.AfwijkingVanAdvies is { } afwijking ? $"{besluit.Motivering}\n{afwijking}" : besluit.Motivering,
            tlv.Adviezen.Where(a => a.IsUitgebracht).Select(Samenvatting).ToList());
        return new BeschikkingBestand(tlv.Id, tlv.LeerlingId, $"beschikking-{Bestandsnaam(besluit.Beschikkingsnummer)}.pdf", opmaak.MaakPdf(inhoud), tlv.Versie);
    }

    private static AdviesInBeschikking Samenvatting(Deskundigenadvies a) => new(
        DisciplineCodes.Lijst.Label(a.Discipline),
        a.Naam,
        a.Datum!.Value,
        a.Toelaatbaar == true,
        $"Onderwijsbehoeften: {a.MotiveringOnderwijsbehoeften}\nWat de reguliere school kan bieden: {a.MotiveringRegulier}\nDe beoogde school: {a.MotiveringBeoogdeSchool}");

    /// <summary>Letters, digits and dashes only, so the name is safe in a Content-Disposition header and on every file system.</summary>
    private static string Bestandsnaam(string nummer) =>
        new([.. nummer.Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '-')]);
}
