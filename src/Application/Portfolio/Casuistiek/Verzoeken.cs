using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Portfolio;
using PassendOnderwijs.Domain.Portfolio.Casuistiek;

namespace PassendOnderwijs.Application.Portfolio.Casuistiek;

/// <summary>A bespreking's date, the roles present and the notes, read into types.</summary>
public sealed record Besprekinggegevens(string? Regio, string? LokaalNetwerk, Besprekinginvoer Invoer, bool AnoniemBevestigd);

/// <summary>
/// The request body of a new or changed bespreking. Regio and lokaalNetwerk as the samenwerkingsverband's indeling
/// names them (only on a new one). anoniemBevestigd: the notes may hold something that identifies (a warning), and the
/// sender confirms they do not.
/// </summary>
public sealed record BesprekingVerzoek(
    [property: MaxLength(Samenwerkingsverband.MaximaleLengteNaam)] string? Regio,
    [property: MaxLength(Samenwerkingsverband.MaximaleLengteNaam)] string? LokaalNetwerk,
    [property: Required] DateOnly? Datum,
    [property: CodeUit<Deelnemersrol>] IReadOnlyList<string>? Aanwezigen,
    [property: MaxLength(Netwerkbespreking.MaximaleLengteNotities)] string? Notities,
    bool? AnoniemBevestigd)
{
    public Result<Besprekinggegevens> Lees() =>
        Lezen.Samen(
            Lezen.Vereist(Datum, Fout.Ongeldig("datum-vereist", "Geef de datum van de bespreking.", "datum")),
            Lezen.Elk(Aanwezigen ?? [], (code, i) => CasuistiekCodes.Deelnemersrollen.Lees(code, $"aanwezigen[{i}]", "deelnemersrol")),
            (datum, rollen) => new Besprekinggegevens(Regio, LokaalNetwerk, new Besprekinginvoer(datum, rollen, Notities), AnoniemBevestigd == true));
}

/// <summary>A case's inbreng read into types, with the vestiging it is for.</summary>
public sealed record Casusgegevens(VestigingCode? Vestiging, Casusinbreng Inbreng, bool AnoniemBevestigd);

/// <summary>
/// The request body of a case: the vestiging (one of the caller's own), the ondersteuningsvraag, the leerjaarband (a
/// band, never the exact groep), what was tried within the basisondersteuning and the expertisegebied if known; no
/// name, date of birth or BSN (refused). anoniemBevestigd confirms a text the check warned about.
/// </summary>
public sealed record CasusVerzoek(
    [property: RegularExpression(VestigingCode.Patroon)] string? Vestiging,
    [property: Required, MaxLength(Casus.MaximaleLengteTekst)] string? Ondersteuningsvraag,
    [property: CodeUit<Leerjaarband>] string? Leerjaarband,
    [property: Required, MaxLength(Casus.MaximaleLengteTekst)] string? Geprobeerd,
    [property: CodeUit<Expertisegebied>] string? Expertisegebied,
    bool? AnoniemBevestigd)
{
    public Result<Casusgegevens> Lees(bool vestigingVereist) =>
        Lezen.Samen(
            LeesVestiging(vestigingVereist),
            Leerjaarband is null ? Result<Leerjaarband?>.Gelukt(null) : CasuistiekCodes.Leerjaarbanden.Lees(Leerjaarband, "leerjaarband", "leerjaarband").Dan(b => (Leerjaarband?)b),
            Expertisegebied is null ? Result<Expertisegebied?>.Gelukt(null) : ExpertisegebiedCodes.Lijst.Lees(Expertisegebied, "expertisegebied", "expertisegebied").Dan(e => (Expertisegebied?)e),
            (vestiging, band, gebied) => new Casusgegevens(vestiging, new Casusinbreng(Ondersteuningsvraag, band, Geprobeerd, gebied), AnoniemBevestigd == true));

    private Result<VestigingCode?> LeesVestiging(bool vereist)
    {
        if (Vestiging is null)
        {
            return vereist ? Fout.Ongeldig("vestiging-vereist", "Kies de vestiging die de casus inbrengt.", "vestiging") : Result<VestigingCode?>.Gelukt(null);
        }

        return VestigingCode.Parse(Vestiging, "vestiging").Dan(v => (VestigingCode?)v);
    }
}

/// <summary>The request body that puts a case on a bespreking of its lokaal netwerk.</summary>
public sealed record AgenderingVerzoek([property: Required] Guid? BesprekingId)
{
    public Result<Guid> Lees() => Lezen.Vereist(BesprekingId, Fout.Ongeldig("bespreking-vereist", "Kies de bespreking.", "besprekingId"));
}

/// <summary>The outcome read into types, with the confirmation of a warned-about advice text.</summary>
public sealed record Uitkomstgegevens(Uitkomstinvoer Invoer, bool AnoniemBevestigd);

/// <summary>
/// The request body of the outcome: soort, and per soort: direct-advies needs adviessoort and advies (aanbieder
/// optional, a code of the register); inzet-expert needs expertisegebied; vraag-basisondersteuning needs advies.
/// </summary>
public sealed record UitkomstVerzoek(
    [property: Required, CodeUit<Uitkomstsoort>] string? Soort,
    [property: CodeUit<Adviessoort>] string? Adviessoort,
    [property: RegularExpression(ObaCode.Patroon)] string? Aanbieder,
    [property: MaxLength(Uitkomst.MaximaleLengteAdvies)] string? Advies,
    [property: CodeUit<Expertisegebied>] string? Expertisegebied,
    bool? AnoniemBevestigd)
{
    public Result<Uitkomstgegevens> Lees() =>
        Lezen.Samen(
            Soort is null ? Fout.Ongeldig("uitkomst-vereist", "Kies de uitkomst.", "soort") : CasuistiekCodes.Uitkomstsoorten.Lees(Soort, "soort", "uitkomst"),
            Adviessoort is null ? Result<Adviessoort?>.Gelukt(null) : CasuistiekCodes.Adviessoorten.Lees(Adviessoort, "adviessoort", "adviessoort").Dan(a => (Adviessoort?)a),
            Aanbieder is null ? Result<ObaCode?>.Gelukt(null) : ObaCode.Parse(Aanbieder, "aanbieder").Dan(o => (ObaCode?)o),
            Expertisegebied is null ? Result<Expertisegebied?>.Gelukt(null) : ExpertisegebiedCodes.Lijst.Lees(Expertisegebied, "expertisegebied", "expertisegebied").Dan(e => (Expertisegebied?)e),
            (soort, advies, aanbieder, gebied) => new Uitkomstgegevens(new Uitkomstinvoer(soort, advies, aanbieder, Advies, gebied), AnoniemBevestigd == true));
}
