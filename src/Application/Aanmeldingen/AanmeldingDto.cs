using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Aanmeldingen;

namespace PassendOnderwijs.Application.Aanmeldingen;

/// <summary>Who an aanmelding is for, as a list names them.</summary>
public sealed record AanmeldingLeerlingDto(Guid Id, string Naam);

/// <param name="OudersGeinformeerdOp">The day the ouders were told of the extension.</param>
public sealed record VerlengingDto(string Reden, DateOnly OudersGeinformeerdOp, ActorDto Door, DateTimeOffset VastgelegdOp);

/// <param name="AkkoordOp">The day the other school agreed to admit the pupil.</param>
public sealed record AndereSchoolDto(string Vestiging, string Naam, DateOnly AkkoordOp);

public sealed record AanmeldingsbesluitDto(
    [property: CodeUit<Toelatingsuitkomst>] string Uitkomst,
    DateOnly Besluitdatum,
    string? Reden,
    AndereSchoolDto? AndereSchool,
    bool InOverlegMetOuders,
    ActorDto Door,
    DateTimeOffset VastgelegdOp);

/// <summary>
/// An aanmelding with its term, extension, decision and history. <see cref="Versie"/> is its ETag.
/// </summary>
public sealed record AanmeldingDto : IAuditResultaat, IGeversioneerd
{
    public required Guid Id { get; init; }

    public required AanmeldingLeerlingDto Leerling { get; init; }

    /// <summary>The school the aanmelding was made at.</summary>
    public required string Vestiging { get; init; }

    public required string SchoolNaam { get; init; }

    public required DateOnly OntvangenOp { get; init; }

    public required bool OuderVerwachtExtraOndersteuning { get; init; }

    public required DateOnly GewensteStartdatum { get; init; }

    /// <summary>The school year, written "2026-2027".</summary>
    public required string Schooljaar { get; init; }

    [CodeUit<AanmeldingStatus>]
    public required string Status { get; init; }

    /// <summary>Whether the school's zorgplicht applies; when not, <see cref="GeenZorgplicht"/> says why.</summary>
    public required bool Zorgplicht { get; init; }

    [CodeUit<GeenZorgplicht>]
    public string? GeenZorgplicht { get; init; }

    /// <summary>The last day for the decision (six weeks after receipt, ten after the extension); absent when no term runs.</summary>
    public DateOnly? BesluitUiterlijk { get; init; }

    /// <summary>Open and past its last day.</summary>
    public required bool Verlopen { get; init; }

    public VerlengingDto? Verlenging { get; init; }

    public AanmeldingsbesluitDto? Besluit { get; init; }

    public DateOnly? IngetrokkenOp { get; init; }

    public required IReadOnlyList<GebeurtenisDto> Geschiedenis { get; init; }

    /// <summary>The steps the caller may take now, from the lifecycle table: a screen offers exactly these.</summary>
    [CodeUit<AanmeldingStap>]
    public required IReadOnlyList<string> ToegestaneStappen { get; init; }

    public required long Versie { get; init; }

    public required DateTimeOffset GewijzigdOp { get; init; }

    string IAuditResultaat.AuditResourceId => Id.ToString();

    Guid? IAuditResultaat.AuditLeerlingId => Leerling.Id;

    public static AanmeldingDto Van(Aanmelding a, IHuidigeGebruiker aanroeper, TimeProvider klok)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(aanroeper);
        return new AanmeldingDto
        {
            Id = a.Id,
            Leerling = new AanmeldingLeerlingDto(a.LeerlingId, a.LeerlingNaam),
            Vestiging = a.Vestiging.Waarde,
            SchoolNaam = a.SchoolNaam,
            OntvangenOp = a.OntvangenOp,
            OuderVerwachtExtraOndersteuning = a.OuderVerwachtExtraOndersteuning,
            GewensteStartdatum = a.GewensteStartdatum,
            Schooljaar = a.Schooljaar.ToString(),
            Status = AanmeldingStatusCodes.Lijst.Code(a.Status),
            Zorgplicht = a.Zorgplicht,
            GeenZorgplicht = a.GeenZorgplicht is { } geen ? GeenZorgplichtCodes.Lijst.Code(geen) : null,
            BesluitUiterlijk = a.BesluitUiterlijk,
            Verlopen = a.IsOpen && a.BesluitUiterlijk < NederlandseTijd.Vandaag(klok),
            Verlenging = a.Verlenging is { } v ? new VerlengingDto(v.Reden, v.OudersGeinformeerdOp, ActorDto.Van(v.Door), v.VastgelegdOp) : null,
            Besluit = a.Besluit is { } b
                ? new AanmeldingsbesluitDto(
                    ToelatingsuitkomstCodes.Lijst.Code(b.Uitkomst), b.Besluitdatum, b.Reden,
                    b.AndereSchool is { } s ? new AndereSchoolDto(s.Vestiging, s.Naam, s.AkkoordOp) : null,
                    b.InOverlegMetOuders, ActorDto.Van(b.Door), b.VastgelegdOp)
                : null,
            IngetrokkenOp = a.IngetrokkenOp,
            Geschiedenis = [.. a.Gebeurtenissen.Select(g => new GebeurtenisDto(g.Op, ActorDto.Van(g.Door), g.Actie, g.Toelichting))],
            ToegestaneStappen = [.. AanmeldingLevenscyclus.Tabel.ToegestaneStappenVoor(a, aanroeper).Select(AanmeldingStapCodes.Lijst.Code)],
            Versie = a.Versie,
            GewijzigdOp = a.GewijzigdOp,
        };
    }
}
