using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Portfolio;
using PassendOnderwijs.Domain.Portfolio.Casuistiek;

namespace PassendOnderwijs.Application.Portfolio.Casuistiek;

/// <param name="Actie">ingebracht, gewijzigd, geagendeerd, uitkomst-vastgelegd, uitkomst-gecorrigeerd, gekoppeld-aan-inzet or gepland.</param>
public sealed record CasuistiekGebeurtenisDto(DateTimeOffset Op, ActorDto Door, string Actie, string? Toelichting)
{
    internal static IReadOnlyList<CasuistiekGebeurtenisDto> Van(IReadOnlyList<CasuistiekGebeurtenis> gebeurtenissen) =>
        gebeurtenissen.Select(g => new CasuistiekGebeurtenisDto(g.Op, ActorDto.Van(g.Door), g.Actie, g.Toelichting)).ToList();
}

/// <summary>A meeting of a lokaal netwerk. <see cref="Versie"/> is its ETag, for If-Match on a change.</summary>
public sealed record NetwerkbesprekingDto : IAuditResultaat, IGeversioneerd
{
    public required Guid Id { get; init; }

    public required string Regio { get; init; }

    public required string LokaalNetwerk { get; init; }

    public required DateOnly Datum { get; init; }

    /// <summary>The school year of the date, e.g. 2026-2027.</summary>
    public required string Schooljaar { get; init; }

    [CodeUit<Deelnemersrol>]
    public required IReadOnlyList<string> Aanwezigen { get; init; }

    public string? Notities { get; init; }

    /// <summary>The cases on this bespreking that the caller may see (a school: its own).</summary>
    public IReadOnlyList<CasusSamenvattingDto>? Casussen { get; init; }

    public IReadOnlyList<CasuistiekGebeurtenisDto>? Geschiedenis { get; init; }

    public required long Versie { get; init; }

    string IAuditResultaat.AuditResourceId => Id.ToString();

    internal static NetwerkbesprekingDto Van(Netwerkbespreking b, IReadOnlyList<CasusSamenvattingDto>? casussen) => new()
    {
        Id = b.Id,
        Regio = b.Regio,
        LokaalNetwerk = b.LokaalNetwerk,
        Datum = b.Datum,
        Schooljaar = Domain.Schooljaren.Schooljaar.Van(b.Schooljaar).ToString(),
        Aanwezigen = b.Aanwezigen.Select(CasuistiekCodes.Deelnemersrollen.Code).ToList(),
        Notities = b.Notities,
        Casussen = casussen,
        Geschiedenis = CasuistiekGebeurtenisDto.Van(b.Gebeurtenissen),
        Versie = b.Versie,
    };
}

public sealed record NetwerkbesprekingenDto(IReadOnlyList<NetwerkbesprekingDto> Besprekingen);

/// <summary>The outcome of a case.</summary>
/// <param name="Aanbieder">The onderwijsbegeleidingsaanbiedercode of the register the advice points to, if any.</param>
public sealed record UitkomstDto(
    [property: CodeUit<Uitkomstsoort>] string Soort,
    [property: CodeUit<Adviessoort>] string? Adviessoort,
    string? Aanbieder,
    string? Advies,
    [property: CodeUit<Expertisegebied>] string? Expertisegebied)
{
    internal static UitkomstDto? Van(Uitkomst? u) => u is null
        ? null
        : new(
            CasuistiekCodes.Uitkomstsoorten.Code(u.Soort),
            u.Adviessoort is { } a ? CasuistiekCodes.Adviessoorten.Code(a) : null,
            u.Aanbieder,
            u.Advies,
            u.Expertisegebied is { } e ? ExpertisegebiedCodes.Lijst.Code(e) : null);
}

/// <summary>A case in a list: no texts, enough to find it and see where it is.</summary>
/// <param name="Expertisegebied">The area the school named when bringing the case in, if any.</param>
/// <param name="UitkomstExpertisegebied">With the outcome inzet-expert: the area of the expert.</param>
public sealed record CasusSamenvattingDto(
    Guid Id,
    string Vestiging,
    string Regio,
    string LokaalNetwerk,
    string Schooljaar,
    [property: CodeUit<CasusStatus>] string Status,
    [property: CodeUit<Leerjaarband>] string? Leerjaarband,
    [property: CodeUit<Expertisegebied>] string? Expertisegebied,
    Guid? BesprekingId,
    [property: CodeUit<Uitkomstsoort>] string? Uitkomst,
    [property: CodeUit<Expertisegebied>] string? UitkomstExpertisegebied,
    bool GekoppeldAanInzet,
    DateTimeOffset IngebrachtOp);

public sealed record CasussenDto(IReadOnlyList<CasusSamenvattingDto> Casussen);

/// <summary>
/// An anonymous case with its outcome and history. <see cref="GekoppeldAanInzet"/> says whether a school already started
/// an expert inzet from it (it can be used once). <see cref="Versie"/> is its ETag, for If-Match on every step.
/// </summary>
public sealed record CasusDto : IAuditResultaat, IGeversioneerd
{
    public required Guid Id { get; init; }

    public required string Vestiging { get; init; }

    public required string Regio { get; init; }

    public required string LokaalNetwerk { get; init; }

    /// <summary>The school year it was brought in, e.g. 2026-2027.</summary>
    public required string Schooljaar { get; init; }

    [CodeUit<CasusStatus>]
    public required string Status { get; init; }

    public required string Ondersteuningsvraag { get; init; }

    [CodeUit<Leerjaarband>]
    public string? Leerjaarband { get; init; }

    /// <summary>What the school tried within its basisondersteuning.</summary>
    public required string Geprobeerd { get; init; }

    [CodeUit<Expertisegebied>]
    public string? Expertisegebied { get; init; }

    public Guid? BesprekingId { get; init; }

    public DateOnly? BesprekingDatum { get; init; }

    public UitkomstDto? Uitkomst { get; init; }

    public required bool GekoppeldAanInzet { get; init; }

    public Guid? ExpertinzetId { get; init; }

    public required DateTimeOffset IngebrachtOp { get; init; }

    public required IReadOnlyList<CasuistiekGebeurtenisDto> Geschiedenis { get; init; }

    /// <summary>The steps the caller may take now (wijziging, bespreking, uitkomst, uitkomstcorrectie, koppeling).</summary>
    [CodeUit<CasusStap>]
    public required IReadOnlyList<string> ToegestaneStappen { get; init; }

    public required long Versie { get; init; }

    string IAuditResultaat.AuditResourceId => Id.ToString();

    internal static CasusDto Van(Casus c, DateOnly? besprekingDatum, IHuidigeGebruiker aanroeper) => new()
    {
        Id = c.Id,
        Vestiging = c.Vestiging.Waarde,
        Regio = c.Regio,
        LokaalNetwerk = c.LokaalNetwerk,
        Schooljaar = Domain.Schooljaren.Schooljaar.Van(c.Schooljaar).ToString(),
        Status = CasusStatusCodes.Lijst.Code(c.Status),
        Ondersteuningsvraag = c.Ondersteuningsvraag,
        Leerjaarband = c.Leerjaarband is { } b ? CasuistiekCodes.Leerjaarbanden.Code(b) : null,
        Geprobeerd = c.Geprobeerd,
        Expertisegebied = c.Expertisegebied is { } e ? ExpertisegebiedCodes.Lijst.Code(e) : null,
        BesprekingId = c.BesprekingId,
        BesprekingDatum = besprekingDatum,
        Uitkomst = UitkomstDto.Van(c.Uitkomst),
        GekoppeldAanInzet = c.ExpertinzetId is not null,
        ExpertinzetId = c.ExpertinzetId,
        IngebrachtOp = c.IngebrachtOp,
        Geschiedenis = CasuistiekGebeurtenisDto.Van(c.Gebeurtenissen),
        ToegestaneStappen = CasusLevenscyclus.Tabel.ToegestaneStappenVoor(c, aanroeper)
            .Select(CasusStapCodes.Lijst.Code).ToList(),
        Versie = c.Versie,
    };
}

internal static class CasuistiekAudit
{
    public const string Casus = "casus";
    public const string Bespreking = "netwerkbespreking";
    public const string Doel = "Casuïstiek in de lokale netwerken (anoniem)";
}

internal static class CasuistiekFouten
{
    /// <summary>Also for a case of another school or samenwerkingsverband: that one does not exist for the caller.</summary>
    public static Domain.Common.Fout OnbekendeCasus(Guid id) => Domain.Common.Fout.NietGevonden("casus-onbekend", $"Er is geen casus {id} die u mag zien.");

    public static Domain.Common.Fout OnbekendeBespreking(Guid id) =>
        Domain.Common.Fout.NietGevonden("netwerkbespreking-onbekend", $"Er is geen netwerkbespreking {id} die u mag zien.");
}
