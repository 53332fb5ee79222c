using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Documenten;
using PassendOnderwijs.Domain.Deskundigen;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Beschikking;

/// <summary>
/// The beschikking of a decided TLV as a file: one generator for everyone who may have it (SWV staff and schools
/// through the TLV, an ouder through the portal), so the ouder reads exactly the document the school got.
/// </summary>
internal static class Beschikkingen
{
    public static async Task<TlvBestand> MaakAsync(
        IApplicationDbContext db, IPdfOpmaak opmaak, Toelaatbaarheidsverklaring tlv, TlvBesluit besluit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(opmaak);
        ArgumentNullException.ThrowIfNull(tlv);
        ArgumentNullException.ThrowIfNull(besluit);

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
