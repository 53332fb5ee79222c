using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen;

/// <summary>
/// A decision on a TLV, as the commissie van toewijzing sends it: also the changed decision of a beslissing op bezwaar.
/// Without an einddatum the TLV runs the SWV's usual duration for its soort; another einddatum needs
/// redenAfwijkendeDuur. Where the decision departs from an advice, afwijkingVanAdvies says why.
/// </summary>
public sealed record BesluitVerzoek(
    [property: Required] bool? Toelaatbaar,
    [property: CodeUit<SoortToelaatbaarheid>] string? Soort,
    [property: CodeUit<Bekostigingscategorie>] string? Categorie,
    DateOnly? Ingangsdatum,
    DateOnly? Einddatum,
    [property: MaxLength(TlvBesluit.MaximaleLengteMotivering)] string? RedenAfwijkendeDuur,
    [property: Required, MaxLength(TlvBesluit.MaximaleLengteBeschikkingsnummer)] string? Beschikkingsnummer,
    [property: Required] DateOnly? Besluitdatum,
    [property: Required, MaxLength(TlvBesluit.MaximaleLengteMotivering)] string? Motivering,
    [property: MaxLength(TlvBesluit.MaximaleLengteMotivering)] string? AfwijkingVanAdvies)
{
    public Result<Besluitvoorstel> Lees(string prefix = "")
    {
        var soort = Soort is null ? null : SoortToelaatbaarheidCodes.Lijst.Lees(Soort, prefix + "soort", "soort");
        var categorie = Categorie is null ? null : BekostigingscategorieCodes.Lijst.Lees(Categorie, prefix + "categorie", "categorie");
        var fouten = (soort?.Fouten ?? []).Concat(categorie?.Fouten ?? []).ToList();
        if (Besluitdatum is null)
        {
            fouten.Add(Fout.Ongeldig("besluitdatum-vereist", "Geef de datum van het besluit.", prefix + "besluitdatum"));
        }

        return fouten.Count > 0
            ? Result<Besluitvoorstel>.Mislukt(fouten)
            : new Besluitvoorstel(
                Toelaatbaar, soort?.Waarde, categorie?.Waarde, Ingangsdatum, Einddatum, RedenAfwijkendeDuur, Beschikkingsnummer, Besluitdatum!.Value, Motivering, AfwijkingVanAdvies);
    }
}
