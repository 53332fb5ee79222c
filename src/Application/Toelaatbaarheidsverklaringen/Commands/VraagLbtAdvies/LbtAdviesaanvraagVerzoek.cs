using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.VraagLbtAdvies;

/// <summary>When the documents were sent, and which: all of them are needed.</summary>
public sealed record LbtAdviesaanvraagVerzoek([property: Required] DateOnly? VerzondenOp, [property: Required, CodeUit<Bezwaarstuk>] IReadOnlyList<string>? Stukken)
{
    public Result<LbtAdviesaanvraag> Lees()
    {
        var stukken = (Stukken ?? []).Select((s, i) => BezwaarstukCodes.Lijst.Lees(s, $"stukken[{i}]", "stuk")).ToList();
        var fouten = stukken.SelectMany(s => s.Fouten).ToList();
        if (VerzondenOp is null)
        {
            fouten.Add(Fout.Ongeldig("verzenddatum-vereist", "Geef de datum waarop de stukken zijn verstuurd.", "verzondenOp"));
        }

        return fouten.Count > 0 ? Result<LbtAdviesaanvraag>.Mislukt(fouten) : new LbtAdviesaanvraag(VerzondenOp!.Value, [.. stukken.Select(s => s.Waarde)]);
    }
}

public sealed record LbtAdviesaanvraag(DateOnly VerzondenOp, IReadOnlyList<Bezwaarstuk> Stukken);
