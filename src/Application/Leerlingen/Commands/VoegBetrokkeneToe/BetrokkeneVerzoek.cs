using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Leerlingen;

namespace PassendOnderwijs.Application.Leerlingen.Commands.VoegBetrokkeneToe;

/// <summary>
/// The request body; its attributes write the rules into the contract, <see cref="Lees"/> applies them with the
/// domain's own rule for reason and end date (<see cref="Betrokkene.Controleer"/>), which needs today's date.
/// </summary>
/// <param name="ExpertId">The expert's account, from GET /experts.</param>
/// <param name="Tot">The last day the expert may see the pupil.</param>
public sealed record BetrokkeneVerzoek(
    [property: Required] Guid? ExpertId,
    [property: Required, MaxLength(Betrokkene.MaximaleLengteReden)] string? Reden,
    [property: Required] DateOnly? Tot)
{
    public Result<Betrokkenheid> Lees(DateOnly vandaag) =>
        Lezen.Samen(
            ExpertId is { } id && id != Guid.Empty
                ? Result<Guid>.Gelukt(id)
                : Fout.Ongeldig("expert-vereist", "Kies de expert die de leerling mag zien.", "expertId"),
            LeesRedenEnEinde(vandaag),
            (expert, redenEnEinde) => new Betrokkenheid(expert, redenEnEinde.Reden, redenEnEinde.Tot));

    // Controleer accepts neither a missing reason nor a missing date, so both are there when it found nothing.
    private Result<(string Reden, DateOnly Tot)> LeesRedenEnEinde(DateOnly vandaag) =>
        Betrokkene.Controleer(Reden, Tot, vandaag) is { Count: > 0 } fouten
            ? Result<(string, DateOnly)>.Mislukt(fouten)
            : (Reden ?? string.Empty, Tot.GetValueOrDefault());
}

/// <summary>Which expert may see the pupil, why, and until which day (inclusive).</summary>
public sealed record Betrokkenheid(Guid ExpertId, string Reden, DateOnly Tot);
