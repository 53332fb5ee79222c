using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Arrangementen;

/// <summary>
/// The results per goal of an evaluation, checked against the goals evaluated (an arrangement's, an OPP's): each goal
/// once, every goal answered, explanations within their length. Used by every evaluation with goals.
/// </summary>
public static class Doelresultaten
{
    /// <summary>
    /// Every problem with <paramref name="resultaten"/> against <paramref name="doelen"/> (number → description), and the
    /// results in goal order with trimmed explanations. <paramref name="van"/> names what has the goals, e.g. "het
    /// arrangement".
    /// </summary>
    public static (IReadOnlyList<Fout> Fouten, IReadOnlyList<Doelresultaat> Opgeschoond) Controleer(
        IReadOnlyList<Doelresultaat> resultaten, IReadOnlyDictionary<int, string> doelen, string van)
    {
        ArgumentNullException.ThrowIfNull(resultaten);
        ArgumentNullException.ThrowIfNull(doelen);
        var fouten = new List<Fout>();
        for (var i = 0; i < resultaten.Count; i++)
        {
            if (!doelen.ContainsKey(resultaten[i].Doel))
            {
                fouten.Add(Fout.Ongeldig("onbekend-doel", $"Er is geen doel {resultaten[i].Doel} in {van}.", $"doelen[{i}].doel"));
            }
            else if (resultaten.Take(i).Any(r => r.Doel == resultaten[i].Doel))
            {
                fouten.Add(Fout.Ongeldig("dubbel-doel", $"Doel {resultaten[i].Doel} staat er twee keer in.", $"doelen[{i}].doel"));
            }

            fouten.AddRange(Tekst.Optioneel(resultaten[i].Toelichting, Doel.MaximaleLengte, $"doelen[{i}].toelichting").Fouten);
        }

        foreach (var (nummer, omschrijving) in doelen.Where(d => !resultaten.Any(r => r.Doel == d.Key)).OrderBy(d => d.Key))
        {
            fouten.Add(Fout.Ongeldig("doel-niet-geevalueerd", $"Geef aan of doel {nummer} ('{omschrijving}') behaald is.", "doelen"));
        }

        var opgeschoond = resultaten.OrderBy(r => r.Doel)
            .Select(r => r with { Toelichting = string.IsNullOrWhiteSpace(r.Toelichting) ? null : r.Toelichting.Trim() }).ToList();
        return (fouten, opgeschoond);
    }
}
