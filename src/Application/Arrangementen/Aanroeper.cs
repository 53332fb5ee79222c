using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Arrangementen;

namespace PassendOnderwijs.Application.Arrangementen;

internal static class Aanroeper
{
    /// <summary>The caller as the arrangement's history names them.</summary>
    public static Actor AlsActor(this IHuidigeGebruiker aanroeper) =>
        new(aanroeper.Id ?? "onbekend", aanroeper.Naam ?? aanroeper.Id ?? "onbekend");
}
