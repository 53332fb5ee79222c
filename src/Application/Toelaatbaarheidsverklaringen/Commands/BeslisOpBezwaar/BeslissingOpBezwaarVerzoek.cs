using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.BeslisOpBezwaar;

/// <summary>
/// The beslissing op bezwaar: handhaven, herroepen or wijzigen (with the changed decision), its date and motivering, and
/// where it departs from the LBT's advice, why.
/// </summary>
public sealed record BeslissingOpBezwaarVerzoek(
    [property: Required, CodeUit<Bezwaarafloop>] string? Afloop,
    [property: Required] DateOnly? Op,
    [property: Required, MaxLength(Bezwaar.MaximaleLengteTekst)] string? Motivering,
    [property: MaxLength(Bezwaar.MaximaleLengteTekst)] string? AfwijkingVanLbtAdvies,
    BesluitVerzoek? Wijziging)
{
    public Result<BeslissingOpBezwaar> Lees()
    {
        var afloop = BezwaarafloopCodes.Lijst.Lees(Afloop, "afloop", "afloop");
        var wijziging = Wijziging?.Lees("wijziging.");
        var fouten = afloop.Fouten.Concat(wijziging?.Fouten ?? []).ToList();
        if (Op is null)
        {
            fouten.Add(Fout.Ongeldig("datum-vereist", "Geef de datum van de beslissing op bezwaar.", "op"));
        }

        return fouten.Count > 0
            ? Result<BeslissingOpBezwaar>.Mislukt(fouten)
            : new BeslissingOpBezwaar(afloop.Waarde, Op!.Value, Motivering, AfwijkingVanLbtAdvies, wijziging?.Waarde);
    }
}

public sealed record BeslissingOpBezwaar(Bezwaarafloop Afloop, DateOnly Op, string? Motivering, string? AfwijkingVanLbtAdvies, Besluitvoorstel? Wijziging);
