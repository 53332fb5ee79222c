using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Portfolio.Expertboek;

/// <summary>
/// One expert's entry in the samenwerkingsverband's expertboek (seed 004): their expertisegebieden, the regio whose
/// portfolio they belong to, their fte and the days they can be deployed, and the other regio's they also work in when
/// capacity requires it. Keyed by the expert's account: one entry per expert.
/// </summary>
public sealed class Expertprofiel : AggregateRoot<Guid>
{
    public const int MaximaleLengteToelichting = 1000;

    /// <summary>One school day is a fifth of a full-time job: an fte needs at least that many days.</summary>
    private const decimal FtePerDag = 0.2m;

    private List<Expertisegebied> _expertisegebieden = [];
    private List<Werkdag> _werkdagen = [];
    private List<string> _ookInRegios = [];

    private Expertprofiel()
    {
        Samenwerkingsverband = null!;
        Regio = string.Empty;
    }

    /// <summary>The expert's account (role expert, same samenwerkingsverband).</summary>
    public Guid ExpertId => Id;

    public SwvCode Samenwerkingsverband { get; private set; }

    public IReadOnlyList<Expertisegebied> Expertisegebieden => _expertisegebieden;

    public string Regio { get; private set; }

    public decimal Fte { get; private set; }

    public IReadOnlyList<Werkdag> Werkdagen => _werkdagen;

    public IReadOnlyList<string> OokInRegios => _ookInRegios;

    public string? Toelichting { get; private set; }

    /// <summary>The change number: concurrency token and ETag (numbered by the store, as for every aggregate).</summary>
    public long Versie { get; private set; }

    /// <summary>Whether the expert can be deployed in <paramref name="regio"/>: their own, or one they also work in.</summary>
    public bool WerktIn(string regio) => Regio == regio || _ookInRegios.Contains(regio);

    public static Result<Expertprofiel> LegVast(Samenwerkingsverband swv, Guid expertId, Expertprofielgegevens gegevens)
    {
        ArgumentNullException.ThrowIfNull(swv);
        var profiel = new Expertprofiel { Id = expertId, Samenwerkingsverband = swv.Code };
        var gezet = profiel.Zet(swv, gegevens);
        return gezet.IsGelukt ? profiel : Result<Expertprofiel>.Mislukt(gezet.Fouten);
    }

    public Result<Expertprofiel> Wijzig(Samenwerkingsverband swv, Expertprofielgegevens gegevens) => Zet(swv, gegevens);

    private Result<Expertprofiel> Zet(Samenwerkingsverband swv, Expertprofielgegevens gegevens)
    {
        ArgumentNullException.ThrowIfNull(swv);
        ArgumentNullException.ThrowIfNull(gegevens);
        var fouten = new List<Fout>();
        var regios = swv.Regios.Select(r => r.Naam).ToHashSet(StringComparer.Ordinal);
        if (gegevens.Expertisegebieden.Count == 0)
        {
            fouten.Add(Fout.Ongeldig("expertisegebied-vereist", "Kies minstens één expertisegebied.", "expertisegebieden"));
        }

        var regio = gegevens.Regio?.Trim();
        if (string.IsNullOrEmpty(regio))
        {
            fouten.Add(Fout.Ongeldig("regio-vereist", "Kies de regio waar de expert bij hoort.", "regio"));
        }
        else if (!regios.Contains(regio))
        {
            fouten.Add(Fout.Ongeldig("regio-onbekend", $"Het samenwerkingsverband heeft geen regio '{regio}'.", "regio"));
        }

        fouten.AddRange(gegevens.OokInRegios
            .Select((r, i) => (Naam: r?.Trim() ?? string.Empty, Index: i))
            .Where(r => !regios.Contains(r.Naam) || r.Naam == regio)
            .Select(r => r.Naam == regio
                ? Fout.Ongeldig("regio-dubbel", "Dit is al de eigen regio van de expert.", $"ookInRegios[{r.Index}]")
                : Fout.Ongeldig("regio-onbekend", $"Het samenwerkingsverband heeft geen regio '{r.Naam}'.", $"ookInRegios[{r.Index}]")));

        switch (gegevens.Fte)
        {
            case null:
                fouten.Add(Fout.Ongeldig("fte-vereist", "Geef de omvang van de inzet in fte.", "fte"));
                break;
            case <= 0 or > 1:
                fouten.Add(Fout.Ongeldig("fte-ongeldig", "De omvang is meer dan 0 en hoogstens 1 fte.", "fte"));
                break;
            case { } fte when decimal.Round(fte, 2) != fte:
                fouten.Add(Fout.Ongeldig("fte-ongeldig", "Geef de omvang in hoogstens twee decimalen, zoals 0,6 of 0,75.", "fte"));
                break;
            case { } fte when gegevens.Werkdagen.Count == 0:
                fouten.Add(Fout.Ongeldig("werkdag-vereist", "Kies de dagen waarop de expert kan worden ingezet.", "werkdagen"));
                break;
            case { } fte when gegevens.Werkdagen.Distinct().Count() * FtePerDag < fte:
                fouten.Add(Fout.Ongeldig(
                    "te-weinig-werkdagen",
                    $"Voor {NederlandsGetal.Tekst(fte)} fte zijn minstens {(int)Math.Ceiling(fte / FtePerDag)} dagen nodig.",
                    "werkdagen"));
                break;
        }

        var toelichting = Tekst.Optioneel(gegevens.Toelichting, MaximaleLengteToelichting, "toelichting");
        fouten.AddRange(toelichting.Fouten);
        if (fouten.Count > 0)
        {
            return Result<Expertprofiel>.Mislukt(fouten);
        }

        _expertisegebieden = [.. gegevens.Expertisegebieden.Distinct().Order()];
        Regio = regio!;
        Fte = gegevens.Fte!.Value;
        _werkdagen = [.. gegevens.Werkdagen.Distinct().Order()];
        _ookInRegios = [.. gegevens.OokInRegios.Select(r => r.Trim()).Distinct().Order(StringComparer.Ordinal)];
        Toelichting = toelichting.Waarde;
        return this;
    }
}
