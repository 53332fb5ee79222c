using System.ComponentModel;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Ondersteuning;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Beleid;

namespace PassendOnderwijs.Application.Beleid;

/// <param name="Sbo">Speciaal basisonderwijs, in whole school years.</param>
/// <param name="So">Speciaal onderwijs, in whole school years.</param>
/// <param name="Vso">Voortgezet speciaal onderwijs, in whole school years.</param>
/// <param name="Pro">Praktijkonderwijs, in whole school years; only for a VO-samenwerkingsverband (null for PO).</param>
public sealed record TlvduurDto(int Sbo, int So, int Vso, int? Pro);

public sealed record AdresDto(string Straat, string Postcode, string Plaats);

/// <summary>What one soort arrangement brings, as the SWV states it in its policy.</summary>
/// <param name="Soort">The soort arrangement's code.</param>
/// <param name="SoortLabel">The soort arrangement as people call it.</param>
/// <param name="Niveaus">Wat dit soort arrangement op dit veld biedt, bovenop wat een school zelf biedt (0–3 per IVO-veld; leeg = niet ingevuld).</param>
public sealed record ArrangementinhoudDto(
    string Soort,
    string SoortLabel,
    IvoNiveausDto Niveaus)
{
    /// <summary>What the levels mean here (in the lists' descriptions: the contract drops one beside a $ref).</summary>
    public const string Uitleg =
        "Wat dit soort arrangement op dit veld biedt, bovenop wat een school zelf biedt: hetzelfde niveau 0–3 als bij een leerling en een school. "
        + "Een veld dat ontbreekt is niet ingevuld. De vergelijking 'Wat past?' gebruikt dit om de tekorten van een school aan te vullen.";
}

/// <param name="BehandeltermijnWeken">Target for deciding on a request, in weeks; fixes each request's behandeldeadline.</param>
/// <param name="EvaluatietermijnMaanden">An active arrangement is evaluated at least this often.</param>
/// <param name="Tlvduur">The usual duration of a toelaatbaarheidsverklaring per soort.</param>
/// <param name="HerindicatiesignaalWeken">How long before a TLV's end a signal for herindicatie is given.</param>
/// <param name="KleineAantallenDrempel">Counts below this are not shown in beleidsinformatie.</param>
/// <param name="Naam">The samenwerkingsverband's name on documents; null while not set.</param>
/// <param name="Adres">The address on documents; null while not set.</param>
/// <param name="ProcedureEnCriteria">The SWV's procedure and criteria for toelaatbaarheid, sent to the LBT with a bezwaar; null while not recorded.</param>
/// <param name="StreefDeelnamepercentage">The ondersteuningsplan's target deelnamepercentage regulier onderwijs (96.5 is 96,5 %); null while not recorded.</param>
/// <param name="Arrangementinhoud">Per soort arrangement: wat het toevoegt aan wat een school zelf biedt; empty while not recorded.</param>
public sealed record BeleidswaardenDto(
    int BehandeltermijnWeken,
    int EvaluatietermijnMaanden,
    TlvduurDto Tlvduur,
    int HerindicatiesignaalWeken,
    int KleineAantallenDrempel,
    string? Naam,
    AdresDto? Adres,
    string? ProcedureEnCriteria,
    decimal? StreefDeelnamepercentage,
    [property: Description("Per soort arrangement: wat het toevoegt aan wat een school zelf biedt. Leeg: niet vastgelegd. Niveaus: " + ArrangementinhoudDto.Uitleg)]
    IReadOnlyList<ArrangementinhoudDto> Arrangementinhoud)
{
    public static BeleidswaardenDto Van(Beleidswaarden w)
    {
        ArgumentNullException.ThrowIfNull(w);
        return new(
            w.BehandeltermijnWeken,
            w.EvaluatietermijnMaanden,
            new TlvduurDto(w.Tlvduur.Sbo, w.Tlvduur.So, w.Tlvduur.Vso, w.Tlvduur.Pro),
            w.HerindicatiesignaalWeken,
            w.KleineAantallenDrempel,
            w.Naam,
            w.Adres is { } a ? new AdresDto(a.Straat, a.Postcode, a.Plaats) : null,
            w.ProcedureEnCriteria,
            w.StreefDeelnamepercentage,
            [.. (w.Arrangementinhoud ?? []).Select(a => new ArrangementinhoudDto(
                SoortArrangementCodes.Lijst.Code(a.Soort), SoortArrangementCodes.Lijst.Label(a.Soort), IvoNiveausDto.Van(a.Brengt)))]);
    }
}

/// <summary>The settings in force on a day.</summary>
/// <param name="Op">The day asked for.</param>
/// <param name="Ingangsdatum">Since when this version is in force; null when the defaults hold (nothing set yet).</param>
/// <param name="Versienummer">The number of the version in force; null for the defaults.</param>
/// <param name="Versie">Send it in If-Match with a new version (0 while nothing was set).</param>
public sealed record BeleidsinstellingenDto(DateOnly Op, DateOnly? Ingangsdatum, int? Versienummer, BeleidswaardenDto Waarden, long Versie)
    : IGeversioneerd;

/// <summary>One recorded version.</summary>
/// <param name="Nummer">1, 2, … in the order they were recorded.</param>
/// <param name="VastgelegdDoor">The account that recorded it.</param>
public sealed record BeleidsversieDto(int Nummer, DateOnly Ingangsdatum, BeleidswaardenDto Waarden, DateTimeOffset VastgelegdOp, string VastgelegdDoor)
{
    public static BeleidsversieDto Van(Beleidsversie v)
    {
        ArgumentNullException.ThrowIfNull(v);
        return new(v.Nummer, v.Ingangsdatum, BeleidswaardenDto.Van(v.Waarden), v.VastgelegdOp, v.VastgelegdDoor);
    }
}

/// <summary>Every version in recording order, and the defaults that hold before the first.</summary>
/// <param name="Versie">Send it in If-Match with a new version.</param>
public sealed record BeleidsgeschiedenisDto(BeleidswaardenDto Standaard, IReadOnlyList<BeleidsversieDto> Versies, long Versie) : IGeversioneerd;

/// <summary>A new version as recorded; its <see cref="Versie"/> is the settings' new ETag.</summary>
/// <param name="Nummer">The number of this version.</param>
/// <param name="Versie">The settings' new ETag, for the next change.</param>
public sealed record VastgelegdeBeleidsversieDto(
    int Nummer, DateOnly Ingangsdatum, BeleidswaardenDto Waarden, DateTimeOffset VastgelegdOp, string VastgelegdDoor, long Versie)
    : IGeversioneerd, IAuditResultaat
{
    string IAuditResultaat.AuditResourceId => Nummer.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static VastgelegdeBeleidsversieDto Van(Beleidsversie v, long versie)
    {
        ArgumentNullException.ThrowIfNull(v);
        return new(v.Nummer, v.Ingangsdatum, BeleidswaardenDto.Van(v.Waarden), v.VastgelegdOp, v.VastgelegdDoor, versie);
    }
}

internal static class BeleidAudit
{
    public const string Soort = "beleidsinstellingen";
    public const string Doel = "Beheer van het beleid van het samenwerkingsverband";
}
