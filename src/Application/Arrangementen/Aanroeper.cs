using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Arrangementen;

namespace PassendOnderwijs.Application.Arrangementen;

internal static class Aanroeper
{
    /// <summary>
    /// The caller as a history names them. A koppeling (a LAS taking a step its scope allows) is named as one, by its
    /// client id and name, so nobody reads its step as a person's.
    /// </summary>
    public static Actor AlsActor(this IHuidigeGebruiker aanroeper)
    {
        ArgumentNullException.ThrowIfNull(aanroeper);
        var naam = aanroeper.Naam ?? aanroeper.Id ?? "onbekend";
        return new(aanroeper.Id ?? "onbekend", aanroeper.Soort == SoortAanroeper.Client ? $"{naam} (koppeling)" : naam);
    }
}
