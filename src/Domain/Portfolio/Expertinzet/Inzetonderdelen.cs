using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Portfolio.Expertinzet;

/// <summary>
/// The case information the school puts in when it starts the inzet (routekaart step 4): the ondersteuningsvraag,
/// what hinders and what helps the pupil, and the support already given.
/// </summary>
public sealed record Casusinformatie(string Ondersteuningsvraag, string BelemmerendeFactoren, string StimulerendeFactoren, string GebodenOndersteuning)
{
    public const int MaximaleLengte = 4000;

    /// <summary>Every problem at once; each of the four is required.</summary>
    public static Result<Casusinformatie> Lees(string? vraag, string? belemmerend, string? stimulerend, string? geboden)
    {
        var v = Tekst.Verplicht(vraag, MaximaleLengte, "ondersteuningsvraag", "ondersteuningsvraag-vereist", "Beschrijf de ondersteuningsvraag.");
        var b = Tekst.Verplicht(belemmerend, MaximaleLengte, "belemmerendeFactoren", "belemmerende-factoren-vereist", "Beschrijf de belemmerende factoren.");
        var s = Tekst.Verplicht(stimulerend, MaximaleLengte, "stimulerendeFactoren", "stimulerende-factoren-vereist", "Beschrijf de stimulerende factoren.");
        var g = Tekst.Verplicht(geboden, MaximaleLengte, "gebodenOndersteuning", "geboden-ondersteuning-vereist", "Beschrijf welke ondersteuning de school al heeft geboden.");
        var fouten = v.Fouten.Concat(b.Fouten).Concat(s.Fouten).Concat(g.Fouten).ToList();
        return fouten.Count > 0 ? Result<Casusinformatie>.Mislukt(fouten) : new Casusinformatie(v.Waarde, b.Waarde, s.Waarde, g.Waarde);
    }
}

/// <summary>A note in one phase of the HGW cycle: who wrote what, when.</summary>
public sealed record Fasenotitie(Guid Id, ExpertinzetStatus Fase, string Tekst, Actor Door, DateTimeOffset Op)
{
    public const int MaximaleLengte = 4000;
}

/// <summary>
/// What the expert shares after begrijpen: conclusions and practical recommendations about the pupil only, and
/// whether handelingsgerichte diagnostiek (the optional side step) was done.
/// </summary>
public sealed record Samenvatting(string Conclusies, string Aanbevelingen, bool HandelingsgerichteDiagnostiek, Actor Door, DateTimeOffset Op)
{
    public const int MaximaleLengte = 4000;
}

/// <summary>One intervention of the plan van aanpak: what, from when to when, and who does it.</summary>
public sealed record Interventie(string Omschrijving, DateOnly Van, DateOnly Tot, string Wie)
{
    public const int MaximaleLengteOmschrijving = 1000;
    public const int MaximaleLengteWie = 200;
}

/// <summary>
/// The plan van aanpak (part of the pupil's OPP): concrete, testable goals, interventions with a timeline and who
/// does what, and the hours budget of the expert.
/// </summary>
public sealed record PlanVanAanpak(IReadOnlyList<string> Doelen, IReadOnlyList<Interventie> Interventies, decimal UrenBudget, Actor Door, DateTimeOffset Op)
{
    public const int MaximumDoelen = 20;
    public const int MaximumInterventies = 30;
    public const int MaximaleLengteDoel = 1000;
    public const decimal MaximumUren = 1000m;
}

/// <summary>
/// Hours the linked expert spent: the date, hours in quarter hours, the activity and a short note. A withdrawn
/// registration stays in the list (with who withdrew it and when) but no longer counts.
/// </summary>
public sealed record Urenregistratie(
    Guid Id, DateOnly Datum, decimal Uren, Uractiviteit Activiteit, string? Notitie, Actor Door, DateTimeOffset Op,
    DateTimeOffset? IngetrokkenOp = null, Actor? IngetrokkenDoor = null)
{
    public const int MaximaleLengteNotitie = 500;

    /// <summary>One registration covers at most one working day.</summary>
    public const decimal MaximumPerRegistratie = 12m;

    public bool Telt => IngetrokkenOp is null;
}

/// <summary>How the inzet closed: the result, the partner for a referral, and the expert's advice for the school.</summary>
public sealed record Afsluiting(Inzetresultaat Resultaat, Verwijzing? Verwijzing, string? Advies, string? Toelichting, Actor Door, DateTimeOffset Op)
{
    public const int MaximaleLengte = 4000;
}

/// <summary>One step in the inzet's history: who did what when, with an optional explanation.</summary>
public sealed record InzetGebeurtenis(DateTimeOffset Op, Actor Door, string Actie, string? Toelichting)
{
    public const string Aangemaakt = "aangemaakt";
    public const string ExpertGekoppeld = "expert-gekoppeld";
    public const string ExpertOntkoppeld = "expert-ontkoppeld";
    public const string FaseGewijzigd = "fase-gewijzigd";
    public const string SamenvattingGedeeld = "samenvatting-gedeeld";
    public const string PlanVastgelegd = "plan-vastgelegd";
    public const string NotitieToegevoegd = "notitie-toegevoegd";
    public const string UrenGeregistreerd = "uren-geregistreerd";
    public const string UrenIngetrokken = "uren-ingetrokken";
    public const string Afgesloten = "afgesloten";
}

/// <summary>
/// What an expert of the samenwerkingsverband does not do (seed 004), shown to schools where they start an inzet, so
/// the school keeps its own tasks and knows what to expect.
/// </summary>
public static class ExpertRichtlijn
{
    public const string Inleiding =
        "De expert coacht de school: de leerkracht en de IB'er. De school blijft eigenaar van het proces en houdt het contact met de ouders.";

    public static IReadOnlyList<string> DoetNiet { get; } =
    [
        "De expert begeleidt de leerling niet voor langere tijd.",
        "De expert neemt geen taken van de leerkracht of de IB'er over.",
        "De expert behandelt niet.",
        "De expert neemt niet deel aan MDO's.",
        "De expert schrijft geen OPP's.",
    ];
}
