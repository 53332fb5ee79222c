using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.BrengAdviesUit;

/// <summary>
/// A deskundige's advice: toelaatbaar or not, the soort and categorie advised, an advised end date, the motivering on
/// each criterion (the pupil's onderwijsbehoeften, what the regular school can offer, why the beoogde school fits), the
/// date, and the declaration of independence from the requesting school and its bestuur.
/// </summary>
public sealed record AdviesVerzoek(
    [property: Required] bool? Toelaatbaar,
    [property: CodeUit<SoortToelaatbaarheid>] string? Soort,
    [property: CodeUit<Bekostigingscategorie>] string? Categorie,
    DateOnly? Einddatum,
    [property: Required, MaxLength(Deskundigenadvies.MaximaleLengteMotivering)] string? MotiveringOnderwijsbehoeften,
    [property: Required, MaxLength(Deskundigenadvies.MaximaleLengteMotivering)] string? MotiveringRegulier,
    [property: Required, MaxLength(Deskundigenadvies.MaximaleLengteMotivering)] string? MotiveringBeoogdeSchool,
    [property: Required] DateOnly? Datum,
    [property: Required] bool? OnafhankelijkheidVerklaard)
{
    public Result<Adviesinhoud> Lees()
    {
        var soort = Soort is null ? null : SoortToelaatbaarheidCodes.Lijst.Lees(Soort, "soort", "soort");
        var categorie = Categorie is null ? null : BekostigingscategorieCodes.Lijst.Lees(Categorie, "categorie", "categorie");
        var fouten = (soort?.Fouten ?? []).Concat(categorie?.Fouten ?? []).ToList();
        if (Datum is null)
        {
            fouten.Add(Fout.Ongeldig("adviesdatum-vereist", "Geef de datum van uw advies.", "datum"));
        }

        return fouten.Count > 0
            ? Result<Adviesinhoud>.Mislukt(fouten)
            : new Adviesinhoud(
                Toelaatbaar, soort?.Waarde, categorie?.Waarde, Einddatum, MotiveringOnderwijsbehoeften, MotiveringRegulier, MotiveringBeoogdeSchool, Datum!.Value,
                OnafhankelijkheidVerklaard == true);
    }
}
