using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Ondersteuning;
using PassendOnderwijs.Domain.Deskundigen;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen;

/// <summary>The pupil as on the day of the request: what the beschikking and the receiving school need.</summary>
public sealed record TlvLeerlingDto(Guid Id, string Naam, DateOnly Geboortedatum);

/// <param name="Vestiging">BRIN and vestigingsnummer, also for a school outside the samenwerkingsverband.</param>
/// <param name="InSamenwerkingsverband">Whether the school is one of the samenwerkingsverband's own.</param>
public sealed record BeoogdeSchoolDto(string Vestiging, string Naam, [property: CodeUit<SoortSchool>] string Soort, bool InSamenwerkingsverband);

/// <summary>The HGW route: needs on the five IVO fields, what the school did, linked arrangementen, the views of ouders and pupil.</summary>
public sealed record OnderbouwingDto(
    IvoVeldenDto Onderwijsbehoeften, string Basisondersteuning, string ExtraOndersteuning, IReadOnlyList<Guid> Arrangementen, string VisieOuders, string VisieLeerling);

/// <summary>A deskundige asked for an advice and, once given, the advice with its motivering per criterion.</summary>
public sealed record DeskundigenadviesDto(
    [property: CodeUit<Adviesplek>] string Plek,
    Guid DeskundigeId,
    string Naam,
    [property: CodeUit<Discipline>] string Discipline,
    string Werkgever,
    string? Registratie,
    DateTimeOffset GevraagdOp,
    bool Uitgebracht,
    DateOnly? Datum,
    bool? Toelaatbaar,
    [property: CodeUit<SoortToelaatbaarheid>] string? Soort,
    [property: CodeUit<Bekostigingscategorie>] string? Categorie,
    DateOnly? Einddatum,
    string? MotiveringOnderwijsbehoeften,
    string? MotiveringRegulier,
    string? MotiveringBeoogdeSchool,
    DateTimeOffset? UitgebrachtOp)
{
    public static DeskundigenadviesDto Van(Deskundigenadvies a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(
            AdviesplekCodes.Lijst.Code(a.Plek), a.DeskundigeId, a.Naam, DisciplineCodes.Lijst.Code(a.Discipline), a.Werkgever, a.Registratie, a.GevraagdOp,
            a.IsUitgebracht, a.Datum, a.Toelaatbaar, a.Soort is { } s ? SoortToelaatbaarheidCodes.Lijst.Code(s) : null,
            a.Categorie is { } c ? BekostigingscategorieCodes.Lijst.Code(c) : null, a.Einddatum, a.MotiveringOnderwijsbehoeften, a.MotiveringRegulier,
            a.MotiveringBeoogdeSchool, a.UitgebrachtOp);
    }
}

public sealed record TlvBesluitDto(
    bool Toelaatbaar,
    [property: CodeUit<SoortToelaatbaarheid>] string? Soort,
    [property: CodeUit<Bekostigingscategorie>] string? Categorie,
    DateOnly? Ingangsdatum,
    DateOnly? Einddatum,
    string? RedenAfwijkendeDuur,
    string Beschikkingsnummer,
    DateOnly Besluitdatum,
    string Motivering,
    string? AfwijkingVanAdvies,
    ActorDto Door,
    DateTimeOffset VastgelegdOp)
{
    public static TlvBesluitDto Van(TlvBesluit b)
    {
        ArgumentNullException.ThrowIfNull(b);
        return new(
            b.Toelaatbaar, b.Soort is { } s ? SoortToelaatbaarheidCodes.Lijst.Code(s) : null, b.Categorie is { } c ? BekostigingscategorieCodes.Lijst.Code(c) : null,
            b.Ingangsdatum, b.Einddatum, b.RedenAfwijkendeDuur, b.Beschikkingsnummer, b.Besluitdatum, b.Motivering, b.AfwijkingVanAdvies, ActorDto.Van(b.Door), b.VastgelegdOp);
    }
}

/// <param name="TeLaat">Received after the bezwaar term (six weeks after bekendmaking).</param>
/// <param name="LbtAdviesaanvraagUiterlijk">The LBT is asked within 14 days of receipt.</param>
/// <param name="BeslissenUiterlijk">Twelve weeks after the bezwaar term ended, six more once after a verdaging.</param>
/// <param name="Toelichting">The objector's own explanation, as an ouder wrote it in the portal; null for a bezwaarschrift registered by staff.</param>
public sealed record BezwaarDto(
    Guid Id,
    [property: CodeUit<Indiener>] string Indiener,
    string IndienerNaam,
    DateOnly OntvangenOp,
    bool TeLaat,
    string? Verschoning,
    DateOnly LbtAdviesaanvraagUiterlijk,
    DateOnly? LbtGevraagdOp,
    [property: CodeUit<Bezwaarstuk>] IReadOnlyList<string> Stukken,
    DateOnly? HoorzittingOp,
    string? Hoorzittingverslag,
    [property: CodeUit<LbtOordeel>] string? LbtOordeel,
    DateOnly? LbtAdviesOp,
    DateOnly BeslissenUiterlijk,
    string? Verdaging,
    [property: CodeUit<Bezwaarafloop>] string? Afloop,
    DateOnly? AfgerondOp,
    string? Motivering,
    string? Toelichting = null)
{
    public static BezwaarDto Van(Bezwaar b)
    {
        ArgumentNullException.ThrowIfNull(b);
        return new(
            b.Id, IndienerCodes.Lijst.Code(b.Indiener), b.IndienerNaam, b.OntvangenOp, b.TeLaat, b.Verschoning, b.LbtAdviesaanvraagUiterlijk, b.LbtGevraagdOp,
            b.Stukken.Select(BezwaarstukCodes.Lijst.Code).ToList(), b.HoorzittingOp, b.Hoorzittingverslag,
            b.LbtOordeel is { } o ? LbtOordeelCodes.Lijst.Code(o) : null, b.LbtAdviesOp, b.BeslissenUiterlijk, b.Verdaging,
            b.Afloop is { } a ? BezwaarafloopCodes.Lijst.Code(a) : null, b.AfgerondOp, b.Motivering, b.Toelichting);
    }
}

/// <summary>
/// A toelaatbaarheidsverklaring with its request, advices, decision, bezwaren and history. <see cref="Versie"/> is its
/// ETag. The fields BRON/ROD registration needs are at the top level: beschikkingsnummer, samenwerkingsverband, soort,
/// categorie, ingangsdatum and einddatum (those of the decision once there is one).
/// </summary>
public sealed record TlvDto : IAuditResultaat, IGeversioneerd
{
    public required Guid Id { get; init; }

    /// <summary>The samenwerkingsverband's code (swvCode in BRON/ROD).</summary>
    public required string Samenwerkingsverband { get; init; }

    public required TlvLeerlingDto Leerling { get; init; }

    /// <summary>The requesting vestiging.</summary>
    public required string Vestiging { get; init; }

    public required BeoogdeSchoolDto BeoogdeSchool { get; init; }

    [CodeUit<TlvStatus>]
    public required string Status { get; init; }

    /// <summary>The soort: requested, or decided once there is a decision.</summary>
    [CodeUit<SoortToelaatbaarheid>]
    public required string Soort { get; init; }

    /// <summary>The bekostigingscategorie (OSO code list 31): requested, or decided once there is a decision.</summary>
    [CodeUit<Bekostigingscategorie>]
    public required string Categorie { get; init; }

    public required DateOnly GevraagdeIngangsdatum { get; init; }

    public DateOnly? GevraagdeEinddatum { get; init; }

    public required OnderbouwingDto Onderbouwing { get; init; }

    public required DateTimeOffset AangevraagdOp { get; init; }

    public required DateOnly Behandeldeadline { get; init; }

    public Guid? VorigeId { get; init; }

    public Guid? OpgevolgdDoorId { get; init; }

    public required IReadOnlyList<DeskundigenadviesDto> Adviezen { get; init; }

    public TlvBesluitDto? Besluit { get; init; }

    public string? Beschikkingsnummer { get; init; }

    public bool? Toelaatbaar { get; init; }

    public DateOnly? Ingangsdatum { get; init; }

    public DateOnly? Einddatum { get; init; }

    public DateOnly? HerindicatieVanaf { get; init; }

    public DateOnly? BekendgemaaktOp { get; init; }

    /// <summary>The last day on which bezwaar is in time (six weeks after bekendmaking).</summary>
    public DateOnly? EindeBezwaartermijn { get; init; }

    public BezwaarDto? LopendBezwaar { get; init; }

    public required IReadOnlyList<BezwaarDto> AfgerondeBezwaren { get; init; }

    public DateOnly? IngeschrevenOp { get; init; }

    public string? RedenIntrekking { get; init; }

    public required IReadOnlyList<GebeurtenisDto> Geschiedenis { get; init; }

    /// <summary>The steps the caller may take now, from the lifecycle table: a screen offers exactly these.</summary>
    [CodeUit<TlvStap>]
    public required IReadOnlyList<string> ToegestaneStappen { get; init; }

    public required long Versie { get; init; }

    public required DateTimeOffset GewijzigdOp { get; init; }

    string IAuditResultaat.AuditResourceId => Id.ToString();

    Guid? IAuditResultaat.AuditLeerlingId => Leerling.Id;

    public static TlvDto Van(Toelaatbaarheidsverklaring t, IHuidigeGebruiker aanroeper)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(aanroeper);
        return new TlvDto
        {
            Id = t.Id,
            Samenwerkingsverband = t.Samenwerkingsverband.Waarde,
            Leerling = new TlvLeerlingDto(t.LeerlingId, t.LeerlingNaam, t.LeerlingGeboortedatum),
            Vestiging = t.Vestiging.Waarde,
            BeoogdeSchool = new BeoogdeSchoolDto(t.BeoogdeSchool.Vestiging.Waarde, t.BeoogdeSchool.Naam, SoortSchoolCodes.Lijst.Code(t.BeoogdeSchool.Soort), t.BeoogdeSchool.InSamenwerkingsverband),
            Status = TlvStatusCodes.Lijst.Code(t.Status),
            Soort = SoortToelaatbaarheidCodes.Lijst.Code(t.Soort),
            Categorie = BekostigingscategorieCodes.Lijst.Code(t.Categorie),
            GevraagdeIngangsdatum = t.GevraagdeIngangsdatum,
            GevraagdeEinddatum = t.GevraagdeEinddatum,
            Onderbouwing = new OnderbouwingDto(
                IvoVeldenDto.Van(t.Onderbouwing.Onderwijsbehoeften), t.Onderbouwing.Basisondersteuning, t.Onderbouwing.ExtraOndersteuning,
                t.Onderbouwing.Arrangementen, t.Onderbouwing.VisieOuders, t.Onderbouwing.VisieLeerling),
            AangevraagdOp = t.AangevraagdOp,
            Behandeldeadline = t.Behandeldeadline,
            VorigeId = t.VorigeId,
            OpgevolgdDoorId = t.OpgevolgdDoorId,
            Adviezen = t.Adviezen.Select(DeskundigenadviesDto.Van).ToList(),
            Besluit = t.Besluit is { } b ? TlvBesluitDto.Van(b) : null,
            Beschikkingsnummer = t.Beschikkingsnummer,
            Toelaatbaar = t.Toelaatbaar,
            Ingangsdatum = t.Ingangsdatum,
            Einddatum = t.Einddatum,
            HerindicatieVanaf = t.HerindicatieVanaf,
            BekendgemaaktOp = t.BekendgemaaktOp,
            EindeBezwaartermijn = t.EindeBezwaartermijn,
            LopendBezwaar = t.LopendBezwaar is { } z ? BezwaarDto.Van(z) : null,
            AfgerondeBezwaren = t.AfgerondeBezwaren.Select(BezwaarDto.Van).ToList(),
            IngeschrevenOp = t.IngeschrevenOp,
            RedenIntrekking = t.RedenIntrekking,
            Geschiedenis = t.Gebeurtenissen.Select(g => new GebeurtenisDto(g.Op, ActorDto.Van(g.Door), g.Actie, g.Toelichting)).ToList(),
            ToegestaneStappen = TlvLevenscyclus.Tabel.ToegestaneStappenVoor(t, aanroeper).Select(TlvStapCodes.Lijst.Code).ToList(),
            Versie = t.Versie,
            GewijzigdOp = t.GewijzigdOp,
        };
    }
}
