using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Ouders;

/// <summary>
/// A toelaatbaarheidsverklaring of the ouder's child in plain words. While no decision is made known it says only that
/// the request is in progress: the deskundigen's advices, the onderbouwing and the staff's notes are never in it.
/// </summary>
/// <param name="Stand">One or two sentences for the ouder: where the request or the decision stands.</param>
/// <param name="BesluitBekend">Whether the decision has been made known to the ouders; the fields of the decision are empty until then.</param>
/// <param name="Onderwijs">To which kind of school, in words, e.g. "Speciaal onderwijs (SO), categorie midden".</param>
/// <param name="School">The school the request named.</param>
/// <param name="Vanaf">First day of the toelaatbaarheid.</param>
/// <param name="TotEnMet">Last day of the toelaatbaarheid; empty when it has no end.</param>
/// <param name="BezwaarMogelijkTotEnMet">The last day of the six weeks in which the ouders may object.</param>
/// <param name="KanBezwaarMaken">Whether the ouder can object now (a decision made known, no bezwaar open, none decided).</param>
/// <param name="Bezwaren">The ouders' own bezwaren against this decision, newest first.</param>
public sealed record KindTlvDto(
    Guid Id,
    string Stand,
    bool BesluitBekend,
    DateOnly AangevraagdOp,
    bool? Toelaatbaar,
    string? Onderwijs,
    string? School,
    DateOnly? Vanaf,
    DateOnly? TotEnMet,
    DateOnly? BekendgemaaktOp,
    string? Beschikkingsnummer,
    DateOnly? BezwaarMogelijkTotEnMet,
    bool KanBezwaarMaken,
    IReadOnlyList<KindBezwaarDto> Bezwaren)
{
    public static KindTlvDto Van(Toelaatbaarheidsverklaring t)
    {
        ArgumentNullException.ThrowIfNull(t);
        var bezwaren = (t.LopendBezwaar is { } lopend ? [.. t.AfgerondeBezwaren, lopend] : t.AfgerondeBezwaren)
            .Where(b => b.Indiener == Indiener.Ouders).OrderByDescending(b => b.OntvangenOp).Select(KindBezwaarDto.Van).ToList();
        if (t.BekendgemaaktOp is not { } bekendgemaakt)
        {
            var stand = t.Status == TlvStatus.Ingetrokken
                ? "De aanvraag is ingetrokken. Er komt geen besluit."
                : "De school heeft een toelaatbaarheidsverklaring aangevraagd. Het samenwerkingsverband beslist nog. U krijgt het besluit op papier en ziet het dan ook hier.";
            return new(t.Id, stand, false, NederlandseDatum.Van(t.AangevraagdOp), null, null, null, null, null, null, null, null, false, []);
        }

        var toelaatbaar = t.Toelaatbaar == true;
        return new(
            t.Id,
            Beschrijf(t, toelaatbaar),
            true,
            NederlandseDatum.Van(t.AangevraagdOp),
            toelaatbaar,
            toelaatbaar ? Onderwijsvorm(t.Soort, t.Categorie) : null,
            t.BeoogdeSchool.Naam,
            toelaatbaar ? t.Ingangsdatum : null,
            toelaatbaar ? t.Einddatum : null,
            bekendgemaakt,
            t.Beschikkingsnummer,
            t.EindeBezwaartermijn,
            KanBezwaar(t),
            bezwaren);
    }

    /// <summary>Whether an ouder may object now: a decision made known, no bezwaar open and none decided (after that only the court).</summary>
    public static bool KanBezwaar(Toelaatbaarheidsverklaring t) =>
        t is { Status: TlvStatus.Bekendgemaakt, LopendBezwaar: null, BeslistOpBezwaar: false, BekendgemaaktOp: not null };

    /// <summary>"Speciaal onderwijs (SO), categorie midden": the kind of school in words, with the category where it applies.</summary>
    public static string Onderwijsvorm(SoortToelaatbaarheid soort, Bekostigingscategorie categorie) =>
        SoortToelaatbaarheidCodes.Lijst.Label(soort) + categorie switch
        {
            Bekostigingscategorie.Laag => ", categorie laag",
            Bekostigingscategorie.Midden => ", categorie midden",
            Bekostigingscategorie.Hoog => ", categorie hoog",
            _ => string.Empty,
        };

    private static string Beschrijf(Toelaatbaarheidsverklaring t, bool toelaatbaar) => t.Status switch
    {
        TlvStatus.InBezwaar => "Er is bezwaar gemaakt tegen het besluit. Het samenwerkingsverband behandelt het bezwaar.",
        TlvStatus.Herroepen => "Het besluit is na bezwaar herroepen: het geldt niet meer.",
        _ when toelaatbaar => $"Het samenwerkingsverband heeft besloten dat uw kind naar het {Klein(SoortToelaatbaarheidCodes.Lijst.Label(t.Soort))} mag.",
        _ => "Het samenwerkingsverband heeft besloten dat uw kind niet naar het speciaal onderwijs gaat. Uw kind krijgt geen toelaatbaarheidsverklaring.",
    };

    private static string Klein(string label) => char.ToLowerInvariant(label[0]) + label[1..];
}

/// <summary>A bezwaar of the ouders in plain words: when it came in (the date of receipt), their explanation, where it stands.</summary>
/// <param name="OntvangenOp">The date of receipt: the Dutch calendar day on which the ouder sent it in the portal, or the day the paper letter arrived.</param>
/// <param name="Toelichting">The ouder's own explanation, when they objected in the portal.</param>
/// <param name="Stand">Where the bezwaar stands, in one or two sentences.</param>
/// <param name="BeslissingUiterlijk">The day by which the samenwerkingsverband decides on the bezwaar (while it is open).</param>
public sealed record KindBezwaarDto(DateOnly OntvangenOp, string? Toelichting, string Stand, DateOnly? BeslissingUiterlijk)
{
    public static KindBezwaarDto Van(Bezwaar b)
    {
        ArgumentNullException.ThrowIfNull(b);
        if (b.Afloop is { } afloop)
        {
            var uitkomst = afloop switch
            {
                Bezwaarafloop.NietOntvankelijk => "Het samenwerkingsverband heeft uw bezwaar niet behandeld (niet-ontvankelijk). Het besluit blijft staan.",
                Bezwaarafloop.Handhaven => "Het samenwerkingsverband heeft uw bezwaar behandeld. Het besluit blijft staan.",
                Bezwaarafloop.Herroepen => "Het samenwerkingsverband heeft uw bezwaar behandeld en het besluit herroepen.",
                _ => "Het samenwerkingsverband heeft uw bezwaar behandeld en het besluit veranderd.",
            };
            return new(b.OntvangenOp, b.Toelichting, uitkomst, null);
        }

        var stand = b.TeLaat && b.Verschoning is null
            ? "Uw bezwaar kwam na de bezwaartermijn binnen. Het samenwerkingsverband kijkt eerst of het uw bezwaar toch behandelt."
            : "Het samenwerkingsverband behandelt uw bezwaar. Een onafhankelijke commissie geeft eerst advies.";
        return new(b.OntvangenOp, b.Toelichting, stand, b.BeslissenUiterlijk);
    }
}

internal static class OuderTlvFouten
{
    public static Fout NogGeenBesluit { get; } =
        Fout.Conflict("nog-geen-besluit-bekend", "Er is nog geen besluit over deze aanvraag bekendgemaakt. Zodra dat er is, ziet u het hier.");

    public static Fout BezwaarLoopt { get; } =
        Fout.Conflict("bezwaar-loopt-al", "Er loopt al een bezwaar tegen dit besluit. Het samenwerkingsverband behandelt het; u hoort de uitkomst.");

    public static Fout BezwaarKanNiet { get; } =
        Fout.Conflict("bezwaar-niet-mogelijk", "Tegen dit besluit kunt u geen bezwaar meer maken. Er is al op bezwaar beslist of het besluit geldt niet meer.");
}
