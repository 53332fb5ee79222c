using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Ondersteuning;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Expertises;
using PassendOnderwijs.Domain.Leerlingen;

namespace PassendOnderwijs.Application.Arrangementen;

/// <summary>
/// The pupil as an arrangement (and the TLV and OPP feeds) shows it: enough for a LAS to match its own record, nothing
/// more. <see cref="LasSleutel"/> is the school LAS's own pupil key when it is known (from its OSO dossier), so a LAS
/// matches without comparing names.
/// </summary>
public sealed record ArrangementLeerlingDto(Guid Id, string Voornaam, string Achternaam, DateOnly Geboortedatum, string Groep, string? LasSleutel)
{
    public static ArrangementLeerlingDto Van(Leerling l)
    {
        ArgumentNullException.ThrowIfNull(l);
        return new(l.Id, l.Voornaam, l.Achternaam, l.Geboortedatum, l.Groep, l.LasSleutel);
    }
}

/// <param name="Soort">school, sbo-so, expert or oba.</param>
/// <param name="ObaCode">For an onderwijsbegeleidingsaanbieder: its RIO code.</param>
/// <param name="Expertise">For an onderwijsbegeleidingsaanbieder: the expertise it brings (RIO value list).</param>
/// <param name="ExpertId">
/// For an expert: their account (from GET /experts). Only an expert named by account may see the pupil while the
/// arrangement is open; a name alone matches nobody.
/// </param>
public sealed record UitvoerderDto(
    [property: Required, CodeUit<SoortUitvoerder>] string? Soort,
    [property: Required, MaxLength(Uitvoerder.MaximaleLengteNaam)] string? Naam,
    [property: RegularExpression(Domain.Begeleidingsaanbod.ObaCode.Patroon)] string? ObaCode,
    [property: MaxLength(ExpertiseCode.MaximaleLengte), RegularExpression(ExpertiseCode.Patroon)] string? Expertise,
    Guid? ExpertId = null);

public sealed record DoelDto(int Nummer, string Omschrijving);

public sealed record ActorDto(string Id, string Naam)
{
    public static ActorDto Van(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return new(actor.Id, actor.Naam);
    }
}

/// <param name="Uitkomst">toegekend or afgewezen.</param>
public sealed record BesluitDto(string Uitkomst, DateOnly Besluitdatum, string Beschikkingsnummer, string Motivering, ActorDto Door, DateTimeOffset VastgelegdOp);

public sealed record DoelresultaatDto(int Doel, bool Behaald, string? Toelichting);

/// <param name="Vervolg">voortzetten, bijstellen or beeindigen.</param>
public sealed record EvaluatieDto(Guid Id, DateOnly Datum, IReadOnlyList<DoelresultaatDto> Doelen, string Conclusie, [property: CodeUit<Vervolg>] string Vervolg, ActorDto Door, DateTimeOffset VastgelegdOp);

/// <param name="Actie">aangevraagd, in-behandeling-genomen, informatie-gevraagd, informatie-gegeven, toegekend, afgewezen, gestart, geevalueerd or beeindigd.</param>
public sealed record GebeurtenisDto(DateTimeOffset Op, ActorDto Door, string Actie, string? Toelichting);

/// <summary>An arrangement with its whole history. <see cref="Versie"/> is its ETag and its place in the change feed.</summary>
public sealed record ArrangementDto : IAuditResultaat, IGeversioneerd
{
    public required Guid Id { get; init; }

    public required ArrangementLeerlingDto Leerling { get; init; }

    public required string Vestiging { get; init; }

    [CodeUit<SoortArrangement>]
    public required string Soort { get; init; }

    [CodeUit<ArrangementStatus>]
    public required string Status { get; init; }

    public required IvoVeldenDto Inhoud { get; init; }

    public required IReadOnlyList<DoelDto> Doelen { get; init; }

    public required DateOnly Ingangsdatum { get; init; }

    public required DateOnly Einddatum { get; init; }

    public decimal? Uren { get; init; }

    /// <summary>In euro.</summary>
    public decimal? Budget { get; init; }

    public required UitvoerderDto Uitvoerder { get; init; }

    [CodeUit<Bekostiger>]
    public required string Bekostiger { get; init; }

    public required string Toelichting { get; init; }

    public required DateTimeOffset AangevraagdOp { get; init; }

    /// <summary>The SWV's target date for its decision (six weeks after the request).</summary>
    public required DateOnly Behandeldeadline { get; init; }

    public string? OpenVraag { get; init; }

    public BesluitDto? Besluit { get; init; }

    public DateOnly? Startdatum { get; init; }

    public required IReadOnlyList<EvaluatieDto> Evaluaties { get; init; }

    public DateOnly? VolgendeEvaluatieUiterlijk { get; init; }

    /// <summary>Active and past the date by which it should have been evaluated.</summary>
    public required bool EvaluatieVerlopen { get; init; }

    public DateOnly? BeeindigdOp { get; init; }

    public string? RedenBeeindiging { get; init; }

    public required IReadOnlyList<GebeurtenisDto> Geschiedenis { get; init; }

    /// <summary>
    /// The steps the caller may take now (behandeling, antwoord, toekenning, afwijzing, informatieverzoek, start,
    /// evaluatie, beeindiging), from the lifecycle table: a screen offers exactly these.
    /// </summary>
    [CodeUit<ArrangementStap>]
    public required IReadOnlyList<string> ToegestaneStappen { get; init; }

    public required long Versie { get; init; }

    public required DateTimeOffset GewijzigdOp { get; init; }

    string IAuditResultaat.AuditResourceId => Id.ToString();

    Guid? IAuditResultaat.AuditLeerlingId => Leerling.Id;

    public static ArrangementDto Van(Arrangement a, Leerling leerling, DateOnly vandaag, IHuidigeGebruiker aanroeper)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(aanroeper);
        return new ArrangementDto
        {
            Id = a.Id,
            Leerling = ArrangementLeerlingDto.Van(leerling),
            Vestiging = a.Vestiging.Waarde,
            Soort = SoortArrangementCodes.Lijst.Code(a.Soort),
            Status = ArrangementStatusCodes.Lijst.Code(a.Status),
            Inhoud = IvoVeldenDto.Van(a.Inhoud),
            Doelen = a.Doelen.Select(d => new DoelDto(d.Nummer, d.Omschrijving)).ToList(),
            Ingangsdatum = a.Ingangsdatum,
            Einddatum = a.Einddatum,
            Uren = a.Uren,
            Budget = a.Budget,
            Uitvoerder = new UitvoerderDto(UitvoerderCodes.Soorten.Code(a.Uitvoerder.Soort), a.Uitvoerder.Naam, a.Uitvoerder.ObaCode, a.Uitvoerder.Expertise, a.Uitvoerder.ExpertId),
            Bekostiger = UitvoerderCodes.Bekostigers.Code(a.Bekostiger),
            Toelichting = a.Toelichting,
            AangevraagdOp = a.AangevraagdOp,
            Behandeldeadline = a.Behandeldeadline,
            OpenVraag = a.OpenVraag,
            Besluit = a.Besluit is { } b
                ? new BesluitDto(b.Toegekend ? "toegekend" : "afgewezen", b.Besluitdatum, b.Beschikkingsnummer, b.Motivering, ActorDto.Van(b.Door), b.VastgelegdOp)
                : null,
            Startdatum = a.Startdatum,
            Evaluaties = a.Evaluaties.Select(e => new EvaluatieDto(
                e.Id, e.Datum, e.Doelen.Select(d => new DoelresultaatDto(d.Doel, d.Behaald, d.Toelichting)).ToList(), e.Conclusie,
                VervolgCodes.Lijst.Code(e.Vervolg), ActorDto.Van(e.Door), e.VastgelegdOp)).ToList(),
            VolgendeEvaluatieUiterlijk = a.VolgendeEvaluatieUiterlijk,
            EvaluatieVerlopen = a.EvaluatieVerlopen(vandaag),
            BeeindigdOp = a.BeeindigdOp,
            RedenBeeindiging = a.RedenBeeindiging,
            Geschiedenis = a.Gebeurtenissen.Select(g => new GebeurtenisDto(g.Op, ActorDto.Van(g.Door), g.Actie, g.Toelichting)).ToList(),
            ToegestaneStappen = ArrangementLevenscyclus.Tabel.ToegestaneStappenVoor(a, aanroeper)
                .Select(ArrangementStapCodes.Lijst.Code).ToList(),
            Versie = a.Versie,
            GewijzigdOp = a.GewijzigdOp,
        };
    }
}
