using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Portfolio;
using PassendOnderwijs.Domain.Portfolio.Expertinzet;

namespace PassendOnderwijs.Application.Portfolio.Expertinzet;

/// <summary>What an expert does not do, shown to schools where they start an inzet (seed 004).</summary>
public sealed record ExpertRichtlijnDto(string Inleiding, IReadOnlyList<string> DoetNiet)
{
    public static ExpertRichtlijnDto Huidig { get; } = new(ExpertRichtlijn.Inleiding, ExpertRichtlijn.DoetNiet);
}

/// <summary>The pupil as the inzet shows it; absent when the caller may no longer see the pupil (an expert after closing).</summary>
public sealed record InzetLeerlingDto(Guid Id, string Voornaam, string Achternaam, string Groep)
{
    public static InzetLeerlingDto? Van(Leerling? l) => l is null ? null : new(l.Id, l.Voornaam, l.Achternaam, l.Groep);
}

public sealed record InzetCasusinformatieDto(string Ondersteuningsvraag, string BelemmerendeFactoren, string StimulerendeFactoren, string GebodenOndersteuning);

/// <param name="Fase">The phase the note was written in.</param>
public sealed record FasenotitieDto(Guid Id, [property: CodeUit<ExpertinzetStatus>] string Fase, string Tekst, ActorDto Door, DateTimeOffset Op);

public sealed record InzetSamenvattingDto(string Conclusies, string Aanbevelingen, bool HandelingsgerichteDiagnostiek, ActorDto Door, DateTimeOffset Op);

public sealed record InzetInterventieDto(string Omschrijving, DateOnly Van, DateOnly Tot, string Wie);

public sealed record InzetPlanVanAanpakDto(IReadOnlyList<string> Doelen, IReadOnlyList<InzetInterventieDto> Interventies, decimal UrenBudget, ActorDto Door, DateTimeOffset Op);

/// <param name="Ingetrokken">Withdrawn registrations stay in the list and no longer count.</param>
public sealed record InzetUrenregistratieDto(
    Guid Id, DateOnly Datum, decimal Uren, [property: CodeUit<Uractiviteit>] string Activiteit, string? Notitie, ActorDto Door, DateTimeOffset Op,
    bool Ingetrokken, DateTimeOffset? IngetrokkenOp);

/// <param name="Budget">The plan's budget; absent before there is a plan.</param>
/// <param name="Resterend">Budget minus used; absent before there is a plan.</param>
/// <param name="Waarschuwing">From 80 % of the budget on: that the budget is nearly used.</param>
public sealed record InzetUrenstandDto(decimal Gebruikt, decimal? Budget, decimal? Resterend, string? Waarschuwing)
{
    public static InzetUrenstandDto Van(Domain.Portfolio.Expertinzet.Expertinzet i)
    {
        ArgumentNullException.ThrowIfNull(i);
        return new(
            i.UrenGebruikt,
            i.UrenBudget,
            i.UrenBudget - i.UrenGebruikt,
            i.UrenBijnaOp
                ? $"Let op: {Domain.Portfolio.Expertinzet.Expertinzet.Uurtekst(i.UrenGebruikt)} van het budget van {Domain.Portfolio.Expertinzet.Expertinzet.Uurtekst(i.UrenBudget!.Value)} is gebruikt. Verhoog het budget in het plan van aanpak als er meer uren nodig zijn."
                : null);
    }
}

public sealed record InzetAfsluitingDto(
    [property: CodeUit<Inzetresultaat>] string Resultaat, [property: CodeUit<Verwijzing>] string? Verwijzing, string? Advies, string? Toelichting, ActorDto Door, DateTimeOffset Op);

/// <param name="Actie">aangemaakt, expert-gekoppeld, expert-ontkoppeld, fase-gewijzigd, samenvatting-gedeeld, plan-vastgelegd, notitie-toegevoegd, uren-geregistreerd, uren-ingetrokken or afgesloten.</param>
public sealed record InzetGebeurtenisDto(DateTimeOffset Op, ActorDto Door, string Actie, string? Toelichting);

/// <summary>An expert inzet with its phases, plan, hours and history. <see cref="Versie"/> is its ETag.</summary>
public sealed record ExpertinzetDto : IAuditResultaat, IGeversioneerd
{
    public required Guid Id { get; init; }

    public required Guid LeerlingId { get; init; }

    public InzetLeerlingDto? Leerling { get; init; }

    public required string Vestiging { get; init; }

    /// <summary>The casus of the lokaal netwerk whose outcome was inzet expert.</summary>
    public required Guid CasusId { get; init; }

    [CodeUit<Expertisegebied>]
    public required string Expertisegebied { get; init; }

    public required InzetCasusinformatieDto Casus { get; init; }

    public Guid? OppId { get; init; }

    public Guid? ArrangementId { get; init; }

    [CodeUit<ExpertinzetStatus>]
    public required string Status { get; init; }

    public Guid? ExpertId { get; init; }

    public string? ExpertNaam { get; init; }

    public required IReadOnlyList<FasenotitieDto> Notities { get; init; }

    public InzetSamenvattingDto? Samenvatting { get; init; }

    public InzetPlanVanAanpakDto? Plan { get; init; }

    public required InzetUrenstandDto Urenstand { get; init; }

    public required IReadOnlyList<InzetUrenregistratieDto> Uren { get; init; }

    public InzetAfsluitingDto? Afsluiting { get; init; }

    public required IReadOnlyList<InzetGebeurtenisDto> Geschiedenis { get; init; }

    /// <summary>What an expert does not do: the guidance for the school.</summary>
    public required ExpertRichtlijnDto Richtlijn { get; init; }

    /// <summary>The steps the caller may take now, from the lifecycle table: a screen offers exactly these.</summary>
    [CodeUit<ExpertinzetStap>]
    public required IReadOnlyList<string> ToegestaneStappen { get; init; }

    public required DateTimeOffset GestartOp { get; init; }

    public required long Versie { get; init; }

    public required DateTimeOffset GewijzigdOp { get; init; }

    string IAuditResultaat.AuditResourceId => Id.ToString();

    Guid? IAuditResultaat.AuditLeerlingId => LeerlingId;

    public static ExpertinzetDto Van(Domain.Portfolio.Expertinzet.Expertinzet i, Leerling? leerling, IHuidigeGebruiker aanroeper)
    {
        ArgumentNullException.ThrowIfNull(i);
        ArgumentNullException.ThrowIfNull(aanroeper);
        return new ExpertinzetDto
        {
            Id = i.Id,
            LeerlingId = i.LeerlingId,
            Leerling = InzetLeerlingDto.Van(leerling),
            Vestiging = i.Vestiging.Waarde,
            CasusId = i.CasusId,
            Expertisegebied = ExpertisegebiedCodes.Lijst.Code(i.Expertisegebied),
            Casus = new InzetCasusinformatieDto(i.Casus.Ondersteuningsvraag, i.Casus.BelemmerendeFactoren, i.Casus.StimulerendeFactoren, i.Casus.GebodenOndersteuning),
            OppId = i.OppId,
            ArrangementId = i.ArrangementId,
            Status = ExpertinzetStatusCodes.Lijst.Code(i.Status),
            ExpertId = i.ExpertId,
            ExpertNaam = i.ExpertNaam,
            Notities = [.. i.Notities.Select(n => new FasenotitieDto(n.Id, ExpertinzetStatusCodes.Lijst.Code(n.Fase), n.Tekst, ActorDto.Van(n.Door), n.Op))],
            Samenvatting = i.Samenvatting is { } s ? new InzetSamenvattingDto(s.Conclusies, s.Aanbevelingen, s.HandelingsgerichteDiagnostiek, ActorDto.Van(s.Door), s.Op) : null,
            Plan = i.Plan is { } p
                ? new InzetPlanVanAanpakDto(p.Doelen, [.. p.Interventies.Select(v => new InzetInterventieDto(v.Omschrijving, v.Van, v.Tot, v.Wie))], p.UrenBudget, ActorDto.Van(p.Door), p.Op)
                : null,
            Urenstand = InzetUrenstandDto.Van(i),
            Uren = [.. i.Uren.Select(u => new InzetUrenregistratieDto(
                u.Id, u.Datum, u.Uren, UractiviteitCodes.Lijst.Code(u.Activiteit), u.Notitie, ActorDto.Van(u.Door), u.Op, !u.Telt, u.IngetrokkenOp))],
            Afsluiting = i.Afsluiting is { } a
                ? new InzetAfsluitingDto(
                    InzetresultaatCodes.Lijst.Code(a.Resultaat), a.Verwijzing is { } v ? VerwijzingCodes.Lijst.Code(v) : null, a.Advies, a.Toelichting, ActorDto.Van(a.Door), a.Op)
                : null,
            Geschiedenis = [.. i.Gebeurtenissen.Select(g => new InzetGebeurtenisDto(g.Op, ActorDto.Van(g.Door), g.Actie, g.Toelichting))],
            Richtlijn = ExpertRichtlijnDto.Huidig,
            ToegestaneStappen = [.. ExpertinzetLevenscyclus.Tabel.ToegestaneStappenVoor(i, aanroeper).Select(ExpertinzetStapCodes.Lijst.Code)],
            GestartOp = i.GestartOp,
            Versie = i.Versie,
            GewijzigdOp = i.GewijzigdOp,
        };
    }
}
