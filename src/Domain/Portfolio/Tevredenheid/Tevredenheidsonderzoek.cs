using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Portfolio.Tevredenheid;

/// <summary>
/// The tevredenheidsonderzoek the school receives when an expert inzet closes (routekaart step 7): a score from 1 to 5
/// on each <see cref="Tevredenheidsvraag"/> and an optional open answer. It names the expert, the expertisegebied and
/// the regio so the results can be aggregated, but never the pupil: the answers are about the expert's work. A school
/// answers once; the individual answers are for the manager ondersteuning only (the use cases decide who reads them).
/// </summary>
public sealed class Tevredenheidsonderzoek : AggregateRoot<Guid>
{
    public const int LaagsteScore = 1;
    public const int HoogsteScore = 5;
    public const int MaximaleLengteToelichting = 2000;

    /// <summary>The samenwerkingsverband asks the school to answer within four weeks: a target, not a rule.</summary>
    public const int BeantwoordenBinnenDagen = 28;

    /// <summary>The action of the school's werkvoorraad line while the onderzoek is open.</summary>
    public const string Werkvoorraadactie = "tevredenheid-invullen";

    private Dictionary<Tevredenheidsvraag, int> _scores = [];

    private Tevredenheidsonderzoek()
    {
        Samenwerkingsverband = null!;
        Vestiging = null!;
        Regio = string.Empty;
        ExpertNaam = string.Empty;
    }

    public SwvCode Samenwerkingsverband { get; private set; }

    /// <summary>The inzet it follows; one onderzoek per inzet.</summary>
    public Guid ExpertinzetId { get; private set; }

    /// <summary>The school that received the expert and answers.</summary>
    public VestigingCode Vestiging { get; private set; }

    /// <summary>The school's regio when the inzet closed: the results are aggregated per regio of the portfolio.</summary>
    public string Regio { get; private set; }

    public Guid ExpertId { get; private set; }

    public string ExpertNaam { get; private set; }

    public Expertisegebied Expertisegebied { get; private set; }

    public DateTimeOffset VerstuurdOp { get; private set; }

    /// <summary>The deadline of the school's werkvoorraad line while it is open (<see cref="BeantwoordenBinnenDagen"/>).</summary>
    public DateOnly BeantwoordenUiterlijk { get; private set; }

    public IReadOnlyDictionary<Tevredenheidsvraag, int> Scores => _scores;

    public string? Toelichting { get; private set; }

    public DateTimeOffset? BeantwoordOp { get; private set; }

    public bool IsBeantwoord => BeantwoordOp is not null;

    /// <summary>The change number: concurrency token, so two people of the school cannot both answer.</summary>
    public long Versie { get; private set; }

    public static Tevredenheidsonderzoek Verstuur(
        SwvCode samenwerkingsverband, Guid expertinzetId, VestigingCode vestiging, string regio, Guid expertId, string expertNaam,
        Expertisegebied expertisegebied, DateTimeOffset op) => new()
        {
            Id = Guid.CreateVersion7(op),
            Samenwerkingsverband = samenwerkingsverband,
            ExpertinzetId = expertinzetId,
            Vestiging = vestiging,
            Regio = regio,
            ExpertId = expertId,
            ExpertNaam = expertNaam,
            Expertisegebied = expertisegebied,
            VerstuurdOp = op,
            BeantwoordenUiterlijk = NederlandseDatum.Van(op).AddDays(BeantwoordenBinnenDagen),
        };

    /// <summary>Why the onderzoek is in the school's werkvoorraad: it names the expert, never the pupil.</summary>
    public static string Werkvoorraadreden(string expertNaam) => $"Vul het tevredenheidsonderzoek in over de inzet van {expertNaam}";

    /// <summary>Every problem with the answers at once: each question needs a whole score from 1 to 5.</summary>
    public static IReadOnlyList<Fout> Controleer(IReadOnlyDictionary<Tevredenheidsvraag, int?> scores, string? toelichting)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var fouten = new List<Fout>();
        foreach (var vraag in Enum.GetValues<Tevredenheidsvraag>())
        {
            var code = TevredenheidsvraagCodes.Lijst.Code(vraag);
            if (!scores.TryGetValue(vraag, out var score) || score is null)
            {
                fouten.Add(Fout.Ongeldig("score-vereist", $"Geef een score van {LaagsteScore} tot en met {HoogsteScore}.", $"scores.{code}"));
            }
            else if (score is < LaagsteScore or > HoogsteScore)
            {
                fouten.Add(Fout.Ongeldig("score-buiten-bereik", $"Een score is {LaagsteScore}, 2, 3, 4 of {HoogsteScore}.", $"scores.{code}"));
            }
        }

        if (toelichting is { Length: > MaximaleLengteToelichting })
        {
            fouten.Add(Fout.Ongeldig("toelichting-te-lang", $"De toelichting is ten hoogste {MaximaleLengteToelichting} tekens.", "toelichting"));
        }

        return fouten;
    }

    /// <summary>The school's answer; once only, so an answer is never overwritten.</summary>
    public Result<Tevredenheidsonderzoek> Beantwoord(IReadOnlyDictionary<Tevredenheidsvraag, int?> scores, string? toelichting, DateTimeOffset op)
    {
        if (IsBeantwoord)
        {
            return Fout.Conflict("al-beantwoord", "Dit tevredenheidsonderzoek is al ingevuld; een antwoord verandert niet meer.");
        }

        var fouten = Controleer(scores, toelichting);
        if (fouten.Count > 0)
        {
            return Result<Tevredenheidsonderzoek>.Mislukt(fouten);
        }

        _scores = scores.ToDictionary(s => s.Key, s => s.Value!.Value);
        Toelichting = string.IsNullOrWhiteSpace(toelichting) ? null : toelichting.Trim();
        BeantwoordOp = op;
        return this;
    }
}
