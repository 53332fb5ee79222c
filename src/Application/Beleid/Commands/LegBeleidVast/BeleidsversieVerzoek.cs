using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Application.Ondersteuning;
using PassendOnderwijs.Domain.Beleid;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Beleid.Commands.LegBeleidVast;

/// <param name="Sbo">In whole school years.</param>
/// <param name="So">In whole school years.</param>
/// <param name="Vso">In whole school years.</param>
/// <param name="Pro">In whole school years; required for a VO-samenwerkingsverband, absent for PO.</param>
public sealed record TlvduurVerzoek(
    [property: Required, Range(Beleidswaarden.MinimumTlvduurSchooljaren, Beleidswaarden.MaximumTlvduurSchooljaren)] int? Sbo,
    [property: Required, Range(Beleidswaarden.MinimumTlvduurSchooljaren, Beleidswaarden.MaximumTlvduurSchooljaren)] int? So,
    [property: Required, Range(Beleidswaarden.MinimumTlvduurSchooljaren, Beleidswaarden.MaximumTlvduurSchooljaren)] int? Vso,
    [property: Range(Beleidswaarden.MinimumTlvduurSchooljaren, Beleidswaarden.MaximumTlvduurSchooljaren)] int? Pro);

public sealed record AdresVerzoek(
    [property: Required, MaxLength(Beleidswaarden.MaximaleLengteAdresregel)] string? Straat,
    [property: Required, RegularExpression(Beleidswaarden.Postcodepatroon)] string? Postcode,
    [property: Required, MaxLength(Beleidswaarden.MaximaleLengteAdresregel)] string? Plaats);

/// <summary>What one soort arrangement brings, as the SWV states it in its policy.</summary>
/// <param name="Soort">The soort arrangement (code from the list of soorten arrangement); each soort at most once.</param>
/// <param name="Niveaus">Wat dit soort arrangement op dit veld biedt, bovenop wat een school zelf biedt (0–3 per IVO-veld; leeg = niet ingevuld). De vergelijking 'Wat past?' gebruikt dit.</param>
public sealed record ArrangementinhoudVerzoek(
    [property: Required] string? Soort,
    IvoNiveausDto? Niveaus);

/// <summary>
/// The request body of a new version: every setting, whole (a version is complete on its own). Its attributes write
/// the ranges into the contract; <see cref="Lees"/> checks them, every problem at once.
/// </summary>
/// <param name="Ingangsdatum">The day it takes effect: today or later.</param>
/// <param name="ProcedureEnCriteria">The SWV's procedure and criteria for toelaatbaarheid (sent to the LBT with a bezwaar); empty or absent: not recorded.</param>
/// <param name="StreefDeelnamepercentage">The ondersteuningsplan's target deelnamepercentage regulier onderwijs, one decimal (96.5); absent: not recorded.</param>
/// <param name="Arrangementinhoud">Per soort arrangement: wat het toevoegt aan wat een school zelf biedt, per IVO-veld. Absent or empty: not recorded.</param>
public sealed record BeleidsversieVerzoek(
    [property: Required] DateOnly? Ingangsdatum,
    [property: Required, Range(Beleidswaarden.MinimumBehandeltermijnWeken, Beleidswaarden.MaximumBehandeltermijnWeken)] int? BehandeltermijnWeken,
    [property: Required, Range(Beleidswaarden.MinimumEvaluatietermijnMaanden, Beleidswaarden.MaximumEvaluatietermijnMaanden)] int? EvaluatietermijnMaanden,
    [property: Required] TlvduurVerzoek? Tlvduur,
    [property: Required, Range(Beleidswaarden.MinimumHerindicatiesignaalWeken, Beleidswaarden.MaximumHerindicatiesignaalWeken)] int? HerindicatiesignaalWeken,
    [property: Required, Range(Beleidswaarden.MinimumKleineAantallenDrempel, Beleidswaarden.MaximumKleineAantallenDrempel)] int? KleineAantallenDrempel,
    [property: Required, MaxLength(Beleidswaarden.MaximaleLengteNaam)] string? Naam,
    AdresVerzoek? Adres,
    [property: MaxLength(Beleidswaarden.MaximaleLengteProcedureEnCriteria)] string? ProcedureEnCriteria = null,
    [property: Range(Beleidswaarden.MinimumStreefDeelnamepercentage, Beleidswaarden.MaximumStreefDeelnamepercentage)] decimal? StreefDeelnamepercentage = null,
    [property: Description("Per soort arrangement (elke soort hoogstens één keer): wat het toevoegt aan wat een school zelf biedt. Leeg of weggelaten: niet vastgelegd. Niveaus: " + ArrangementinhoudDto.Uitleg)]
    IReadOnlyList<ArrangementinhoudVerzoek>? Arrangementinhoud = null)
{
    public Result<Beleidsvoorstel> Lees() =>
        Lezen.Samen(
            Lezen.Vereist(Ingangsdatum, Fout.Ongeldig("ingangsdatum-vereist", "Geef de datum waarop de wijziging ingaat.", "ingangsdatum")),
            Beleidswaarden.Lees(
                BehandeltermijnWeken,
                EvaluatietermijnMaanden,
                Tlvduur?.Sbo,
                Tlvduur?.So,
                Tlvduur?.Vso,
                Tlvduur?.Pro,
                HerindicatiesignaalWeken,
                KleineAantallenDrempel,
                Naam,
                Adres?.Straat,
                Adres?.Postcode,
                Adres?.Plaats,
                ProcedureEnCriteria,
                StreefDeelnamepercentage,
                Arrangementinhoud?.Select((a, i) => (a.Soort, IvoNiveausDto.Lees(a.Niveaus, $"arrangementinhoud[{i}]"))).ToList()),
            (ingang, waarden) => new Beleidsvoorstel(ingang, waarden));
}
