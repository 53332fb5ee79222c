using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Portfolio.Middelen;

namespace PassendOnderwijs.Domain.Portfolio.Samenwerkingsprojecten;

/// <summary>
/// A samenwerkingsproject of one regio (seed 004: the third part of the regional portfolio): with which partners, to
/// what end, a projectplan with a budget recorded before the calendar year it is for, and a yearly evaluation
/// (voortgang, resultaten, toegevoegde waarde, money spent). A plan for a year that already began, or a change of the
/// plan once its year began, is a correction: it needs a reason, which the history keeps.
/// </summary>
public sealed class Samenwerkingsproject : AggregateRoot<Guid>, IGenummerd
{
    public const int MaximaleLengteTitel = 160;
    public const int MaximaleLengtePartner = 160;
    public const int MaximumPartners = 20;
    public const int MaximaleLengteTekst = 8000;

    private List<Gebeurtenis> _gebeurtenissen = [];
    private List<string> _partners = [];
    private List<Projectevaluatie> _evaluaties = [];

    private Samenwerkingsproject()
    {
        Samenwerkingsverband = null!;
        Regio = string.Empty;
        Titel = string.Empty;
        Doel = string.Empty;
        Projectplan = string.Empty;
    }

    public SwvCode Samenwerkingsverband { get; private set; }

    /// <summary>The name of the regio, as the samenwerkingsverband's indeling names it.</summary>
    public string Regio { get; private set; }

    public string Titel { get; private set; }

    public string Doel { get; private set; }

    public IReadOnlyList<string> Partners => _partners;

    /// <summary>The calendar year the plan is for.</summary>
    public int Jaar { get; private set; }

    public string Projectplan { get; private set; }

    public decimal Begroting { get; private set; }

    /// <summary>When the plan was last recorded or changed.</summary>
    public DateOnly PlanVastgelegdOp { get; private set; }

    /// <summary>Whether the plan was recorded or changed once its year had begun (a correction, with its reason in the history).</summary>
    public bool Gecorrigeerd { get; private set; }

    public IReadOnlyList<Projectevaluatie> Evaluaties => _evaluaties;

    public IReadOnlyList<Gebeurtenis> Gebeurtenissen => _gebeurtenissen;

    public long Versie { get; private set; }

    public DateTimeOffset GewijzigdOp { get; private set; }

    /// <summary>
    /// Records the project and its plan. <paramref name="regios"/> are the regio names of the samenwerkingsverband;
    /// <paramref name="correctie"/> is the reason when the plan's year has begun already (else refused).
    /// </summary>
    public static Result<Samenwerkingsproject> Leg(
        SwvCode samenwerkingsverband, IReadOnlyCollection<string> regios, Projectgegevens gegevens, string? correctie, DateOnly vandaag, Actor door, DateTimeOffset nu)
    {
        ArgumentNullException.ThrowIfNull(samenwerkingsverband);
        ArgumentNullException.ThrowIfNull(regios);
        var fouten = Controleer(regios, gegevens, correctie, vandaag);
        if (fouten.Count > 0)
        {
            return Result<Samenwerkingsproject>.Mislukt(fouten);
        }

        var project = new Samenwerkingsproject { Id = Guid.CreateVersion7(), Samenwerkingsverband = samenwerkingsverband };
        project.Neem(gegevens, correctie, vandaag, door, nu, ProjectGebeurtenis.Vastgelegd);
        return project;
    }

    /// <summary>Changes the project and its plan with the same rules; once its year began, only as a correction with a reason.</summary>
    public Result<Samenwerkingsproject> Wijzig(
        IReadOnlyCollection<string> regios, Projectgegevens gegevens, string? correctie, DateOnly vandaag, Actor door, DateTimeOffset nu)
    {
        var fouten = Controleer(regios, gegevens, correctie, vandaag);
        if (gegevens.Jaar is { } jaar && _evaluaties.Any(e => e.Jaar < jaar))
        {
            fouten = [.. fouten, Fout.Ongeldig("jaar-na-evaluatie", "Er is al een evaluatie van een eerder jaar; het projectjaar kan niet later worden.", "jaar")];
        }

        if (fouten.Count > 0)
        {
            return Result<Samenwerkingsproject>.Mislukt(fouten);
        }

        Neem(gegevens, correctie, vandaag, door, nu, ProjectGebeurtenis.Gewijzigd);
        return this;
    }

    /// <summary>
    /// Records the evaluation of one year (from the plan's year up to the current one); an evaluation of a year that
    /// already has one replaces it, and the history keeps that it did.
    /// </summary>
    public Result<Samenwerkingsproject> Evalueer(Evaluatiegegevens gegevens, DateOnly vandaag, Actor door, DateTimeOffset nu)
    {
        ArgumentNullException.ThrowIfNull(gegevens);
        var fouten = new List<Fout>();
        if (gegevens.Jaar is not { } jaar)
        {
            fouten.Add(Fout.Ongeldig("jaar-vereist", "Geef het jaar dat u evalueert.", "jaar"));
        }
        else if (jaar < Jaar || jaar > vandaag.Year)
        {
            fouten.Add(Fout.Ongeldig(
                "ongeldig-evaluatiejaar", $"U evalueert een jaar vanaf het projectjaar {Jaar} tot en met het huidige jaar {vandaag.Year}.", "jaar"));
        }

        var voortgang = Tekst.Verplicht(gegevens.Voortgang, MaximaleLengteTekst, "voortgang", "voortgang-vereist", "Beschrijf de voortgang van het project.");
        var resultaten = Tekst.Verplicht(gegevens.Resultaten, MaximaleLengteTekst, "resultaten", "resultaten-vereist", "Beschrijf de resultaten van het project.");
        var waarde = Tekst.Verplicht(
            gegevens.ToegevoegdeWaarde, MaximaleLengteTekst, "toegevoegdeWaarde", "toegevoegde-waarde-vereist", "Beschrijf de toegevoegde waarde van de samenwerking.");
        fouten.AddRange(voortgang.Fouten);
        fouten.AddRange(resultaten.Fouten);
        fouten.AddRange(waarde.Fouten);
        if (Middelen.Bedrag.Controleer(gegevens.Besteed, "besteed", "het bestede bedrag") is { } bedragfout)
        {
            fouten.Add(bedragfout);
        }

        if (fouten.Count > 0)
        {
            return Result<Samenwerkingsproject>.Mislukt(fouten);
        }

        var vervangt = _evaluaties.Any(e => e.Jaar == gegevens.Jaar);
        _evaluaties = [.. _evaluaties.Where(e => e.Jaar != gegevens.Jaar), new Projectevaluatie(
            gegevens.Jaar!.Value, voortgang.Waarde, resultaten.Waarde, waarde.Waarde, gegevens.Besteed!.Value, vandaag)];
        _evaluaties.Sort((a, b) => a.Jaar.CompareTo(b.Jaar));
        _gebeurtenissen = [.. _gebeurtenissen, new Gebeurtenis(
            nu, door, vervangt ? ProjectGebeurtenis.EvaluatieVervangen : ProjectGebeurtenis.Geevalueerd, $"Evaluatie {gegevens.Jaar}")];
        GewijzigdOp = nu;
        return this;
    }

    public static IReadOnlyList<Fout> Controleer(IReadOnlyCollection<string> regios, Projectgegevens gegevens, string? correctie, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(regios);
        ArgumentNullException.ThrowIfNull(gegevens);
        var fouten = new List<Fout>();
        if (string.IsNullOrWhiteSpace(gegevens.Regio))
        {
            fouten.Add(Fout.Ongeldig("regio-vereist", "Kies de regio van het project.", "regio"));
        }
        else if (!regios.Contains(gegevens.Regio.Trim()))
        {
            fouten.Add(Fout.Ongeldig("onbekende-regio", "Deze regio staat niet in de indeling van het samenwerkingsverband.", "regio"));
        }

        fouten.AddRange(Tekst.Verplicht(gegevens.Titel, MaximaleLengteTitel, "titel", "titel-vereist", "Geef de titel van het project.").Fouten);
        fouten.AddRange(Tekst.Verplicht(gegevens.Doel, MaximaleLengteTekst, "doel", "doel-vereist", "Beschrijf het doel van het project.").Fouten);
        fouten.AddRange(Tekst.Verplicht(gegevens.Projectplan, MaximaleLengteTekst, "projectplan", "projectplan-vereist", "Schrijf het projectplan.").Fouten);
        if (gegevens.Partners.Count > MaximumPartners)
        {
            fouten.Add(Fout.Ongeldig("te-veel-partners", $"Hoogstens {MaximumPartners} partners.", "partners"));
        }
        else
        {
            for (var i = 0; i < gegevens.Partners.Count; i++)
            {
                fouten.AddRange(Tekst.Verplicht(gegevens.Partners[i], MaximaleLengtePartner, $"partners[{i}]", "partner-vereist", "Geef de naam van de partner.").Fouten);
            }
        }

        if (Middelen.Bedrag.Controleer(gegevens.Begroting, "begroting", "de begroting") is { } bedragfout)
        {
            fouten.Add(bedragfout);
        }

        if (Middelen.Bedrag.ControleerJaar(gegevens.Jaar) is { } jaarfout)
        {
            fouten.Add(jaarfout);
        }
        else if (gegevens.Jaar <= vandaag.Year && string.IsNullOrWhiteSpace(correctie))
        {
            fouten.Add(Fout.Ongeldig(
                "jaar-begonnen",
                $"Een projectplan legt u vast vóór het jaar begint; {gegevens.Jaar} is al begonnen. Geef bij een correctie de reden.",
                "jaar"));
        }

        fouten.AddRange(Tekst.Optioneel(correctie, MaximaleLengteTekst, "correctie").Fouten);
        return fouten;
    }

    private void Neem(Projectgegevens gegevens, string? correctie, DateOnly vandaag, Actor door, DateTimeOffset nu, string actie)
    {
        Regio = gegevens.Regio!.Trim();
        Titel = gegevens.Titel!.Trim();
        Doel = gegevens.Doel!.Trim();
        _partners = [.. gegevens.Partners.Select(p => p!.Trim())];
        Jaar = gegevens.Jaar!.Value;
        Projectplan = gegevens.Projectplan!.Trim();
        Begroting = gegevens.Begroting!.Value;
        PlanVastgelegdOp = vandaag;
        var isCorrectie = Jaar <= vandaag.Year;
        Gecorrigeerd |= isCorrectie;
        _gebeurtenissen = [.. _gebeurtenissen, new Gebeurtenis(
            nu, door, isCorrectie ? ProjectGebeurtenis.Gecorrigeerd : actie, isCorrectie ? correctie!.Trim() : null)];
        GewijzigdOp = nu;
    }
}

/// <summary>What a project and its plan say, as a request gives them.</summary>
public sealed record Projectgegevens(
    string? Regio, string? Titel, string? Doel, IReadOnlyList<string?> Partners, int? Jaar, string? Projectplan, decimal? Begroting);

public sealed record Evaluatiegegevens(int? Jaar, string? Voortgang, string? Resultaten, string? ToegevoegdeWaarde, decimal? Besteed);

/// <summary>The evaluation of one year of a project.</summary>
public sealed record Projectevaluatie(int Jaar, string Voortgang, string Resultaten, string ToegevoegdeWaarde, decimal Besteed, DateOnly VastgelegdOp);

/// <summary>The actions a project's history records.</summary>
public static class ProjectGebeurtenis
{
    public const string Vastgelegd = "vastgelegd";
    public const string Gewijzigd = "gewijzigd";
    public const string Gecorrigeerd = "plan-gecorrigeerd";
    public const string Geevalueerd = "geevalueerd";
    public const string EvaluatieVervangen = "evaluatie-vervangen";
}
