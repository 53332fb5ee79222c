using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Portfolio.Middelen;

namespace PassendOnderwijs.Application.Portfolio.Middelen;

/// <summary>A grant of middelen extra ondersteuning to a schoolbestuur for one calendar year, with its verantwoording's state.</summary>
/// <param name="Jaar">The calendar year the middelen are for.</param>
/// <param name="Bedrag">The amount granted, in euro.</param>
/// <param name="Toelichting">How the distribution key is applied.</param>
/// <param name="BetaaldOp">The date of the advance payment.</param>
/// <param name="Scholen">What goes to each school of the bestuur, when the SWV states it.</param>
/// <param name="VerantwoordingId">The bestuur's verantwoording of this grant, once started.</param>
/// <param name="Besteed">The money used according to the verantwoording, once started.</param>
/// <param name="Versie">Send it back in If-Match with a change.</param>
public sealed record MiddelentoekenningDto(
    Guid Id,
    Guid SchoolbestuurId,
    string SchoolbestuurNaam,
    int Jaar,
    decimal Bedrag,
    [property: CodeUit<Verdeelsleutel>] string Verdeelsleutel,
    string? Toelichting,
    DateOnly? BetaaldOp,
    IReadOnlyList<SchoolbedragDto> Scholen,
    Guid? VerantwoordingId,
    [property: CodeUit<VerantwoordingStatus>] string? VerantwoordingStatus,
    decimal? Besteed,
    IReadOnlyList<GebeurtenisDto> Geschiedenis,
    long Versie) : IGeversioneerd;

/// <param name="Vestiging">The school (BRIN + vestigingsnummer).</param>
public sealed record SchoolbedragDto(string Vestiging, string? SchoolNaam, decimal Bedrag);

public sealed record MiddelentoekenningenDto(IReadOnlyList<MiddelentoekenningDto> Toekenningen);

/// <summary>
/// A bestuur's verantwoording of its middelen. Lines at pupil level name the pupil only to a caller who may see that
/// pupil; to others they show the school and the money only.
/// </summary>
/// <param name="Toegekend">The amount granted, in euro.</param>
/// <param name="Besteed">The money used on all lines together.</param>
/// <param name="Overschreden">Whether more was used than granted: allowed (the bestuur adds its own money), but worth a look.</param>
/// <param name="Waarschuwing">What a screen shows when more was used than granted.</param>
/// <param name="BesprokenOp">The date of the bestuursgesprek in which it was discussed.</param>
/// <param name="ToegestaneStappen">The steps the caller may take now, from the lifecycle table.</param>
/// <param name="Versie">Send it back in If-Match with a change or a step.</param>
public sealed record VerantwoordingDto(
    Guid Id,
    Guid ToekenningId,
    Guid SchoolbestuurId,
    string SchoolbestuurNaam,
    int Jaar,
    [property: CodeUit<VerantwoordingStatus>] string Status,
    IReadOnlyList<VerantwoordingsregelDto> Regels,
    IReadOnlyList<LeerlingregelDto> Leerlingregels,
    decimal Toegekend,
    decimal Besteed,
    bool Overschreden,
    string? Waarschuwing,
    DateOnly? IngediendOp,
    DateOnly? BesprokenOp,
    string? Bespreeknotitie,
    [property: CodeUit<VerantwoordingStap>] IReadOnlyList<string> ToegestaneStappen,
    IReadOnlyList<GebeurtenisDto> Geschiedenis,
    long Versie) : IGeversioneerd, IAuditLijst, IAuditResultaat
{
    string IAuditResultaat.AuditResourceId => Id.ToString();

    /// <summary>The pupils of the pupil lines, also those the caller may not see by name: their lines left the server.</summary>
    internal IReadOnlyList<Guid> Leerlingen { get; init; } = [];

    /// <summary>One record for the verantwoording and one per pupil line: the log per pupil shows who read or changed their line.</summary>
    IEnumerable<IAuditResultaat> IAuditLijst.AuditItems =>
        [this, .. Leerlingen.Select(l => new Leerlingaudit(Id.ToString(), l))];

    private sealed record Leerlingaudit(string AuditResourceId, Guid? AuditLeerlingId) : IAuditResultaat;
}

/// <param name="Niveau">School or group level.</param>
/// <param name="Vestiging">The school (BRIN + vestigingsnummer).</param>
/// <param name="Groep">The group, on group level.</param>
/// <param name="Besteed">The money used, in euro.</param>
public sealed record VerantwoordingsregelDto(
    [property: CodeUit<Verantwoordingsniveau>] string Niveau,
    string Vestiging,
    string? SchoolNaam,
    string? Groep,
    string Doel,
    string Interventies,
    decimal Besteed,
    string? Resultaten);

/// <param name="OppId">The pupil's OPP: its goals, interventions and evaluated plan van aanpak are there.</param>
/// <param name="LeerlingId">The pupil (for the audit log); absent for a caller who may not see the pupil.</param>
/// <param name="LeerlingNaam">Only for a caller who may see the pupil.</param>
/// <param name="OppLaatstGeevalueerdOp">When the OPP (its plan van aanpak) was last evaluated; only for a caller who may see it.</param>
/// <param name="Besteed">The money used for this pupil, in euro.</param>
public sealed record LeerlingregelDto(
    Guid OppId,
    Guid? LeerlingId,
    string? LeerlingNaam,
    string Vestiging,
    string? SchoolNaam,
    DateOnly? OppLaatstGeevalueerdOp,
    decimal Besteed,
    string? Toelichting);

internal static class MiddelenAudit
{
    public const string Toekenning = "middelentoekenning";
    public const string Verantwoording = "verantwoording";
    public const string DoelToekenning = "Vastleggen van de middelen extra ondersteuning per schoolbestuur";
    public const string DoelVerantwoording = "Verantwoording van de middelen extra ondersteuning door het schoolbestuur";
}

internal static class MiddelenFouten
{
    public static Fout ToekenningOnbekend =>
        Fout.NietGevonden("toekenning-onbekend", "Er is geen toekenning van middelen met dit id die u mag zien.");

    public static Fout VerantwoordingOnbekend =>
        Fout.NietGevonden("verantwoording-onbekend", "Er is geen verantwoording met dit id die u mag zien.");

    public static Fout BestuurOnbekend =>
        Fout.Ongeldig("onbekend-schoolbestuur", "Dit schoolbestuur hoort niet bij het samenwerkingsverband.", "schoolbestuurId");

    public static Fout VerantwoordingBestaat =>
        Fout.Conflict("verantwoording-bestaat", "Deze toekenning heeft al een verantwoording; werk die bij.");
}
