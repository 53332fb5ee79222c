using PassendOnderwijs.Api.Http.Tabeluitvoer;
using PassendOnderwijs.Application.Arrangementen.Queries.GeefArrangementOverzicht;

namespace PassendOnderwijs.Api.Endpoints.Arrangementen;

/// <summary>The columns of an arrangementen export: what the overview shows, with the names people read instead of codes.</summary>
internal static class ArrangementTabel
{
    // The same names as the SPA shows (client/src/arrangementLabels.ts); the codes are the contract's.
    private static readonly Dictionary<string, string> Statussen = new(StringComparer.Ordinal)
    {
        ["aangevraagd"] = "Aangevraagd",
        ["in-behandeling"] = "In behandeling",
        ["toegekend"] = "Toegekend",
        ["afgewezen"] = "Afgewezen",
        ["actief"] = "Actief",
        ["beeindigd"] = "Beëindigd",
    };

    private static readonly Dictionary<string, string> Soorten = new(StringComparer.Ordinal)
    {
        ["onderwijsarrangement"] = "Onderwijsarrangement",
        ["onderwijs-jeugdhulparrangement"] = "Onderwijs-jeugdhulparrangement",
        ["inzet-expert"] = "Inzet van een expert",
        ["middelen"] = "Middelen",
        ["deeltijdplaatsing-elders"] = "Deeltijdplaatsing elders",
        ["arrangement-cluster-1-2"] = "Arrangement cluster 1 en 2",
    };

    public static Tabel<ArrangementSamenvattingDto> Tabel { get; } = new("arrangementen",
    [
        new("Leerling", a => Cel.AlsTekst(a.Leerling.VolledigeNaam())),
        new("Vestiging", a => Cel.AlsTekst(a.Vestiging)),
        new("Soort", a => Cel.AlsTekst(Naam(Soorten, a.Soort))),
        new("Status", a => Cel.AlsTekst(Naam(Statussen, a.Status))),
        new("Ingangsdatum", a => Cel.AlsDatum(a.Ingangsdatum)),
        new("Einddatum", a => Cel.AlsDatum(a.Einddatum)),
        new("Besluit uiterlijk", a => Cel.AlsDatum(a.Behandeldeadline)),
        new("Evaluatie uiterlijk", a => Cel.AlsDatum(a.VolgendeEvaluatieUiterlijk)),
        new("Evaluatie te laat", a => Cel.AlsJaNee(a.EvaluatieVerlopen)),
    ]);

    /// <summary>A code without a name yet is shown as it is, rather than left out.</summary>
    private static string Naam(Dictionary<string, string> namen, string code) => namen.GetValueOrDefault(code, code);
}
