using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Portfolio.Casuistiek;

/// <summary>
/// The outcome of a case: a direct advies (of a kind, optionally naming an aanbieder of the register, with the advice
/// text), the inzet of an expert (with the expertisegebied), or advice on a step in the basisondersteuning.
/// </summary>
public sealed record Uitkomst(Uitkomstsoort Soort, Adviessoort? Adviessoort, string? Aanbieder, string? Advies, Expertisegebied? Expertisegebied)
{
    public const int MaximaleLengteAdvies = 4000;
}

/// <summary>What SWV staff send as the outcome, read into types; <see cref="Controleer"/> checks it belongs together.</summary>
public sealed record Uitkomstinvoer(Uitkomstsoort Soort, Adviessoort? Adviessoort, ObaCode? Aanbieder, string? Advies, Expertisegebied? Expertisegebied)
{
    /// <summary>Every problem at once: what each outcome needs, and nothing that belongs to another.</summary>
    public IReadOnlyList<Fout> Controleer()
    {
        var fouten = new List<Fout>();
        var advies = Tekst.Optioneel(Advies, Uitkomst.MaximaleLengteAdvies, "advies");
        fouten.AddRange(advies.Fouten);
        switch (Soort)
        {
            case Uitkomstsoort.DirectAdvies:
                if (Adviessoort is null)
                {
                    fouten.Add(Fout.Ongeldig("adviessoort-vereist", "Kies waar het directe advies over gaat.", "adviessoort"));
                }

                if (advies.IsGelukt && advies.Waarde is null)
                {
                    fouten.Add(Fout.Ongeldig("advies-vereist", "Schrijf het advies op.", "advies"));
                }

                if (Expertisegebied is not null)
                {
                    fouten.Add(Fout.Ongeldig("alleen-bij-inzet-expert", "Een expertisegebied hoort alleen bij de uitkomst 'inzet van een expert'.", "expertisegebied"));
                }

                break;
            case Uitkomstsoort.InzetExpert:
                if (Expertisegebied is null)
                {
                    fouten.Add(Fout.Ongeldig("expertisegebied-vereist", "Kies het expertisegebied van de expert.", "expertisegebied"));
                }

                fouten.AddRange(AlleenBijDirectAdvies());
                break;
            default:
                if (advies.IsGelukt && advies.Waarde is null)
                {
                    fouten.Add(Fout.Ongeldig("advies-vereist", "Schrijf op welke stap de school in de basisondersteuning kan zetten.", "advies"));
                }

                if (Expertisegebied is not null)
                {
                    fouten.Add(Fout.Ongeldig("alleen-bij-inzet-expert", "Een expertisegebied hoort alleen bij de uitkomst 'inzet van een expert'.", "expertisegebied"));
                }

                fouten.AddRange(AlleenBijDirectAdvies());
                break;
        }

        return fouten;
    }

    public Uitkomst AlsUitkomst() =>
        new(Soort, Adviessoort, Aanbieder?.Waarde, string.IsNullOrWhiteSpace(Advies) ? null : Advies.Trim(), Expertisegebied);

    private IEnumerable<Fout> AlleenBijDirectAdvies()
    {
        if (Adviessoort is not null)
        {
            yield return Fout.Ongeldig("alleen-bij-direct-advies", "Een soort advies hoort alleen bij de uitkomst 'direct advies'.", "adviessoort");
        }

        if (Aanbieder is not null)
        {
            yield return Fout.Ongeldig("alleen-bij-direct-advies", "Een aanbieder hoort alleen bij de uitkomst 'direct advies'.", "aanbieder");
        }
    }
}
