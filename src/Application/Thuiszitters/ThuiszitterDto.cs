using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Thuiszitters;

namespace PassendOnderwijs.Application.Thuiszitters;

/// <summary>The pupil as the entry shows them.</summary>
public sealed record ThuiszitterLeerlingDto(Guid Id, string Naam, DateOnly Geboortedatum, string Groep)
{
    public static ThuiszitterLeerlingDto? Van(Leerling? l) => l is null ? null : new(l.Id, l.Naam, l.Geboortedatum, l.Groep);
}

public sealed record LeerplichtambtenaarDto(string Naam, string? Contact);

/// <summary>One version of the plan and perspective, with who wrote it and when.</summary>
public sealed record PlanversieDto(string? Plan, string? Perspectief, ActorDto Door, DateTimeOffset Op);

/// <param name="Vestiging">The vestiging the child went to, when it is one in the samenwerkingsverband.</param>
/// <param name="AndereBestemming">Another destination in words (dagbesteding, zorginstelling).</param>
/// <param name="BinnenStreefdatum">Whether the child was back by the 3-month aim.</param>
public sealed record TerugkeerDto(
    DateOnly Datum, string? Vestiging, string? VestigingNaam, string? AndereBestemming, string? Toelichting, bool BinnenStreefdatum, ActorDto Door, DateTimeOffset Op);

public sealed record ThuiszitterBeeindigingDto(DateOnly Datum, [property: CodeUit<Beeindigingsreden>] string Reden, string? Toelichting, ActorDto Door, DateTimeOffset Op);

/// <param name="Actie">gemeld, plan-bijgewerkt, teruggekeerd or beeindigd.</param>
public sealed record ThuiszitterGebeurtenisDto(DateTimeOffset Op, ActorDto Door, string Actie, string? Toelichting);

/// <summary>One entry of the thuiszitters register with its plan versions and history. <see cref="Versie"/> is its ETag.</summary>
public sealed record ThuiszitterDto : IAuditResultaat, IGeversioneerd
{
    public required Guid Id { get; init; }

    public required Guid LeerlingId { get; init; }

    /// <summary>Absent when the caller may no longer see the pupil (the pupil moved to another school).</summary>
    public ThuiszitterLeerlingDto? Leerling { get; init; }

    /// <summary>The pupil's vestiging when the entry was made (for absoluut verzuim the last school).</summary>
    public required string Vestiging { get; init; }

    public string? SchoolNaam { get; init; }

    public string? Regio { get; init; }

    [CodeUit<Verzuimsoort>]
    public required string Soort { get; init; }

    /// <summary>The first day of the absence (or of the vrijstelling).</summary>
    public required DateOnly VerzuimSinds { get; init; }

    /// <summary>The first day the child counts as thuiszitter: absoluut verzuim from the first day, relatief after 4 weeks; absent for a vrijstelling.</summary>
    public DateOnly? ThuiszitterVanaf { get; init; }

    [CodeUit<Thuiszitreden>]
    public string? Reden { get; init; }

    [CodeUit<Vrijstellingsgrond>]
    public string? Grond { get; init; }

    /// <summary>The aim: back within 3 months of the first day of absence; absent for a vrijstelling.</summary>
    public DateOnly? Streefdatum { get; init; }

    /// <summary>Days from the first day of absence to the return or end, or to today while open.</summary>
    public required int DuurInDagen { get; init; }

    /// <summary>Open and past the aim.</summary>
    public required bool Verlopen { get; init; }

    public required string Gemeente { get; init; }

    public LeerplichtambtenaarDto? Leerplichtambtenaar { get; init; }

    /// <summary>The current plan and perspective (the last version).</summary>
    public PlanversieDto? Plan { get; init; }

    /// <summary>Every version of the plan, oldest first.</summary>
    public required IReadOnlyList<PlanversieDto> Planversies { get; init; }

    [CodeUit<ThuiszitterStatus>]
    public required string Status { get; init; }

    public TerugkeerDto? Terugkeer { get; init; }

    public ThuiszitterBeeindigingDto? Beeindiging { get; init; }

    public required IReadOnlyList<ThuiszitterGebeurtenisDto> Geschiedenis { get; init; }

    /// <summary>The steps the caller may take now, from the lifecycle table: a screen offers exactly these.</summary>
    [CodeUit<ThuiszitterStap>]
    public required IReadOnlyList<string> ToegestaneStappen { get; init; }

    public required DateTimeOffset GemeldOp { get; init; }

    public required long Versie { get; init; }

    public required DateTimeOffset GewijzigdOp { get; init; }

    string IAuditResultaat.AuditResourceId => Id.ToString();

    Guid? IAuditResultaat.AuditLeerlingId => LeerlingId;

    public static ThuiszitterDto Van(Thuiszitter t, Leerling? leerling, string? schoolNaam, IHuidigeGebruiker aanroeper, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(aanroeper);
        return new ThuiszitterDto
        {
            Id = t.Id,
            LeerlingId = t.LeerlingId,
            Leerling = ThuiszitterLeerlingDto.Van(leerling),
            Vestiging = t.Vestiging.Waarde,
            SchoolNaam = schoolNaam,
            Regio = t.Regio,
            Soort = VerzuimsoortCodes.Lijst.Code(t.Soort),
            VerzuimSinds = t.VerzuimSinds,
            ThuiszitterVanaf = Thuiszitter.ThuiszitterVanaf(t.Soort, t.VerzuimSinds),
            Reden = t.Reden is { } r ? ThuiszitredenCodes.Lijst.Code(r) : null,
            Grond = t.Grond is { } g ? VrijstellingsgrondCodes.Lijst.Code(g) : null,
            Streefdatum = t.Streefdatum,
            DuurInDagen = t.DuurInDagen(vandaag),
            Verlopen = t.IsVerlopen(vandaag),
            Gemeente = t.Gemeente,
            Leerplichtambtenaar = t.Leerplichtambtenaar is { } l ? new LeerplichtambtenaarDto(l.Naam, l.Contact) : null,
            Plan = t.Plan is { } p ? AlsDto(p) : null,
            Planversies = [.. t.Planversies.Select(AlsDto)],
            Status = ThuiszitterStatusCodes.Lijst.Code(t.Status),
            Terugkeer = t.Terugkeer is { } k
                ? new TerugkeerDto(k.Datum, k.Vestiging, k.VestigingNaam, k.AndereBestemming, k.Toelichting, t.TerugBinnenStreefdatum, ActorDto.Van(k.Door), k.Op)
                : null,
            Beeindiging = t.Beeindiging is { } b
                ? new ThuiszitterBeeindigingDto(b.Datum, BeeindigingsredenCodes.Lijst.Code(b.Reden), b.Toelichting, ActorDto.Van(b.Door), b.Op)
                : null,
            Geschiedenis = [.. t.Gebeurtenissen.Select(e => new ThuiszitterGebeurtenisDto(e.Op, ActorDto.Van(e.Door), e.Actie, e.Toelichting))],
            ToegestaneStappen = [.. ThuiszitterLevenscyclus.Tabel.ToegestaneStappenVoor(t, aanroeper).Select(ThuiszitterStapCodes.Lijst.Code)],
            GemeldOp = t.GemeldOp,
            Versie = t.Versie,
            GewijzigdOp = t.GewijzigdOp,
        };
    }

    private static PlanversieDto AlsDto(Planversie p) => new(p.Plan, p.Perspectief, ActorDto.Van(p.Door), p.Op);
}
