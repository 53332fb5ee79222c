using System.Text.Json.Serialization;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Dossiers;

namespace PassendOnderwijs.Application.Dossiers;

public sealed record VerslagregelDto([property: CodeUit<Verslagsoort>] string Soort, string Onderdeel, string Toelichting, string? Pad);

public sealed record OuderinzageDto(
    bool? VoorlopigDossier,
    bool? Ingezien,
    DateOnly? Inzagedatum,
    [property: CodeUit<Akkoordantwoord>] string? Akkoord,
    string? RedenNietAkkoord,
    [property: CodeUit<Akkoordantwoord>] string? Toestemming,
    bool HeeftBezwaar);

/// <summary>
/// A received OSO dossier: whose it is, what the ouders said about it, what the SWV keeps from it (read-only), and
/// the report of what was created, updated, kept or left out. Diagnoses are never part of it: only whether there are any.
/// </summary>
public sealed record DossierimportDto : IAuditResultaat, IGeversioneerd
{
    public required Guid Id { get; init; }

    public required Guid LeerlingId { get; init; }

    public required string LeerlingNaam { get; init; }

    public required string Vestiging { get; init; }

    [CodeUit<DossierimportStatus>]
    public required string Status { get; init; }

    [CodeUit<Overdrachtsprofiel>]
    public required string Profiel { get; init; }

    /// <summary>The date the school's LAS made the dossier.</summary>
    public required DateOnly Dossierdatum { get; init; }

    public required string Pakket { get; init; }

    public required DateTimeOffset Ontvangen { get; init; }

    public required ActorDto AangeleverdDoor { get; init; }

    /// <summary>SHA-256 of the delivered file: the same file again is this import.</summary>
    public required string Inhoudshash { get; init; }

    public required long Grootte { get; init; }

    public OuderinzageDto? Ouderinzage { get; init; }

    public required IReadOnlyList<Verzorger> Verzorgers { get; init; }

    public required Overdrachtsgegevens Gegevens { get; init; }

    /// <summary>The dossier holds diagnoses or medication data; SWV staff can open them on purpose, with a reason.</summary>
    public required bool HeeftBeschermdeGegevens { get; init; }

    public required IReadOnlyList<VerslagregelDto> Verslag { get; init; }

    public required long Versie { get; init; }

    /// <summary>This delivery created the import (201); false when the same dossier had arrived before (200).</summary>
    [JsonIgnore]
    public bool Nieuw { get; init; }

    string IAuditResultaat.AuditResourceId => Id.ToString();

    Guid? IAuditResultaat.AuditLeerlingId => LeerlingId;

    public static DossierimportDto Van(Dossierimport import, string leerlingNaam)
    {
        ArgumentNullException.ThrowIfNull(import);
        return new DossierimportDto
        {
            Id = import.Id,
            LeerlingId = import.LeerlingId,
            LeerlingNaam = leerlingNaam,
            Vestiging = import.Vestiging.Waarde,
            Status = DossierimportStatusCodes.Lijst.Code(import.Status),
            Profiel = OverdrachtsprofielCodes.Lijst.Code(import.Profiel),
            Dossierdatum = import.Dossierdatum,
            Pakket = import.Pakket,
            Ontvangen = import.Ontvangen,
            AangeleverdDoor = ActorDto.Van(import.Aanleverder),
            Inhoudshash = import.Inhoudshash,
            Grootte = import.Grootte,
            Ouderinzage = import.Ouderinzage is { } i
                ? new OuderinzageDto(i.VoorlopigDossier, i.Ingezien, i.Inzagedatum, Code(i.Akkoord), i.RedenNietAkkoord, Code(i.Toestemming), i.HeeftBezwaar)
                : null,
            Verzorgers = import.Verzorgers,
            Gegevens = import.Gegevens,
            HeeftBeschermdeGegevens = !import.Beschermd.IsLeeg,
            Verslag = import.Verslag.Select(r => new VerslagregelDto(VerslagsoortCodes.Lijst.Code(r.Soort), r.Onderdeel, r.Toelichting, r.Pad)).ToList(),
            Versie = import.Versie,
        };
    }

    private static string? Code(Akkoordantwoord? antwoord) => antwoord is { } a ? AkkoordantwoordCodes.Lijst.Code(a) : null;
}

internal static class DossierAudit
{
    public const string Soort = "dossierimport";
    public const string Doel = "Overdracht van het leerlingdossier voor passend onderwijs (OSO)";
}

/// <summary>The dossiers of one pupil, newest first.</summary>
public sealed record DossierimportsDto(IReadOnlyList<DossierimportDto> Dossiers);
