using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Schooljaren;

namespace PassendOnderwijs.Domain.Expertises;

/// <summary>
/// One published version of RIO's waardelijst "Expertises so, vso". A version applies from its leerjaar until a later
/// version replaces it. Versions only move forward, and a code that an earlier version dropped never returns: RIO
/// never reuses a code, so a returning code would silently change the meaning of existing aanbod.
/// </summary>
public sealed class ExpertiseWaardelijst : AggregateRoot<ExpertiseWaardelijstId>
{
    public const int MaximaleLengteBron = 200;

    private readonly List<Expertise> _expertises = [];

    private ExpertiseWaardelijst()
    {
        Bron = string.Empty;
    }

    public Schooljaar GeldigVanaf { get; private set; }

    /// <summary>Where this version comes from, e.g. "RIO waardelijst Expertises so, vso (2026-2027)".</summary>
    public string Bron { get; private set; }

    public DateTimeOffset GepubliceerdOp { get; private set; }

    public IReadOnlyList<Expertise> Expertises => _expertises;

    public static Result<ExpertiseWaardelijst> Publiceer(
        Schooljaar geldigVanaf,
        string? bron,
        IReadOnlyList<ExpertiseRegel> regels,
        IReadOnlyList<ExpertiseWaardelijst> eerdereVersies,
        DateTimeOffset op)
    {
        var invoerfouten = ControleerInvoer(bron, regels, out var expertises);
        if (invoerfouten.Count > 0)
        {
            return Result<ExpertiseWaardelijst>.Mislukt(invoerfouten);
        }

        var regelfouten = ControleerTegenEerdereVersies(geldigVanaf, expertises, eerdereVersies);
        if (regelfouten.Count > 0)
        {
            return Result<ExpertiseWaardelijst>.Mislukt(regelfouten);
        }

        var waardelijst = new ExpertiseWaardelijst
        {
            Id = ExpertiseWaardelijstId.Nieuw(),
            GeldigVanaf = geldigVanaf,
            Bron = bron!.Trim(),
            GepubliceerdOp = op,
        };
        waardelijst._expertises.AddRange(expertises.OrderBy(e => e.Code.Waarde, StringComparer.Ordinal));
        waardelijst.Raise(new ExpertiseWaardelijstGepubliceerd(waardelijst.Id, geldigVanaf, expertises.Count, op));
        return waardelijst;
    }

    /// <summary>
    /// Every problem of a version's own content (its bron and entries), without the rules across versions: for a
    /// request to report all its problems at once, before anything is loaded.
    /// </summary>
    public static IReadOnlyList<Fout> Invoerfouten(string? bron, IReadOnlyList<ExpertiseRegel> regels) => ControleerInvoer(bron, regels, out _);

    public Expertise? Zoek(ExpertiseCode code) => _expertises.Find(e => e.Code == code);

    /// <summary>True when this version has the same codes and omschrijvingen as <paramref name="regels"/>.</summary>
    public bool HeeftInhoud(IReadOnlyList<ExpertiseRegel> regels) =>
        regels.Count == _expertises.Count &&
        regels.All(r => _expertises.Exists(e => e.Code.Waarde == r.Code && e.Omschrijving == r.Omschrijving?.Trim()));

    private static List<Fout> ControleerInvoer(
        string? bron,
        IReadOnlyList<ExpertiseRegel> regels,
        out List<Expertise> expertises)
    {
        var fouten = new List<Fout>();
        expertises = [];

        if (string.IsNullOrWhiteSpace(bron) || bron.Trim().Length > MaximaleLengteBron)
        {
            fouten.Add(Fout.Ongeldig(
                "ongeldige-bron",
                $"Geef de bron van de waardelijst op (hoogstens {MaximaleLengteBron} tekens).",
                "bron"));
        }

        if (regels.Count == 0)
        {
            fouten.Add(Fout.Ongeldig("lege-waardelijst", "Een waardelijst bevat minstens één expertise.", "expertises"));
        }

        var gezien = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < regels.Count; i++)
        {
            var veld = $"expertises[{i}]";
            var code = ExpertiseCode.Parse(regels[i].Code, $"{veld}.code");
            var omschrijving = regels[i].Omschrijving?.Trim();

            if (!code.IsGelukt)
            {
                fouten.AddRange(code.Fouten);
            }
            else if (!gezien.Add(code.Waarde.Waarde))
            {
                fouten.Add(Fout.Ongeldig(
                    "dubbele-expertisecode",
                    $"De code {code.Waarde} staat meer dan eens in de waardelijst.",
                    $"{veld}.code"));
            }

            if (string.IsNullOrEmpty(omschrijving) || omschrijving.Length > Expertise.MaximaleLengteOmschrijving)
            {
                fouten.Add(Fout.Ongeldig(
                    "ongeldige-omschrijving",
                    $"Elke expertise heeft een omschrijving van hoogstens {Expertise.MaximaleLengteOmschrijving} tekens.",
                    $"{veld}.omschrijving"));
            }

            if (code.IsGelukt && !string.IsNullOrEmpty(omschrijving))
            {
                expertises.Add(new Expertise(code.Waarde, omschrijving));
            }
        }

        return fouten;
    }

    private static List<Fout> ControleerTegenEerdereVersies(
        Schooljaar geldigVanaf,
        List<Expertise> expertises,
        IReadOnlyList<ExpertiseWaardelijst> eerdereVersies)
    {
        var fouten = new List<Fout>();
        if (eerdereVersies.Any(v => v.GeldigVanaf == geldigVanaf))
        {
            // The same content for the same leerjaar is no new version (the use case answers it as already there).
            fouten.Add(Fout.Conflict(
                "waardelijst-al-gepubliceerd",
                $"Voor leerjaar {geldigVanaf} is al een andere waardelijst gepubliceerd, en een gepubliceerde versie verandert niet. " +
                "Publiceer de nieuwe lijst voor een later leerjaar."));
            return fouten;
        }

        var laatste = eerdereVersies.MaxBy(v => v.GeldigVanaf);
        if (laatste is not null && geldigVanaf < laatste.GeldigVanaf)
        {
            fouten.Add(Fout.Conflict(
                "waardelijst-niet-nieuwer",
                $"Er is al een waardelijst geldig vanaf {laatste.GeldigVanaf}; een nieuwe versie moet voor een later leerjaar gelden."));
            return fouten;
        }

        var inLaatste = laatste?.Expertises.Select(e => e.Code).ToHashSet() ?? [];
        var ingetrokken = eerdereVersies
            .SelectMany(v => v.Expertises.Select(e => e.Code))
            .Where(c => !inLaatste.Contains(c))
            .ToHashSet();

        fouten.AddRange(expertises
            .Where(e => ingetrokken.Contains(e.Code))
            .Select(e => Fout.RegelGeschonden(
                "expertisecode-hergebruikt",
                $"De code {e.Code} is eerder ingetrokken en mag niet opnieuw worden gebruikt.")));
        return fouten;
    }
}
